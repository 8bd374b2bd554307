import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseOptionalRatio, parseRatio } from "../../../src/core/input/ratio";

const read = (value: unknown): number => parseRatio(value, "ratio_3y");

describe("有効求人倍率 ratios (R-INPUT-1)", () => {
  it.each([
    [0.85, 0.85],
    [0, 0],
    ["1.23倍", 1.23],
    ["１．２３", 1.23],
    [" 0.67 ", 0.67],
    [2.5, 2.5],
  ])("R-INPUT-1 %p reads as %p", (value, expected) => {
    expect(read(value)).toBe(expected);
  });
  it("R-INPUT-5 a negative ratio is #VALUE! saying a ratio is ≥ 0", () => {
    expect(() => read(-0.1)).toThrow(/引数「ratio_3y」.*0 以上の倍率/u);
    expect(() => read("▲1倍")).toThrow(KoyoError);
  });
  it("R-INPUT-5 text that is no number is #VALUE!", () => {
    expect(() => read("高い")).toThrow(/引数「ratio_3y」に「高い」/u);
  });
  it("R-INPUT-6 blank", () => {
    expect(parseOptionalRatio("", "ratio_3y")).toBeNull();
    expect(() => read(undefined)).toThrow(/引数「ratio_3y」が空欄/u);
  });
  it("R-INPUT-5 any input is a finite ratio ≥ 0, blank, or a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        try {
          const result = parseOptionalRatio(value, "ratio_3y");
          if (result !== null) {
            expect(Number.isFinite(result)).toBe(true);
            expect(result).toBeGreaterThanOrEqual(0);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
