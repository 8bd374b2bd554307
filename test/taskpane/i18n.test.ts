import { EN, JA, pickStrings } from "../../src/taskpane/i18n";

describe("pickStrings (issue 4: Japanese first, English fallback)", () => {
  test.each([
    [undefined, "ja"],
    [null, "ja"],
    ["", "ja"],
    ["ja-JP", "ja"],
    ["JA", "ja"],
    ["en-US", "en"],
    ["fr-FR", "en"],
  ])("display language %p → %s", (language, expected) => {
    expect(pickStrings(language).language).toBe(expected);
  });

  test("both languages define every string", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(JA).sort());
  });

  test("the summary counts every severity", () => {
    const counts = { エラー: 2, 警告: 0, 情報: 1 };
    expect(JA.summary(counts)).toBe("エラー 2 件、警告 0 件、情報 1 件");
    expect(EN.summary(counts)).toBe("Errors 2, warnings 0, information 1");
  });

  test("the generator report mentions kept cells only when there were some", () => {
    expect(JA.generated(8, 0)).toBe("8 枚のシートを作成しました。");
    expect(JA.generated(1, 3)).toContain("3 個のセル");
  });
});
