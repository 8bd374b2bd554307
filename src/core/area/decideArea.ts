import { parseOptionalRate } from "../input/rate";
import { parseOptionalRatio, parseRatio } from "../input/ratio";
import { parseOptionalYesNo } from "../input/yesNo";
import { classifyArea, type AreaDecision } from "./areaType";

/**
 * Reads the six AREATYPE / AREAREASON arguments of one row and judges the area (R-AREA-2/3/5/6).
 * Shared by the worksheet functions and the task pane's 計算結果を更新, so both give one answer.
 */
export function decideArea(...[ratio3y, ratio1y, national, decline, nationalDecline, depopulated]: readonly unknown[]): AreaDecision {
  return classifyArea(
    {
      ratio3y: parseOptionalRatio(ratio3y, "ratio_3y"),
      ratio1y: parseOptionalRatio(ratio1y, "ratio_1y"),
      nationalRatio: parseRatio(national, "national_ratio"),
      popDecline: parseOptionalRate(decline, "pop_decline"),
      nationalPopDecline: parseOptionalRate(nationalDecline, "national_pop_decline"),
      // R-INPUT-3, R-INPUT-6: a blank flag means the area is not a 過疎地域.
      depopulated: parseOptionalYesNo(depopulated, "depopulated") ?? false,
    },
    ["ratio_3y", "ratio_1y"],
  );
}
