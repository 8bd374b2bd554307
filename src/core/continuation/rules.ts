import type { MenuKind } from "../input/menuKind";
import { percent, type Threshold } from "./threshold";
import type { Verdict } from "./verdict";

/**
 * The thresholds of 001 「事業継続可否の判断基準」 as data (RULES section 4). All are
 * inclusive lower bounds as written: "70%以上" is ≥ 70 %, "50%未満" is < 50 % (R-CONT-1).
 */

/** R-CONT-2: an output rate of 70 % or more goes on to the quality check. */
export const QUALITY_CHECK_FROM = percent(70);
/** R-CONT-3: 50 % up to 70 % needs an improvement plan for the menu; below is R-CONT-4. */
export const MENU_PLAN_FROM = percent(50);
/** R-CONT-4: menus under 50 % making up 30 % or more of the menus end the project. */
export const PROJECT_END_SHARE = percent(30);

export interface QualityCheck {
  /** A menus are checked by the survey, B and C menus by their outcome (R-CONT-2). */
  readonly measure: "satisfaction" | "outcome";
  readonly threshold: Readonly<Record<1 | 2, Threshold>>;
}

/** R-CONT-2 per kind and year. */
export const QUALITY_CHECKS: Readonly<Record<MenuKind, QualityCheck>> = {
  A: { measure: "satisfaction", threshold: { 1: percent(85), 2: percent(85) } },
  B: { measure: "outcome", threshold: { 1: percent(30), 2: percent(50) } },
  C: { measure: "outcome", threshold: { 1: percent(30), 2: percent(50) } },
};

/** R-CONT-4 when the share stays under 30 %: what a menu under 50 % gets, per year (※2). */
export const UNDER_HALF_VERDICT: Readonly<Record<1 | 2, Verdict>> = {
  1: "改善計画（事業全体）",
  2: "継続不可（メニュー廃止）",
};

/**
 * R-CONT-5: every 改善計画 needs the 事業選抜・評価委員会's approval, and until it is approved
 * the part the plan covers (the menu or the whole project) may not be carried out (001:
 * 「承認を得るまでは改善計画に係る事業（事業全体または個別メニュー）を実施することができない」).
 * Appended to every reason whose verdict calls for a plan, so the user sees what happens next.
 */
export const PLAN_APPROVAL: Readonly<Record<"menu" | "project", string>> = {
  menu: "改善計画は事業選抜・評価委員会の承認が必要で、承認を得るまでこのメニューは実施できません（再作成を求められることがあり、不承認なら事業継続保留）",
  project: "改善計画は事業選抜・評価委員会の承認が必要で、承認を得るまで事業全体を実施できません（再作成を求められることがあり、不承認なら事業継続保留）",
};
