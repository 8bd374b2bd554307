/* Worksheet functions for KPI plans and result reports (RULES section 9). Thin: parse, call the core. */
import { KoyoError } from "../core/errors";
import { parseNumber } from "../core/input/number";
import { isBlank } from "../core/input/text";
import { incrementsOf } from "../core/kpi/incrementsOf";
import { kpiCheck as checkKpi } from "../core/kpi/kpiCheck";
import { kpiProgress as progressOf } from "../core/kpi/kpiProgress";
import { kpiTotal as totalOf } from "../core/kpi/kpiTotal";
import { toCell, toCellError } from "./shell/cellError";
import { asMatrix, type CellOutput } from "./shell/matrix";
import { lift } from "./shell/lift";

/**
 * 基準値・目標値・最新値から KPI の進捗率（割合）を返します。(最新値 − 基準値) ÷ (目標値 − 基準値)。マイナスや 100% 超もそのまま返します (R-KPI-2)。
 * @customfunction KPIPROGRESS
 * @helpurl https://localhost:3000/help.html#KPIPROGRESS
 * @param baseline 基準値。セルまたは範囲。
 * @param target 目標値。セルまたは範囲。基準値と同じなら #DIV/0!。
 * @param latest 最新値。セルまたは範囲。
 * @returns 進捗率（割合。表示形式をパーセントにしてください）。
 */
export function kpiProgress(baseline: any[][], target: any[][], latest: any[][]): any[][] {
  return lift([["baseline", baseline], ["target", target], ["latest", latest]], (base, goal, last) =>
    progressOf(parseNumber(base, "baseline"), parseNumber(goal, "target"), parseNumber(last, "latest")),
  );
}

/**
 * 年度ごとの KPI 増加分を行ごとに合計します（KPI 増加分の累計）(R-KPI-1)。空欄のセルは足しません。
 * @customfunction KPITOTAL
 * @helpurl https://localhost:3000/help.html#KPITOTAL
 * @param increments 増加分の範囲（1行が1つの KPI、列が1年目・2年目・3年目）。
 * @returns 行ごとの合計（1列）。すべて空欄の行は空欄。
 */
export function kpiTotal(increments: any[][]): any[][] {
  return asMatrix(increments).map((row) => [toCell(() => {
    const values = incrementsOf(row);
    return values === null ? "" : totalOf(values);
  })]);
}

/**
 * 行ごとに、KPI 増加分の累計が年度ごとの増加分の合計と一致するかを確かめます。「一致」、または「不一致（合計 41）」のように計算した合計を返します (R-KPI-1)。
 * @customfunction KPICHECK
 * @helpurl https://localhost:3000/help.html#KPICHECK
 * @param increments 増加分の範囲（1行が1つの KPI、列が1年目・2年目・3年目）。
 * @param cumulative 記入された累計の範囲（1列、increments と同じ行数。1つのセルも可）。
 * @returns 行ごとに 一致 または 不一致（合計 …）（1列）。
 */
export function kpiCheck(increments: any[][], cumulative: any[][]): any[][] {
  const rows = asMatrix(increments);
  const totals = asMatrix(cumulative);
  const single = totals.length === 1 && totals[0].length === 1;
  if (!single && (totals.some((row) => row.length !== 1) || totals.length !== rows.length)) {
    return [[toCellError(new KoyoError(
      "#VALUE!",
      `引数「cumulative」は1列で、increments と同じ ${rows.length} 行にしてください（いまは ${totals.length} 行）。`,
    ))]];
  }
  return rows.map((row, index): CellOutput[] => [toCell(() => {
    const written = single ? totals[0][0] : totals[index][0];
    const values = incrementsOf(row);
    if (values === null && isBlank(written)) return "";
    return checkKpi(values ?? [], parseNumber(written, "cumulative"));
  })]);
}
