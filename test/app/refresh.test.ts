import { generateSheets, refreshValues, SHEETS } from "../../src/app";
import { areaReason, areaType, jointAreaType, jointRatio, popDecline } from "../../src/functions/area";
import { continuation, projectVerdict } from "../../src/functions/continuation";
import { costCheck, costPerOutcome } from "../../src/functions/cost";
import { kpiCheck, kpiProgress } from "../../src/functions/kpi";
import { countable, outcometotal, outputtotal } from "../../src/functions/counting";
import { cellAddress, parseCell } from "../../src/core/kit/a1";
import { asRow, HEADERS, raw, SEEKER } from "../core/count/ledgerFixture";
import { createFakeExcel, type FakeExcel, type FakeScalar } from "../../src/host/fake";
import { isCellError } from "../support/customFunctionsRuntime";

/** A values-mode kit with inputs typed on the cost, area and KPI sheets. */
async function filledValuesKit(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await generateSheets(excel.run, { sheets: SHEETS.map((sheet) => sheet.id), valuesInsteadOfFormulas: true });
  const wb = excel.workbook;
  wb.setBlock("地域要件", "A5", [[0.9, "1.10%"]]);
  wb.setBlock("地域要件", "A9", [
    ["〇〇市", 800, 1000, 820, 1000, 0.8, 0.82, 50000, 48000, "", ""],
    ["△△町", 300, 200, 310, 200, 1.5, 1.55, 8000, 7000, "", "はい"],
    ["××村", "", "", "", "", "abc", "", "", "", "", ""],
  ]);
  for (const [row, amount] of [[5, 3_000_000], [6, 1_000_000], [7, 2_000_000], [8, 2_000_000], [9, 2_000_000]] as const) wb.setCell("経費", `D${row}`, amount);
  // The fake does not evaluate formulas; Excel would show the SUM's result in 総事業費.
  const { row, column } = parseCell("F5");
  wb.findSheet("経費")!.cell(row, column).value = 10_000_000;
  wb.setCell("経費", "G5", 8);
  wb.setBlock("KPI", "A6", [
    ["雇用創出数", "人", 0, 10, 15, 16, 41],
    ["創業件数", "件", 0, 1, 2, 3, 7],
  ]);
  wb.setBlock("KPI", "A13", [["雇用創出数", 100, 141, "人", "", 120]]);
  excel.resetCounters();
  return excel;
}

const value = (excel: FakeExcel, sheet: string, address: string): FakeScalar => excel.workbook.getCell(sheet, address)?.value ?? "";
const one = (result: unknown[][]): unknown => result[0][0];

/** What a refresh writes for what the worksheet function returns: the value, or the error as "#CODE: message". */
function expectSame(written: FakeScalar, fromFunction: unknown): void {
  if (isCellError(fromFunction)) {
    expect(String(written).startsWith(`${fromFunction.code}: `)).toBe(true);
    if (fromFunction.message) expect(written).toContain(fromFunction.message.replace(/…$/u, ""));
  } else expect(written).toEqual(fromFunction);
}

describe("refreshValues (values mode)", () => {
  it("writes what the KOYO functions compute for the same inputs (R-AREA-2/4/7/8, R-COST-1, R-KPI-1/2) in ≤ 3 syncs", async () => {
    const excel = await filledValuesKit();
    const report = await refreshValues(excel.run);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(excel.syncCount).toBe(report.syncs);
    expect(report.skippedTyped).toBe(0);
    expect(report.skippedFormulas).toBe(0);

    const a = (address: string): FakeScalar => value(excel, "地域要件", address);
    for (const row of [9, 10, 11]) {
      const args: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [[[a(`F${row}`)]], [[a(`G${row}`)]], [[0.9]], [[a(`J${row}`)]], [["1.10%"]], [[a(`K${row}`)]]];
      if (a(`H${row}`) !== "") expectSame(a(`J${row}`), one(popDecline([[a(`H${row}`)]], [[a(`I${row}`)]])));
      expectSame(a(`L${row}`), one(areaType(...args)));
      expectSame(a(`M${row}`), one(areaReason(...args)));
    }
    expect(a("L9")).toBe("雇用機会不足地域");
    expect(String(a("L11"))).toMatch(/^#VALUE!: /u);
    const column = (letter: string): unknown[][] => [9, 10, 11, 12, 13].map((row) => [a(`${letter}${row}`)]);
    expectSame(a("A18"), one(jointRatio(column("B"), column("C"))));
    expectSame(a("B18"), one(jointRatio(column("D"), column("E"))));
    expectSame(a("C18"), one(jointAreaType(column("L"), [[a("A18")]], [[a("B18")]], [[0.9]])));

    expectSame(value(excel, "経費", "H5"), one(costPerOutcome([[10_000_000]], [[8]])));
    expectSame(value(excel, "経費", "I5"), one(costCheck([[10_000_000]], [[8]])));
    expect(value(excel, "経費", "H5")).toBe(1_250_000);

    expectSame(value(excel, "KPI", "H6"), one(kpiCheck([[10, 15, 16]], [[41]])));
    expectSame(value(excel, "KPI", "H7"), one(kpiCheck([[1, 2, 3]], [[7]])));
    expect(value(excel, "KPI", "H8")).toBe("");
    expectSame(value(excel, "KPI", "I13"), one(kpiProgress([[100]], [[141]], [[120]])));
  });

  it("writes nothing into input cells, and a second run changes nothing", async () => {
    const excel = await filledValuesKit();
    const before = excel.workbook.dump("地域要件");
    const first = await refreshValues(excel.run);
    const after = excel.workbook.dump("地域要件");
    const changed = Object.keys(after).filter((address) => after[address] !== before[address]);
    expect(changed.every((address) => /^[JLM](9|10|11)$|^[ABC]18$/u.test(address))).toBe(true);
    expect(first.written).toBeGreaterThan(0);
    const writes = excel.writeCount;
    const second = await refreshValues(excel.run);
    expect(second.written).toBe(0);
    expect(second.skippedTyped).toBe(0);
    expect(excel.writeCount).toBe(writes);
  });

  it("never overwrites a value typed into a result cell, and counts it", async () => {
    const excel = await filledValuesKit();
    await refreshValues(excel.run);
    excel.workbook.setCell("経費", "I5", "確認中");
    excel.workbook.setCell("経費", "G5", 20);
    const report = await refreshValues(excel.run);
    expect(value(excel, "経費", "I5")).toBe("確認中");
    expect(value(excel, "経費", "H5")).toBe(500_000);
    expect(report.skippedTyped).toBe(1);
    expect(report.notes.join("")).toContain("上書きしませんでした");
  });

  it("rewrites an error text once the input is fixed, and blanks a result whose inputs were cleared", async () => {
    const excel = await filledValuesKit();
    await refreshValues(excel.run);
    excel.workbook.setCell("地域要件", "F11", 1.2);
    excel.workbook.setCell("経費", "G5", "");
    await refreshValues(excel.run);
    expect(value(excel, "地域要件", "L11")).toBe(one(areaType([[1.2]], [[""]], [[0.9]], [[""]], [["1.10%"]], [[""]])));
    expect(value(excel, "経費", "H5")).toBe("");
  });

  describe("継続判定 (R-CONT-1..6)", () => {
    const SHEET = "継続判定";
    /** The menus table A8:H13 and its spill J9:K13, the head A5:B5 and PROJECTVERDICT's D5, as the kit lays them out. */
    const grid = (excel: FakeExcel, top: number, bottom: number, left: number, right: number): FakeScalar[][] =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => value(excel, SHEET, cellAddress({ row: top + r, column: left + c }))));

    async function continuationKit(year: FakeScalar, menus: FakeScalar[][]): Promise<FakeExcel> {
      const excel = createFakeExcel();
      await generateSheets(excel.run, { sheets: ["continuation"], valuesInsteadOfFormulas: true });
      excel.workbook.setBlock(SHEET, "A5", [[year, "令和7年度"]]);
      if (menus.length > 0) excel.workbook.setBlock(SHEET, "A9", menus);
      excel.resetCounters();
      return excel;
    }

    /** The spill and the project cell equal what CONTINUATION and PROJECTVERDICT return for the same cells. */
    function expectFunctions(excel: FakeExcel): void {
      const args = [[[value(excel, SHEET, "A5")]], grid(excel, 8, 12, 0, 7), grid(excel, 7, 7, 0, 7), [[value(excel, SHEET, "B5")]]] as [unknown[][], unknown[][], unknown[][], unknown[][]];
      const spill = continuation(...args);
      const written = grid(excel, 8, 12, 9, 10);
      written.forEach((row, r) => row.forEach((cell, c) => expectSame(cell, spill[r]?.[c] ?? "")));
      expectSame(value(excel, SHEET, "D5"), one(projectVerdict(...args)));
    }

    const MENUS: FakeScalar[][] = [
      ["セミナー", "A", 10, 8, "85%", "", "", ""],
      ["講座", "B", 10, 6, 0.9, 5, 1, ""],
      ["相談会", "C", 10, "たくさん", "", 3, 3, ""],
      ["", "", "", "", "", "", "", ""],
      ["実習", "B", 10, 2, 0.9, 5, 1, 46100], // 2026-03-18: after the year-1 cut-off of 令和7年度 (R-CONT-6)
    ];

    it("writes CONTINUATION's verdict and reason per menu and PROJECTVERDICT's cell, as the functions return them, in ≤ 3 syncs", async () => {
      const excel = await continuationKit(1, MENUS);
      const report = await refreshValues(excel.run);
      expect(report.syncs).toBeLessThanOrEqual(3);
      expectFunctions(excel);
      expect(value(excel, SHEET, "J9")).toBe("継続");
      expect(String(value(excel, SHEET, "J11"))).toMatch(/^#VALUE!: /u);
      expect(value(excel, SHEET, "J12")).toBe("");
      expect(value(excel, SHEET, "J13")).toBe("評価対象外");
      expect(String(value(excel, SHEET, "D5"))).toContain("3行目が読み取れません");
      expect(grid(excel, 8, 12, 0, 7)).toEqual(MENUS); // no input cell written
    });

    it("rejudges every menu once the unreadable row is fixed, and the project gets its verdict", async () => {
      const excel = await continuationKit(1, MENUS);
      await refreshValues(excel.run);
      excel.workbook.setCell(SHEET, "D11", 1);
      const report = await refreshValues(excel.run);
      expect(report.skippedTyped).toBe(0);
      expectFunctions(excel);
      expect(value(excel, SHEET, "D5")).toBe("事業廃止");
    });

    it("stays blank until the 事業年度 is chosen, and a bad year is the spill's one error cell", async () => {
      const blank = await continuationKit("", MENUS);
      expect((await refreshValues(blank.run)).written).toBe(0);
      const bad = await continuationKit("4年度目", MENUS);
      await refreshValues(bad.run);
      expectFunctions(bad);
      expect(String(value(bad, SHEET, "J9"))).toMatch(/^#VALUE!: /u);
      expect(value(bad, SHEET, "K9")).toBe("");
      expect(value(bad, SHEET, "J10")).toBe("");
    });

    it("leaves the spill of a formula-mode sheet to Excel", async () => {
      const excel = createFakeExcel();
      await generateSheets(excel.run, { sheets: ["continuation"], valuesInsteadOfFormulas: false });
      excel.workbook.setBlock(SHEET, "A5", [[1, ""]]);
      excel.workbook.setBlock(SHEET, "A9", MENUS);
      const report = await refreshValues(excel.run);
      expect(report.written).toBe(0);
      expect(report.skippedFormulas).toBe(11);
      expect(value(excel, SHEET, "J10")).toBe("");
    });
  });

  describe("実績台帳 (COUNTABLE spill and the per-menu totals)", () => {
    const SHEET = "実績台帳";
    const cells = (row: unknown[]): FakeScalar[] => row.map((cell) => (cell === null || cell === undefined ? "" : (cell as FakeScalar)));
    const seeker = cells(asRow(raw(SEEKER)));
    const shortHours = cells(asRow(raw({ ...SEEKER, personId: "P2", weeklyHours: 19.5 })));
    const noOutcome = cells(asRow(raw({ ...SEEKER, personId: "P3", outcome: null, outcomeOn: null })));
    const bad = cells(asRow(raw({ ...SEEKER, personId: "P4", weeklyHours: "abc" })));
    const blank = cells(asRow(raw({})));
    const LEDGER = [seeker, blank, shortHours, bad, noOutcome];
    const SCOPES = ["B-1", "", "A", "ｂ－１", "B"];
    const grid = (excel: FakeExcel, top: number, bottom: number, left: number, right: number): FakeScalar[][] =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => value(excel, SHEET, cellAddress({ row: top + r, column: left + c }))));

    async function ledgerKit(rows: FakeScalar[][], valuesInsteadOfFormulas = true): Promise<FakeExcel> {
      const excel = createFakeExcel();
      await generateSheets(excel.run, { sheets: ["ledger"], valuesInsteadOfFormulas });
      excel.workbook.setBlock(SHEET, "A5", rows);
      excel.workbook.setBlock(SHEET, "Z5", SCOPES.map((scope) => [scope]));
      excel.resetCounters();
      return excel;
    }

    /** The sheet's formulas are COUNTABLE(KOYO_Ledger[#Data],KOYO_Ledger[#Headers]) and the totals with [@[メニュー]]: called so here. */
    function expectFunctions(excel: FakeExcel): void {
      const data = grid(excel, 4, 8, 0, 19); // A5:T9 (0-based row 4 is sheet row 5)
      const headers = [grid(excel, 3, 3, 0, 19)[0]];
      const spill = countable(data, headers);
      grid(excel, 4, 8, 21, 23).forEach((row, r) => row.forEach((cell, c) => expectSame(cell, spill[r][c])));
      grid(excel, 4, 8, 25, 27).forEach(([menu, output, outcome]) => {
        expectSame(output, one(outputtotal(data, headers, [[menu]])));
        expectSame(outcome, one(outcometotal(data, headers, [[menu]])));
      });
    }

    it("R-COUNT-Y6, D-1: writes COUNTABLE's three cells per row and the totals, as the functions return them, in ≤ 3 syncs", async () => {
      const excel = await ledgerKit(LEDGER.filter((row) => row !== bad));
      const report = await refreshValues(excel.run);
      expect(report.syncs).toBeLessThanOrEqual(3);
      expectFunctions(excel);
      expect(grid(excel, 4, 7, 21, 23)).toEqual([["○", "○", ""], ["", "", ""], ["○", "×", "アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)"], ["○", "", ""]]);
      // B-1, the project (blank メニュー, as the formula without a guard shows), kind A, ｂ－１ read as B-1, kind B.
      expect(grid(excel, 4, 8, 26, 27)).toEqual([[3, 1], [3, 1], [0, 0], [3, 1], [3, 1]]);
      expect(grid(excel, 4, 7, 0, 19)).toEqual(LEDGER.filter((row) => row !== bad)); // no input cell written
      expect(grid(excel, 4, 8, 25, 25)).toEqual(SCOPES.map((scope) => [scope]));
      expect((await refreshValues(excel.run)).written).toBe(0);
    });

    it("a bad cell is its row's error in all three cells and makes every total the error naming its row; fixed, all are rejudged", async () => {
      const excel = await ledgerKit(LEDGER);
      await refreshValues(excel.run);
      expectFunctions(excel);
      for (const cell of grid(excel, 7, 7, 21, 23)[0]) expect(String(cell)).toMatch(/^#VALUE!: .*列「週所定労働時間」に「abc」/u);
      expect(String(value(excel, SHEET, "AA5"))).toContain("引数「records」の4行目");
      expect(value(excel, SHEET, "V5")).toBe("○");
      excel.workbook.setCell(SHEET, "O8", 30);
      await refreshValues(excel.run);
      expectFunctions(excel);
      expect(value(excel, SHEET, "V8")).toBe("○");
      expect(value(excel, SHEET, "AA5")).toBe(4);
    });

    it("a header row typed as data is a row like any other, as [#Data] passes it (the headers come from [#Headers])", async () => {
      const excel = await ledgerKit([HEADERS, seeker]);
      await refreshValues(excel.run);
      expectFunctions(excel);
      expect(String(value(excel, SHEET, "V5"))).toMatch(/^#VALUE!: /u);
      expect(value(excel, SHEET, "V6")).toBe("○");
    });

    it("never overwrites a result typed over the spill, and leaves a formula-mode ledger to Excel", async () => {
      const excel = await ledgerKit([seeker]);
      excel.workbook.setCell(SHEET, "X5", "確認済み");
      const report = await refreshValues(excel.run);
      expect(value(excel, SHEET, "X5")).toBe("確認済み");
      expect(value(excel, SHEET, "V5")).toBe("○");
      expect(report.skippedTyped).toBe(1);
      const formulas = await ledgerKit([seeker], false);
      const left = await refreshValues(formulas.run);
      expect(left.written).toBe(0);
      expect(left.skippedFormulas).toBe(5 * 3 + 5 * 2);
    });
  });

  it("leaves formula-mode sheets to Excel and says so", async () => {
    const excel = createFakeExcel();
    await generateSheets(excel.run, { sheets: ["cost"], valuesInsteadOfFormulas: false });
    excel.workbook.setCell("経費", "G5", 8);
    const report = await refreshValues(excel.run);
    expect(report.written).toBe(0);
    expect(report.skippedFormulas).toBe(2);
    expect(excel.workbook.getCell("経費", "H5")?.formula).toContain("KOYO.COSTPEROUTCOME");
    expect(report.notes.join("")).toContain("数式のシートは Excel が計算します");
  });
});
