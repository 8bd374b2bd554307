import { LEDGER_COLUMNS } from "../../../src/core/count/ledgerColumns";
import { cellAddress } from "../../../src/core/kit/a1";
import { isColumnRecord, planRefresh, type ComputedRecord, type RefreshTable } from "../../../src/core/kit/refreshPlan";
import { LEDGER_RESULTS, LEDGER_TABLES } from "../../../src/core/kit/sheets/ledger";
import type { CellInput } from "../../../src/core/kit/types";
import { asRow, raw, SEEKER } from "../count/ledgerFixture";

/** A ledger of `size` rows as a refresh reads it: a few kinds of row (○, Y6 ×, no outcome, a bad cell) over many persons. */
function ledger(size: number): Map<string, RefreshTable> {
  const kinds = [{}, { weeklyHours: 19.5 }, { outcome: null, outcomeOn: null }, { location: "域外", outcomePlace: "域外" }, { weeklyHours: "abc" }];
  const rows = Array.from({ length: size }, (_, r) => [...asRow(raw({ ...SEEKER, personId: `P${r}`, ...kinds[r % kinds.length] })).map((cell) => (cell ?? "") as CellInput), "", "", "", ""]);
  const header = [...LEDGER_COLUMNS.map((column) => column.header), "", LEDGER_RESULTS.output, LEDGER_RESULTS.outcome, LEDGER_RESULTS.reason];
  return new Map([[LEDGER_TABLES.ledger, { sheet: "実績台帳", top: 3, left: 0, header, rows, formulas: [] }]]);
}

const bytes = (record: ComputedRecord): number => Buffer.byteLength(JSON.stringify(record), "utf8");

/** The first format: one entry per written cell, keyed "sheet!A1". */
function perCell(record: ComputedRecord): Record<string, CellInput> {
  const cells: Record<string, CellInput> = {};
  for (const [key, entry] of Object.entries(record)) {
    if (!isColumnRecord(entry)) continue;
    const [sheet, first] = key.split("!");
    const column = first.replace(/\d+$/u, "");
    const top = Number(first.slice(column.length));
    entry.rows.forEach((index, r) => {
      if (index > 0) cells[`${sheet}!${column}${top + r}`] = entry.values[index - 1];
    });
  }
  return cells;
}

describe("the record of written values (workbook settings)", () => {
  it("stays small for a 10k-row ledger: a dictionary and indexes per column, not a value per cell", () => {
    const plan = planRefresh(ledger(10_000), {});
    expect(plan.written).toBeGreaterThan(20_000);
    const compact = bytes(plan.record);
    const legacy = bytes(perCell(plan.record));
    // Measured: about 61 kB against about 2.6 MB per cell (Office keeps an add-in's settings under about 2 MB).
    expect(compact).toBeLessThan(100_000);
    expect(legacy).toBeGreaterThan(10 * compact);
  });

  it("reads a record of the first, per-cell format: a cell it names is ours, and the record is rewritten per column", () => {
    const tables = ledger(3);
    const grid = tables.get(LEDGER_TABLES.ledger)!;
    const rows = grid.rows.map((row) => [...row]);
    rows[0][21] = "×"; // what an earlier refresh wrote, per cell
    rows[1][21] = "済"; // typed
    const old: ComputedRecord = { [`実績台帳!${cellAddress({ row: 4, column: 21 })}`]: "×" };
    const plan = planRefresh(new Map([[LEDGER_TABLES.ledger, { ...grid, rows }]]), old);
    expect(plan.skippedTyped).toBe(1);
    expect(isColumnRecord(plan.record["実績台帳!V5"])).toBe(true);
    expect(perCell(plan.record)["実績台帳!V5"]).toBe("○");
    expect(perCell(plan.record)["実績台帳!V6"]).toBeUndefined();
  });

  it("a 100k-row ledger is planned fast (memoized judgement)", () => {
    const started = Date.now();
    const plan = planRefresh(ledger(100_000), {});
    expect(plan.written).toBeGreaterThan(200_000);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(bytes(plan.record)).toBeLessThan(1_000_000);
  });
});
