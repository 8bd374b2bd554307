import { LEDGER_COLUMNS, type LedgerKey } from "./ledgerColumns";
import type { LedgerRecord } from "./ledgerRecord";
import { compareDates, isUnderMinimumHours, type DateOrder, type RecordFacts } from "./recordFacts";

const YES_NO = [null, false, true] as const;
const SIDES = [null, "域内", "域外"] as const;

type Fact = Exclude<keyof RecordFacts, "dateOrder">;

/**
 * Each fact of RecordFacts but dateOrder: the column it is read from and every value it can
 * take, its code being its place in the list; the type makes sure no fact is left out and
 * every value belongs to the fact. Every fact is its column's value, but underMinimumHours,
 * which is only whether 週所定労働時間 is under 20 (R-COUNT-Y6).
 */
const FACTS: { readonly [Name in Fact]-?: readonly [column: LedgerKey, values: readonly RecordFacts[Name][]] } = {
  kind: ["kind", ["A", "B", "C"]],
  category: ["category", ["事業所", "創業希望者", "求職者", "転換希望者", "在職者", "学生", "行政機関", "事業推進員"]],
  location: ["location", SIDES],
  wantsInArea: ["wantsInArea", YES_NO],
  intentConfirmed: ["intentConfirmed", YES_NO],
  schoolType: ["schoolType", [null, "大学等", "高校等"]],
  finalYear: ["finalYear", YES_NO],
  outcome: ["outcome", [null, "就職", "転職", "正社員転換", "創業", "雇用"]],
  outcomePlace: ["outcomePlace", SIDES],
  underMinimumHours: ["weeklyHours", YES_NO],
  foundingWithStaff: ["foundingWithStaff", YES_NO],
  offerBeforeUse: ["offerBeforeUse", YES_NO],
  employedBeforeUse: ["employedBeforeUse", YES_NO],
  routineHiring: ["routineHiring", YES_NO],
  handsOnSupport: ["handsOnSupport", YES_NO],
};
/** R-COUNT-Y4: the values of dateOrder, the one fact read from two columns. */
const DATE_ORDERS: readonly DateOrder[] = ["onOrAfter", "before", "no受講日", "no成果日", "noDates"];

const FACT_NAMES = Object.keys(FACTS) as Fact[];
const FACT_VALUES: readonly (readonly unknown[])[] = FACT_NAMES.map((name) => FACTS[name][1]);
const KEYS: readonly LedgerKey[] = LEDGER_COLUMNS.map((column) => column.key);
const FACT_COLUMNS = Int32Array.from(FACT_NAMES, (name) => KEYS.indexOf(FACTS[name][0]));
const FACT_SIZES = Int32Array.from(FACT_VALUES, (values) => values.length);
const ATTENDED_ON = KEYS.indexOf("attendedOn");
const OUTCOME_ON = KEYS.indexOf("outcomeOn");
/** The columns no fact is read from alone (menu, ids, dates): a negative code there is still a cell that cannot be read. */
const OTHER_COLUMNS = Int32Array.from(KEYS.keys()).filter((index) => !FACT_COLUMNS.includes(index));

/** A fact's code: its value's place in the list, -1 for a value not in it. */
function codeIn(values: readonly unknown[]): (value: unknown) => number {
  const codes = new Map(values.map((value, code) => [value, code]));
  return (value) => codes.get(value) ?? -1;
}

const notRead = (): number => 0;
const serial = (value: number | null): number => value ?? 0;
const underMinimum = codeIn(FACTS.underMinimumHours[1]);

/**
 * Each column's read value as a number: its fact's code; a date's serial, 0 when blank
 * (serials start at 61), for dateOrder; 0 for menu and the ids, which no rule reads (they are
 * read only so that a bad cell is still an error).
 */
export const COLUMN_CODES = {
  ...(Object.fromEntries(FACT_NAMES.map((name) => [FACTS[name][0], codeIn(FACTS[name][1])])) as Record<LedgerKey, (value: unknown) => number>),
  menu: notRead,
  establishmentId: notRead,
  personId: notRead,
  attendedOn: serial,
  outcomeOn: serial,
  weeklyHours: (hours: number | null) => underMinimum(isUnderMinimumHours(hours)),
} satisfies { readonly [Key in LedgerKey]: (value: LedgerRecord[Key]) => number };

/**
 * The memo key from the codes of a row's columns (COLUMN_CODES, in LEDGER_COLUMNS order):
 * the facts' codes in mixed radix (3 × 8 × 6 × 5 × 3^12 < 2^29, a small integer). Null when a
 * code is negative (a value a list lacks, or a cell a caller could not read), which the caller
 * then judges without memoizing.
 */
export function keyFromCodes(codes: ArrayLike<number>): number | null {
  let key = 0;
  for (let fact = 0; fact < FACT_COLUMNS.length; fact++) {
    const code = codes[FACT_COLUMNS[fact]];
    if (code < 0) return null;
    key = key * FACT_SIZES[fact] + code;
  }
  for (let index = 0; index < OTHER_COLUMNS.length; index++) if (codes[OTHER_COLUMNS[index]] < 0) return null;
  return key * DATE_ORDERS.length + DATE_ORDERS.indexOf(compareDates(codes[ATTENDED_ON] || null, codes[OUTCOME_ON] || null));
}

/** Every fact null, in RecordFacts order: copied, it gives each decoded key one fast object shape. */
const FACTS_TEMPLATE = JSON.parse(JSON.stringify(Object.fromEntries([...FACT_NAMES, "dateOrder"].map((name) => [name, null])))) as Record<string, unknown>;

/**
 * The facts a key was made from: keyFromCodes undone, so a memo can judge a new key without
 * reading its row again.
 */
export function factsFromKey(key: number): RecordFacts {
  const facts = { ...FACTS_TEMPLATE };
  let rest = key;
  facts.dateOrder = DATE_ORDERS[rest % DATE_ORDERS.length];
  rest = Math.floor(rest / DATE_ORDERS.length);
  for (let fact = FACT_NAMES.length - 1; fact >= 0; fact--) {
    facts[FACT_NAMES[fact]] = FACT_VALUES[fact][rest % FACT_SIZES[fact]];
    rest = Math.floor(rest / FACT_SIZES[fact]);
  }
  return facts as RecordFacts;
}

/** COLUMN_CODES by column position; the cast forgets which column each reads, as KEYS says. */
const CODE_LIST = KEYS.map((key) => COLUMN_CODES[key] as (value: unknown) => number);

/**
 * A number that is the same for two records exactly when their RecordFacts (all the rules may
 * read) are, so a pure computation on the facts gives both the same result. Null for a value
 * a list lacks. The definition of the memo key: createRowKeyer gives the same number straight
 * from a row's cells, without reading the row into a record.
 */
export function judgementKey(record: LedgerRecord): number | null {
  return keyFromCodes(KEYS.map((key, index) => CODE_LIST[index](record[key])));
}
