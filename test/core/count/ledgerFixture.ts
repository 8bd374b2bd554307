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
