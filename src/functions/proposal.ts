/* Worksheet functions for proposal text (RULES section 2). Thin: read the text, call the core, lift. */
import { isBlank } from "../core/input/text";
import { seminarWarning } from "../core/seminar/screenSeminar";
import { lift } from "./shell/lift";

/**
 * セミナーの名称・内容に、認められないセミナー（単なるイベント、趣味・教養、料理教室・試食会、観光体験）や特定の企業向けの研修を思わせる語があれば、語と規則IDを示す注意を返します。何もなければ空欄。語句の一致による注意で、判定ではありません (R-PROG-4、R-PROG-5)。
 * @customfunction SEMINARCHECK
 * @helpurl https://localhost:3000/help.html#SEMINARCHECK
 * @param text セミナーの名称や内容の文章。セルまたは範囲。
 * @returns 注意の文章、または空欄。
 */
export function seminarCheck(text: any[][]): any[][] {
  return lift([["text", text]], (cell) => (isBlank(cell) ? "" : seminarWarning(String(cell))));
}
