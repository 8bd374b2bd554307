import { badArgument } from "../errors";
import { isBlank, normalizeText } from "../input/text";

/** How KOYO.WAREKI writes a date: 令和6年3月31日, R6.3.31, or the 年度 令和6年度. */
export type WarekiStyle = "long" | "short" | "fy";

const STYLE_EXPECTED = "long（令和6年3月31日）、short（R6.3.31）、fy（令和6年度）のいずれかを入力してください（長/短/年度 も可）。";

/**
 * Decision (FUNCTIONS.md names only long/short/fy): the Japanese words 長, 短 and 年度 are
 * accepted too, for staff who would rather not type English; any case and width. Blank = long.
 */
const STYLES: ReadonlyArray<readonly [WarekiStyle, readonly string[]]> = [
  ["long", ["long", "長"]],
  ["short", ["short", "短"]],
  ["fy", ["fy", "年度"]],
];

export function parseWarekiStyle(value: unknown, argument: string): WarekiStyle {
  if (isBlank(value)) return "long";
  if (typeof value !== "string") throw badArgument(argument, value, STYLE_EXPECTED);
  const word = normalizeText(value).toLowerCase();
  const found = STYLES.find(([, words]) => words.includes(word));
  if (found) return found[0];
  throw badArgument(argument, value, STYLE_EXPECTED);
}
