import type { MenuResult } from "./parseMenuResult";
import { MENU_PLAN_FROM, PLAN_APPROVAL, QUALITY_CHECK_FROM, QUALITY_CHECKS } from "./rules";
import { formatPercent, reachesRate, reachesShare } from "./threshold";
import type { Verdict } from "./verdict";

/**
 * One menu judged on its own figures (R-CONT-1 to R-CONT-3). A menu under 50 % waits for the
 * share of such menus across the project (R-CONT-4), which judgeMenus works out.
 */
export type Assessment =
  /** Not judged: no output rate, so it is not counted in the R-CONT-4 share either. */
  | { readonly kind: "notJudged"; readonly reason: string }
  | { readonly kind: "underHalf"; readonly output: string }
  /** Output rate 50 % or more. The verdict may still be 評価対象外 when a figure the
   *  quality check needs is blank; the menu counts in the share all the same, because the
   *  share is about output rates (D-2). */
  | { readonly kind: "judged"; readonly output: string; readonly verdict: Verdict; readonly reason: string };

function describeTargetGap(header: string, target: number | null): string {
  return target === null ? `${header}が空欄` : `${header}が 0`;
}

const BLANK_ACTUAL_HINT = "実績が無い場合は 0 を入力してください";

function judged(output: string, verdict: Verdict, reason: string): Assessment {
  return { kind: "judged", output, verdict, reason };
}

/** R-CONT-2 for a menu whose output rate is 70 % or more. */
function qualityCheck(year: 1 | 2, menu: MenuResult, output: string): Assessment {
  const check = QUALITY_CHECKS[menu.kind];
  const threshold = check.threshold[year];
  const passed = `${output}が${QUALITY_CHECK_FROM.label}以上`;
  if (check.measure === "satisfaction") {
    if (menu.satisfaction === null) {
      return judged(output, "評価対象外", `${passed}ですが、満足度が空欄のため品質を確認できず判定していません。「セミナー等が役立った」との回答割合を 85% のように入力してください (R-CONT-2)。`);
    }
    const shown = `満足度 ${formatPercent(menu.satisfaction, 1)}`;
    return reachesRate(menu.satisfaction, threshold)
      ? judged(output, "継続", `${passed}、${shown}が${threshold.label}以上のため継続 (R-CONT-1, R-CONT-2)。`)
      : judged(output, "改善計画（メニュー）", `${passed}ですが、${shown}が${threshold.label}未満のため、このメニューの改善計画を作成します。${PLAN_APPROVAL.menu} (R-CONT-2, R-CONT-5)。`);
  }
  if (menu.outcomeTarget === null || menu.outcomeTarget === 0) {
    return judged(output, "評価対象外", `${passed}ですが、${describeTargetGap("アウトカム目標", menu.outcomeTarget)}のため判定していません（目標のないメニューは 0% とも 100% とも扱いません） (R-CONT-2, D-3)。`);
  }
  if (menu.outcomeActual === null) {
    return judged(output, "評価対象外", `${passed}ですが、アウトカム実績が空欄のため判定していません。${BLANK_ACTUAL_HINT} (R-CONT-2)。`);
  }
  const shown = `アウトカム達成率 ${formatPercent(menu.outcomeActual, menu.outcomeTarget)}（実績 ${menu.outcomeActual} ÷ 目標 ${menu.outcomeTarget}）`;
  return reachesShare(menu.outcomeActual, menu.outcomeTarget, threshold)
    ? judged(output, "継続", `${passed}、${shown}が${year}年度目の基準 ${threshold.label}以上のため継続 (R-CONT-1, R-CONT-2)。`)
    : judged(output, "改善計画（メニュー）", `${passed}ですが、${shown}が${year}年度目の基準 ${threshold.label}未満のため、このメニューの改善計画を作成します。${PLAN_APPROVAL.menu} (R-CONT-2, R-CONT-5)。`);
}

/** R-CONT-1: the output rate decides which rule applies; D-3: no target, no verdict. */
export function assessMenu(year: 1 | 2, menu: MenuResult): Assessment {
  const { outputTarget, outputActual } = menu;
  if (outputTarget === null || outputTarget === 0) {
    return { kind: "notJudged", reason: `${describeTargetGap("アウトプット目標", outputTarget)}のため判定していません（目標のないメニューは 0% とも 100% とも扱わず、50%未満の割合にも数えません） (D-3)。` };
  }
  if (outputActual === null) {
    return { kind: "notJudged", reason: `アウトプット実績が空欄のため判定していません。${BLANK_ACTUAL_HINT} (R-CONT-1)。` };
  }
  const output = `アウトプット達成率 ${formatPercent(outputActual, outputTarget)}（実績 ${outputActual} ÷ 目標 ${outputTarget}）`;
  if (reachesShare(outputActual, outputTarget, QUALITY_CHECK_FROM)) return qualityCheck(year, menu, output);
  if (reachesShare(outputActual, outputTarget, MENU_PLAN_FROM)) {
    return judged(output, "改善計画（メニュー）", `${output}が${MENU_PLAN_FROM.label}以上${QUALITY_CHECK_FROM.label}未満のため、このメニューの改善計画を作成します。${PLAN_APPROVAL.menu} (R-CONT-1, R-CONT-3, R-CONT-5)。`);
  }
  return { kind: "underHalf", output };
}
