import { parseScope } from "../../../src/core/count/parseScope";

describe("scope of OUTPUTTOTAL / OUTCOMETOTAL (D-1, R-INPUT-4)", () => {
  it("R-INPUT-4 a kind by letter or by its Japanese name, as the 取組 column reads it", () => {
    expect(parseScope("B", "scope")).toBe("B");
    expect(parseScope("ｃ", "scope")).toBe("C");
    expect(parseScope("取組A", "scope")).toBe("A");
    expect(parseScope("人材育成の取組", "scope")).toBe("B");
    expect(parseScope("就職促進の取組", "scope")).toBe("C");
    expect(parseScope("事業所の魅力向上、事業拡大の取組", "scope")).toBe("A");
  });
  it("D-1 a menu id is compared without case after NFKC: b-1, B-1 and ｂ－１ are one menu", () => {
    expect(parseScope("b-1", "scope")).toBe("B-1");
    expect(parseScope("ｂ－１", "scope")).toBe("B-1");
    expect(parseScope(7, "scope")).toBe("7");
  });
  it("D-1 blank is the whole project; TRUE/FALSE is an error saying what to type", () => {
    expect(parseScope("", "scope")).toBeNull();
    expect(() => parseScope(true, "scope")).toThrow("引数「scope」に「TRUE」が入力されました。");
  });
});
