import { isKoyoError, type KoyoError } from "../errors";
import { isBlankRow } from "../input/blankRow";
import { createCountableJudge } from "./countableCells";
import type { LedgerPositions } from "./ledgerRecord";

/** One ledger row's COUNTABLE answer: its three cells, null for a blank row, or the error of an unreadable one. */
export type CountableRow = readonly string[] | null | { readonly error: KoyoError };

/**
 * KOYO.COUNTABLE row by row over a ledger's data rows (columns at `positions`), as its spill
 * shows them: blank rows blank (R-INPUT-6), a row that cannot be read its own error. Uses the
 * function's memoized judge (createCountableJudge), so a 100k-row ledger is judged once per
 * kind of row. The cell arrays are shared between equal answers: do not change them.
 */
export function countableRows(rows: readonly (readonly unknown[])[], positions: LedgerPositions): CountableRow[] {
  const judge = createCountableJudge(positions);
  return rows.map((row) => {
    if (isBlankRow(row)) return null;
    try {
      return judge(row);
    } catch (thrown) {
      if (!isKoyoError(thrown)) throw thrown;
      return { error: thrown };
    }
  });
}
