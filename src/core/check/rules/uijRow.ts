import { FRAMEWORK_COLUMNS, FRAMEWORK_TABLES } from "../../kit/sheets/framework";
import { areaResult } from "../areaResult";
import type { Finding } from "../finding";
import { findingAt, rowsInUse, type WorkbookSnapshot } from "../snapshot";

/** R-CHECK-12 (R-PROG-11): a 過疎等地域 project centres on UIJ-turn applicants, so C(UIJ) should have a row. */
export function checkUijRow(snapshot: WorkbookSnapshot): Finding[] {
  const result = areaResult(snapshot);
  const table = snapshot.tables.get(FRAMEWORK_TABLES.c2);
  if (result.kind !== "typed" || result.type !== "過疎等地域" || !table || rowsInUse(table).length > 0) return [];
  return [
    findingAt(
      "警告",
      "R-CHECK-12",
      "過疎等地域の事業ですが、表C の「ＵＩＪターン就職希望者対象」に取組がありません。過疎等地域ではＵＩＪターン者の呼び込みや新卒者の地元定着が中心になります。取組を記入してください (R-PROG-11)。",
      table,
      0,
      FRAMEWORK_COLUMNS.needsC2,
    ),
  ];
}
