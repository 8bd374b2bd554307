import { FRAMEWORK_COLUMNS } from "../../kit/sheets/framework";
import type { Finding } from "../finding";
import { frameworkMenus, type FrameworkMenu } from "../frameworkMenus";
import { findingAt, textOf, valueAt } from "../snapshot";
import type { WorkbookSnapshot } from "../snapshot";

const G = FRAMEWORK_COLUMNS.goals;
const EXAMPLE = "「アウトプット／アウトカム」の順に単位を付けて入力してください（例: A は 10社／5人、B・C は 20人／8人）";

function problem(menu: FrameworkMenu): string | null {
  const shown = textOf(valueAt(menu.table, menu.row, G));
  if ("error" in menu.goals) return `目標「${shown}」を読み取れません。${menu.goals.error}`;
  const { output, outcome } = menu.goals;
  if (output === null || outcome === null) {
    const lacking = output === null ? "アウトプット目標" : "アウトカム目標";
    return `${menu.kind} のメニューに${lacking}がありません。${EXAMPLE} (R-FW-T)。`;
  }
  if (output < 0 || outcome < 0) return `目標「${shown}」に負の数があります。目標は 0 以上の人数・社数で${EXAMPLE.slice(1)}。`;
  // B and C count persons on both sides; A's output is establishments, so no comparison there.
  if (menu.kind !== "A" && outcome > output) {
    return `${menu.kind} のメニューのアウトカム目標 ${outcome}人 がアウトプット目標 ${output}人 を超えています。アウトカムはアウトプットとして数えた人のうち就職等した人なので、アウトプット目標以下にしてください (R-COUNT-Y7)。`;
  }
  return null;
}

/** R-CHECK-5: every menu needs both targets, as numbers ≥ 0, and in B/C outcome ≤ output. */
export function checkGoalsValid(snapshot: WorkbookSnapshot): Finding[] {
  return frameworkMenus(snapshot).flatMap((menu) => {
    const message = problem(menu);
    return message === null ? [] : [findingAt("エラー", "R-CHECK-5", message, menu.table, menu.row, G)];
  });
}
