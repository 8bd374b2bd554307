import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseOptionalYesNo, parseYesNo } from "../../../src/core/input/yesNo";

const read = (value: unknown): boolean => parseYesNo(value, "depopulated");

describe("R-INPUT-3 yes/no words", () => {
  it.each([true, 1, "TRUE", "true", "ＴＲＵＥ", "1", "１", "○", "〇", "◯", "はい", "有", "有り", "あり", "該当", "Y", "y", "ｙ", "yes", "YES", "Ｙｅｓ", " はい "])(
    "R-INPUT-3 %p is yes",
    (value) => {
      expect(read(value)).toBe(true);
    },
  );
  it.each([false, 0, "FALSE", "false", "0", "０", "×", "✕", "✖", "x", "X", "いいえ", "無", "無し", "なし", "非該当", "N", "n", "no", "ＮＯ"])(
    "R-INPUT-3 %p is no",
    (value) => {
      expect(read(value)).toBe(false);
    },
  );
  it.each(["たぶん", "2", 2, 0.5, "ok", {}])("R-INPUT-5 %p is #VALUE! listing the words", (value) => {
    expect(() => read(value)).toThrow(/引数「depopulated」.*はい\/いいえ、○\/×、TRUE\/FALSE/u);
  });
  it("R-INPUT-6 blank is null for the optional parser, an error for the required one", () => {
    for (const blank of [null, undefined, "", "\u3000"]) expect(parseOptionalYesNo(blank, "depopulated")).toBeNull();
    expect(() => read("")).toThrow(/引数「depopulated」が空欄/u);
  });
  it("R-INPUT-5 any input is a boolean, blank, or a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string()), (value) => {
        try {
          const result = parseOptionalYesNo(value, "depopulated");
          expect(result === null || typeof result === "boolean").toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
