import { KoyoError } from "../errors";
import type { AreaType } from "./areaType";
import { PLAN_DUTY } from "./areaType";
import { formatRatio } from "./figures";
import { describeRatios, describeThreshold, periodAtOrBelowThreshold, ratioPeriods, type RatioArguments } from "./ratioCriterion";

/**
 * R-AREA-8, the seed's joint table (ケース1–7): members are typed on their own first; only when
 * one of them is 不足 is the joint ratio judged, and then by R-AREA-2 alone (the seed's joint
 * rule does not mention the population criterion). Joint ratios may be blank when no member
 * is 不足, because they are then never looked at. `ratioArguments` names them in that error.
 * R-AREA-9: members need not be adjacent and may cross prefecture borders, so nothing about
 * where the members lie is asked or checked (the area sheet's note says so).
 */
export function jointAreaType(
  memberTypes: readonly AreaType[],
  joint3y: number | null,
  joint1y: number | null,
  nationalRatio: number,
  ratioArguments?: RatioArguments,
): { type: AreaType; reason: string } {
  if (memberTypes.length === 0) {
    throw new KoyoError("#VALUE!", "連携する地域の類型が1つもありません。各地域の類型（不足/過疎/非該当）を入力した範囲を指定してください。");
  }
  const hasShortage = memberTypes.includes("雇用機会不足地域");
  const hasDepopulated = memberTypes.includes("過疎等地域");
  if (hasShortage) {
    const periods = ratioPeriods(joint3y, joint1y, "連携地域", ratioArguments);
    const period = periodAtOrBelowThreshold(periods, nationalRatio);
    if (period) {
      return {
        type: "雇用機会不足地域",
        reason: `雇用機会不足地域を含み、連携地域の${period.label}の有効求人倍率 ${formatRatio(period.ratio)} が${describeThreshold(nationalRatio)}以下のため雇用機会不足地域です (R-AREA-8, R-AREA-2)。${PLAN_DUTY}`,
      };
    }
    const ratios = `雇用機会不足地域を含みますが、連携地域の有効求人倍率（${describeRatios(periods)}）が${describeThreshold(nationalRatio)}を超え`;
    return hasDepopulated
      ? { type: "過疎等地域", reason: `${ratios}、過疎等地域を含むため過疎等地域です (R-AREA-8)。` }
      : { type: "非該当", reason: `${ratios}、過疎等地域も含まないため非該当です (R-AREA-8)。` };
  }
  return hasDepopulated
    ? { type: "過疎等地域", reason: "雇用機会不足地域を含まず、過疎等地域を含むため過疎等地域です (R-AREA-8)。" }
    : { type: "非該当", reason: "雇用機会不足地域も過疎等地域も含まないため非該当です (R-AREA-8)。" };
}
