import { KoyoError } from "../../core/errors";

/** What Excel hands a custom function for one cell of a range. */
export type CellInput = unknown;
/** What a custom function hands back for one cell. */
export type CellOutput = string | number | boolean | CustomFunctions.Error;

/**
 * Excel passes a range (or a single cell, for a matrix parameter) as rows of cells, and an
 * omitted optional argument as null or undefined. This gives every argument the rows form.
 */
export function asMatrix(value: unknown): CellInput[][] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[null]];
    // An empty row (never sent by Excel, but possible from code) reads as one blank cell, so
    // every result keeps at least one cell per row, which Excel requires.
    return value.map((row) => (Array.isArray(row) ? (row.length === 0 ? [null] : row) : [row]));
  }
  return [[value]];
}

export function shapeOf(matrix: readonly (readonly unknown[])[]): { rows: number; columns: number } {
  return { rows: matrix.length, columns: matrix.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

/** All cells of a range, row by row. */
export function cellsOf(value: unknown): CellInput[] {
  return asMatrix(value).flat();
}

/** The one value of an argument that must be a single cell (a range there is a mistake, not a spill). */
export function singleCell(value: unknown, argument: string): CellInput {
  const cells = cellsOf(value);
  if (cells.length !== 1) {
    throw new KoyoError("#VALUE!", `引数「${argument}」には1つのセルを指定してください（${cells.length}個のセルが指定されました）。`);
  }
  return cells[0];
}
