/* Worksheet functions for dates (RULES section 10). Thin: parse, call the core, lift. */
import { parseDate } from "../core/dates/parseDate";
import { parseFiscalYearOfDate } from "../core/dates/parseFiscalYearOfDate";
import { formatWareki } from "../core/dates/wareki";
import { parseWarekiStyle } from "../core/dates/warekiStyle";
import { lift } from "./shell/lift";

/**
 * 日付の年度（4月1日〜3月31日）を西暦の年で返します。1〜3月の日付は前年の年度です (R-DATE-1)。令和2年度・R2年度 のような年度の文字列はその年度です (R-DATE-3)。
 * @customfunction FISCALYEAR
 * @helpurl https://localhost:3000/help.html#FISCALYEAR
 * @param date 日付（日付のセル、または 令和6年3月31日、R6.3.31、2024/3/31 などの文字列）、または年度（R2年度、H29年度 など）。セルまたは範囲。
 * @returns 年度（西暦。例: 令和5年度なら 2023）。
 */
export function fiscalYear(date: any[][]): any[][] {
  return lift([["date", date]], (value) => parseFiscalYearOfDate(value, "date"));
}

/**
 * 日付を和暦の文字列にします。long は 令和6年3月31日（1年は元年）、short は R6.3.31、fy は年度 令和6年度 です (R-DATE-2)。
 * @customfunction WAREKI
 * @helpurl https://localhost:3000/help.html#WAREKI
 * @param date 日付（日付のセル、または日付の文字列）。セルまたは範囲。
 * @param [style] 書き方: long（既定）、short、fy（長/短/年度 も可）。
 * @returns 和暦の文字列。
 */
export function wareki(date: any[][], style?: any[][]): any[][] {
  return lift([["date", date], ["style", style]], (value, styleValue) =>
    formatWareki(parseDate(value, "date"), parseWarekiStyle(styleValue, "style")),
  );
}

/**
 * 和暦または西暦で書かれた日付の文字列を日付（シリアル値）にします。ありえない日付（2月30日、令和1年4月30日など）は #VALUE! です (R-DATE-2)。
 * @customfunction DATE
 * @helpurl https://localhost:3000/help.html#DATE
 * @param text 日付の文字列（令和6年3月31日、R6.3.31、R6/3/31、平成32年3月31日、2024/3/31 など）または日付のセル。セルまたは範囲。
 * @returns 日付のシリアル値（セルの表示形式を日付にしてください）。
 */
export function date(text: any[][]): any[][] {
  return lift([["text", text]], (value) => parseDate(value, "text"));
}
