/* Worksheet functions for area eligibility (RULES section 1). Thin: parse, call the core, lift. */
import { areaThreshold } from "../core/area/threshold";
import { parseRatio } from "../core/input/ratio";
import { lift } from "./shell/lift";

/**
 * 全国平均の有効求人倍率から、雇用機会不足地域の判定に使う基準値を返します。1.00 を超える場合は 1.00、0.67 未満の場合は 0.67 です (R-AREA-1)。
 * @customfunction THRESHOLD
 * @helpurl https://localhost:3000/help.html#THRESHOLD
 * @param national_ratio 全国平均の有効求人倍率。セルまたは範囲（例: 1.28）。
 * @returns 比較に使う基準値（倍率）。
 */
export function threshold(national_ratio: any[][]): any[][] {
  return lift([["national_ratio", national_ratio]], (ratio) => areaThreshold(parseRatio(ratio, "national_ratio")));
}
