import { assessMenu, type Assessment } from "./assessMenu";
import { outsideJudgingWindow } from "./judgingWindow";
import type { MenuResult } from "./parseMenuResult";
import { MENU_PLAN_FROM, PLAN_APPROVAL, PROJECT_END_SHARE, UNDER_HALF_VERDICT } from "./rules";
import { formatPercent, reachesShare } from "./threshold";
import type { EvaluationYear, MenuVerdict } from "./verdict";

const FINAL_YEAR: MenuVerdict = {
  verdict: "評価対象外",
  reason: "3年度目は最終年度のため、翌年度の継続可否の判断はありません (R-PROG-1)。",
};

/** R-CONT-6 applies only when the first fiscal year is known; otherwise 実施日 is ignored. */
function assessInYear(year: 1 | 2, menu: MenuResult, firstFiscalYear: number | null): Assessment {
  if (firstFiscalYear !== null && menu.heldOn !== null) {
    const outside = outsideJudgingWindow(year, menu.heldOn, firstFiscalYear);
    if (outside !== null) return { kind: "notJudged", reason: outside };
  }
  return assessMenu(year, menu);
}

/**
 * The continuation verdict of every menu of one year (RULES section 4), in the menus' order.
 * Not independent per menu: R-CONT-4 needs the share of menus under 50 % among the menus whose
 * output rate was judged (D-2), so the whole table is judged at once.
 *
 * `unreadableRows` counts rows the caller could not read: they cannot be counted in the share,
 * and every judged menu's reason says so, because one of them might have tipped it.
 *
 * Decided (the seed shows a flow chart per menu, not what the other menus show):
 * - the share ≥ 30 % ends the project, and every judged menu shows 事業廃止 (FUNCTIONS.md);
 * - share < 30 %: the menus under 50 % show 改善計画（事業全体） in year 1 and
 *   継続不可（メニュー廃止） in year 2; the other menus keep their own verdict (継続 or
 *   改善計画（メニュー）), and their reason adds that the project-wide plan covers them too
 *   (year 1: 「５０％未満となった個別メニューを含む事業全体の改善計画」; year 2: 「事業全体
 *   バランスを見直した改善計画」), so each menu's own standing stays visible.
 */
export function judgeMenus(
  year: EvaluationYear,
  menus: readonly MenuResult[],
  firstFiscalYear: number | null,
  unreadableRows = 0,
): MenuVerdict[] {
  if (year === 3) return menus.map(() => FINAL_YEAR);
  const assessments = menus.map((menu) => assessInYear(year, menu, firstFiscalYear));
  const evaluated = assessments.filter((assessment) => assessment.kind !== "notJudged").length;
  const underHalf = assessments.filter((assessment) => assessment.kind === "underHalf").length;
  const share = `アウトプット達成率${MENU_PLAN_FROM.label}未満のメニューは ${underHalf} / ${evaluated} 件（${formatPercent(underHalf, evaluated === 0 ? 1 : evaluated)}）`;
  const ended = underHalf > 0 && reachesShare(underHalf, evaluated, PROJECT_END_SHARE);
  const unreadableNote =
    unreadableRows > 0 ? `読み取れない行が ${unreadableRows} 件あり、${MENU_PLAN_FROM.label}未満の割合（R-CONT-4）に数えていません。` : "";
  const planNote =
    year === 1
      ? `なお、${share}のため、このメニューも事業全体の改善計画に含まれます。${PLAN_APPROVAL.project} (R-CONT-4, R-CONT-5)。`
      : `なお、${share}で、${MENU_PLAN_FROM.label}未満のメニューの廃止に伴い事業全体のバランスを見直した改善計画を作成します。${PLAN_APPROVAL.project} (R-CONT-4, R-CONT-5)。`;

  return assessments.map((assessment): MenuVerdict => {
    if (assessment.kind === "notJudged") return { verdict: "評価対象外", reason: assessment.reason };
    if (ended) {
      return {
        verdict: "事業廃止",
        reason: `${share}で、${PROJECT_END_SHARE.label}以上のため事業廃止です (R-CONT-4)。このメニューの${assessment.output}。${unreadableNote}`,
      };
    }
    if (assessment.kind === "underHalf") {
      const consequence =
        year === 1
          ? `このメニューを含む事業全体の改善計画を作成します。${PLAN_APPROVAL.project}`
          : `このメニューは継続できません。事業全体のバランスを見直した改善計画を作成します。${PLAN_APPROVAL.project}`;
      return {
        verdict: UNDER_HALF_VERDICT[year],
        reason: `${assessment.output}が${MENU_PLAN_FROM.label}未満です。${share}で${PROJECT_END_SHARE.label}未満のため、${consequence} (R-CONT-1, R-CONT-4, R-CONT-5)。${unreadableNote}`,
      };
    }
    return { verdict: assessment.verdict, reason: `${assessment.reason}${underHalf > 0 ? planNote : ""}${unreadableNote}` };
  });
}
