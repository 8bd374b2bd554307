import { screenSeminar, seminarWarning } from "../../../src/core/seminar/screenSeminar";

describe("R-PROG-4 not-allowed seminar kinds (a hint, not a verdict)", () => {
  it("finds each of the seed's kinds", () => {
    expect(screenSeminar("地域活性化シンポジウムと基調講演")).toEqual([
      { ruleId: "R-PROG-4", kind: "地域振興イベント", word: "基調講演" },
      { ruleId: "R-PROG-4", kind: "地域振興イベント", word: "シンポジウム" },
    ]);
    expect(screenSeminar("生け花教室").map((hit) => hit.kind)).toEqual(["カルチャースクール"]);
    expect(screenSeminar("地元食材の試食会").map((hit) => hit.kind)).toEqual(["料理教室・試食会"]);
    expect(screenSeminar("カヌー体験ツアー").map((hit) => hit.kind)).toEqual(["観光体験"]);
  });
  it("matches on NFKC text: half-width katakana and full-width letters fold", () => {
    expect(screenSeminar("ｶﾇｰ体験").map((hit) => hit.word)).toEqual(["カヌー"]);
    expect(screenSeminar("ｙｏｇａ").length).toBe(0);
    expect(screenSeminar("ﾖｶﾞ講座").map((hit) => hit.word)).toEqual(["ヨガ"]);
  });
  it("stays silent for an allowed seminar", () => {
    expect(screenSeminar("ＩＣＴを活用した生産性向上セミナー（全3回）")).toEqual([]);
    expect(seminarWarning("自社の魅力等（経営資源）の理解及び情報発信力の向上")).toBe("");
  });
});

describe("R-PROG-5 one-company wording", () => {
  it("finds 社内研修, 特定の企業 and 「○○株式会社の社員向け」, ㈱ included", () => {
    expect(screenSeminar("山田株式会社の社員向け接客研修").map((hit) => hit.word)).toEqual(["株式会社の社員向け"]);
    expect(screenSeminar("㈱山田従業員限定").map((hit) => hit.word)).toEqual(["(株)山田従業員限定"]);
    expect(screenSeminar("特定の企業の社内研修").map((hit) => hit.word)).toEqual(["特定の企業", "社内研修"]);
  });
});

describe("KOYO.SEMINARCHECK text", () => {
  it("is empty when nothing matches", () => {
    expect(seminarWarning("")).toBe("");
  });
  it("names each kind, word and rule, and says it is a hint", () => {
    const warning = seminarWarning("講演会と社内研修");
    expect(warning).toContain("R-PROG-4: 地域振興イベント「講演会」");
    expect(warning).toContain("R-PROG-5: 特定企業向け「社内研修」");
    expect(warning).toContain("判定ではありません");
  });
});
