import { decideArea } from "../area/decideArea";
import { jointAreaType } from "../area/jointAreaType";
import { jointRatio } from "../area/jointRatio";
import { pairedCounts } from "../area/pairedCounts";
import { parseOptionalAreaType } from "../area/parseAreaType";
import { populationDecline } from "../area/populationDecline";
import { costCheck } from "../cost/costCheck";
import { costPerOutcome } from "../cost/costPerOutcome";
import { parseOutcomeCount, parseTotalCost } from "../cost/parseCostInputs";
import { parseCount } from "../input/count";
import { parseNumber } from "../input/number";
import { parseOptionalRatio, parseRatio } from "../input/ratio";
import { isBlank } from "../input/text";
import { incrementsOf } from "../kpi/incrementsOf";
import { kpiCheck } from "../kpi/kpiCheck";
import { kpiProgress } from "../kpi/kpiProgress";
import { AREA_COLUMNS as A, AREA_HEAD, AREA_JOINT, AREA_TABLES } from "./sheets/area";
import { COST_SUMMARY as S, COST_TABLES } from "./sheets/cost";
import { KPI_PLAN_COLUMNS as P, KPI_RESULT_COLUMNS as R, KPI_TABLES } from "./sheets/kpi";
import type { CellInput } from "./types";

/**
 * The kit's KOYO result columns as computations, for Excel builds without custom functions
 * (the task pane's 計算結果を更新). Each entry computes what its column's formula in
 * src/core/kit/sheets shows, with the same core and the same guard: null where the formula's
 * IF shows blank. Entries are in dependency order: the joint rows read the 地域類型 just computed.
 */

/** The table cells a computation reads; result cells hold the values computed earlier in the same run. */
export interface ResultLookup {
  value(table: string, header: string, row: number): CellInput;
  column(table: string, header: string): readonly CellInput[];
}

export interface ResultColumn {
  readonly table: string;
  readonly header: string;
  /** Throws KoyoError where the worksheet function would show an error. */
  readonly compute: (row: number, at: ResultLookup) => CellInput | null;
}

const anyBlank = (...cells: CellInput[]): boolean => cells.some(isBlank);

const area = (header: string, pick: "type" | "reason"): ResultColumn => ({
  table: AREA_TABLES.members,
  header,
  compute: (row, at) => {
    const cell = (name: string): CellInput => at.value(AREA_TABLES.members, name, row);
    if (isBlank(cell(A.ratio3y)) && isBlank(cell(A.ratio1y))) return null;
    const head = (name: string): CellInput => at.value(AREA_TABLES.head, name, 0);
    return decideArea(cell(A.ratio3y), cell(A.ratio1y), head(AREA_HEAD.nationalRatio), cell(A.decline), head(AREA_HEAD.nationalDecline), cell(A.depopulated))[pick];
  },
});

/** JOINTRATIO over the members' columns, only for two or more members (R-AREA-7/8; the formula's COUNTA guard). */
const joint = (header: string, openings: string, seekers: string): ResultColumn => ({
  table: AREA_TABLES.joint,
  header,
  compute: (_row, at) => {
    const column = (name: string): CellInput[][] => at.column(AREA_TABLES.members, name).map((cell) => [cell]);
    if (column(openings).filter(([cell]) => !isBlank(cell)).length < 2) return null;
    const counts = pairedCounts(column(openings), column(seekers), { openings: "openings", seekers: "seekers" });
    return jointRatio(counts.openings, counts.seekers);
  },
});

const cost = (header: string, compute: (total: number, outcomes: number) => CellInput): ResultColumn => ({
  table: COST_TABLES.summary,
  header,
  compute: (row, at) => {
    // R-COST-1 needs the outcome count; until it is typed the cell stays blank.
    const outcomes = at.value(COST_TABLES.summary, S.outcomes, row);
    if (isBlank(outcomes)) return null;
    return compute(parseTotalCost(at.value(COST_TABLES.summary, S.total, row), "total_cost"), parseOutcomeCount(outcomes, "outcomes"));
  },
});

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  {
    table: AREA_TABLES.members,
    header: A.decline,
    compute: (row, at) => {
      const start = at.value(AREA_TABLES.members, A.popStart, row);
      const end = at.value(AREA_TABLES.members, A.popEnd, row);
      return anyBlank(start, end) ? null : populationDecline(parseCount(start, "population_start"), parseCount(end, "population_end"));
    },
  },
  area(A.type, "type"),
  area(A.reason, "reason"),
  joint(AREA_JOINT.ratio3y, A.openings3y, A.seekers3y),
  joint(AREA_JOINT.ratio1y, A.openings1y, A.seekers1y),
  {
    table: AREA_TABLES.joint,
    header: AREA_JOINT.type,
    compute: (row, at) => {
      const members = at.column(AREA_TABLES.members, A.type).filter((cell) => typeof cell === "string" && cell !== "");
      if (members.length < 2) return null;
      const here = (name: string): CellInput => at.value(AREA_TABLES.joint, name, row);
      return jointAreaType(
        members.map((cell) => parseOptionalAreaType(cell, "member_types")).filter((type) => type !== null),
        parseOptionalRatio(here(AREA_JOINT.ratio3y), "joint_ratio_3y"),
        parseOptionalRatio(here(AREA_JOINT.ratio1y), "joint_ratio_1y"),
        parseRatio(at.value(AREA_TABLES.head, AREA_HEAD.nationalRatio, 0), "national_ratio"),
        ["joint_ratio_3y", "joint_ratio_1y"],
      ).type;
    },
  },
  cost(S.perOutcome, costPerOutcome),
  cost(S.verdict, costCheck),
  {
    table: KPI_TABLES.plan,
    header: P.check,
    compute: (row, at) => {
      const cell = (name: string): CellInput => at.value(KPI_TABLES.plan, name, row);
      const values = incrementsOf([P.year1, P.year2, P.year3].map(cell));
      const written = cell(P.cumulative);
      if (values === null && isBlank(written)) return null;
      return kpiCheck(values ?? [], parseNumber(written, "cumulative"));
    },
  },
  {
    table: KPI_TABLES.result,
    header: R.progress,
    compute: (row, at) => {
      const [baseline, target, latest] = [R.baseline, R.target, R.latest].map((name) => at.value(KPI_TABLES.result, name, row));
      if (anyBlank(baseline, target, latest)) return null;
      return kpiProgress(parseNumber(baseline, "baseline"), parseNumber(target, "target"), parseNumber(latest, "latest"));
    },
  },
];

/** Every table a refresh reads: the tables of the result columns and the area head they read from. */
export const RESULT_TABLES: readonly string[] = [AREA_TABLES.head, ...new Set(RESULT_COLUMNS.map((column) => column.table))];
