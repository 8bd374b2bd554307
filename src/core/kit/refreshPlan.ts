import { isKoyoError } from "../errors";
import { cellAddress, rangeAddress } from "./a1";
import { RESULT_COLUMNS, type ResultColumn, type ResultLookup } from "./results";
import type { Block, CellInput } from "./types";

/** One kit table as read for a refresh: values (what the cells show) and formulas, data rows only. */
export interface RefreshTable {
  readonly sheet: string;
  /** 0-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  readonly header: readonly (CellInput | null)[];
  readonly rows: readonly (readonly (CellInput | null)[])[];
  readonly formulas: readonly (readonly (CellInput | null)[])[];
}

/**
 * What this add-in wrote in one result column: its distinct values, and per data row 1 + the
 * index of the row's value (0: nothing of ours; trailing zeros left off).
 * Decided: stored as a dictionary and indexes, not a value per "sheet!A1" cell as at first,
 * because a ledger's COUNTABLE column repeats a few answers (○, ×, the same reasons) over
 * every row: for a 10k-row ledger the per-cell record was about 2.6 MB of settings (Office
 * keeps an add-in's settings under about 2 MB), this is about 61 kB (test/core/kit/refreshRecord.test.ts).
 */
export interface ColumnRecord {
  readonly values: readonly CellInput[];
  readonly rows: readonly number[];
}

/**
 * What this add-in last wrote (kept in the workbook's add-in settings), per result column keyed
 * by "sheet!A1" of its first data cell. It is how a refresh knows a value is its own: a cell
 * still holding exactly what was written is ours, any other value was typed by someone and is
 * never overwritten. A scalar entry is a cell of the first, per-cell format: still read, so a
 * workbook refreshed before keeps its cells, and replaced by its column's record when rewritten.
 */
export type ComputedRecord = Readonly<Record<string, ColumnRecord | CellInput>>;

export const isColumnRecord = (entry: unknown): entry is ColumnRecord =>
  typeof entry === "object" && entry !== null && Array.isArray((entry as ColumnRecord).values) && Array.isArray((entry as ColumnRecord).rows);

/** Builds one column's record row by row. */
function columnRecorder(): { set(row: number, value: CellInput): void; done(): ColumnRecord | null } {
  const indexes = new Map<CellInput, number>();
  const rows: number[] = [];
  return {
    set(row, value) {
      let index = indexes.get(value);
      if (index === undefined) {
        index = indexes.size + 1;
        indexes.set(value, index);
      }
      while (rows.length < row) rows.push(0);
      rows[row] = index;
    },
    done: () => (rows.length === 0 ? null : { values: [...indexes.keys()], rows }),
  };
}

export interface RefreshPlan {
  readonly blocks: readonly { readonly sheet: string; readonly block: Block }[];
  readonly record: ComputedRecord;
  /** Cells whose content changes. */
  readonly written: number;
  /** Result cells holding a value that is not ours (typed by someone): left as they are. */
  readonly skippedTyped: number;
  /** Result cells holding a formula (a sheet made in formula mode): Excel computes them. */
  readonly skippedFormulas: number;
}

/** Excel's error values as text, and the "#CODE: message" text a refresh writes for a KoyoError. */
const ERROR_TEXT = /^#(?:VALUE!|DIV\/0!|NUM!|N\/A|NAME\?|REF!|NULL!|SPILL!|CALC!)/u;

/** What a result cell shows: the value, "" for a guarded blank, or the error as the user would read it. */
function resultOf(column: ResultColumn, row: number, at: ResultLookup): CellInput {
  try {
    return column.compute(row, at) ?? "";
  } catch (thrown) {
    if (!isKoyoError(thrown)) throw thrown;
    return `${thrown.code}: ${thrown.message}`;
  }
}

const headerIndex = (table: RefreshTable, header: string): number => table.header.findIndex((cell) => cell === header);

/**
 * Computes every KOYO result column of the kit tables found and plans the writes. A result cell is
 * written only when it is empty, shows an error text, or still holds what the add-in last wrote;
 * a formula or a typed value is left and counted. Pure, so it is tested without Excel.
 */
export function planRefresh(tables: ReadonlyMap<string, RefreshTable>, record: ComputedRecord): RefreshPlan {
  // Working copies: a result computed (or kept) now is what later columns read, as in Excel.
  const grids = new Map([...tables].map(([name, table]) => [name, table.rows.map((row) => [...row])]));
  const at: ResultLookup = {
    value: (name, header, row) => {
      const table = tables.get(name);
      const column = table ? headerIndex(table, header) : -1;
      return column < 0 ? "" : (grids.get(name)?.[row]?.[column] ?? "");
    },
    column: (name, header) => {
      const table = tables.get(name);
      const column = table ? headerIndex(table, header) : -1;
      return column < 0 ? [] : (grids.get(name) ?? []).map((row) => row[column] ?? "");
    },
    header: (name) => (tables.get(name)?.header ?? []).map((cell) => cell ?? ""),
    rows: (name) => (grids.get(name) ?? []).map((row) => row.map((cell) => cell ?? "")),
  };
  // Cells of the first, per-cell record format are looked up only when the record has any.
  const legacy = Object.values(record).some((entry) => !isColumnRecord(entry));
  const next: Record<string, ColumnRecord | CellInput> = { ...record };
  const blocks: { sheet: string; block: Block }[] = [];
  let written = 0;
  let skippedTyped = 0;
  let skippedFormulas = 0;

  for (const column of RESULT_COLUMNS) {
    const table = tables.get(column.table);
    const grid = grids.get(column.table);
    const index = table ? headerIndex(table, column.header) : -1;
    if (!table || !grid || index < 0) continue;
    const anchor = column.spillAnchor === undefined ? -1 : headerIndex(table, column.spillAnchor);
    const cells: (CellInput | null)[][] = [];
    const columnKey = `${table.sheet}!${cellAddress({ row: table.top + 1, column: table.left + index })}`;
    const saved = record[columnKey];
    const recorder = columnRecorder();
    let changed = false;
    grid.forEach((row, r) => {
      const cellKey = legacy ? `${table.sheet}!${cellAddress({ row: table.top + 1 + r, column: table.left + index })}` : "";
      const wrote = isColumnRecord(saved) ? saved.values[(saved.rows[r] ?? 0) - 1] : legacy && cellKey in record && !isColumnRecord(record[cellKey]) ? record[cellKey] : undefined;
      if (legacy) delete next[cellKey];
      const current = row[index] ?? "";
      const formula = anchor >= 0 ? table.formulas[0]?.[anchor] : table.formulas[r]?.[index];
      const value = resultOf(column, r, at);
      cells.push([null]);
      if (typeof formula === "string" && formula.startsWith("=")) {
        skippedFormulas++;
        return;
      }
      const ours = current === "" || (typeof current === "string" && ERROR_TEXT.test(current)) || wrote === current;
      if (!ours) {
        if (current !== value) skippedTyped++;
        return;
      }
      if (value !== "") recorder.set(r, value);
      if (current === value) return;
      row[index] = value;
      cells[r] = [value];
      changed = true;
      written++;
    });
    const recorded = recorder.done();
    if (recorded === null) delete next[columnKey];
    else next[columnKey] = recorded;
    if (changed) {
      const col = table.left + index;
      blocks.push({ sheet: table.sheet, block: { address: rangeAddress({ top: table.top + 1, left: col, bottom: table.top + grid.length, right: col }), rows: cells } });
    }
  }
  return { blocks, record: next, written, skippedTyped, skippedFormulas };
}

