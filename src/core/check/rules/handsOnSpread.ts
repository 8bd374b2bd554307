import { FRAMEWORK_COLUMNS, FRAMEWORK_TABLES } from "../../kit/sheets/framework";
import type { Finding } from "../finding";
import { findingAt, rowsInUse, textOf, type WorkbookSnapshot } from "../snapshot";

/**
 * Table A has no 取組 column (its columns are exactly R-FW-A's), so 取組2 and 取組3 are
 * recognised by the seed's own words. Decided: 伴走 marks 伴走型支援 (取組2); 好事例, 横展開,
 * ノウハウ or 取組3 mark the spreading of good practices (取組3).
 */
const HANDS_ON = /伴走|取組\s*2/u;
const SPREADING = /好事例|横展開|ノウハウ|取組\s*3/u;

/** R-CHECK-2 (R-PROG-2): 伴走型支援 is planned, so 取組3 (spreading its good practices) must be too. */
export function checkHandsOnSpread(snapshot: WorkbookSnapshot): Finding[] {
  const table = snapshot.tables.get(FRAMEWORK_TABLES.a);
  if (!table) return [];
  const rowText = (row: number): string => table.rows[row].map(textOf).join(" ");
  const rows = rowsInUse(table);
  const handsOn = rows.find((row) => HANDS_ON.test(rowText(row)));
  if (handsOn === undefined || rows.some((row) => SPREADING.test(rowText(row)))) return [];
  return [
    findingAt(
      "エラー",
      "R-CHECK-2",
      "表A に伴走型支援（取組2）がありますが、その好事例・ノウハウを地域の事業所へ展開する取組（取組3）がありません。取組2を行う場合は取組3が必須です。表A に取組3（好事例の横展開）の行を追加してください (R-PROG-2)。",
      table,
      handsOn,
      FRAMEWORK_COLUMNS.seminar,
    ),
  ];
}
