import { KoyoError } from "../errors";

/** R-COST-1: total project cost ÷ outcome persons, in yen per person. 0 persons is #DIV/0!. */
export function costPerOutcome(totalCost: number, outcomes: number): number {
  if (outcomes === 0) {
    throw new KoyoError("#DIV/0!", "アウトカム（雇用・就職・正社員転換の人数）が 0 のため、1人当たりの費用を計算できません。アウトカムの人数を入力してください。");
  }
  return totalCost / outcomes;
}
