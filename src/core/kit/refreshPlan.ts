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
 * What this add-in last wrote, by "sheet!A1" (kept in the workbook's add-in settings). It is how a
 * refresh knows a value is its own: a cell still holding exactly what was written is ours, any
 * other value was typed by someone and is never overwritten.
 */
export type ComputedRecord = Readonly<Record<string, CellInput>>;

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
  };
  const next: Record<string, CellInput> = { ...record };
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
    let changed = false;
    grid.forEach((row, r) => {
      const key = `${table.sheet}!${cellAddress({ row: table.top + 1 + r, column: table.left + index })}`;
      const current = row[index] ?? "";
      const formula = anchor >= 0 ? table.formulas[0]?.[anchor] : table.formulas[r]?.[index];
      const value = resultOf(column, r, at);
      cells.push([null]);
      if (typeof formula === "string" && formula.startsWith("=")) {
        skippedFormulas++;
        return;
      }
      const ours = current === "" || (typeof current === "string" && ERROR_TEXT.test(current)) || (key in record && record[key] === current);
      if (!ours) {
        if (current !== value) skippedTyped++;
        return;
      }
      if (value === "") delete next[key];
      else next[key] = value;
      if (current === value) return;
      row[index] = value;
      cells[r] = [value];
      changed = true;
      written++;
    });
    if (changed) {
      const col = table.left + index;
      blocks.push({ sheet: table.sheet, block: { address: rangeAddress({ top: table.top + 1, left: col, bottom: table.top + grid.length, right: col }), rows: cells } });
    }
  }
  return { blocks, record: next, written, skippedTyped, skippedFormulas };
}

