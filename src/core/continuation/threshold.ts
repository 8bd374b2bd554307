/**
 * A threshold the seed writes as a percentage ("70%以上"), held as an exact fraction so that
 * comparisons never depend on rounding (D-4): 7 of 10 is exactly 70 %, not 69.999… %.
 */
export interface Threshold {
  readonly numerator: number;
  readonly denominator: number;
  /** As the seed writes it, e.g. "70%". */
  readonly label: string;
}

export function percent(points: number): Threshold {
  return { numerator: points, denominator: 100, label: `${points}%` };
}

/**
 * Whether actual / target ≥ threshold, by cross-multiplication (R-CONT-1, D-4): with whole
 * counts both products are exact integers. `target` must be positive.
 */
export function reachesShare(actual: number, target: number, threshold: Threshold): boolean {
  return actual * threshold.denominator >= target * threshold.numerator;
}

/**
 * Whether a rate typed as a fraction (0.85, "85%") reaches the threshold. The user's decimal
 * and the threshold's numerator/denominator both become the nearest double of the same
 * decimal, so 85 % typed is exactly 85 % here (D-4); multiplying instead could add an ulp.
 */
export function reachesRate(rate: number, threshold: Threshold): boolean {
  return rate >= threshold.numerator / threshold.denominator;
}

/**
 * A fraction shown as a percentage with one decimal, cut (not rounded) so that a rate just
 * under a threshold never displays as the threshold itself (69.96 % shows 69.9 %, not 70.0 %).
 */
export function formatPercent(numerator: number, denominator: number): string {
  const tenths = Math.floor(Number(((numerator * 1000) / denominator).toPrecision(12)));
  return `${tenths / 10}%`;
}
