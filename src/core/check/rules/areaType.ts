import { areaResult } from "../areaResult";
import type { Finding } from "../finding";
import { findingAt, type WorkbookSnapshot } from "../snapshot";

/**
 * R-CHECK-11 (情報): the area type computed from the area sheet (R-AREA-1..8); for a
 * 雇用機会不足地域 the core's reason already carries the R-AREA-10 plan duty. A cell that
 * cannot be read is a 警告, since without it the type is unknown.
 */
export function checkAreaType(snapshot: WorkbookSnapshot): Finding[] {
  const result = areaResult(snapshot);
  if (result.kind === "none") return [];
  if (result.kind === "problem") {
    return [findingAt("警告", "R-CHECK-11", `地域類型を判定できません。${result.message}`, result.table, result.row, result.header)];
  }
  return [findingAt("情報", "R-CHECK-11", `地域類型は「${result.type}」です。${result.reason}`, result.table, result.row, result.header)];
}
