import { classifyArea, type AreaType } from "../area/areaType";
import { jointAreaType } from "../area/jointAreaType";
import { jointRatio } from "../area/jointRatio";
import { populationDecline } from "../area/populationDecline";
import { isKoyoError } from "../errors";
import { parseOptionalNumber } from "../input/number";
import { parseOptionalRate } from "../input/rate";
import { parseOptionalYesNo } from "../input/yesNo";
import { AREA_COLUMNS, AREA_HEAD, AREA_JOINT, AREA_TABLES } from "../kit/sheets/area";
import { rowsInUse, valueAt, type SnapshotTable, type WorkbookSnapshot } from "./snapshot";

const A = AREA_COLUMNS;

/** What the area sheet says, or which cell could not be read and why. */
export type AreaResult =
  | { readonly kind: "none" }
  | { readonly kind: "problem"; readonly table: SnapshotTable; readonly row: number; readonly header: string; readonly message: string }
  | { readonly kind: "typed"; readonly type: AreaType; readonly reason: string; readonly table: SnapshotTable; readonly row: number; readonly header: string };

class CellProblem extends Error {
  constructor(
    readonly table: SnapshotTable,
    readonly row: number,
    readonly header: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads one cell with a core parser, remembering which cell a KoyoError came from. */
function read<T>(table: SnapshotTable, row: number, header: string, parse: (value: unknown, argument: string) => T): T {
  try {
    return parse(valueAt(table, row, header), header);
  } catch (error) {
    if (isKoyoError(error)) throw new CellProblem(table, row, header, error.message);
    throw error;
  }
}

/** A member's ratio: typed, or its 求人数 ÷ 求職者数 when only the counts are given. */
function ratio(table: SnapshotTable, row: number, ratioHeader: string, openings: string, seekers: string): number | null {
  const typed = read(table, row, ratioHeader, parseOptionalNumber);
  if (typed !== null) return typed;
  const o = read(table, row, openings, parseOptionalNumber);
  const s = read(table, row, seekers, parseOptionalNumber);
  return o !== null && s !== null && s > 0 ? o / s : null;
}

/** The joint ratio for one period, when every member's counts are given (R-AREA-7). */
function joint(table: SnapshotTable, rows: readonly number[], openings: string, seekers: string): number | null {
  const o = rows.map((row) => read(table, row, openings, parseOptionalNumber));
  const s = rows.map((row) => read(table, row, seekers, parseOptionalNumber));
  if (o.some((value) => value === null) || s.some((value) => value === null)) return null;
  return jointRatio(o as number[], s as number[]);
}

/**
 * The area type from the area sheet with the same core as KOYO.AREATYPE / KOYO.JOINTAREATYPE
 * (R-AREA-1..8), never from the sheet's formula results (the checker trusts input cells only).
 */
export function areaResult(snapshot: WorkbookSnapshot): AreaResult {
  const head = snapshot.tables.get(AREA_TABLES.head);
  const members = snapshot.tables.get(AREA_TABLES.members);
  if (!head || !members) return { kind: "none" };
  const rows = rowsInUse(members);
  if (rows.length === 0) return { kind: "none" };
  try {
    const national = read(head, 0, AREA_HEAD.nationalRatio, parseOptionalNumber);
    if (national === null) {
      return { kind: "problem", table: head, row: 0, header: AREA_HEAD.nationalRatio, message: "全国の有効求人倍率が空欄のため地域類型を判定できません。全国平均の有効求人倍率を入力してください (R-AREA-1)。" };
    }
    const nationalDecline = read(head, 0, AREA_HEAD.nationalDecline, parseOptionalRate);
    const decisions = rows.map((row) => {
      const start = read(members, row, A.popStart, parseOptionalNumber);
      const end = read(members, row, A.popEnd, parseOptionalNumber);
      const popDecline = start !== null && end !== null ? read(members, row, A.popStart, () => populationDecline(start, end)) : null;
      const ratio3y = ratio(members, row, A.ratio3y, A.openings3y, A.seekers3y);
      const ratio1y = ratio(members, row, A.ratio1y, A.openings1y, A.seekers1y);
      if (ratio3y === null && ratio1y === null) {
        throw new CellProblem(members, row, A.ratio3y, "有効求人倍率（3年平均・直近1年）がどちらも空欄です。少なくとも一方を入力してください (R-AREA-2)。");
      }
      return classifyArea({
        ratio3y,
        ratio1y,
        nationalRatio: national,
        popDecline,
        nationalPopDecline: nationalDecline,
        depopulated: read(members, row, A.depopulated, parseOptionalYesNo) ?? false,
      });
    });
    if (decisions.length === 1) {
      return { kind: "typed", type: decisions[0].type, reason: decisions[0].reason, table: members, row: rows[0], header: A.type };
    }
    const result = jointAreaType(
      decisions.map((decision) => decision.type),
      joint(members, rows, A.openings3y, A.seekers3y),
      joint(members, rows, A.openings1y, A.seekers1y),
      national,
    );
    const at = snapshot.tables.get(AREA_TABLES.joint);
    return at
      ? { kind: "typed", ...result, table: at, row: 0, header: AREA_JOINT.type }
      : { kind: "typed", ...result, table: members, row: rows[0], header: A.type };
  } catch (error) {
    if (error instanceof CellProblem) return { kind: "problem", table: error.table, row: error.row, header: error.header, message: error.message };
    if (isKoyoError(error)) return { kind: "problem", table: members, row: rows[0], header: A.openings3y, message: error.message };
    throw error;
  }
}
