import { KoyoError } from "../errors";
import { MAX_COST_PER_OUTCOME } from "./rules";

export type CostCheck = "適合" | "失格";

/**
 * R-COST-1: a cost per outcome above ¥1,000,000 disqualifies the proposal; exactly ¥1,000,000
 * passes. Compared by multiplication, so no division rounds a boundary case (D-4).
 * Decided: with 0 outcomes any cost is infinite per person (失格); 0 cost and 0 outcomes has no
 * cost per person at all and is #DIV/0!, as KOYO.COSTPEROUTCOME gives.
 */
export function costCheck(totalCost: number, outcomes: number): CostCheck {
  if (totalCost === 0 && outcomes === 0) {
    throw new KoyoError("#DIV/0!", "総事業費もアウトカムの人数も 0 です。総事業費とアウトカム目標の合計を入力してください。");
  }
  return totalCost > MAX_COST_PER_OUTCOME * outcomes ? "失格" : "適合";
}
