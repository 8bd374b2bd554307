import { badArgument } from "../errors";
import { required } from "../input/required";
import { isBlank, normalizeText } from "../input/text";
import type { AreaType } from "./areaType";

const AREA_TYPE_EXPECTED = "雇用機会不足地域（不足）、過疎等地域（過疎）、非該当 のいずれかを入力してください。";

/**
 * The words for each member type (R-AREA-8). The seed's joint table writes 不足地域 and
 * 過疎地域 for short; "該当なし" is how staff often write 非該当.
 */
const WORDS: ReadonlyArray<readonly [AreaType, readonly string[]]> = [
  ["雇用機会不足地域", ["雇用機会不足地域", "雇用機会不足", "不足地域", "不足"]],
  ["過疎等地域", ["過疎等地域", "過疎地域", "過疎等", "過疎"]],
  ["非該当", ["非該当", "該当なし"]],
];

/** R-AREA-8: one member's type as typed in a cell. Returns null for a blank (R-INPUT-6). */
export function parseOptionalAreaType(value: unknown, argument: string): AreaType | null {
  if (isBlank(value)) return null;
  if (typeof value !== "string") throw badArgument(argument, value, AREA_TYPE_EXPECTED);
  // The seed itself breaks 不足地域 over two lines, so inner spaces and line breaks are dropped.
  const word = normalizeText(value).replace(/\s+/gu, "");
  const found = WORDS.find(([, words]) => words.includes(word));
  if (found) return found[0];
  throw badArgument(argument, value, AREA_TYPE_EXPECTED);
}

/** As {@link parseOptionalAreaType}, but a blank is an error naming the argument. */
export const parseAreaType = required(parseOptionalAreaType, AREA_TYPE_EXPECTED);
