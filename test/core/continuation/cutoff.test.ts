import { cutoffDate } from "../../../src/core/continuation/cutoff";
import { parseEvaluationYear } from "../../../src/core/continuation/parseEvaluationYear";
import { serialFromDate } from "../../../src/core/dates/serial";

const date = (year: number, month: number, day: number): number | null => serialFromDate({ year, month, day });

describe("R-CONT-6 cut-off dates", () => {
  it("year 1 of fiscal 2024 is 2025-02-28", () => {
    expect(cutoffDate(1, 2024)).toBe(date(2025, 2, 28));
  });
  it("year 1 of fiscal 2023 is 2024-02-29 (leap year)", () => {
    expect(cutoffDate(1, 2023)).toBe(date(2024, 2, 29));
  });
  it("year 2 of fiscal 2024 is 2026-01-31", () => {
    expect(cutoffDate(2, 2024)).toBe(date(2026, 1, 31));
  });
});

describe("R-PROG-1 project year", () => {
  it("reads 1, ２, 1年度目, 事業2年度目", () => {
    expect(parseEvaluationYear(1, "year", [1, 2, 3])).toBe(1);
    expect(parseEvaluationYear("２", "year", [1, 2, 3])).toBe(2);
    expect(parseEvaluationYear("1年度目", "year", [1, 2, 3])).toBe(1);
    expect(parseEvaluationYear("事業２年度目", "year", [1, 2, 3])).toBe(2);
  });
  it("refuses 4, 1.5, and 3 where only 1 or 2 is allowed, naming the argument", () => {
    expect(() => parseEvaluationYear(4, "year", [1, 2, 3])).toThrow("year");
    expect(() => parseEvaluationYear(1.5, "year", [1, 2, 3])).toThrow("1、2、3");
    expect(() => parseEvaluationYear(3, "year", [1, 2])).toThrow("1、2 のいずれか");
  });
});
