import { isKoyoError, KoyoError } from "../errors";
import { judgeRecord } from "./judgeRecord";
import { createLedgerRecordParser, type RawLedgerRecord } from "./ledgerRecord";
import type { JudgedRow } from "./totals";

/**
 * Reads and judges a whole ledger for a total, one record at a time. Blank rows (null) are skipped. Decided: a row
 * that cannot be read makes the whole total an error naming that row and column, because a
 * total that silently left the row out would look right and be too small.
 * `rowLabelOf(index)` says where the user finds records[index], e.g. 「範囲の7行目」.
 */
export function judgeLedger(records: Iterable<RawLedgerRecord | null>, rowLabelOf: (index: number) => string): JudgedRow[] {
  const parse = createLedgerRecordParser();
  const judged: JudgedRow[] = [];
  let index = -1;
  for (const raw of records) {
    index++;
    if (raw === null) continue;
    try {
      const record = parse(raw);
      judged.push({ record, judgement: judgeRecord(record) });
    } catch (thrown) {
      if (!isKoyoError(thrown)) throw thrown;
      throw new KoyoError(thrown.code, `${rowLabelOf(index)}: ${thrown.message}この行を直すと合計が出ます。`);
    }
  }
  return judged;
}
