import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseOptionalRate, parseRate } from "../../../src/core/input/rate";

const read = (value: unknown): number => parseRate(value, "pop_decline");

describe("R-INPUT-2 rates as fractions", () => {
  it.each([
    [0.85, 0.85],
    [1, 1],
    [0, 0],
    [-0.02, -0.02],
    ["0.011", 0.011],
    ["85%", 0.85],
    ["８５％", 0.85],
    ["1.10%", 0.011],
    ["6.54%", 0.0654],
    ["150%", 1.5],
    ["▲2%", -0.02],
  ])("R-INPUT-2 %p reads as %p", (value, expected) => {
    expect(read(value)).toBeCloseTo(expected, 15);
  });
  it("R-INPUT-2 a plain 1.1 is refused, telling to type 1.1% or 0.011", () => {
    expect(() => read(1.1)).toThrow(KoyoError);
    expect(() => read(1.1)).toThrow("引数「pop_decline」に「1.1」が入力されました。割合は 1 以下の小数で入力します。1.1% の意味なら「1.1%」、または 0.011 と入力してください。");
  });
  it("R-INPUT-2 a plain 85 (text or number) is refused, never 8,500 %", () => {
    expect(() => read(85)).toThrow(/「85%」、または 0.85 と入力/u);
    expect(() => read("85")).toThrow(/「85%」/u);
    expect(() => read("1.0001")).toThrow(KoyoError);
  });
  it("R-INPUT-6 blank", () => {
    expect(parseOptionalRate(" ", "pop_decline")).toBeNull();
    expect(() => read(null)).toThrow(/引数「pop_decline」が空欄.*0.85 または 85%/u);
  });
  it("R-INPUT-2 any plain number above 1 is refused; any at or below 1 is kept", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (value) => {
        if (value > 1) expect(() => read(value)).toThrow(KoyoError);
        else expect(read(value)).toBe(value);
      }),
    );
  });
  it("R-INPUT-5 any input either parses to a finite number, is blank, or throws a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double(), fc.stringMatching(/^[-▲\d.,%％ ]{0,8}$/u)), (value) => {
        try {
          const result = parseOptionalRate(value, "pop_decline");
          if (result !== null) expect(Number.isFinite(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
