import { parseDate } from "../../../src/core/dates/parseDate";
import { isFiscalYearText, parseFiscalYear, parseOptionalFiscalYear } from "../../../src/core/dates/parseFiscalYear";
import { parseFiscalYearOfDate } from "../../../src/core/dates/parseFiscalYearOfDate";
import { KoyoError } from "../../../src/core/errors";

describe("R-DATE-3 reading a 年度", () => {
  it.each([
    ["令和2年度", 2020],
    ["R2年度", 2020],
    ["r2", 2020],
    ["R2年", 2020],
    ["Ｒ２年度", 2020],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
    ["H29年度", 2017],
    ["昭和63年度", 1988],
    ["2024年度", 2024],
    ["2024", 2024],
    [2024, 2024],
  ])("R-DATE-3 %p = %d", (value, year) => {
    expect(parseFiscalYear(value, "first_fiscal_year")).toBe(year);
  });
  it.each(["令和0年度", "20245", 2024.5, 1899, "来年度", true])("R-DATE-3 %p is #VALUE! naming the argument", (value) => {
    expect(() => parseFiscalYear(value, "first_fiscal_year")).toThrow(KoyoError);
    expect(() => parseFiscalYear(value, "first_fiscal_year")).toThrow(/引数「first_fiscal_year」/u);
  });
  it("R-INPUT-6 blank", () => {
    expect(parseOptionalFiscalYear(null, "first_fiscal_year")).toBeNull();
    expect(() => parseFiscalYear("", "first_fiscal_year")).toThrow(/空欄/u);
  });
});

describe("R-DATE-2 a 年度 where a date is asked for", () => {
  it.each([
    ["R2年度", 2020],
    ["H29年度", 2017],
    ["令和元年度", 2019],
    ["2024年度", 2024],
    [45382, 2023],
    ["R6.3.31", 2023],
  ])("R-DATE-3 %p stands for fiscal year %d", (value, year) => {
    expect(parseFiscalYearOfDate(value, "date")).toBe(year);
  });
  it("R-DATE-2 only text ending in 年度 reads as a 年度; a plain number stays a date serial", () => {
    expect(isFiscalYearText("R2年度")).toBe(true);
    expect(isFiscalYearText("R2")).toBe(false);
    expect(isFiscalYearText("2024")).toBe(false);
    expect(isFiscalYearText(2024)).toBe(false);
    expect(isFiscalYearText("X2年度")).toBe(false);
  });
  it("R-DATE-2 a date argument given a 年度 says it is a 年度 and what to type", () => {
    expect(() => parseDate("R2年度", "受講日")).toThrow(/引数「受講日」に「R2年度」.*年度は日付ではありません.*2020\/4\/1/u);
  });
});
