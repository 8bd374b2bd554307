import { parseCell } from "./a1";
import type { KitSheet, KitTable } from "./types";

/**
 * How many columns right of a kit table hold results labelled on its header row: a spill beside
 * it (CONTINUATION's 判定・理由) or a labelled formula cell (事業全体の判定). Read with the table,
 * those labels work as headers and the results as its columns.
 */
export function besideColumns(sheet: KitSheet, table: KitTable): number {
  const at = parseCell(table.at);
  const right = at.column + table.columns.length - 1;
  const spill = table.beside ? table.beside.gap + table.beside.headers.length : 0;
  const labelled = (sheet.formulaCells ?? [])
    .map((cell) => parseCell(cell.at))
    .filter((cell) => cell.row === at.row && cell.column > right)
    .map((cell) => cell.column - right);
  return Math.max(spill, ...labelled);
}
