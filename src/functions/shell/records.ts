import { KoyoError } from "../../core/errors";
import { isBlankRow } from "../../core/input/blankRow";
import { isBlank, normalizeText } from "../../core/input/text";
import type { ColumnSpec } from "../../core/table/columnSpec";
import { toCell, toCellError } from "./cellError";
import { asMatrix, type CellInput, type CellOutput } from "./matrix";

export type RawRecord<Key extends string> = Readonly<Record<Key, CellInput>>;

/** Header text compared as typed: NFKC, no spaces, so 「アウトプット 目標」 finds アウトプット目標. */
function headerKey(value: unknown): string {
  return typeof value === "string" ? normalizeText(value).replace(/\s+/gu, "") : "";
}

/** Index of each column in the table: from the header row when one is given, else canonical. */
function columnIndexes<Key extends string>(
  columns: readonly ColumnSpec<Key>[],
  headerRow: readonly unknown[] | null,
): Map<Key, number> {
  const indexes = new Map<Key, number>();
  if (headerRow === null) {
    columns.forEach((column, index) => indexes.set(column.key, index));
    return indexes;
  }
  const seen = headerRow.map(headerKey);
  const missing: string[] = [];
  for (const column of columns) {
    const index = seen.indexOf(headerKey(column.header));
    if (index >= 0) indexes.set(column.key, index);
    else if (column.required) missing.push(column.header);
  }
  if (missing.length > 0) {
    throw new KoyoError(
      "#VALUE!",
      `引数「headers」に必須の列「${missing.join("」「")}」がありません。見出し行にこの名前の列を加えてください。`,
    );
  }
  return indexes;
}

/**
 * Whether a row is the table's own header row, selected together with the data: it names
 * every required column. We then read it as the headers, so a user who selects the whole
 * table gets what they meant instead of an error on the first row.
 */
function looksLikeHeaderRow<Key extends string>(row: readonly unknown[], columns: readonly ColumnSpec<Key>[]): boolean {
  const seen = new Set(row.map(headerKey));
  return columns.filter((column) => column.required).every((column) => seen.has(headerKey(column.header)));
}

export interface RecordTable<Key extends string> {
  /** One entry per data row; null for a row whose every cell is blank. */
  readonly records: ReadonlyArray<RawRecord<Key> | null>;
  /** True when the first row of `records` was the header row (its output row is then a header). */
  readonly headerRowIncluded: boolean;
}

/**
 * Where each column of `columns` sits in a row, in the order of `columns`; undefined for an
 * optional column the table does not have (it reads as blank).
 */
export type ColumnPositions = readonly (number | undefined)[];

/** A records argument as rows, with its column positions: for callers that read cells straight from the rows. */
export interface RowTable {
  /** The data rows (the header row removed when it was selected with the data). */
  readonly rows: readonly (readonly CellInput[])[];
  /** True when the header row was selected with the data (its output row is then a header). */
  readonly headerRowIncluded: boolean;
  readonly positions: ColumnPositions;
}

interface TableLayout<Key extends string> extends RowTable {
  /** Builds one record from a row, or null for a row whose every cell is blank. */
  readonly toRecord: (row: readonly CellInput[]) => RawRecord<Key> | null;
}

/**
 * The records argument's name when a caller gives none. A function whose argument has another
 * name (KOYO.CONTINUATION's menus) passes it, so errors name the argument the user sees.
 */
const RECORDS = "records";

/** Finds the header row and the column positions; throws a KoyoError for a missing required column. */
function layoutOf<Key extends string>(
  recordsArgument: unknown,
  headersArgument: unknown,
  columns: readonly ColumnSpec<Key>[],
  recordsName: string,
): TableLayout<Key> {
  let rows = asMatrix(recordsArgument);
  const headerMatrix = asMatrix(headersArgument);
  let headerRow: readonly unknown[] | null = headerMatrix.flat().every(isBlank) ? null : headerMatrix[0];
  let headerRowIncluded = false;
  if (headerRow === null && rows.length > 0 && looksLikeHeaderRow(rows[0], columns)) {
    headerRow = rows[0];
    rows = rows.slice(1);
    headerRowIncluded = true;
  }
  const indexes = columnIndexes(columns, headerRow);
  if (headerRow === null) {
    const widest = rows.reduce((width, row) => Math.max(width, row.length), 0);
    const requiredCount = columns.filter((column) => column.required).length;
    if (widest < requiredCount && !rows.flat().every(isBlank)) {
      throw new KoyoError(
        "#VALUE!",
        `引数「${recordsName}」は ${widest} 列しかありません。少なくとも「${columns.slice(0, requiredCount).map((c) => c.header).join("」「")}」の ${requiredCount} 列を、この順に含む範囲を指定してください（または引数 headers に見出し行を指定してください）。`,
      );
    }
  }
  const positions = columns.map((column) => indexes.get(column.key));
  const build = recordBuilder(columns, positions);
  const toRecord = (row: readonly CellInput[]): RawRecord<Key> | null => (isBlankRow(row) ? null : build(row));
  return { rows, headerRowIncluded, positions, toRecord };
}

/** Builds a record from a row whose columns are at `positions`; a missing column reads as null. */
function recordBuilder<Key extends string>(columns: readonly ColumnSpec<Key>[], positions: ColumnPositions): (row: readonly CellInput[]) => RawRecord<Key> {
  // V8 turns an object grown key by key past about a dozen properties into a slow hash map;
  // copying a JSON.parse'd template keeps every record a fast object of one shape.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(columns.map((column) => [column.key, null])))) as Record<Key, CellInput>;
  return (row) => {
    const record = { ...template };
    columns.forEach((column, index) => {
      const position = positions[index];
      if (position !== undefined) record[column.key] = row[position];
    });
    return record;
  };
}

/**
 * As {@link readRecords}, without building records: the rows and where each column is. Throws
 * a KoyoError for a missing required column (FUNCTIONS.md "Records").
 */
export function readRowTable<Key extends string>(recordsArgument: unknown, headersArgument: unknown, columns: readonly ColumnSpec<Key>[], recordsName = RECORDS): RowTable {
  const { rows, headerRowIncluded, positions } = layoutOf(recordsArgument, headersArgument, columns, recordsName);
  return { rows, headerRowIncluded, positions };
}

/**
 * Reads a records argument (FUNCTIONS.md "Records"): rows are records, columns are fields,
 * mapped by the optional `headers` row or else by canonical order. A missing optional column
 * reads as blank; a missing required one is #VALUE! naming it. `recordsName` is the argument's
 * name in the worksheet function (default records), which errors name.
 */
export function readRecords<Key extends string>(
  recordsArgument: unknown,
  headersArgument: unknown,
  columns: readonly ColumnSpec<Key>[],
  recordsName = RECORDS,
): RecordTable<Key> {
  const { rows, headerRowIncluded, toRecord } = layoutOf(recordsArgument, headersArgument, columns, recordsName);
  return { records: rows.map(toRecord), headerRowIncluded };
}

/** A computed value as a cell: a NaN or Infinity is a bug shown as #NUM!, like {@link toCell}. */
function asCell(value: string | number | boolean): CellOutput {
  return typeof value === "number" && !Number.isFinite(value) ? toCell(() => value) : value;
}

/**
 * Runs a per-row rule over a records argument and returns one output row per input row
 * (FUNCTIONS.md: such functions return one row per record). `rowRule(positions)` is called once
 * with where each column is and gives the rule for one (non-blank) row, which reads its cells
 * straight from the row. A blank input row gives a blank output row; a row the rule cannot read
 * gives errors in its own row only; when the header row was selected with the data, its output
 * row holds `outputHeaders`. Output rows may be shared between rows (a rule may return the
 * same array for equal answers), so callers must not change them.
 */
export function mapRows<Key extends string>(
  recordsArgument: unknown,
  headersArgument: unknown,
  columns: readonly ColumnSpec<Key>[],
  outputHeaders: readonly string[],
  rowRule: (positions: ColumnPositions) => (row: readonly CellInput[]) => CellOutput[],
  recordsName = RECORDS,
): CellOutput[][] {
  let table: TableLayout<Key>;
  try {
    table = layoutOf(recordsArgument, headersArgument, columns, recordsName);
  } catch (thrown) {
    return [[toCellError(thrown)]];
  }
  const computeRow = rowRule(table.positions);
  const blankRow = outputHeaders.map(() => "");
  // Sized once: a million rows pushed one by one would copy the array as it grows.
  const first = table.headerRowIncluded ? 1 : 0;
  const output = new Array<CellOutput[]>(first + table.rows.length);
  if (table.headerRowIncluded) output[0] = [...outputHeaders];
  table.rows.forEach((row, index) => {
    if (isBlankRow(row)) {
      output[first + index] = [...blankRow];
      return;
    }
    try {
      output[first + index] = computeRow(row);
    } catch (thrown) {
      const error = toCellError(thrown);
      output[first + index] = outputHeaders.map(() => error);
    }
  });
  return output.length > 0 ? output : [[...blankRow]];
}

/**
 * As {@link mapRows}, with the rule given each record keyed by column (a missing optional
 * column reads as null); a NaN or Infinity it returns is shown as #NUM!.
 */
export function mapRecords<Key extends string>(
  recordsArgument: unknown,
  headersArgument: unknown,
  columns: readonly ColumnSpec<Key>[],
  outputHeaders: readonly string[],
  computeRow: (record: RawRecord<Key>) => ReadonlyArray<string | number | boolean>,
  recordsName = RECORDS,
): CellOutput[][] {
  return mapRows(
    recordsArgument,
    headersArgument,
    columns,
    outputHeaders,
    (positions) => {
      const toRecord = recordBuilder(columns, positions);
      return (row) => computeRow(toRecord(row)).map(asCell);
    },
    recordsName,
  );
}
