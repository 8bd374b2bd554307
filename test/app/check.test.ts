import { checkWorkbook, type Finding } from "../../src/app";
import { cleanWorkbook } from "./cleanWorkbook";

const brief = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.sheet}!${finding.address}`);

const beyondClean = (findings: readonly Finding[]): string[] =>
  brief(findings).filter((line) => !/^情報 R-CHECK-(6|8|11) /u.test(line));

describe("checkWorkbook on the fake", () => {
  it("a clean workbook gives no error and no warning, only information", async () => {
    const excel = await cleanWorkbook();
    const report = await checkWorkbook(excel.run);
    expect(brief(report.findings)).toEqual([
      "情報 R-CHECK-6 フレームワーク!L15",
      "情報 R-CHECK-6 フレームワーク!T15",
      "情報 R-CHECK-8 経費!F5",
      "情報 R-CHECK-11 地域要件!L9",
    ]);
    expect(report.counts).toEqual({ エラー: 0, 警告: 0, 情報: 4 });
    expect(report.findings[3].message).toContain("雇用機会不足地域");
    expect(report.findings[3].message).toContain("R-AREA-10");
  });

  it("performs zero writes, at most 2 syncs on a normal workbook, and gives the same result again", async () => {
    const excel = await cleanWorkbook();
    const first = await checkWorkbook(excel.run);
    const second = await checkWorkbook(excel.run);
    expect(excel.writeCount).toBe(0);
    expect(first.syncs).toBeLessThanOrEqual(2);
    expect(second).toEqual(first);
  });

  it("R-CHECK-1 R-PROG-2 table A without a seminar (取組1 is mandatory)", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setBlock("フレームワーク", "D15", [["", "", "", ""]]);
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-1 フレームワーク!D15"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-1")?.message).toContain("必須です");
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-1")?.message).toContain("R-PROG-2");
  });

  it("R-CHECK-2 R-PROG-2 伴走型支援 (取組2) without 取組3 is an error; adding 取組3 clears it", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("フレームワーク", "D16", "伴走型支援（専門家派遣・3社）");
    excel.workbook.setBlock("フレームワーク", "A16", [["販路拡大", "3社", "3社／2人"]]);
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-2 フレームワーク!D16"]);
    excel.workbook.setCell("フレームワーク", "D17", "好事例の横展開セミナー");
    excel.workbook.setBlock("フレームワーク", "A17", [["好事例の共有", "地域の事業所", "20社／2人"]]);
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual([]);
  });

  it("R-CHECK-3 and R-CHECK-4 name the matched words and say it is a hint", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("フレームワーク", "M15", "陶芸体験とシンポジウム");
    excel.workbook.setCell("フレームワーク", "D15", "株式会社山田の社員向け研修");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["警告 R-CHECK-4 フレームワーク!D15", "警告 R-CHECK-3 フレームワーク!M15"]);
    const r3 = findings.find((finding) => finding.ruleId === "R-CHECK-3");
    expect(r3?.message).toContain("「陶芸」");
    expect(r3?.message).toContain("「シンポジウム」");
    expect(r3?.message).toContain("判定ではありません");
  });

  it("R-CHECK-5 outcome above output in B, a missing outcome and an unreadable target", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("フレームワーク", "L15", "8人／20人");
    excel.workbook.setCell("フレームワーク", "T15", "30人");
    excel.workbook.setCell("フレームワーク", "C15", "たくさん");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual([
      "エラー R-CHECK-5 フレームワーク!C15",
      "エラー R-CHECK-5 フレームワーク!L15",
      "エラー R-CHECK-5 フレームワーク!T15",
    ]);
    expect(findings.find((finding) => finding.address === "L15")?.message).toContain("アウトカム目標 20人 がアウトプット目標 8人 を超えています");
  });

  it("R-CHECK-6 warns only above the reference placement rate (equal passes)", async () => {
    const excel = await cleanWorkbook();
    expect(beyondClean((await checkWorkbook(excel.run, { referencePlacementRate: 0.4 })).findings)).toEqual([]);
    const { findings } = await checkWorkbook(excel.run, { referencePlacementRate: 0.3 });
    expect(beyondClean(findings)).toEqual(["警告 R-CHECK-6 フレームワーク!L15", "警告 R-CHECK-6 フレームワーク!T15"]);
  });

  it("R-CHECK-7 outputs above the job-seeker population on the sheet", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("フレームワーク", "C11", "25人");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["警告 R-CHECK-7 フレームワーク!T15"]);
  });

  it("R-CHECK-8 cost per outcome above ¥1,000,000 (exactly ¥1,000,000 passes)", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("経費", "D5", "16,000千円"); // total 23,000,000 / 23 persons = 1,000,000
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual([]);
    excel.workbook.setCell("経費", "D5", 16_000_001);
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-8 経費!F5"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-8")?.message).toContain("失格");
  });

  it("R-CHECK-8 R-COST-2 a passing cost per outcome is reported as information with its figure, since lower cost rates better", async () => {
    const excel = await cleanWorkbook();
    const costInfo = async (): Promise<Finding | undefined> => (await checkWorkbook(excel.run)).findings.find((finding) => finding.ruleId === "R-CHECK-8");
    // Clean workbook: 10,000,000 yen ÷ (5 + 8 + 10) persons.
    const clean = await costInfo();
    expect(clean?.severity).toBe("情報");
    expect(clean?.message).toContain("1人当たり 434,783円");
    expect(clean?.message).toContain("R-COST-2");
    excel.workbook.setCell("経費", "D5", "16,000千円"); // exactly ¥1,000,000 per person still passes
    const boundary = await costInfo();
    expect(boundary?.severity).toBe("情報");
    expect(boundary?.message).toContain("1人当たり 1,000,000円");
    excel.workbook.setCell("経費", "D5", 16_000_001);
    const over = await costInfo();
    expect(over?.severity).toBe("エラー");
    expect(over?.message).not.toContain("R-COST-2");
  });

  it("R-CHECK-9 R-PROG-7 council without a municipality", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("協議会", "B5", "その他");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-9 協議会!B7"]);
  });

  it("R-CHECK-9 R-PROG-7 council without an economic organisation; the words staff write (商工会, 市) are understood", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("協議会", "B6", "労働局・ハローワーク");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-9 協議会!B7"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-9")?.message).toContain("「経済団体」");
    excel.workbook.setBlock("協議会", "B5", [["市"], ["商工会"]]);
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual([]);
  });

  it("R-CHECK-7 A's output against 地域内事業所数 (equal passes)", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("フレームワーク", "B11", "10社");
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual([]);
    excel.workbook.setCell("フレームワーク", "B11", 9);
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["警告 R-CHECK-7 フレームワーク!C15"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-7")?.message).toContain("10社");
  });

  it("R-CHECK-10 R-PROG-10 empty proposal item, head figure and a skipped left column", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("提案書", "C5", "");
    excel.workbook.setCell("フレームワーク", "A11", "");
    excel.workbook.setCell("フレームワーク", "Y15", "");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["警告 R-CHECK-10 提案書!C5", "警告 R-CHECK-10 フレームワーク!A11", "警告 R-CHECK-10 フレームワーク!Y15"]);
  });

  it("R-CHECK-11 joint application typed from summed counts, and R-CHECK-12 R-PROG-11 過疎等地域 without a UIJ row", async () => {
    const excel = await cleanWorkbook();
    // Member 1 is 不足 on its own (0.8 ≤ 0.9), but the joint ratio (800+2000)/(1000+1000) = 1.4 is not.
    excel.workbook.setBlock("地域要件", "A10", [["△△町", 2000, 1000, 2000, 1000, 2, 2, 9000, 8000, "", "はい"]]);
    excel.workbook.setBlock("フレームワーク", "X15", [["", "", "", ""]]);
    const { findings } = await checkWorkbook(excel.run);
    expect(brief(findings).filter((line) => line.includes("R-CHECK-11") || line.includes("R-CHECK-12"))).toEqual([
      "情報 R-CHECK-11 地域要件!C18",
      "警告 R-CHECK-12 フレームワーク!X15",
    ]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-11")?.message).toContain("過疎等地域");
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-12")?.message).toContain("R-PROG-11");
  });

  it("R-CHECK-13 a plan period of 4 fiscal years", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("提案書", "C19", "R10年度");
    const { findings } = await checkWorkbook(excel.run);
    expect(beyondClean(findings)).toEqual(["エラー R-CHECK-13 提案書!C19"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-13")?.message).toContain("4か年度");
  });

  it("R-CHECK-13 exactly 3 fiscal years passes; an end before the start is an error; an unreadable year a warning", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setBlock("提案書", "C18", [["R7年度"], ["令和9年度"]]);
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual([]);
    excel.workbook.setCell("提案書", "C19", "令和6年度");
    const before = await checkWorkbook(excel.run);
    expect(beyondClean(before.findings)).toEqual(["エラー R-CHECK-13 提案書!C19"]);
    expect(before.findings.find((finding) => finding.ruleId === "R-CHECK-13")?.message).toContain("開始年度（2025年度）より前");
    excel.workbook.setCell("提案書", "C19", "そのうち");
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual(["警告 R-CHECK-13 提案書!C19"]);
  });

  it("R-CHECK-11 a blank national ratio is a warning at that cell, and R-CHECK-12 stays silent while the area type is unknown", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setCell("地域要件", "A5", "");
    excel.workbook.setBlock("フレームワーク", "X15", [["", "", "", ""]]);
    const { findings } = await checkWorkbook(excel.run);
    expect(brief(findings).filter((line) => /R-CHECK-1[12] /u.test(line))).toEqual(["警告 R-CHECK-11 地域要件!A5"]);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-11")?.message).toContain("全国の有効求人倍率");
  });

  it("R-CHECK-12 R-PROG-11 a 過疎等地域 project with a UIJ row gives no warning", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.setBlock("地域要件", "A9", [["〇〇村", 2000, 1000, 2000, 1000, 2, 2, 9000, 8000, "", "はい"]]);
    const { findings } = await checkWorkbook(excel.run);
    expect(findings.find((finding) => finding.ruleId === "R-CHECK-11")?.message).toContain("過疎等地域");
    expect(findings.some((finding) => finding.ruleId === "R-CHECK-12")).toBe(false);
  });

  it("finds tables by name, not sheet position: a renamed, moved sheet is still checked", async () => {
    const excel = await cleanWorkbook();
    const sheet = excel.workbook.findSheet("協議会");
    if (sheet) sheet.name = "名簿";
    excel.workbook.sheets.reverse();
    excel.workbook.setCell("名簿", "B5", "その他");
    expect(beyondClean((await checkWorkbook(excel.run)).findings)).toEqual(["エラー R-CHECK-9 名簿!B7"]);
  });

  it("an empty workbook reports the missing framework and council", async () => {
    const { createFakeExcel } = await import("../../src/host/fake");
    const { findings } = await checkWorkbook(createFakeExcel().run);
    expect(brief(findings)).toEqual(["エラー R-CHECK-1 !", "エラー R-CHECK-9 !"]);
  });
});
