import { costCheck } from "../../cost/costCheck";
import { MAX_COST_PER_OUTCOME } from "../../cost/rules";
import { isKoyoError } from "../../errors";
import { parseOptionalNumber } from "../../input/number";
import { COST_COLUMNS, COST_SUMMARY, COST_TABLES } from "../../kit/sheets/cost";
import type { Finding } from "../finding";
import { frameworkMenus, hasGoals } from "../frameworkMenus";
import { findingAt, rowsInUse, valueAt, type SnapshotTable, type WorkbookSnapshot } from "../snapshot";

const yen = (value: number): string => `${Math.round(value).toLocaleString("ja-JP")}円`;

/** Sum of the cost lines; an unreadable amount is reported instead of being guessed. */
function totalCost(table: SnapshotTable): { total: number; errors: Finding[] } {
  let total = 0;
  const errors: Finding[] = [];
  for (const row of rowsInUse(table)) {
    try {
      total += parseOptionalNumber(valueAt(table, row, COST_COLUMNS.amount), COST_COLUMNS.amount) ?? 0;
    } catch (error) {
      if (!isKoyoError(error)) throw error;
      errors.push(findingAt("エラー", "R-CHECK-8", `経費の金額を読み取れません。${error.message}`, table, row, COST_COLUMNS.amount));
    }
  }
  return { total, errors };
}

/**
 * Decided: the outcomes are the framework's outcome targets (A, B, C), summed; only when the
 * framework has none is the number typed on the cost sheet used.
 */
function outcomeTargets(snapshot: WorkbookSnapshot, summary: SnapshotTable | undefined): number {
  const fromFramework = frameworkMenus(snapshot).reduce(
    (sum, menu) => sum + (hasGoals(menu.goals) && menu.goals.outcome !== null && menu.goals.outcome > 0 ? menu.goals.outcome : 0),
    0,
  );
  if (fromFramework > 0 || !summary) return fromFramework;
  try {
    return parseOptionalNumber(valueAt(summary, 0, COST_SUMMARY.outcomes), COST_SUMMARY.outcomes) ?? 0;
  } catch (error) {
    if (isKoyoError(error)) return 0;
    throw error;
  }
}

/**
 * R-CHECK-8 (R-COST-1): total cost ÷ outcome targets above ¥1,000,000 disqualifies the proposal.
 * R-COST-2: a passing cost is still reported (情報), since higher cost-effectiveness rates better.
 */
export function checkCostPerOutcome(snapshot: WorkbookSnapshot): Finding[] {
  const lines = snapshot.tables.get(COST_TABLES.lines);
  if (!lines) return [];
  const { total, errors } = totalCost(lines);
  if (errors.length > 0 || total <= 0) return errors;
  const summary = snapshot.tables.get(COST_TABLES.summary);
  const outcomes = outcomeTargets(snapshot, summary);
  const where = summary ? { table: summary, header: COST_SUMMARY.total } : { table: lines, header: COST_COLUMNS.amount };
  const figures =
    outcomes > 0
      ? `総事業費 ${yen(total)} ÷ アウトカム目標 ${outcomes}人 = 1人当たり ${yen(total / outcomes)} で`
      : `総事業費 ${yen(total)} に対してアウトカム目標が 0人 のため`;
  const [severity, message] =
    costCheck(total, outcomes) === "適合"
      ? (["情報", `${figures}、上限 ${yen(MAX_COST_PER_OUTCOME)} 以内です。1人当たりの経費が低い（費用対効果が高い）ほど評価は高くなります (R-COST-1, R-COST-2)。`] as const)
      : (["エラー", `${figures}、上限 ${yen(MAX_COST_PER_OUTCOME)} を超えるため失格になります。経費を減らすか、アウトカム目標を見直してください (R-COST-1)。`] as const);
  return [findingAt(severity, "R-CHECK-8", message, where.table, 0, where.header)];
}
