/* Worksheet functions for output and outcome counting (RULES section 3). Thin: read records, call the core. */
import { createCountableJudge } from "../core/count/countableCells";
import { judgeLedgerTable } from "../core/count/judgeLedgerTable";
import { LEDGER_COLUMNS } from "../core/count/ledgerColumns";
import { parseScope } from "../core/count/parseScope";
import { outcomeTotal, outputTotal, type JudgedRow } from "../core/count/totals";
import { toCell } from "./shell/cellError";
import { singleCell } from "./shell/matrix";
import { mapRows, readRowTable } from "./shell/records";

const COUNTABLE_HEADERS = ["アウトプット", "アウトカム", "理由"] as const;

/**
 * 実績台帳の各行がアウトプット・アウトカムに計上できるかを判定します。1行につき、アウトプット（○/×）、アウトカム（○/×、成果が空欄なら空欄）、計上できない理由（規則ID付き）の3つを返します (R-COUNT-A1〜A5、BC1〜BC2、X1〜X5、Y1〜Y7、S0〜S1)。
 * @customfunction COUNTABLE
 * @helpurl https://localhost:3000/help.html#COUNTABLE
 * @param records 実績台帳の範囲（1行が1参加者。見出し行を含めても可）。列は メニュー、取組、区分、事業所ID、個人ID、所在・居住、地域内希望、意思確認、学校種別、卒業年次、受講日、成果、成果日、成果地、週所定労働時間、雇用を伴う創業、利用前内定、利用前から在職、定期採用等、伴走型支援 の順。
 * @param [headers] 見出し行（省略可）。指定すると列の順序は自由です。
 * @returns 行ごとに アウトプット、アウトカム、理由 の3列。
 */
export function countable(records: any[][], headers?: any[][]): any[][] {
  // Rows judged alike share one output row: Excel only reads the result.
  return mapRows(records, headers, LEDGER_COLUMNS, COUNTABLE_HEADERS, createCountableJudge);
}

/** The ledger judged row by row; an unreadable row makes the total an error naming its row in the selection. */
function judgedLedger(records: unknown, headers: unknown): JudgedRow[] {
  const table = readRowTable(records, headers, LEDGER_COLUMNS);
  return judgeLedgerTable(table.rows, table.positions, table.headerRowIncluded);
}

/** One total as a 1×1 result. The scope must be one cell. */
function total(count: (rows: readonly JudgedRow[], scope: ReturnType<typeof parseScope>) => number, records: unknown, headers: unknown, scope: unknown): any[][] {
  return [[toCell(() => {
    const parsedScope = parseScope(singleCell(scope, "scope"), "scope");
    return count(judgedLedger(records, headers), parsedScope);
  })]];
}

/**
 * 実績台帳からアウトプット実績を数えます。事業所は1社1回、人は1人1回に重複を除きます (R-COUNT-X1、D-1)。
 * @customfunction OUTPUTTOTAL
 * @helpurl https://localhost:3000/help.html#OUTPUTTOTAL
 * @param records 実績台帳の範囲（KOYO.COUNTABLE と同じ列）。
 * @param [headers] 見出し行（省略可）。
 * @param [scope] メニュー（例: A-1。大文字・小文字は区別しません）、取組（A/B/C または「人材育成の取組」などの名前）、または空欄（A・B・C それぞれの実績の合計）。
 * @returns アウトプット実績の数。読めない行があるときは、その行と列を示すエラー。
 */
export function outputtotal(records: any[][], headers?: any[][], scope?: any[][]): any[][] {
  return total(outputTotal, records, headers, scope);
}

/**
 * 実績台帳からアウトカム実績を数えます。アウトカム○の行の個人IDを重複なく数えます（個人IDが空欄の行は1人として数えます）(D-1)。
 * @customfunction OUTCOMETOTAL
 * @helpurl https://localhost:3000/help.html#OUTCOMETOTAL
 * @param records 実績台帳の範囲（KOYO.COUNTABLE と同じ列）。
 * @param [headers] 見出し行（省略可）。
 * @param [scope] メニュー（例: B-1。大文字・小文字は区別しません）、取組（A/B/C または「人材育成の取組」などの名前）、または空欄（事業全体。同じ人は1回だけ数えます）。
 * @returns アウトカム実績の人数。読めない行があるときは、その行と列を示すエラー。
 */
export function outcometotal(records: any[][], headers?: any[][], scope?: any[][]): any[][] {
  return total(outcomeTotal, records, headers, scope);
}
