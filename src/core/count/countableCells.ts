import { judgeFacts, judgeRecord, type RecordJudgement } from "./judgeRecord";
import { factsFromKey } from "./judgementKey";
import { createLedgerRowReader, type LedgerPositions } from "./ledgerRecord";
import { formatReason } from "./reason";
import { createRowKeyer } from "./rowKeyer";

const mark = (counts: boolean): string => (counts ? "○" : "×");

/**
 * FUNCTIONS.md KOYO.COUNTABLE for one judgement: output ○/×; outcome ○/×, or empty text when
 * 成果 is blank; the reason naming every failed rule.
 */
export function countableCells(judgement: RecordJudgement): [string, string, string] {
  return [mark(judgement.output), judgement.outcome === null ? "" : mark(judgement.outcome), formatReason(judgement.failures)];
}

type Cells = [string, string, string];

/**
 * COUNTABLE's cells for each worksheet row of one ledger (columns at `positions`). A ledger of
 * a million rows has only a few thousand different answers: rows with the same judgementKey
 * (computed straight from the cells by createRowKeyer) share one judgement, made from the
 * facts the key encodes (factsFromKey), and equal answers share one array, so the result
 * costs little more than its outer array. The arrays are shared: callers must not change
 * them. A row without a key is read on its own, so a bad cell throws the KoyoError naming
 * its column that parseLedgerRecord gives.
 */
export function createCountableJudge(positions: LedgerPositions): (row: readonly unknown[]) => string[] {
  const read = createLedgerRowReader(positions);
  const keyOf = createRowKeyer(positions);
  const answers = new Map<string, Cells>();
  const memo = new Map<number, Cells>();
  const shared = (judgement: RecordJudgement): Cells => {
    const cells = countableCells(judgement);
    const text = cells.join("\n");
    const same = answers.get(text);
    if (same !== undefined) return same;
    answers.set(text, cells);
    return cells;
  };
  return (row) => {
    const key = keyOf(row);
    if (key === null) return shared(judgeRecord(read(row)));
    let cells = memo.get(key);
    if (cells === undefined) {
      cells = shared(judgeFacts(factsFromKey(key)));
      memo.set(key, cells);
    }
    return cells;
  };
}
