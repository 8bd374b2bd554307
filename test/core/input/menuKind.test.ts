import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseMenuKind, parseOptionalMenuKind } from "../../../src/core/input/menuKind";

const read = (value: unknown): string => parseMenuKind(value, "kind");

describe("R-INPUT-4 menu kinds", () => {
  it.each([
    ["A", "A"],
    ["a", "A"],
    ["Ａ", "A"],
    ["ｂ", "B"],
    [" C ", "C"],
    ["取組A", "A"],
    ["取組 Ｂ", "B"],
    ["事業所の魅力向上、事業拡大の取組", "A"],
    ["事業拡大の取組", "A"],
    ["人材育成の取組", "B"],
    ["人材育成", "B"],
    ["就職促進の取組", "C"],
    ["就職促進", "C"],
  ])("R-INPUT-4 %p is %s", (value, kind) => {
    expect(read(value)).toBe(kind);
  });
  it.each(["D", "AB", "取組", 1, true, "セミナー"])("R-INPUT-5 %p is #VALUE! listing A/B/C", (value) => {
    expect(() => read(value)).toThrow(/引数「kind」.*A、B、C のいずれか/u);
  });
  it("R-INPUT-6 blank", () => {
    expect(parseOptionalMenuKind("  ", "kind")).toBeNull();
    expect(() => read(null)).toThrow(/引数「kind」が空欄/u);
  });
  it("R-INPUT-5 any input is A/B/C, blank, or a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string()), (value) => {
        try {
          const result = parseOptionalMenuKind(value, "kind");
          expect([null, "A", "B", "C"]).toContain(result);
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
