import { AREA_SHEET } from "./sheets/area";
import { CONTINUATION_SHEET } from "./sheets/continuation";
import { COST_SHEET } from "./sheets/cost";
import { COUNCIL_SHEET } from "./sheets/council";
import { FRAMEWORK_SHEET } from "./sheets/framework";
import { KPI_SHEET } from "./sheets/kpi";
import { LEDGER_SHEET } from "./sheets/ledger";
import { PROPOSAL_SHEET } from "./sheets/proposal";
import type { KitSheet, SheetId } from "./types";

/** Every sheet the task pane generates, in the order of the issue (and of drafting, R-PROG-10). */
export const KIT_SHEETS: readonly KitSheet[] = [
  FRAMEWORK_SHEET,
  PROPOSAL_SHEET,
  COUNCIL_SHEET,
  COST_SHEET,
  LEDGER_SHEET,
  CONTINUATION_SHEET,
  AREA_SHEET,
  KPI_SHEET,
];

export function kitSheet(id: SheetId): KitSheet {
  const found = KIT_SHEETS.find((sheet) => sheet.id === id);
  if (!found) throw new Error(`Unknown sheet id ${id}`);
  return found;
}
