import { isBlank } from "../../input/text";
import { FRAMEWORK_COLUMNS, FRAMEWORK_TABLES } from "../../kit/sheets/framework";
import { missingTable, type Finding } from "../finding";
import { findingAt, rowsInUse, valueAt, type WorkbookSnapshot } from "../snapshot";

/**
 * R-CHECK-1 (R-PROG-2): table A must hold at least one seminar, because A's 取組1 is
 * mandatory. A row counts when its セミナー（名称・内容・回数・講師） cell is filled.
 */
export function checkSeminarMenu(snapshot: WorkbookSnapshot): Finding[] {
  const table = snapshot.tables.get(FRAMEWORK_TABLES.a);
  const seminar = FRAMEWORK_COLUMNS.seminar;
  if (!table) {
    return [missingTable("エラー", "R-CHECK-1", "フレームワークの表A", FRAMEWORK_TABLES.a, `「${seminar}」欄に A のセミナーを記入してください (R-PROG-2)。`)];
  }
  if (rowsInUse(table).some((row) => !isBlank(valueAt(table, row, seminar)))) return [];
  return [
    findingAt(
      "エラー",
      "R-CHECK-1",
      `表A にセミナーがありません。A の取組1（新分野進出等のセミナー）は必須です。「${seminar}」欄に名称・内容・回数・講師を記入してください (R-PROG-2)。`,
      table,
      0,
      seminar,
    ),
  ];
}
