import { isKoyoError, KoyoError } from "../errors";
import { judgeFacts } from "./judgeRecord";
import { createLedgerRowReader, type LedgerPositions } from "./ledgerRecord";
import { memoizeJudgement } from "./memoizeJudgement";
import type { Counts, JudgedRow } from "./totals";

/**
 * Reads and judges a whole ledger for a total, one worksheet row at a time (its columns at
 * `positions`). Blank rows (null) are skipped. Decided: a row that cannot be read makes the
 * whole total an error naming that row and column, because a total that silently left the row
 * out would look right and be too small. `rowLabelOf(index)` says where the user finds
 * rows[index], e.g. 「範囲の7行目」. Only rows that count as output or outcome are returned,
 * each with only what the totals read, so a million-row ledger does not hold a million records.
 */
export function judgeLedger(rows: Iterable<readonly unknown[] | null>, positions: LedgerPositions, rowLabelOf: (index: number) => string): JudgedRow[] {
  const read = createLedgerRowReader(positions);
  // Only what the totals read is kept per kind of row, not the failures and their messages.
  const judge = memoizeJudgement(positions, (facts): Counts => {
    const { output, outcome } = judgeFacts(facts);
    return { output, outcome };
  });
  const judged: JudgedRow[] = [];
  let index = -1;
  for (const row of rows) {
    index++;
    if (row === null) continue;
    try {
      const judgement = judge(row);
      // A row that counts for neither total changes neither: keeping it would only cost memory
      // (and it is not even read, its key being enough to judge it).
      if (!judgement.output && judgement.outcome !== true) continue;
      const { menu, kind, category, outcome, establishmentId, personId } = read(row);
      judged.push({ record: { menu, kind, category, outcome, establishmentId, personId }, judgement });
    } catch (thrown) {
      if (!isKoyoError(thrown)) throw thrown;
      throw new KoyoError(thrown.code, `${rowLabelOf(index)}: ${thrown.message}この行を直すと合計が出ます。`);
    }
  }
  return judged;
}
