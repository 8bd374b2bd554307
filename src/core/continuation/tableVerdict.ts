import { KoyoError } from "../errors";
import type { MenuTable } from "./menuTable";
import { projectVerdict } from "./projectVerdict";
import { rowVerdicts } from "./rowVerdicts";
import type { Verdict } from "./verdict";

/**
 * The project's one verdict from a menu table (KOYO.PROJECTVERDICT, R-CONT-4). `firstRowNumber`
 * is the 1-based row of the first menu within the menus argument (2 when its header row was
 * selected with it), for the error message.
 * Decided: one unreadable row could be the menu that ends the project, so the project's single
 * verdict is an error naming that row rather than a verdict that ignores it.
 */
export function tableVerdict(table: MenuTable, firstRowNumber: number): Verdict {
  const bad = table.rows.findIndex((row) => row.kind === "error");
  if (bad >= 0) {
    const row = table.rows[bad];
    const detail = row.kind === "error" && row.error instanceof KoyoError ? row.error.message : "";
    throw new KoyoError("#VALUE!", `引数「menus」の${bad + firstRowNumber}行目が読み取れません。${detail}`);
  }
  return projectVerdict(rowVerdicts(table).flatMap((row) => (row.kind === "menu" ? [row.verdict.verdict] : [])));
}
