import { kpiTotal } from "./kpiTotal";

/** R-KPI-1 is a sum of typed decimals: equal within this relative difference counts as equal. */
const RELATIVE_TOLERANCE = 1e-9;

export type KpiCheck = "一致" | `不一致（合計 ${number}）`;

/**
 * R-KPI-1: whether the written cumulative value equals the sum of the yearly increments.
 * 「一致」, or 「不一致（合計 41）」 with the computed sum, so the user sees what to write.
 */
export function kpiCheck(increments: readonly number[], cumulative: number): KpiCheck {
  const total = kpiTotal(increments);
  const scale = Math.max(Math.abs(total), Math.abs(cumulative));
  return Math.abs(total - cumulative) <= RELATIVE_TOLERANCE * scale ? "一致" : `不一致（合計 ${total}）`;
}
