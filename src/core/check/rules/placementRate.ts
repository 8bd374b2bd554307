import { FRAMEWORK_COLUMNS } from "../../kit/sheets/framework";
import type { Finding } from "../finding";
import { frameworkMenus, hasGoals } from "../frameworkMenus";
import { findingAt, type CheckOptions, type WorkbookSnapshot } from "../snapshot";

/** For the message only; the comparison below is exact (D-4). */
const percent = (rate: number): string => `${Number((rate * 100).toFixed(1))}%`;

/**
 * R-CHECK-6 (R-FW-0): a B/C menu's output→outcome rate against the reference placement rate
 * the user set (e.g. Hello Work's). A rates establishments against persons, so it is skipped.
 * Without a reference the rate is only reported (情報). Compared as fractions (D-4).
 */
export function checkPlacementRate(snapshot: WorkbookSnapshot, options: CheckOptions): Finding[] {
  const reference = options.referencePlacementRate;
  return frameworkMenus(snapshot).flatMap((menu) => {
    if (menu.kind === "A" || !hasGoals(menu.goals)) return [];
    const { output, outcome } = menu.goals;
    if (output === null || outcome === null || output <= 0 || outcome < 0) return [];
    const rate = outcome / output;
    const at = (severity: Finding["severity"], message: string): Finding[] => [
      findingAt(severity, "R-CHECK-6", message, menu.table, menu.row, FRAMEWORK_COLUMNS.goals),
    ];
    if (reference === null) {
      return at("情報", `アウトプットからアウトカムへの割合は ${percent(rate)} です。参考にする就職率を設定すると比べて確認します (R-FW-0)。`);
    }
    if (outcome <= reference * output) return [];
    return at(
      "警告",
      `アウトプットからアウトカムへの割合 ${percent(rate)} が参考の就職率 ${percent(reference)} を超えています。達成できる目標か見直してください (R-FW-0)。`,
    );
  });
}
