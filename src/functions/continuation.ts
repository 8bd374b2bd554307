/* Worksheet functions for continuation verdicts (RULES section 4). Thin: read the menu table, call the core. */
import { cutoffDate } from "../core/continuation/cutoff";
import { MENU_COLUMNS, type MenuKey } from "../core/continuation/menuColumns";
import { readMenuTable, type MenuTable } from "../core/continuation/menuTable";
import { parseEvaluationYear } from "../core/continuation/parseEvaluationYear";
import { rowVerdicts } from "../core/continuation/rowVerdicts";
import { tableVerdict } from "../core/continuation/tableVerdict";
import { parseFiscalYear } from "../core/dates/parseFiscalYear";
import { toCell, toCellError } from "./shell/cellError";
import { singleCell, type CellOutput } from "./shell/matrix";
import { lift } from "./shell/lift";
import { readRecords } from "./shell/records";

const CONTINUATION_HEADERS = ["判定", "理由"] as const;

/** Reads every argument; the table-wide ones (headers, year, first_fiscal_year) throw. */
function readArguments(year: unknown, menus: unknown, headers: unknown, firstFiscalYear: unknown): MenuTable & { readonly headerRowIncluded: boolean } {
  const table = readRecords<MenuKey>(menus, headers, MENU_COLUMNS, "menus");
  const read = readMenuTable(singleCell(year, "year"), singleCell(firstFiscalYear, "first_fiscal_year"), table.records);
  return { ...read, headerRowIncluded: table.headerRowIncluded };
}

/**
 * 個別メニューごとに、翌年度の事業継続の可否を判定します。1行につき 判定 と 理由（達成率と規則ID）の2列を返します。50%未満のメニューの割合は表全体で数えます (R-CONT-1〜R-CONT-6)。
 * @customfunction CONTINUATION
 * @helpurl https://localhost:3000/help.html#CONTINUATION
 * @param year 事業の何年度目の判定か（1、2 または 3）。3年度目はすべて「評価対象外」。
 * @param menus メニュー表の範囲（1行が1メニュー。見出し行を含めても可）。列は メニュー、取組、アウトプット目標、アウトプット実績、満足度、アウトカム目標、アウトカム実績、実施日 の順。
 * @param [headers] 見出し行（省略可）。指定すると列の順序は自由です。
 * @param [first_fiscal_year] 事業1年度目の年度（例: 2024、令和6年度）。指定すると実施日により基準日後のメニューを判定から外します (R-CONT-6)。
 * @returns メニューごとに 判定（継続、改善計画（メニュー）、改善計画（事業全体）、継続不可（メニュー廃止）、事業廃止、評価対象外）と理由の2列。
 */
export function continuation(year: any[][], menus: any[][], headers?: any[][], first_fiscal_year?: any[][]): any[][] {
  let table: ReturnType<typeof readArguments>;
  try {
    table = readArguments(year, menus, headers, first_fiscal_year);
  } catch (thrown) {
    return [[toCellError(thrown)]];
  }
  const output: CellOutput[][] = table.headerRowIncluded ? [[...CONTINUATION_HEADERS]] : [];
  for (const row of rowVerdicts(table)) {
    if (row.kind === "blank") output.push(["", ""]);
    else if (row.kind === "error") {
      const error = toCellError(row.error);
      output.push([error, error]);
    } else output.push([row.verdict.verdict, row.verdict.reason]);
  }
  return output.length > 0 ? output : [["", ""]];
}

/**
 * メニュー表から事業全体の継続可否を1つ返します。事業廃止 > 改善計画（事業全体） > 改善計画（メニュー） > 継続 の順に、当てはまる最初のものです。判定したメニューがなければ 評価対象外 (R-CONT-4)。
 * @customfunction PROJECTVERDICT
 * @helpurl https://localhost:3000/help.html#PROJECTVERDICT
 * @param year 事業の何年度目の判定か（1、2 または 3）。
 * @param menus メニュー表の範囲（KOYO.CONTINUATION と同じ列）。
 * @param [headers] 見出し行（省略可）。
 * @param [first_fiscal_year] 事業1年度目の年度（例: 2024、令和6年度）。指定すると R-CONT-6 を適用します。
 * @returns 事業全体の判定。読めない行があるときは、その行を示すエラー。
 */
export function projectVerdict(year: any[][], menus: any[][], headers?: any[][], first_fiscal_year?: any[][]): any[][] {
  return [[toCell(() => {
    const table = readArguments(year, menus, headers, first_fiscal_year);
    return tableVerdict(table, table.headerRowIncluded ? 2 : 1);
  })]];
}

/**
 * 継続可否の判断に使う実績の基準日を返します。1年度目は2月末、2年度目は1月末です（うるう年も考慮）(R-CONT-6)。
 * @customfunction CUTOFF
 * @helpurl https://localhost:3000/help.html#CUTOFF
 * @param year 事業の何年度目か（1 または 2）。セルまたは範囲。
 * @param first_fiscal_year 事業1年度目の年度（例: 2024、令和6年度、R6年度）。セルまたは範囲。
 * @returns 基準日（日付のシリアル値）。日付の表示形式を設定してください。
 */
export function cutoff(year: any[][], first_fiscal_year: any[][]): any[][] {
  return lift([["year", year], ["first_fiscal_year", first_fiscal_year]], (yearCell, fiscalYearCell) =>
    cutoffDate(parseEvaluationYear(yearCell, "year", [1, 2] as const), parseFiscalYear(fiscalYearCell, "first_fiscal_year")),
  );
}
