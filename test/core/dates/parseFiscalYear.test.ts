import { parseFiscalYear, parseOptionalFiscalYear } from "../../../src/core/dates/parseFiscalYear";
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
