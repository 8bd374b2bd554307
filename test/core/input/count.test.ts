import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseCount, parseOptionalCount } from "../../../src/core/input/count";

describe("counts: people, establishments, yen (R-INPUT-1, R-INPUT-5)", () => {
  it.each([
    [0, 0],
    [12, 12],
    ["12人", 12],
    ["１，２３４社", 1234],
    ["10,072千円", 10_072_000],
    [" 3件 ", 3],
  ])("R-INPUT-1 %p reads as %p", (value, expected) => {
    expect(parseCount(value, "outcomes")).toBe(expected);
  });
  it("R-INPUT-5 a negative count is #VALUE! naming the argument and the value, saying to type 0 or more", () => {
    expect(() => parseCount(-1, "outcomes")).toThrow(/^引数「outcomes」に「-1」.*0 以上/u);
    expect(() => parseCount("▲3人", "seekers")).toThrow(/^引数「seekers」に「▲3人」.*0 以上/u);
  });
  it("R-INPUT-6 a blank is null when optional, an error naming the argument when required", () => {
    expect(parseOptionalCount("　", "outcomes")).toBeNull();
    expect(() => parseCount(null, "outcomes")).toThrow(/引数「outcomes」が空欄/u);
  });
  it("R-INPUT-5 never anything but a count ≥ 0, null or a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (value) => {
        try {
          const count = parseOptionalCount(value, "x");
          expect(count === null || (Number.isFinite(count) && count >= 0)).toBe(true);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
