/** R-AREA-1: the national average ratio, clamped to [0.67, 1.00], is what an area is compared to. */
const THRESHOLD_CEILING = 1.0;
const THRESHOLD_FLOOR = 0.67;

export function areaThreshold(nationalRatio: number): number {
  return Math.min(THRESHOLD_CEILING, Math.max(THRESHOLD_FLOOR, nationalRatio));
}
