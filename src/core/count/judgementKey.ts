import type { LedgerRecord } from "./ledgerRecord";
import { dateOrder, underMinimumHours, type RecordFacts } from "./recordFacts";

type Coder = readonly [size: number, code: (record: LedgerRecord) => number];

/** 0 for blank, 1 for いいえ, 2 for はい. */
const yesNo = (value: boolean | null): number => (value === null ? 0 : value ? 2 : 1);

/** 0 for blank, then each word's place in the list; -1 for a word not in it. */
function words<Word extends string>(list: readonly Word[]): (value: Word | null) => number {
  const codes = new Map<Word, number>(list.map((word, index) => [word, index + 1]));
  return (value) => (value === null ? 0 : (codes.get(value) ?? -1));
}

const side = words(["域内", "域外"]);
const kind = words(["A", "B", "C"]);
const category = words(["事業所", "創業希望者", "求職者", "転換希望者", "在職者", "学生", "行政機関", "事業推進員"]);
const school = words(["大学等", "高校等"]);
const outcome = words(["就職", "転職", "正社員転換", "創業", "雇用"]);
const order = words(["onOrAfter", "before", "no受講日", "no成果日", "noDates"]);

/**
 * Each fact of RecordFacts as a small number below its size, -1 for a word missing from its
 * list; the type makes sure no fact is left out.
 */
const CODERS: { readonly [Fact in keyof RecordFacts]-?: Coder } = {
  kind: [4, (record) => kind(record.kind)],
  category: [9, (record) => category(record.category)],
  location: [3, (record) => side(record.location)],
  wantsInArea: [3, (record) => yesNo(record.wantsInArea)],
  intentConfirmed: [3, (record) => yesNo(record.intentConfirmed)],
  schoolType: [3, (record) => school(record.schoolType)],
  finalYear: [3, (record) => yesNo(record.finalYear)],
  outcome: [6, (record) => outcome(record.outcome)],
  dateOrder: [6, (record) => order(dateOrder(record))],
  outcomePlace: [3, (record) => side(record.outcomePlace)],
  underMinimumHours: [3, (record) => yesNo(underMinimumHours(record))],
  foundingWithStaff: [3, (record) => yesNo(record.foundingWithStaff)],
  offerBeforeUse: [3, (record) => yesNo(record.offerBeforeUse)],
  employedBeforeUse: [3, (record) => yesNo(record.employedBeforeUse)],
  routineHiring: [3, (record) => yesNo(record.routineHiring)],
  handsOnSupport: [3, (record) => yesNo(record.handsOnSupport)],
};
const CODER_LIST: readonly Coder[] = Object.values(CODERS);

/**
 * A number that is the same for two records exactly when their RecordFacts (all the rules may
 * read) are, so a pure computation on the facts gives both the same result: the facts' codes
 * in mixed radix (4 × 9 × 6 × 6 × 3^12 < 2^31, a small integer). Null for a word a code list
 * lacks, which the caller then computes without memoizing.
 */
export function judgementKey(record: LedgerRecord): number | null {
  let key = 0;
  // Indexes rather than for-of destructuring: this runs for every ledger row.
  for (let index = 0; index < CODER_LIST.length; index++) {
    const coder = CODER_LIST[index];
    const value = coder[1](record);
    if (value < 0) return null;
    key = key * coder[0] + value;
  }
  return key;
}
