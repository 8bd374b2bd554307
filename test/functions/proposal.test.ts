import { seminarCheck } from "../../src/functions/proposal";

describe("KOYO.SEMINARCHECK (R-PROG-4, R-PROG-5)", () => {
  it("R-PROG-4 lifts over a column; blank cells give blank text", () => {
    const [[first], [second], [third]] = seminarCheck([["郷土の歴史講演会"], [null], ["ＩＣＴ活用セミナー"]]);
    expect(first).toContain("地域振興イベント「講演会」");
    expect(first).toContain("カルチャースクール「歴史」");
    expect(second).toBe("");
    expect(third).toBe("");
  });
  it("R-PROG-5 names one-company wording", () => {
    expect(seminarCheck([["A社の社内研修"]])[0][0]).toContain("R-PROG-5: 特定企業向け「社内研修」");
  });
});
