import { KoyoError } from "../errors";

/**
 * R-AREA-4: the population decline rate over the period, (start − end) / start, as a fraction.
 * A population that grew gives a negative rate. The seed's examples run 1 Jan H29 → 1 Jan R4.
 */
export function populationDecline(start: number, end: number): number {
  if (start === 0) {
    throw new KoyoError("#DIV/0!", "期首の人口が 0 のため人口減少率を計算できません。期首（例: H29.1.1）の人口を入力してください。");
  }
  if (start < 0 || end < 0) {
    throw new KoyoError("#VALUE!", "人口に負の数が入力されました。人口は 0 以上の人数で入力してください（例: 163,110人）。");
  }
  return (start - end) / start;
}
