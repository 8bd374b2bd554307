import { judgeMenus } from "./judgeMenus";
import type { MenuTable } from "./menuTable";
import type { MenuVerdict } from "./verdict";

/** What one row of a menu table shows: nothing, its read error, or its menu's verdict. */
export type RowVerdict = { readonly kind: "blank" } | { readonly kind: "error"; readonly error: unknown } | { readonly kind: "menu"; readonly verdict: MenuVerdict };

/**
 * Each row's verdict, in row order. The menus that were read are judged together (R-CONT-4 needs
 * them all); unreadable rows are left out of the share and counted, so every reason says so.
 */
export function rowVerdicts(table: MenuTable): RowVerdict[] {
  const menus = table.rows.flatMap((row) => (row.kind === "menu" ? [row.menu] : []));
  const unreadable = table.rows.filter((row) => row.kind === "error").length;
  const verdicts = judgeMenus(table.year, menus, table.firstFiscalYear, unreadable);
  let next = 0;
  return table.rows.map((row): RowVerdict => (row.kind === "menu" ? { kind: "menu", verdict: verdicts[next++] } : row));
}
