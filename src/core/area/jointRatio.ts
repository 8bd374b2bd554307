import { KoyoError } from "../errors";

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * R-AREA-7: the ratio of municipalities applying together is the sum of their 有効求人数 over
 * the sum of their 有効求職者数 (not the average of their ratios), for one period.
 */
export function jointRatio(openings: readonly number[], seekers: readonly number[]): number {
  if (openings.length !== seekers.length) {
    throw new KoyoError(
      "#VALUE!",
      `有効求人数（${openings.length}地域）と有効求職者数（${seekers.length}地域）の数が合いません。同じ地域の数値を同じ数だけ入力してください。`,
    );
  }
  const totalSeekers = sum(seekers);
  if (totalSeekers === 0) {
    throw new KoyoError("#DIV/0!", "有効求職者数の合計が 0 のため連携地域の有効求人倍率を計算できません。各地域の有効求職者数を入力してください。");
  }
  return sum(openings) / totalSeekers;
}
