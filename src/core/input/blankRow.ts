import { isBlank } from "./text";

/** Whether a cell is surely not blank without a regex: text starting with a visible ASCII character. */
const startsVisible = (cell: unknown): boolean => typeof cell === "string" && cell.charCodeAt(0) > 0x20 && cell.charCodeAt(0) < 0x7f;

/** R-INPUT-6 for a whole row: a row whose every cell is blank is no record. */
export function isBlankRow(row: readonly unknown[]): boolean {
  // Checked for every row of a large table: most rows are decided by their first cell.
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (startsVisible(cell) || !isBlank(cell)) return false;
  }
  return true;
}
