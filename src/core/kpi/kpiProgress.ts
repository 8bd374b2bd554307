import { KoyoError } from "../errors";

/**
 * R-KPI-2: (最新値 − 基準値) / (目標値 − 基準値), a fraction. It is negative when the latest
 * value fell below the baseline and above 1 when the target was passed; both are kept as they
 * are, since the report shows them (004: 宿泊延数, インターンシップ参加者数).
 */
export function kpiProgress(baseline: number, target: number, latest: number): number {
  if (target === baseline) {
    throw new KoyoError("#DIV/0!", "目標値が基準値と同じため、進捗率を計算できません。目標値と基準値を確かめてください。");
  }
  return (latest - baseline) / (target - baseline);
}
