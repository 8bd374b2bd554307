import { isBlank, normalizeText } from "../../../src/core/input/text";

describe("R-INPUT-6 text folding and blanks", () => {
  it("R-INPUT-1 NFKC folds full-width digits, letters and signs and trims U+3000", () => {
    expect(normalizeText("\u3000１２３ＡＢＣ％，\u3000")).toBe("123ABC%,");
  });
  it.each([null, undefined, "", " ", "\u3000", "\t\n"])("R-INPUT-6 %p is blank", (value) => {
    expect(isBlank(value)).toBe(true);
  });
  it.each([0, false, "0", "x", []])("R-INPUT-6 %p is not blank", (value) => {
    expect(isBlank(value)).toBe(false);
  });
});
