/**
 * R-KPI-1: the KPI 増加分の累計 is the sum of the yearly increments. Summing decimals such as
 * 10.0 + 15.0 + 20.0 can leave binary noise in the last digits; rounding to 15 significant
 * digits shows what the user typed would add up to.
 */
export function kpiTotal(increments: readonly number[]): number {
  const total = increments.reduce((sum, increment) => sum + increment, 0);
  return Number(total.toPrecision(15));
}
