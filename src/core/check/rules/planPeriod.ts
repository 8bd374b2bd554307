import { parseOptionalFiscalYear } from "../../dates/parseFiscalYear";
import { isKoyoError } from "../../errors";
import { PLAN_PERIOD_ITEMS, PROPOSAL_COLUMNS, PROPOSAL_TABLES } from "../../kit/sheets/proposal";
import type { Finding } from "../finding";
import { findingAt, textOf, valueAt, type SnapshotTable, type WorkbookSnapshot } from "../snapshot";

/** R-PROG-1: a project runs at most 3 fiscal years. */
const MAX_FISCAL_YEARS = 3;

const rowOf = (table: SnapshotTable, item: string): number =>
  table.rows.findIndex((_, row) => textOf(valueAt(table, row, PROPOSAL_COLUMNS.item)) === textOf(item));

/** R-CHECK-13 (R-PROG-1): the plan period, from its start and end 年度 (R-DATE-3), must be ≤ 3 fiscal years. */
export function checkPlanPeriod(snapshot: WorkbookSnapshot): Finding[] {
  const table = snapshot.tables.get(PROPOSAL_TABLES.items);
  if (!table) return [];
  const startRow = rowOf(table, PLAN_PERIOD_ITEMS.start);
  const endRow = rowOf(table, PLAN_PERIOD_ITEMS.end);
  if (startRow < 0 || endRow < 0) return [];
  const years: (number | null)[] = [];
  for (const [row, item] of [[startRow, PLAN_PERIOD_ITEMS.start], [endRow, PLAN_PERIOD_ITEMS.end]] as const) {
    try {
      years.push(parseOptionalFiscalYear(valueAt(table, row, PROPOSAL_COLUMNS.content), item));
    } catch (error) {
      if (!isKoyoError(error)) throw error;
      return [findingAt("警告", "R-CHECK-13", `計画期間を読み取れません。${error.message}`, table, row, PROPOSAL_COLUMNS.content)];
    }
  }
  const [start, end] = years;
  if (start === null || end === null) return [];
  const at = (message: string): Finding[] => [findingAt("エラー", "R-CHECK-13", message, table, endRow, PROPOSAL_COLUMNS.content)];
  if (end < start) return at(`計画期間の終了年度（${end}年度）が開始年度（${start}年度）より前です。終了年度を正しく入力してください (R-PROG-1)。`);
  const span = end - start + 1;
  if (span <= MAX_FISCAL_YEARS) return [];
  return at(`計画期間が ${start}年度〜${end}年度 の ${span}か年度です。事業は最長 ${MAX_FISCAL_YEARS}か年度です。終了年度を ${start + MAX_FISCAL_YEARS - 1}年度 までにしてください (R-PROG-1)。`);
}
