import type { Finding } from "./finding";
import { checkAreaType } from "./rules/areaType";
import { checkCostPerOutcome } from "./rules/costPerOutcome";
import { checkCouncilMembers } from "./rules/councilMembers";
import { checkGoalsValid } from "./rules/goalsValid";
import { checkHandsOnSpread } from "./rules/handsOnSpread";
import { checkPlacementRate } from "./rules/placementRate";
import { checkPlanPeriod } from "./rules/planPeriod";
import { checkRequiredCells } from "./rules/requiredCells";
import { checkSeminarMenu } from "./rules/seminarMenu";
import { checkSeminarWording } from "./rules/seminarWording";
import { checkTargetPopulation } from "./rules/targetPopulation";
import { checkUijRow } from "./rules/uijRow";
import type { CheckOptions, WorkbookSnapshot } from "./snapshot";
import { AREA_TABLES } from "../kit/sheets/area";
import { COST_TABLES } from "../kit/sheets/cost";
import { COUNCIL_TABLE } from "../kit/sheets/council";
import { FRAMEWORK_TABLES } from "../kit/sheets/framework";
import { PROPOSAL_TABLES } from "../kit/sheets/proposal";

/**
 * The tables the rules read. The ledger, menu and KPI tables are judged by their own KOYO
 * functions, not by an R-CHECK rule, so a check never pays for reading a large ledger.
 */
export const CHECKED_TABLES: readonly string[] = [
  ...Object.values(FRAMEWORK_TABLES),
  PROPOSAL_TABLES.items,
  COUNCIL_TABLE,
  ...Object.values(COST_TABLES),
  ...Object.values(AREA_TABLES),
];

type CheckRule = (snapshot: WorkbookSnapshot, options: CheckOptions) => Finding[];

/** RULES section 8, in rule order (R-CHECK-3 and -4 share one keyword pass). */
const CHECK_RULES: readonly CheckRule[] = [
  checkSeminarMenu, // R-CHECK-1
  checkHandsOnSpread, // R-CHECK-2
  checkSeminarWording, // R-CHECK-3, R-CHECK-4
  checkGoalsValid, // R-CHECK-5
  checkPlacementRate, // R-CHECK-6
  checkTargetPopulation, // R-CHECK-7
  checkCostPerOutcome, // R-CHECK-8
  checkCouncilMembers, // R-CHECK-9
  checkRequiredCells, // R-CHECK-10
  checkAreaType, // R-CHECK-11
  checkUijRow, // R-CHECK-12
  checkPlanPeriod, // R-CHECK-13
];

/** Runs every R-CHECK rule over a snapshot. Pure: the same snapshot always gives the same findings. */
export function runChecks(snapshot: WorkbookSnapshot, options: CheckOptions): Finding[] {
  return CHECK_RULES.flatMap((rule) => rule(snapshot, options));
}
