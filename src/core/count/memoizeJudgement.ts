import { factsFromKey } from "./judgementKey";
import { createLedgerRowReader, type LedgerPositions } from "./ledgerRecord";
import { recordFacts, type RecordFacts } from "./recordFacts";
import { createRowKeyer } from "./rowKeyer";

/**
 * Wraps a pure computation on a row's facts (its judgement, COUNTABLE's cells) for the rows of
 * one ledger (columns at `positions`), so it runs once per distinct judgementKey for the life
 * of the returned function (one worksheet-function call), on the facts the key encodes
 * (factsFromKey). The rules see only RecordFacts (the type keeps ids and exact dates from
 * them) and the key covers every fact, so sharing cannot change an answer. A row without a
 * key is read on its own: a bad cell throws the KoyoError naming its column that
 * parseLedgerRecord gives.
 */
export function memoizeJudgement<T>(positions: LedgerPositions, compute: (facts: RecordFacts) => T): (row: readonly unknown[]) => T {
  const keyOf = createRowKeyer(positions);
  const read = createLedgerRowReader(positions);
  const memo = new Map<number, T>();
  return (row) => {
    const key = keyOf(row);
    if (key === null) return compute(recordFacts(read(row)));
    let result = memo.get(key);
    if (result === undefined) {
      result = compute(factsFromKey(key));
      memo.set(key, result);
    }
    return result;
  };
}
