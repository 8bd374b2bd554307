import { isKoyoError } from "../../errors";
import { parseOptionalNumber } from "../../input/number";
import { FRAMEWORK_COLUMNS, FRAMEWORK_HEAD, FRAMEWORK_TABLES } from "../../kit/sheets/framework";
import type { Finding } from "../finding";
import { frameworkMenus, hasGoals } from "../frameworkMenus";
import { findingAt, valueAt, type WorkbookSnapshot } from "../snapshot";

/** A head figure, or null when blank or unreadable (R-CHECK-10 reports a blank one). */
function headFigure(snapshot: WorkbookSnapshot, header: string): number | null {
  const head = snapshot.tables.get(FRAMEWORK_TABLES.head);
  if (!head) return null;
  try {
    return parseOptionalNumber(valueAt(head, 0, header), header);
  } catch (error) {
    if (isKoyoError(error)) return null;
    throw error;
  }
}

/**
 * R-CHECK-7: a menu's output target above the population written on the sheet — A against
 * 地域内事業所数, B and C(地域求職者) against 地域求職者数. Decided: judged per menu, since one
 * menu cannot reach more than all of them.
 */
export function checkTargetPopulation(snapshot: WorkbookSnapshot): Finding[] {
  const establishments = headFigure(snapshot, FRAMEWORK_HEAD.establishments);
  const seekers = headFigure(snapshot, FRAMEWORK_HEAD.seekers);
  return frameworkMenus(snapshot).flatMap((menu) => {
    if (!hasGoals(menu.goals) || menu.goals.output === null) return [];
    const output = menu.goals.output;
    const [limit, label, unit] =
      menu.kind === "A" ? [establishments, FRAMEWORK_HEAD.establishments, "社"] : [seekers, FRAMEWORK_HEAD.seekers, "人"];
    if (limit === null || output <= limit) return [];
    return [
      findingAt(
        "警告",
        "R-CHECK-7",
        `アウトプット目標 ${output}${unit} が「${label}」${limit}${unit} を超えています。対象者数に見合った達成可能な目標にするか、対象者数を見直してください (R-FW-0)。`,
        menu.table,
        menu.row,
        FRAMEWORK_COLUMNS.goals,
      ),
    ];
  });
}
