import { decideArea } from "../area/decideArea";
import { jointAreaType } from "../area/jointAreaType";
import { jointRatio } from "../area/jointRatio";
import { pairedCounts } from "../area/pairedCounts";
import { parseOptionalAreaType } from "../area/parseAreaType";
import { populationDecline } from "../area/populationDecline";
import { MENU_COLUMNS, type MenuKey } from "../continuation/menuColumns";
import { readMenuTable, type MenuRecord, type MenuTable } from "../continuation/menuTable";
import { rowVerdicts, type RowVerdict } from "../continuation/rowVerdicts";
import { tableVerdict } from "../continuation/tableVerdict";
import { countableRows, type CountableRow } from "../count/countableRows";
import { judgeLedgerTable } from "../count/judgeLedgerTable";
import { LEDGER_COLUMNS } from "../count/ledgerColumns";
import { ledgerPositions } from "../count/ledgerPositions";
import { parseScope } from "../count/parseScope";
import { outcomeTotal, outputTotal, type CountScope, type JudgedRow } from "../count/totals";
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
import { besideColumns } from "./besideColumns";
import { KIT_SHEETS } from "./index";
import { AREA_COLUMNS as A, AREA_HEAD, AREA_JOINT, AREA_TABLES } from "./sheets/area";
import { CONTINUATION_HEAD, CONTINUATION_RESULTS as C, CONTINUATION_TABLES } from "./sheets/continuation";
import { COST_SUMMARY as S, COST_TABLES } from "./sheets/cost";
import { LEDGER_RESULTS, LEDGER_TABLES, LEDGER_TOTALS } from "./sheets/ledger";
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
  /** The header row and data rows as read, columns beside the table included. */
  header(table: string): readonly CellInput[];
  rows(table: string): readonly (readonly CellInput[])[];
}

export interface ResultColumn {
  readonly table: string;
  readonly header: string;
  /** Throws KoyoError where the worksheet function would show an error. */
  readonly compute: (row: number, at: ResultLookup) => CellInput | null;
  /**
   * For a column filled by a spilling formula in formula mode: the header of the column whose
   * first cell holds that formula. The spilled cells hold no formula of their own, so the anchor
   * tells that the whole column is Excel's.
   */
  readonly spillAnchor?: string;
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

/** The formulas' guard: blank until the 事業年度 is chosen (COUNTA counts any content, so "" only). */
const noYear = (at: ResultLookup): boolean => at.value(CONTINUATION_TABLES.head, CONTINUATION_HEAD.year, 0) === "";

/**
 * The menus as CONTINUATION reads KOYO_Menus[#Data] with its headers: a record per row, null for
 * a blank row. Decided: the kit's own headers are used as they are; a renamed header reads as a
 * blank column here, where the function would name it missing.
 */
function menuRecords(at: ResultLookup): MenuRecord[] {
  const columns = MENU_COLUMNS.map(({ key, header }) => [key, at.column(CONTINUATION_TABLES.menus, header)] as const);
  return Array.from({ length: Math.max(...columns.map(([, cells]) => cells.length)) }, (_, row) => {
    const cells = columns.map(([key, column]) => [key, column[row] ?? ""] as const);
    return cells.every(([, cell]) => isBlank(cell)) ? null : (Object.fromEntries(cells) as Record<MenuKey, CellInput>);
  });
}

type Attempt<T> = T | { readonly error: unknown };

/** A table-wide reading computed once per refresh (one lookup is one refresh), its error kept to be thrown by the cells that show it. */
function perRefresh<T extends object>(read: (at: ResultLookup) => T): (at: ResultLookup) => Attempt<T> {
  const done = new WeakMap<ResultLookup, Attempt<T>>();
  return (at) => {
    let found = done.get(at);
    if (found === undefined) {
      try {
        found = read(at);
      } catch (error) {
        found = { error };
      }
      done.set(at, found);
    }
    return found;
  };
}

/** The menu table of this refresh and its rows' verdicts, read and judged once (every row needs all menus, R-CONT-4). */
const readMenus = perRefresh((at): { readonly table: MenuTable; readonly rows: readonly RowVerdict[] } => {
  const head = (name: string): CellInput => at.value(CONTINUATION_TABLES.head, name, 0);
  const table = readMenuTable(head(CONTINUATION_HEAD.year), head(CONTINUATION_HEAD.firstFiscalYear), menuRecords(at));
  return { table, rows: rowVerdicts(table) };
});

/** The ledger's own columns: what the formulas pass as KOYO_Ledger[#Data] and [#Headers], without the spill beside it. */
const LEDGER_WIDTH = LEDGER_COLUMNS.length;

/**
 * The ledger as COUNTABLE and the totals read it, judged once per refresh with their code
 * (countableRows, judgeLedgerTable): COUNTABLE's answer per row, and the rows the totals count
 * or the error that makes every total an error.
 */
const readLedger = perRefresh((at): { readonly countable: readonly CountableRow[]; readonly judged: Attempt<{ readonly rows: readonly JudgedRow[] }> } => {
  const rows = at.rows(LEDGER_TABLES.ledger).map((row) => row.slice(0, LEDGER_WIDTH));
  const positions = ledgerPositions(at.header(LEDGER_TABLES.ledger).slice(0, LEDGER_WIDTH));
  let judged: Attempt<{ readonly rows: readonly JudgedRow[] }>;
  try {
    judged = { rows: judgeLedgerTable(rows, positions, false) };
  } catch (error) {
    judged = { error };
  }
  return { countable: countableRows(rows, positions), judged };
});

/** COUNTABLE's spill beside the ledger (R-COUNT-*): one cell of the row's answer; an unreadable row shows its error in all three. */
const countable = (header: string, pick: number): ResultColumn => ({
  table: LEDGER_TABLES.ledger,
  header,
  spillAnchor: LEDGER_RESULTS.output,
  compute: (row, at) => {
    const found = readLedger(at);
    if ("error" in found) throw found.error;
    const answer = found.countable[row];
    if (answer === null || answer === undefined) return null;
    if ("error" in answer) throw answer.error;
    return answer[pick];
  },
});

/**
 * OUTPUTTOTAL/OUTCOMETOTAL per row of メニュー別集計, as `=KOYO.…(KOYO_Ledger[#Data],KOYO_Ledger[#Headers],[@[メニュー]])`
 * computes it (D-1): the scope read first, as the function does; a blank メニュー is the whole
 * project, so a row with none shows the project total, exactly like the formula (it has no blank guard).
 */
const total = (header: string, count: (rows: readonly JudgedRow[], scope: CountScope) => number): ResultColumn => ({
  table: LEDGER_TABLES.totals,
  header,
  compute: (row, at) => {
    const scope = parseScope(at.value(LEDGER_TABLES.totals, LEDGER_TOTALS.menu, row), "scope");
    const found = readLedger(at);
    if ("error" in found) throw found.error;
    if ("error" in found.judged) throw found.judged.error;
    return count(found.judged.rows, scope);
  },
});

/** CONTINUATION's spill, row by row (R-CONT-1..6): a table-wide error is its one cell, 判定 of the first row. */
const continuation = (header: string, pick: "verdict" | "reason"): ResultColumn => ({
  table: CONTINUATION_TABLES.menus,
  header,
  spillAnchor: C.verdict,
  compute: (row, at) => {
    if (noYear(at)) return null;
    const found = readMenus(at);
    if ("error" in found) {
      if (row === 0 && pick === "verdict") throw found.error;
      return null;
    }
    const result = found.rows[row];
    if (result === undefined || result.kind === "blank") return null;
    if (result.kind === "error") throw result.error;
    return result.verdict[pick];
  },
});

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  countable(LEDGER_RESULTS.output, 0),
  countable(LEDGER_RESULTS.outcome, 1),
  countable(LEDGER_RESULTS.reason, 2),
  total(LEDGER_TOTALS.output, outputTotal),
  total(LEDGER_TOTALS.outcome, outcomeTotal),
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
  continuation(C.verdict, "verdict"),
  continuation(C.reason, "reason"),
  {
    // PROJECTVERDICT's one cell, under its label beside the head table (R-CONT-4).
    table: CONTINUATION_TABLES.head,
    header: C.project,
    compute: (row, at) => {
      if (row > 0 || noYear(at)) return null;
      const found = readMenus(at);
      if ("error" in found) throw found.error;
      return tableVerdict(found.table, 1);
    },
  },
];

/** Every table a refresh reads: the tables of the result columns and the area head they read from. */
export const RESULT_TABLES: readonly string[] = [AREA_TABLES.head, ...new Set(RESULT_COLUMNS.map((column) => column.table))];

/** How far right of each table a refresh reads: results kept beside a table come with it (besideColumns). */
export const RESULT_EXTRA_COLUMNS: ReadonlyMap<string, number> = new Map(
  KIT_SHEETS.flatMap((sheet) => sheet.tables.filter((table) => RESULT_TABLES.includes(table.name)).map((table) => [table.name, besideColumns(sheet, table)] as const)),
);
