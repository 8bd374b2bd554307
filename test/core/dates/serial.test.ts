import fc from "fast-check";
import { dateFromSerial, lastDayOfMonth, serialFromDate } from "../../../src/core/dates/serial";

describe("Excel date serials (days since 1899-12-30)", () => {
  it("R-DATE-2 known serials: 2020-03-31 is 43921, 2019-05-01 is 43586, 1900-03-01 is 61", () => {
    expect(serialFromDate({ year: 2020, month: 3, day: 31 })).toBe(43921);
    expect(serialFromDate({ year: 2019, month: 5, day: 1 })).toBe(43586);
    expect(serialFromDate({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(serialFromDate({ year: 9999, month: 12, day: 31 })).toBe(2_958_465);
  });
  it("R-DATE-2 impossible dates are null: 2月30日, 2023-02-29, month 13, day 0, fractions", () => {
    expect(serialFromDate({ year: 2024, month: 2, day: 30 })).toBeNull();
    expect(serialFromDate({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 13, day: 1 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 1, day: 0 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 1.5, day: 1 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 2, day: 29 })).toBe(45351);
  });
  it("R-DATE-2 dateFromSerial drops a time of day", () => {
    expect(dateFromSerial(43921.99)).toEqual({ year: 2020, month: 3, day: 31 });
  });
  it("R-DATE-2 serialFromDate and dateFromSerial are inverse over Excel's range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(serialFromDate(dateFromSerial(serial))).toBe(serial);
      }),
    );
  });
  it("R-CONT-6 lastDayOfMonth: February in leap and common years, December", () => {
    expect(dateFromSerial(lastDayOfMonth(2024, 2))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateFromSerial(lastDayOfMonth(2025, 2))).toEqual({ year: 2025, month: 2, day: 28 });
    expect(dateFromSerial(lastDayOfMonth(2024, 12))).toEqual({ year: 2024, month: 12, day: 31 });
  });
});
