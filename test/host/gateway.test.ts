import { ExcelOperationError, checkWorkbook, generateSheets, selectCell } from "../../src/app";
import { LEDGER_COLUMNS } from "../../src/core/count/ledgerColumns";
import type { SheetPlan } from "../../src/core/kit/types";
import { createFakeExcel } from "../../src/host/fake";
import { toOperationError } from "../../src/host/errors";
import { EXCEL_API, assertExcelApi } from "../../src/host/requirements";
import { readTables, runOperation, writePlans } from "../../src/host/gateway";
import { cleanWorkbook } from "../app/cleanWorkbook";

const LEDGER_HEADER = LEDGER_COLUMNS.map((column) => column.header);

function ledgerRows(count: number, note: string): (string | number)[][] {
  return Array.from({ length: count }, (_, index) =>
    LEDGER_HEADER.map((header, column) => (column === 0 ? `B-${index % 7}` : header === "個人ID" ? `P${index}` : column === 19 ? note : "域内")),
  );
}

describe("gateway: bulk reads in few syncs, chunked under 5 MB", () => {
  it("a large table is read in 1 sync for the names and 1 per payload chunk", async () => {
    const excel = createFakeExcel();
    excel.workbook.seedTable("台帳", "A1", LEDGER_HEADER, ledgerRows(30_000, "いいえ"), "KOYO_Ledger");
    const syncs = await runOperation(excel.run, async (session) => {
      const tables = await readTables(session, ["KOYO_Ledger"]);
      expect(tables.get("KOYO_Ledger")?.rows).toHaveLength(30_000);
      return session.syncs;
    });
    // 30,001 rows × 20 columns at the 64-byte estimate: 10 chunks of 3,276 rows.
    const chunks = Math.ceil(30_001 / Math.floor((4 * 1024 * 1024) / (20 * 64)));
    expect(chunks).toBe(10);
    expect(syncs).toBe(1 + chunks);
    expect(excel.writeCount).toBe(0);
  });

  it("a check beside a 30,000-row ledger stays at 2 syncs: no R-CHECK rule reads the ledger", async () => {
    const excel = await cleanWorkbook();
    excel.workbook.seedTable("台帳", "A1", LEDGER_HEADER, ledgerRows(30_000, "いいえ"), "KOYO_Ledger_Big");
    const report = await checkWorkbook(excel.run);
    expect(report.syncs).toBe(2);
    expect(excel.writeCount).toBe(0);
  });

  it("halves a chunk whose real payload exceeds 5 MB and still reads every row in order", async () => {
    const excel = createFakeExcel();
    const long = "長い備考".repeat(200); // ≈ 2,400 bytes a cell: the 64-byte estimate is far too low
    excel.workbook.seedTable("台帳", "A1", LEDGER_HEADER, ledgerRows(3_000, long), "KOYO_Ledger");
    const tables = await runOperation(excel.run, (session) => readTables(session, ["KOYO_Ledger", "ない"]));
    const ledger = tables.get("KOYO_Ledger");
    expect(ledger?.rows).toHaveLength(3_000);
    expect(ledger?.rows[2_999][4]).toBe("P2999");
    expect(ledger?.header).toEqual(LEDGER_HEADER);
    expect(tables.has("ない")).toBe(false);
    // names, the refused 7 MB read, then its two halves.
    expect(excel.syncCount).toBe(4);
  });

  it("splits a write block above the payload budget over several syncs", async () => {
    const excel = createFakeExcel();
    const rows = Array.from({ length: 80_000 }, (_, index) => [`行${index}あいうえおかきくけこさしすせそ`]);
    const plan: SheetPlan = {
      sheetId: "ledger",
      sheetName: "大きい",
      values: [{ address: "A1:A80000", rows }],
      tables: [],
      formulas: [],
      numberFormats: [],
      validations: [],
      bold: [],
      columnWidths: [],
      freezeRows: 0,
      koyoCellsLeftBlank: 0,
    };
    const syncs = await runOperation(excel.run, async (session) => {
      await writePlans(session, [plan]);
      return session.syncs;
    });
    expect(syncs).toBeGreaterThanOrEqual(2);
    expect(excel.workbook.getCell("大きい", "A80000")?.value).toBe(rows[79_999][0]);
  });
});

describe("gateway: Excel errors become Japanese messages", () => {
  it("edit mode", async () => {
    const excel = createFakeExcel();
    excel.failNextSyncWith("InvalidOperationInCellEditMode");
    const error = await generateSheets(excel.run, { sheets: ["council"], valuesInsteadOfFormulas: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect((error as ExcelOperationError).message).toContain("セルを編集中");
    expect((error as ExcelOperationError).code).toBe("InvalidOperationInCellEditMode");
  });

  it("protected sheet", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("保護");
    excel.workbook.protectSheet("保護");
    const attempt = runOperation(excel.run, async (session) => {
      session.context.workbook.worksheets.getItem("保護").getRange("A1").values = [["x"]];
      await session.sync();
    });
    await expect(attempt).rejects.toThrow(/保護されているため書き込めません/u);
  });

  it("an API the host lacks", async () => {
    const excel = createFakeExcel();
    excel.failNextSyncWith("ApiNotFound");
    await expect(checkWorkbook(excel.run)).rejects.toThrow(/必要な機能（Excel JavaScript API）に対応していません/u);
  });

  it("protected sheet reported by a Japanese Excel (InvalidOperation with Japanese text)", () => {
    const japanese = Object.assign(new Error("変更しようとしているセルやグラフは保護されているシート上にあります。"), { code: "InvalidOperation" });
    expect(toOperationError(japanese).message).toContain("保護されているため書き込めません");
    const other = Object.assign(new Error("This operation is not allowed."), { code: "InvalidOperation" });
    expect(toOperationError(other).message).toContain("エラーコード: InvalidOperation");
  });

  it("an API the host lacks is asked for before the batch: generation needs ExcelApi 1.8, a check 1.4", async () => {
    const asked: string[] = [];
    const upTo = (supported: number) => (set: string, version: string): boolean => {
      asked.push(`${set} ${version}`);
      return Number(version) <= supported;
    };
    expect(() => assertExcelApi(EXCEL_API.generate, upTo(1.7))).toThrow(/必要な機能（ExcelApi 1\.8）に対応していません。Excel を最新版に更新/u);
    expect(() => assertExcelApi(EXCEL_API.read, upTo(1.7))).not.toThrow();
    expect(asked).toEqual(["ExcelApi 1.8", "ExcelApi 1.4"]);
    // In Office the gateway asks Office itself; nothing reaches Excel when the answer is no.
    const excel = createFakeExcel();
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: upTo(1.7) } } };
    try {
      const error = await generateSheets(excel.run, { sheets: ["council"], valuesInsteadOfFormulas: false }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ExcelOperationError);
      expect((error as ExcelOperationError).code).toBe("ApiNotFound");
      expect(excel.syncCount).toBe(0);
      expect((await checkWorkbook(excel.run)).syncs).toBeGreaterThan(0);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("an unexpected JavaScript error is never shown raw", async () => {
    const excel = createFakeExcel();
    const attempt = runOperation(excel.run, async () => {
      throw new TypeError("x is undefined");
    });
    await expect(attempt).rejects.toThrow(/予期しないエラー/u);
  });
});

describe("selectCell", () => {
  it("selects a finding's cell on its sheet in one sync, without writing", async () => {
    const excel = await cleanWorkbook();
    await selectCell(excel.run, "フレームワーク", "L15");
    expect(excel.workbook.selection).toEqual({ sheet: "フレームワーク", address: "L15" });
    expect(excel.workbook.activeSheet?.name).toBe("フレームワーク");
    expect(excel.syncCount).toBe(1);
    expect(excel.writeCount).toBe(0);
  });

  it("a sheet that no longer exists gives a Japanese message", async () => {
    const excel = createFakeExcel();
    await expect(selectCell(excel.run, "消えたシート", "A1")).rejects.toThrow(/見つかりません/u);
  });
});
