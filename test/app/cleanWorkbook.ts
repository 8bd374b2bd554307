import { SHEETS, generateSheets } from "../../src/app";
import { createFakeExcel, type FakeExcel } from "../../src/host/fake";

/**
 * A generated kit filled the way a careful council would: every R-CHECK rule passes. Tests
 * break one thing at a time and assert exactly the findings that follow.
 */
export async function cleanWorkbook(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await generateSheets(excel.run, { sheets: SHEETS.map((sheet) => sheet.id), valuesInsteadOfFormulas: false });
  const wb = excel.workbook;
  wb.setBlock("フレームワーク", "A11", [["製造業・IT", 200, 500]]);
  wb.setBlock("フレームワーク", "A15", [
    ["新分野への進出", "中小製造業", "10社／5人", "生産性向上セミナー（全3回・中小企業診断士）", "市役所会議室・平日夜", "市報・商工会議所HP", "商工会議所の経営相談"],
  ]);
  wb.setBlock("フレームワーク", "I15", [
    ["IT人材の不足", "若年求職者", "製造業10社", "20人／8人", "プログラミング講座（全5回）", "市民会館・平日昼", "ハローワーク掲示", "ハローワークの職業相談"],
  ]);
  wb.setBlock("フレームワーク", "R15", [["人材確保", "合同企業説明会", "30人／10人", "市民ホール・土曜午後", "市報・SNS"]]);
  wb.setBlock("フレームワーク", "X15", [["UIJターン人材の確保", "移住支援金", "都市部での移住相談会", "移住ポータルサイト"]]);
  for (let row = 5; row <= 20; row++) wb.setCell("提案書", `C${row}`, "記入済み");
  wb.setCell("提案書", "C18", "令和7年度");
  wb.setCell("提案書", "C19", "令和9年度");
  wb.setBlock("協議会", "A5", [
    ["〇〇市", "市町村", "会長"],
    ["〇〇商工会議所", "経済団体", "副会長"],
  ]);
  for (const [row, amount] of [[5, 3_000_000], [6, 1_000_000], [7, 2_000_000], [8, 2_000_000], [9, 2_000_000]] as const) {
    wb.setCell("経費", `D${row}`, amount);
  }
  wb.setBlock("地域要件", "A5", [[0.9, "1.10%"]]);
  wb.setBlock("地域要件", "A9", [["〇〇市", 800, 1000, 820, 1000, 0.8, 0.82, 50000, 48000]]);
  excel.resetCounters();
  return excel;
}
