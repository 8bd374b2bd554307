import { cellAddress, parseCell } from "../../../src/core/kit/a1";
import { kitSheet } from "../../../src/core/kit";
import type { SheetId } from "../../../src/core/kit/types";

/**
 * The address of a data cell in a generated table, read from the kit's own layout, so the
 * e2e test types where the generator put the table rather than at hard-coded cells.
 */
export function kitCell(sheetId: SheetId, table: string, header: string, dataRow = 0): string {
  const found = kitSheet(sheetId).tables.find((candidate) => candidate.name === table);
  if (!found) throw new Error(`No table ${table} on ${sheetId}`);
  const column = found.columns.findIndex((candidate) => candidate.header === header);
  if (column < 0) throw new Error(`No column ${header} in ${table}`);
  const at = parseCell(found.at);
  return cellAddress({ row: at.row + 1 + dataRow, column: at.column + column });
}

/** The content cell of a prefilled item row (the proposal's 「内容」 column). */
export function kitItemCell(sheetId: SheetId, table: string, item: string, header: string): string {
  const found = kitSheet(sheetId).tables.find((candidate) => candidate.name === table);
  const row = found?.prefill?.findIndex((cells) => cells.includes(item)) ?? -1;
  if (row < 0) throw new Error(`No item ${item} in ${table}`);
  return kitCell(sheetId, table, header, row);
}
