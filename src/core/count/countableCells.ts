import { judgeFacts, type RecordJudgement } from "./judgeRecord";
import type { LedgerPositions } from "./ledgerRecord";
import { memoizeJudgement } from "./memoizeJudgement";
import { formatReason } from "./reason";

const mark = (counts: boolean): string => (counts ? "○" : "×");

/**
 * FUNCTIONS.md KOYO.COUNTABLE for one judgement: output ○/×; outcome ○/×, or empty text when
 * 成果 is blank; the reason naming every failed rule.
 */
function countableCells(judgement: RecordJudgement): [string, string, string] {
  return [mark(judgement.output), judgement.outcome === null ? "" : mark(judgement.outcome), formatReason(judgement.failures)];
}

type Cells = [string, string, string];

/**
 * COUNTABLE's cells for each worksheet row of one ledger (columns at `positions`). A ledger of
 * a million rows has only a few thousand different answers: rows with the same facts share
 * one judgement (memoizeJudgement), and equal answers share one array, so the result costs
 * little more than its outer array. The arrays are shared: callers must not change them.
 * A bad cell throws a KoyoError naming its column, as parseLedgerRecord does.
 */
export function createCountableJudge(positions: LedgerPositions): (row: readonly unknown[]) => string[] {
  const answers = new Map<string, Cells>();
  return memoizeJudgement(positions, (facts) => {
    const cells = countableCells(judgeFacts(facts));
    const key = cells.join("\n");
    const shared = answers.get(key);
    if (shared !== undefined) return shared;
    answers.set(key, cells);
    return cells;
  });
}
