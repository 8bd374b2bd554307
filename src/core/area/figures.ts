/**
 * How figures appear in reason sentences. Rules compare exact fractions (D-4); the text only
 * trims floating-point noise (0.1 + 0.2) so a reader sees what they typed, never a rounding
 * that would make a failing figure look equal to its threshold.
 */
const SIGNIFICANT_DIGITS = 10;

/** A ratio such as 0.85 or 1.2, as typed. */
export function formatRatio(value: number): string {
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

/** A rate (fraction) as a percentage: 0.011 → "1.1%". */
export function formatPercent(rate: number): string {
  return `${Number((rate * 100).toPrecision(SIGNIFICANT_DIGITS))}%`;
}
