import fc from "fast-check";
import { fiscalYearOf } from "../../../src/core/dates/fiscalYear";
import { dateFromSerial, serialFromDate } from "../../../src/core/dates/serial";

const serial = (year: number, month: number, day: number): number => serialFromDate({ year, month, day }) as number;

describe("R-DATE-1 the 年度 of a date", () => {
  it("R-DATE-1 boundary: 31 March is the previous 年度, 1 April the new one", () => {
    expect(fiscalYearOf(serial(2024, 3, 31))).toBe(2023);
    expect(fiscalYearOf(serial(2024, 4, 1))).toBe(2024);
  });
  it("R-DATE-1 令和6年度 runs 2024-04-01 … 2025-03-31", () => {
    expect(fiscalYearOf(serial(2024, 12, 31))).toBe(2024);
    expect(fiscalYearOf(serial(2025, 1, 1))).toBe(2024);
    expect(fiscalYearOf(serial(2025, 3, 31))).toBe(2024);
  });
  it("R-DATE-1 平成32年3月31日 (43921) is in 令和元年度, FY 2019", () => {
    expect(fiscalYearOf(43921)).toBe(2019);
  });
  it("R-DATE-1 every date is in its calendar year's 年度 or the one before", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (value) => {
        const { year, month } = dateFromSerial(value);
        expect(fiscalYearOf(value)).toBe(month >= 4 ? year : year - 1);
      }),
    );
  });
});
