import { KoyoError } from "../errors";
import { parseOptionalAreaSide } from "../input/areaSide";
import { parseMenuKind } from "../input/menuKind";
import { parseOptionalNumber } from "../input/number";
import { required } from "../input/required";
import { parseOptionalYesNo } from "../input/yesNo";
import { parseOptionalDate } from "../dates/parseDate";
import { parseOptionalCategory } from "./category";
import { asColumnError } from "./columnError";
import { LEDGER_COLUMNS, type LedgerKey } from "./ledgerColumns";
import { parseOptionalId } from "./ledgerId";
import { parseOptionalOutcomeKind } from "./outcomeKind";
import { parseOptionalSchoolGroup } from "./schoolGroup";

function parseOptionalHours(value: unknown, column: string): number | null {
  const hours = parseOptionalNumber(value, column);
  if (hours !== null && hours < 0) {
    throw new KoyoError("#VALUE!", `列「${column}」に負の値「${String(value)}」が入力されました。週の所定労働時間を 0 以上の数値（例: 20、20時間）で入力してください。`);
  }
  return hours;
}

/** How each ledger column is read; the record type below follows from it. */
const FIELD_PARSERS = {
  menu: required(parseOptionalId, "メニューの識別名（例: A-1）を入力してください。"),
  kind: parseMenuKind,
  category: required(parseOptionalCategory, "事業所、創業希望者、求職者、転換希望者、在職者、学生、行政機関、事業推進員 のいずれかを入力してください。"),
  establishmentId: parseOptionalId,
  personId: parseOptionalId,
  location: parseOptionalAreaSide,
  wantsInArea: parseOptionalYesNo,
  intentConfirmed: parseOptionalYesNo,
  schoolType: parseOptionalSchoolGroup,
  finalYear: parseOptionalYesNo,
  attendedOn: parseOptionalDate,
  outcome: parseOptionalOutcomeKind,
  outcomeOn: parseOptionalDate,
  outcomePlace: parseOptionalAreaSide,
  weeklyHours: parseOptionalHours,
  foundingWithStaff: parseOptionalYesNo,
  offerBeforeUse: parseOptionalYesNo,
  employedBeforeUse: parseOptionalYesNo,
  routineHiring: parseOptionalYesNo,
  handsOnSupport: parseOptionalYesNo,
} satisfies { readonly [Key in LedgerKey]: (value: unknown, column: string) => unknown };

/**
 * One ledger row with typed fields: kind A/B/C, category, 域内/域外 or null, yes/no as
 * boolean or null, dates as Excel serials or null, hours as a number or null; blank is null.
 */
export type LedgerRecord = { readonly [Key in LedgerKey]: ReturnType<(typeof FIELD_PARSERS)[Key]> };

export type RawLedgerRecord = Readonly<Record<LedgerKey, unknown>>;

type Readers = { readonly [Key in LedgerKey]: (value: unknown) => LedgerRecord[Key] };

function readCell<Key extends LedgerKey>(key: Key, header: string, value: unknown): LedgerRecord[Key] {
  try {
    return FIELD_PARSERS[key](value, header) as LedgerRecord[Key];
  } catch (thrown) {
    throw asColumnError(thrown, header);
  }
}

/** Written out field by field: one object shape, which keeps reading a million rows fast. */
function build(raw: RawLedgerRecord, read: Readers): LedgerRecord {
  return {
    menu: read.menu(raw.menu),
    kind: read.kind(raw.kind),
    category: read.category(raw.category),
    establishmentId: read.establishmentId(raw.establishmentId),
    personId: read.personId(raw.personId),
    location: read.location(raw.location),
    wantsInArea: read.wantsInArea(raw.wantsInArea),
    intentConfirmed: read.intentConfirmed(raw.intentConfirmed),
    schoolType: read.schoolType(raw.schoolType),
    finalYear: read.finalYear(raw.finalYear),
    attendedOn: read.attendedOn(raw.attendedOn),
    outcome: read.outcome(raw.outcome),
    outcomeOn: read.outcomeOn(raw.outcomeOn),
    outcomePlace: read.outcomePlace(raw.outcomePlace),
    weeklyHours: read.weeklyHours(raw.weeklyHours),
    foundingWithStaff: read.foundingWithStaff(raw.foundingWithStaff),
    offerBeforeUse: read.offerBeforeUse(raw.offerBeforeUse),
    employedBeforeUse: read.employedBeforeUse(raw.employedBeforeUse),
    routineHiring: read.routineHiring(raw.routineHiring),
    handsOnSupport: read.handsOnSupport(raw.handsOnSupport),
  };
}

function readers(reader: <Key extends LedgerKey>(key: Key, header: string, required: boolean) => (value: unknown) => LedgerRecord[Key]): Readers {
  const entries = LEDGER_COLUMNS.map((column) => [column.key, reader(column.key, column.header, column.required)]);
  return Object.fromEntries(entries) as Readers;
}

const DIRECT_READERS = readers((key, header) => (value) => readCell(key, header, value));

/**
 * Reads one raw ledger row (cells keyed by column). A bad value throws a KoyoError naming the
 * column header, e.g. 列「週所定労働時間」に「abc」が入力されました。
 */
export function parseLedgerRecord(raw: RawLedgerRecord): LedgerRecord {
  return build(raw, DIRECT_READERS);
}

/** Ids are unique per row and have their own fast path; caching them would only cost memory. */
const UNCACHED: ReadonlySet<LedgerKey> = new Set<LedgerKey>(["menu", "establishmentId", "personId"]);
/** Caps each column's cache so a column of unique values cannot grow it without bound. */
const CACHE_LIMIT = 4096;

/** A cell value that failed to read, kept so the same bad value fails the same way without re-reading. */
class CachedError {
  constructor(readonly thrown: unknown) {}
}

/**
 * As {@link parseLedgerRecord}, for reading a whole ledger: ledger cells repeat (域内, ○,
 * 事業所, a few dates), and NFKC per cell is the slowest part of reading, so each column
 * remembers what each distinct cell value read as — result or error — for the life of the
 * returned parser (one worksheet-function call). What is accepted does not change.
 */
export function createLedgerRecordParser(): (raw: RawLedgerRecord) => LedgerRecord {
  const cached = readers((key, header, required) => {
    if (UNCACHED.has(key)) return DIRECT_READERS[key];
    const cache = new Map<unknown, unknown>();
    return (value) => {
      // An empty optional cell is blank whatever the column (R-INPUT-6); the commonest cell of all.
      if (!required && (value === "" || value === null || value === undefined)) return null as LedgerRecord[typeof key];
      let result = cache.get(value);
      if (result === undefined) {
        try {
          result = readCell(key, header, value);
        } catch (thrown) {
          result = new CachedError(thrown);
        }
        if (cache.size < CACHE_LIMIT) cache.set(value, result);
      }
      if (result instanceof CachedError) throw result.thrown;
      return result as LedgerRecord[typeof key];
    };
  });
  return (raw) => build(raw, cached);
}
