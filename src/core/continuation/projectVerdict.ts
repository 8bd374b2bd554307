import type { Verdict } from "./verdict";

/**
 * What each menu verdict means for the project: a discontinued menu comes with a plan that
 * revises the whole project's balance (R-CONT-4 ※2, year 2), so it weighs as 改善計画（事業全体）.
 */
const PROJECT_WEIGHT: Readonly<Record<Verdict, Verdict>> = {
  事業廃止: "事業廃止",
  "改善計画（事業全体）": "改善計画（事業全体）",
  "継続不可（メニュー廃止）": "改善計画（事業全体）",
  "改善計画（メニュー）": "改善計画（メニュー）",
  継続: "継続",
  評価対象外: "評価対象外",
};

/** FUNCTIONS.md: the first that applies wins. */
const PRECEDENCE: readonly Verdict[] = ["事業廃止", "改善計画（事業全体）", "改善計画（メニュー）", "継続", "評価対象外"];

/**
 * One verdict for the project from its menus' verdicts (KOYO.PROJECTVERDICT).
 * Decided: when no menu was judged at all (year 3, or every menu lacks a target or was held
 * after the cut-off), the project is 評価対象外 rather than 継続, since nothing was checked.
 */
export function projectVerdict(verdicts: readonly Verdict[]): Verdict {
  const weights = new Set(verdicts.map((verdict) => PROJECT_WEIGHT[verdict]));
  return PRECEDENCE.find((verdict) => weights.has(verdict)) ?? "評価対象外";
}
