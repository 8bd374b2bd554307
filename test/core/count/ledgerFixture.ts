import type { RawLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { LEDGER_COLUMNS, type LedgerKey } from "../../../src/core/count/ledgerColumns";

/** A raw ledger row: blank everywhere except the given cells. */
export function raw(cells: Partial<Record<LedgerKey, unknown>>): RawLedgerRecord {
  const row = Object.fromEntries(LEDGER_COLUMNS.map((column) => [column.key, null])) as Record<LedgerKey, unknown>;
  return { ...row, ...cells };
}

/** The same row as the cells of a worksheet range in canonical column order. */
export function asRow(record: RawLedgerRecord): unknown[] {
  return LEDGER_COLUMNS.map((column) => record[column.key] ?? "");
}

export const HEADERS = LEDGER_COLUMNS.map((column) => column.header);

/** A job seeker in B who lives in the area, got a 30-hour job in the area after the seminar. */
export const SEEKER = { menu: "B-1", kind: "B", category: "求職者", personId: "P1", location: "域内", intentConfirmed: "はい", attendedOn: "2024/5/1", outcome: "就職", outcomeOn: "2024/6/1", outcomePlace: "域内", weeklyHours: 30 } as const;

/**
 * A worksheet row written as the ledger's columns joined by "|" (メニュー|取組|区分|事業所ID|…|伴走型支援),
 * the way a reviewer writes it down; a digits-only cell is a number (dates as serials), "(blank)" is blank.
 */
export function pipeRow(text: string): unknown[] {
  const cells = text.split("|").map((cell) => (cell === "(blank)" ? "" : /^\d+(?:\.\d+)?$/u.test(cell) ? Number(cell) : cell));
  if (cells.length !== LEDGER_COLUMNS.length) throw new Error(`${cells.length} cells, expected ${LEDGER_COLUMNS.length}: ${text}`);
  return cells;
}

/** {@link pipeRow} keyed by column, for parseLedgerRecord. */
export function pipeRecord(text: string): RawLedgerRecord {
  const cells = pipeRow(text);
  return Object.fromEntries(LEDGER_COLUMNS.map((column, index) => [column.key, cells[index]])) as RawLedgerRecord;
}
