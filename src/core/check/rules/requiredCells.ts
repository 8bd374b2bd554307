import { isBlank } from "../../input/text";
import { FRAMEWORK_HEAD, FRAMEWORK_TABLES } from "../../kit/sheets/framework";
import { PROPOSAL_COLUMNS, PROPOSAL_TABLES } from "../../kit/sheets/proposal";
import type { Finding } from "../finding";
import { findingAt, rowsInUse, textOf, valueAt, type SnapshotTable, type WorkbookSnapshot } from "../snapshot";

const FRAMEWORK_BODIES = [FRAMEWORK_TABLES.a, FRAMEWORK_TABLES.b, FRAMEWORK_TABLES.c1, FRAMEWORK_TABLES.c2];

const headerText = (table: SnapshotTable, column: number): string => textOf(table.header[column] ?? null);

/**
 * In a started row, every cell left of the last filled one is required: the tables are filled
 * from the left column (R-PROG-10), so a gap means a skipped step.
 */
function gapsInRows(table: SnapshotTable): Finding[] {
  return rowsInUse(table).flatMap((row) => {
    const cells = table.rows[row];
    const last = cells.reduce<number>((found, cell, index) => (isBlank(cell) ? found : index), -1);
    return cells.slice(0, last).flatMap((cell, column) => {
      if (!isBlank(cell)) return [];
      const header = headerText(table, column);
      return [findingAt("警告", "R-CHECK-10", `「${header}」が空欄です。表は左の列から順に記入します。「${header}」を記入してください (R-PROG-10)。`, table, row, header)];
    });
  });
}

/** R-CHECK-10: required cells of the proposal (every item's 内容) and the framework (head figures, left columns first). */
export function checkRequiredCells(snapshot: WorkbookSnapshot): Finding[] {
  const findings: Finding[] = [];
  const proposal = snapshot.tables.get(PROPOSAL_TABLES.items);
  if (proposal) {
    proposal.rows.forEach((_, row) => {
      const item = textOf(valueAt(proposal, row, PROPOSAL_COLUMNS.item));
      if (item === "" || !isBlank(valueAt(proposal, row, PROPOSAL_COLUMNS.content))) return;
      findings.push(findingAt("警告", "R-CHECK-10", `提案書の「${item}」が空欄です。内容を記入してください (R-PROP-1)。`, proposal, row, PROPOSAL_COLUMNS.content));
    });
  }
  const head = snapshot.tables.get(FRAMEWORK_TABLES.head);
  if (head) {
    for (const header of Object.values(FRAMEWORK_HEAD)) {
      if (isBlank(valueAt(head, 0, header))) {
        findings.push(findingAt("警告", "R-CHECK-10", `フレームワークの「${header}」が空欄です。記入してください (R-FW-A, R-FW-B)。`, head, 0, header));
      }
    }
  }
  for (const name of FRAMEWORK_BODIES) {
    const table = snapshot.tables.get(name);
    if (table) findings.push(...gapsInRows(table));
  }
  return findings;
}
