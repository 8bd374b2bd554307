import { normalizeText } from "../../input/text";
import { COUNCIL_COLUMNS, COUNCIL_TABLE } from "../../kit/sheets/council";
import { missingTable, type Finding } from "../finding";
import { findingAt, rowsInUse, textOf, valueAt, type WorkbookSnapshot } from "../snapshot";

/** The two kinds R-PROG-7 requires, with the words staff also write for them. */
const REQUIRED_KINDS: readonly { kind: string; matches: RegExp }[] = [
  { kind: "市町村", matches: /^(?:市町村|市|町|村|区|自治体)$/u },
  { kind: "経済団体", matches: /^(?:経済団体|商工会議所|商工会|経済団体等)$/u },
];

/** R-CHECK-9 (R-PROG-7): the council needs a municipality and a local economic organisation. */
export function checkCouncilMembers(snapshot: WorkbookSnapshot): Finding[] {
  const table = snapshot.tables.get(COUNCIL_TABLE);
  if (!table) {
    return [missingTable("エラー", "R-CHECK-9", "協議会の構成員名簿", COUNCIL_TABLE, "市町村と経済団体を記入してください (R-PROG-7)。")];
  }
  const used = rowsInUse(table);
  const kinds = used.map((row) => normalizeText(textOf(valueAt(table, row, COUNCIL_COLUMNS.kind))));
  // Point at the first spare row, where the missing member would be typed.
  const spare = table.rows.findIndex((_, row) => !used.includes(row));
  return REQUIRED_KINDS.filter(({ matches }) => !kinds.some((kind) => matches.test(kind))).map(({ kind }) =>
    findingAt(
      "エラー",
      "R-CHECK-9",
      `協議会の構成員に「${kind}」がありません。協議会には市町村と地域の経済団体が少なくとも1つずつ必要です。名簿に追加し、種別に「${kind}」を選んでください (R-PROG-7)。`,
      table,
      spare < 0 ? Math.max(0, table.rows.length - 1) : spare,
      COUNCIL_COLUMNS.kind,
    ),
  );
}
