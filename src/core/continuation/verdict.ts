/** The six words a continuation verdict can be (FUNCTIONS.md, KOYO.CONTINUATION). */
export type Verdict =
  | "継続"
  | "改善計画（メニュー）"
  | "改善計画（事業全体）"
  | "継続不可（メニュー廃止）"
  | "事業廃止"
  | "評価対象外";

/** What one menu gets: the verdict and a Japanese reason naming the rates and rule IDs. */
export interface MenuVerdict {
  readonly verdict: Verdict;
  readonly reason: string;
}

/** 事業1年度目, 2年度目, 3年度目 (R-PROG-1). */
export type EvaluationYear = 1 | 2 | 3;
