import { isBlankRow } from "../input/blankRow";
import { judgeLedger } from "./judgeLedger";
import type { LedgerPositions } from "./ledgerRecord";
import type { JudgedRow } from "./totals";

function* rowsOrBlank(rows: readonly (readonly unknown[])[]): Generator<readonly unknown[] | null> {
  for (const row of rows) yield isBlankRow(row) ? null : row;
}

/**
 * OUTPUTTOTAL's and OUTCOMETOTAL's reading of the `records` argument (its data rows, columns at
 * `positions`): blank rows skipped (R-INPUT-6), an unreadable row an error naming its row in
 * that argument, counted from 2 when the header row was selected with the data. The task
 * pane's refresh reads the ledger's [#Data] rows here too, so its totals and errors are the
 * functions' own.
 */
export function judgeLedgerTable(rows: readonly (readonly unknown[])[], positions: LedgerPositions, headerRowIncluded: boolean): JudgedRow[] {
  const offset = headerRowIncluded ? 2 : 1;
  return judgeLedger(rowsOrBlank(rows), positions, (index) => `引数「records」の${index + offset}行目`);
}
