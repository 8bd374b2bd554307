import { parseOptionalAreaSide } from "../input/areaSide";
import { parseMenuKind } from "../input/menuKind";
import { required } from "../input/required";
import { parseOptionalYesNo } from "../input/yesNo";
import { parseOptionalDate } from "../dates/parseDate";
import { parseOptionalCategory } from "./category";
import { asColumnError } from "./columnError";
import { LEDGER_COLUMNS, type LedgerKey } from "./ledgerColumns";
import { parseOptionalId } from "./ledgerId";
import { parseOptionalMenuId } from "./menuId";
import { parseOptionalOutcomeKind } from "./outcomeKind";
import { parseOptionalSchoolGroup } from "./schoolGroup";
import { parseOptionalWeeklyHours } from "./weeklyHours";

/** How each ledger column is read; the record type below follows from it. */
const FIELD_PARSERS = {
  menu: required(parseOptionalMenuId, "メニューの識別名（例: A-1）を入力してください。"),
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
  weeklyHours: parseOptionalWeeklyHours,
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

/**
 * Where each ledger column sits in a worksheet row, in LEDGER_COLUMNS order; undefined for a
 * column the table does not have (it reads as blank).
 */
export type LedgerPositions = readonly (number | undefined)[];

/** The canonical layout: every column in FUNCTIONS.md order. */
export const CANONICAL_POSITIONS: LedgerPositions = LEDGER_COLUMNS.map((_, index) => index);

type Readers = { readonly [Key in LedgerKey]: (value: unknown) => LedgerRecord[Key] };
type Offsets = { readonly [Key in LedgerKey]: number | undefined };

/** Reads one cell of a column; a bad value throws a KoyoError naming the column header. */
export function readCell<Key extends LedgerKey>(key: Key, header: string, value: unknown): LedgerRecord[Key] {
  try {
    return FIELD_PARSERS[key](value, header) as LedgerRecord[Key];
  } catch (thrown) {
    throw asColumnError(thrown, header);
  }
}

const cellAt = (row: readonly unknown[], offset: number | undefined): unknown => (offset === undefined ? null : row[offset]);

/**
 * Written out field by field, in column order so the first bad column is the one reported,
 * into an object made once: one object shape and no object per row, which keeps reading a
 * million rows fast.
 */
function fill(record: { -readonly [Key in LedgerKey]: LedgerRecord[Key] }, row: readonly unknown[], at: Offsets, read: Readers): LedgerRecord {
  record.menu = read.menu(cellAt(row, at.menu));
  record.kind = read.kind(cellAt(row, at.kind));
  record.category = read.category(cellAt(row, at.category));
  record.establishmentId = read.establishmentId(cellAt(row, at.establishmentId));
  record.personId = read.personId(cellAt(row, at.personId));
  record.location = read.location(cellAt(row, at.location));
  record.wantsInArea = read.wantsInArea(cellAt(row, at.wantsInArea));
  record.intentConfirmed = read.intentConfirmed(cellAt(row, at.intentConfirmed));
  record.schoolType = read.schoolType(cellAt(row, at.schoolType));
  record.finalYear = read.finalYear(cellAt(row, at.finalYear));
  record.attendedOn = read.attendedOn(cellAt(row, at.attendedOn));
  record.outcome = read.outcome(cellAt(row, at.outcome));
  record.outcomeOn = read.outcomeOn(cellAt(row, at.outcomeOn));
  record.outcomePlace = read.outcomePlace(cellAt(row, at.outcomePlace));
  record.weeklyHours = read.weeklyHours(cellAt(row, at.weeklyHours));
  record.foundingWithStaff = read.foundingWithStaff(cellAt(row, at.foundingWithStaff));
  record.offerBeforeUse = read.offerBeforeUse(cellAt(row, at.offerBeforeUse));
  record.employedBeforeUse = read.employedBeforeUse(cellAt(row, at.employedBeforeUse));
  record.routineHiring = read.routineHiring(cellAt(row, at.routineHiring));
  record.handsOnSupport = read.handsOnSupport(cellAt(row, at.handsOnSupport));
  return record;
}

type PerColumn<T> = { -readonly [Key in LedgerKey]: T };

/**
 * An object with one field per column, all null: a fast-mode object of one shape (JSON.parse
 * makes one; an object grown key by key past a dozen keys becomes a slow hash map, which
 * costs every field read).
 */
const perColumnShape = <T>(): PerColumn<T> => JSON.parse(JSON.stringify(Object.fromEntries(LEDGER_COLUMNS.map((column) => [column.key, null])))) as PerColumn<T>;

const emptyRecord = (): { -readonly [Key in LedgerKey]: LedgerRecord[Key] } => perColumnShape() as { -readonly [Key in LedgerKey]: LedgerRecord[Key] };

function perColumn<T>(make: (column: (typeof LEDGER_COLUMNS)[number], index: number) => T): PerColumn<T> {
  const result = perColumnShape<T>();
  LEDGER_COLUMNS.forEach((column, index) => {
    result[column.key] = make(column, index);
  });
  return result;
}

const DIRECT_READERS = perColumn((column) => (value: unknown) => readCell(column.key, column.header, value)) as Readers;

/**
 * Reads one raw ledger row (cells keyed by column). A bad value throws a KoyoError naming the
 * column header, e.g. 列「週所定労働時間」に「abc」が入力されました。
 */
export function parseLedgerRecord(raw: RawLedgerRecord): LedgerRecord {
  return fill(emptyRecord(), LEDGER_COLUMNS.map((column) => raw[column.key]), perColumn((_, index) => index), DIRECT_READERS);
}

/** Ids are unique per row and have their own fast path; caching them would only cost memory. */
const UNCACHED: ReadonlySet<LedgerKey> = new Set<LedgerKey>(["establishmentId", "personId"]);
/** Caps each column's cache so a column of unique values cannot grow it without bound. */
const CACHE_LIMIT = 4096;

/** A cell value that failed to read, kept so the same bad value fails the same way without re-reading. */
class CachedError {
  constructor(readonly thrown: unknown) {}
}

/**
 * As {@link parseLedgerRecord}, for reading a whole worksheet ledger row by row, its columns at
 * `positions`: ledger cells repeat (域内, ○, 事業所, a few dates and menus), and NFKC per cell
 * is the slowest part of reading, so each column remembers what each distinct cell value read
 * as — result or error — for the life of the returned reader (one worksheet-function call).
 * What is accepted does not change. The reader returns one record object, refilled by each
 * call: use it before reading the next row, and keep copies of what must outlive it.
 */
export function createLedgerRowReader(positions: LedgerPositions): (row: readonly unknown[]) => LedgerRecord {
  const cached = perColumn(({ key, header, required }) => {
    if (UNCACHED.has(key)) return DIRECT_READERS[key];
    const cache = new Map<unknown, unknown>();
    return (value: unknown) => {
      // An empty optional cell is blank whatever the column (R-INPUT-6); the commonest cell of all.
      if (!required && (value === "" || value === null || value === undefined)) return null;
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
      return result;
    };
  }) as Readers;
  const offsets = perColumn((_, index) => positions[index]);
  const record = emptyRecord();
  return (row) => fill(record, row, offsets, cached);
}
