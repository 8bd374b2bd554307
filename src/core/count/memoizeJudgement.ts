import { judgementKey } from "./judgementKey";
import type { LedgerRecord } from "./ledgerRecord";
import { recordFacts, type RecordFacts } from "./recordFacts";

/**
 * Wraps a pure computation on a row's facts (its judgement, COUNTABLE's cells) so it runs once
 * per distinct {@link judgementKey} for the life of the returned function (one
 * worksheet-function call). The rules see only RecordFacts (the type keeps ids and exact
 * dates from them) and the key covers every fact, so sharing cannot change an answer.
 */
export function memoizeJudgement<T>(compute: (facts: RecordFacts) => T): (record: LedgerRecord) => T {
  const memo = new Map<number, T>();
  return (record) => {
    const key = judgementKey(record);
    if (key === null) return compute(recordFacts(record));
    let result = memo.get(key);
    if (result === undefined) {
      result = compute(recordFacts(record));
      memo.set(key, result);
    }
    return result;
  };
}
