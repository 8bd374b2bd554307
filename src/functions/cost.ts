/* Worksheet functions for the cost rule (RULES section 5). Thin: parse, call the core, lift. */
import { costCheck as checkCost } from "../core/cost/costCheck";
import { costPerOutcome as divideCost } from "../core/cost/costPerOutcome";
import { parseOutcomeCount, parseTotalCost } from "../core/cost/parseCostInputs";
import type { CellInput } from "./shell/matrix";
import { lift } from "./shell/lift";

function liftCost<T extends string | number>(total_cost: unknown, outcomes: unknown, compute: (cost: number, persons: number) => T): any[][] {
  return lift([["total_cost", total_cost], ["outcomes", outcomes]], (cost: CellInput, persons: CellInput) =>
    compute(parseTotalCost(cost, "total_cost"), parseOutcomeCount(persons, "outcomes")),
  );
}

/**
 * アウトカム1人当たりの事業費（円）を返します。総事業費 ÷ アウトカム（雇用・就職・正社員転換の人数）。アウトカムが 0 なら #DIV/0! (R-COST-1)。
 * @customfunction COSTPEROUTCOME
 * @helpurl https://localhost:3000/help.html#COSTPEROUTCOME
 * @param total_cost 総事業費（円）。10,072千円、¥1,000,000、100万円 の形も可。セルまたは範囲。
 * @param outcomes アウトカムの人数。セルまたは範囲。
 * @returns 1人当たりの費用（円）。
 */
export function costPerOutcome(total_cost: any[][], outcomes: any[][]): any[][] {
  return liftCost(total_cost, outcomes, divideCost);
}

/**
 * アウトカム1人当たりの事業費が100万円を超えると「失格」、100万円以下なら「適合」を返します（ちょうど100万円は適合）(R-COST-1)。
 * @customfunction COSTCHECK
 * @helpurl https://localhost:3000/help.html#COSTCHECK
 * @param total_cost 総事業費（円）。10,072千円、¥1,000,000、100万円 の形も可。セルまたは範囲。
 * @param outcomes アウトカムの人数。セルまたは範囲。
 * @returns 適合 または 失格。
 */
export function costCheck(total_cost: any[][], outcomes: any[][]): any[][] {
  return liftCost(total_cost, outcomes, checkCost);
}
