import { badArgument } from "../errors";
import { parseCount } from "../input/count";
import { parseNumber } from "../input/number";

/** R-INPUT-1: a total cost in yen, typed as 10072000, 10,072千円, ¥1,000,000 or 100万円. */
export function parseTotalCost(value: unknown, argument: string): number {
  const cost = parseNumber(value, argument);
  if (cost < 0) throw badArgument(argument, value, "0 以上の金額を入力してください（例: 10,072千円、¥1,000,000、100万円）。");
  return cost;
}

/** The number of outcome persons (hires, placements, conversions), typed as 12 or 「12人」. */
export const parseOutcomeCount = parseCount;
