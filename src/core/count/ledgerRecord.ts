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

type CellReader = (key: LedgerKey, value: unknown) => unknown;

function readCell(key: LedgerKey, header: string, value: unknown): unknown {
  try {
    return FIELD_PARSERS[key](value, header);
  } catch (thrown) {
    throw asColumnError(thrown, header);
  }
}

const HEADERS = new Map<LedgerKey, string>(LEDGER_COLUMNS.map((column) => [column.key, column.header]));

function build(raw: RawLedgerRecord, read: CellReader): LedgerRecord {
  const record = {} as Record<LedgerKey, unknown>;
  for (const { key } of LEDGER_COLUMNS) record[key] = read(key, raw[key]);
  return record as LedgerRecord;
}

/**
 * Reads one raw ledger row (cells keyed by column). A bad value throws a KoyoError naming the
 * column header, e.g. 列「週所定労働時間」に「abc」が入力されました。
 */
export function parseLedgerRecord(raw: RawLedgerRecord): LedgerRecord {
  return build(raw, (key, value) => readCell(key, HEADERS.get(key) as string, value));
}

/** Ids are unique per row and have their own fast path; caching them would only cost memory. */
const UNCACHED: ReadonlySet<LedgerKey> = new Set<LedgerKey>(["menu", "establishmentId", "personId"]);
/** Caps each column's cache so a column of unique values cannot grow it without bound. */
const CACHE_LIMIT = 4096;

type Cached = { readonly value: unknown } | { readonly error: unknown };

/**
 * As {@link parseLedgerRecord}, for reading a whole ledger: ledger cells repeat (域内, ○,
 * 事業所, a few dates), and NFKC per cell is the slowest part of reading, so each column
 * remembers what each distinct cell value read as — result or error — for the life of the
 * returned parser (one worksheet-function call). What is accepted does not change.
 */
export function createLedgerRecordParser(): (raw: RawLedgerRecord) => LedgerRecord {
  const caches = new Map<LedgerKey, Map<unknown, Cached>>(LEDGER_COLUMNS.map((column) => [column.key, new Map()]));
  const read: CellReader = (key, value) => {
    const header = HEADERS.get(key) as string;
    if (UNCACHED.has(key)) return readCell(key, header, value);
    const cache = caches.get(key) as Map<unknown, Cached>;
    let cached = cache.get(value);
    if (cached === undefined) {
      try {
        cached = { value: readCell(key, header, value) };
      } catch (thrown) {
        cached = { error: thrown };
      }
      if (cache.size < CACHE_LIMIT) cache.set(value, cached);
    }
    if ("error" in cached) throw cached.error;
    return cached.value;
  };
  return (raw) => build(raw, read);
}
