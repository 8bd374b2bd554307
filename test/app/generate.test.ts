import { SHEETS, generateSheets } from "../../src/app";
import { KIT_SHEETS } from "../../src/core/kit";
import { createFakeExcel } from "../../src/host/fake";

const ALL = SHEETS.map((sheet) => sheet.id);

describe("generateSheets", () => {
  it("creates every sheet with its tables in at most 3 syncs (whole kit)", async () => {
    const excel = createFakeExcel();
    const report = await generateSheets(excel.run, { sheets: ALL, valuesInsteadOfFormulas: false });
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(excel.syncCount).toBe(report.syncs);
    expect(report.created.map((entry) => entry.sheetName)).toEqual(KIT_SHEETS.map((sheet) => sheet.name));
    expect(report.skippedCells).toBe(0);
    expect(excel.workbook.listTables().map((table) => table.name)).toEqual(KIT_SHEETS.flatMap((sheet) => sheet.tables.map((table) => table.name)));
  });

  it("writes headers, dropdowns, formats, widths, frozen rows and the R-FW-0 notes on the framework sheet", async () => {
    const excel = createFakeExcel();
    await generateSheets(excel.run, { sheets: ["framework"], valuesInsteadOfFormulas: false });
    const wb = excel.workbook;
    expect(wb.getCell("フレームワーク", "A1")?.value).toBe("地域雇用活性化推進事業に係る事業構想策定の基礎となるフレームワーク");
    expect(wb.getCell("フレームワーク", "A2")?.value).toBe("※ 各表ともに左欄からの記載を心掛けること (R-PROG-10)。");
    expect(wb.getCell("フレームワーク", "A7")?.value).toContain("ハローワークの就職率等を参考とすること");
    expect(wb.getCell("フレームワーク", "A14")?.value).toBe("事業主ニーズ／求職者ニーズ");
    expect(wb.getCell("フレームワーク", "G14")?.value).toBe("連携する関係団体の事業");
    expect(wb.getCell("フレームワーク", "K14")?.value).toBe("予想される就職先（事業所数）");
    expect(wb.getCell("フレームワーク", "X14")?.value).toBe("事業主ニーズ／（求職者ニーズ）");
    expect(wb.getCell("フレームワーク", "B11")?.numberFormat).toBe('#,##0"社"');
    expect(wb.findSheet("フレームワーク")?.frozenRows).toBe(14);
    expect(wb.findSheet("フレームワーク")?.columnWidths.get(0)).toBe(150);
    expect(wb.getCell("フレームワーク", "A13")?.bold).toBe(true);
  });

  it("puts dropdowns on the ledger's closed lists and spills KOYO.COUNTABLE beside the table", async () => {
    const excel = createFakeExcel();
    await generateSheets(excel.run, { sheets: ["ledger"], valuesInsteadOfFormulas: false });
    const wb = excel.workbook;
    expect(wb.getCell("実績台帳", "B5")?.validationList).toEqual(["A", "B", "C"]);
    expect(wb.getCell("実績台帳", "F9")?.validationList).toEqual(["域内", "域外"]);
    expect(wb.getCell("実績台帳", "K5")?.numberFormat).toBe("yyyy/m/d");
    expect(wb.getCell("実績台帳", "V5")?.formula).toBe("=KOYO.COUNTABLE(KOYO_Ledger[#Data],KOYO_Ledger[#Headers])");
    expect(wb.getCell("実績台帳", "AA5")?.formula).toBe("=KOYO.OUTPUTTOTAL(KOYO_Ledger[#Data],KOYO_Ledger[#Headers],[@[メニュー]])");
  });

  it("values mode writes the values the formulas show after generation (blank), keeps plain Excel formulas, and the report says so", async () => {
    const excel = createFakeExcel();
    const report = await generateSheets(excel.run, { sheets: ["cost", "council"], valuesInsteadOfFormulas: true });
    const cells = excel.workbook.dump("経費");
    expect(Object.values(cells).some((content) => String(content).includes("KOYO."))).toBe(false);
    expect(cells.F5).toBe("=SUM(KOYO_Cost[[金額（円）]])");
    expect(cells.H5 ?? null).toBeNull();
    expect(String(cells.A1)).toContain("関数を使わない版");
    expect(String(excel.workbook.dump("協議会").A1)).not.toContain("関数を使わない版");
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toContain("KOYO 関数を使う 2 個のセル");
    expect(report.notes[0]).toContain("「経費」の計算結果は、入力後に［計算結果を更新］を押すと入ります");
    expect(report.notes[0]).not.toContain("対象外");
    const ledger = await generateSheets(createFakeExcel().run, { sheets: ["ledger", "area"], valuesInsteadOfFormulas: true });
    // The ledger's COUNTABLE spill and totals are refreshed too, so no sheet is left to formula mode.
    expect(ledger.notes[0]).toContain("「実績台帳」「地域要件」の計算結果は");
    expect(ledger.notes[0]).not.toContain("対象外");
    const withFormulas = await generateSheets(createFakeExcel().run, { sheets: ["cost"], valuesInsteadOfFormulas: false });
    expect(withFormulas.notes).toEqual([]);
  });

  it("never overwrites: with every name taken and cells holding data, no existing cell changes", async () => {
    const excel = createFakeExcel();
    await generateSheets(excel.run, { sheets: ALL, valuesInsteadOfFormulas: false });
    for (const sheet of excel.workbook.listSheets()) excel.workbook.setCell(sheet, "A1", `user data in ${sheet}`);
    excel.workbook.setBlock("フレームワーク", "A15", [["needs typed by the user", "target"]]);
    const before = Object.fromEntries(excel.workbook.listSheets().map((sheet) => [sheet, excel.workbook.dump(sheet)]));
    const tablesBefore = excel.workbook.listTables();

    const report = await generateSheets(excel.run, { sheets: ALL, valuesInsteadOfFormulas: false });

    for (const [sheet, cells] of Object.entries(before)) expect(excel.workbook.dump(sheet)).toEqual(cells);
    expect(excel.workbook.listTables().slice(0, tablesBefore.length)).toEqual(tablesBefore);
    expect(report.created[0]).toEqual({ sheetId: "framework", sheetName: "フレームワーク (2)", renamedFrom: "フレームワーク" });
    expect(excel.workbook.findTable("KOYO_Ledger_2")?.sheet.name).toBe("実績台帳 (2)");
    // Formulas follow the renamed tables.
    expect(excel.workbook.getCell("実績台帳 (2)", "V5")?.formula).toBe("=KOYO.COUNTABLE(KOYO_Ledger_2[#Data],KOYO_Ledger_2[#Headers])");
  });

  it("reports progress per sheet", async () => {
    const excel = createFakeExcel();
    const seen: string[] = [];
    await generateSheets(excel.run, { sheets: ["council", "kpi"], valuesInsteadOfFormulas: false, onProgress: (done, total, label) => seen.push(`${done}/${total} ${label}`) });
    expect(seen).toEqual(["1/2 協議会", "2/2 KPI"]);
  });
});
