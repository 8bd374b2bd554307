import { LEDGER_COLUMNS, type LedgerKey } from "./ledgerColumns";
import type { LedgerRecord } from "./ledgerRecord";
import { compareDates, isUnderMinimumHours, type DateOrder, type RecordFacts } from "./recordFacts";

/** 0 for blank, 1 for いいえ, 2 for はい. */
const yesNo = (value: boolean | null): number => (value === null ? 0 : value ? 2 : 1);

/** 0 for blank, then each word's place in the list; -1 for a word not in it. */
function words<Word extends string>(list: readonly Word[]): (value: Word | null) => number {
  const codes = new Map<Word, number>(list.map((word, index) => [word, index + 1]));
  return (value) => (value === null ? 0 : (codes.get(value) ?? -1));
}

const side = words(["域内", "域外"]);
const notRead = (): number => 0;
const serial = (value: number | null): number => value ?? 0;

/**
 * Each column's read value as a number: a fact's code (below the fact's size in FACTS, -1 for
 * a word missing from its list); a date's serial, 0 when blank (serials start at 61), for
 * dateOrder; 0 for menu and the ids, which no rule reads (they are read only so that a bad
 * cell is still an error).
 */
export const COLUMN_CODES: { readonly [Key in LedgerKey]: (value: LedgerRecord[Key]) => number } = {
  menu: notRead,
  kind: words(["A", "B", "C"]),
  category: words(["事業所", "創業希望者", "求職者", "転換希望者", "在職者", "学生", "行政機関", "事業推進員"]),
  establishmentId: notRead,
  personId: notRead,
  location: side,
  wantsInArea: yesNo,
  intentConfirmed: yesNo,
  schoolType: words(["大学等", "高校等"]),
  finalYear: yesNo,
  attendedOn: serial,
  outcome: words(["就職", "転職", "正社員転換", "創業", "雇用"]),
  outcomeOn: serial,
  outcomePlace: side,
  // R-COUNT-Y6: only whether the hours are under 20 is a fact.
  weeklyHours: (hours) => yesNo(isUnderMinimumHours(hours)),
  foundingWithStaff: yesNo,
  offerBeforeUse: yesNo,
  employedBeforeUse: yesNo,
  routineHiring: yesNo,
  handsOnSupport: yesNo,
};

/**
 * Each fact of RecordFacts but dateOrder: the column whose code it is and how many codes it
 * has; the type makes sure no fact is left out.
 */
const FACTS: { readonly [Fact in Exclude<keyof RecordFacts, "dateOrder">]-?: readonly [column: LedgerKey, size: number] } = {
  kind: ["kind", 4],
  category: ["category", 9],
  location: ["location", 3],
  wantsInArea: ["wantsInArea", 3],
  intentConfirmed: ["intentConfirmed", 3],
  schoolType: ["schoolType", 3],
  finalYear: ["finalYear", 3],
  outcome: ["outcome", 6],
  outcomePlace: ["outcomePlace", 3],
  underMinimumHours: ["weeklyHours", 3],
  foundingWithStaff: ["foundingWithStaff", 3],
  offerBeforeUse: ["offerBeforeUse", 3],
  employedBeforeUse: ["employedBeforeUse", 3],
  routineHiring: ["routineHiring", 3],
  handsOnSupport: ["handsOnSupport", 3],
};
/** R-COUNT-Y4: the fact dateOrder, read from two columns. */
const ORDER_CODES: Readonly<Record<DateOrder, number>> = { onOrAfter: 0, before: 1, no受講日: 2, no成果日: 3, noDates: 4 };
const ORDER_SIZE = 5;

const KEYS: readonly LedgerKey[] = LEDGER_COLUMNS.map((column) => column.key);
const FACT_COLUMNS = Int32Array.from(Object.values(FACTS), ([column]) => KEYS.indexOf(column));
const FACT_SIZES = Int32Array.from(Object.values(FACTS), ([, size]) => size);
const ATTENDED_ON = KEYS.indexOf("attendedOn");
const OUTCOME_ON = KEYS.indexOf("outcomeOn");

/**
 * The memo key from the codes of a row's columns (COLUMN_CODES, in LEDGER_COLUMNS order):
 * the facts' codes in mixed radix (4 × 9 × 6 × 5 × 3^12 < 2^30, a small integer). Null when a
 * code is negative (a word a code list lacks, or a cell a caller could not read), which the
 * caller then judges without memoizing.
 */
export function keyFromCodes(codes: ArrayLike<number>): number | null {
  for (let index = 0; index < codes.length; index++) if (codes[index] < 0) return null;
  let key = 0;
  for (let fact = 0; fact < FACT_COLUMNS.length; fact++) key = key * FACT_SIZES[fact] + codes[FACT_COLUMNS[fact]];
  return key * ORDER_SIZE + ORDER_CODES[compareDates(codes[ATTENDED_ON] || null, codes[OUTCOME_ON] || null)];
}

/** COLUMN_CODES by column position; the cast forgets which column each reads, as KEYS says. */
const CODE_LIST = KEYS.map((key) => COLUMN_CODES[key] as (value: unknown) => number);
const scratch = new Float64Array(KEYS.length);

/**
 * A number that is the same for two records exactly when their RecordFacts (all the rules may
 * read) are, so a pure computation on the facts gives both the same result. Null for a word a
 * code list lacks, which the caller then computes without memoizing.
 */
export function judgementKey(record: LedgerRecord): number | null {
  // Indexes into one reused array: this runs for every ledger row of a total.
  for (let index = 0; index < KEYS.length; index++) scratch[index] = CODE_LIST[index](record[KEYS[index]]);
  return keyFromCodes(scratch);
}
