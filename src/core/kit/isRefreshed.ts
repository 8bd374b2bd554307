import { RESULT_COLUMNS } from "./results";
import type { KitSheet } from "./types";

const REFRESHED_TABLES = new Set(RESULT_COLUMNS.map((column) => column.table));

/**
 * Whether the task pane's 計算結果を更新 fills this sheet's KOYO cells in values mode: it does for
 * a sheet with a table that has a result column. Derived from RESULT_COLUMNS, so the notes that
 * name the covered sheets follow when a sheet is added there.
 */
export function isRefreshed(sheet: KitSheet): boolean {
  return sheet.tables.some((table) => REFRESHED_TABLES.has(table.name));
}
