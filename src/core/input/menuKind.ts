import { badArgument } from "../errors";
import { required } from "./required";
import { isBlank, normalizeText } from "./text";

/** 取組 A (employers), B (training job seekers), C (matching). */
export type MenuKind = "A" | "B" | "C";

const MENU_KIND_EXPECTED =
  "A、B、C のいずれか（または「事業所の魅力向上、事業拡大の取組」「人材育成の取組」「就職促進の取組」）を入力してください。";

/** The Japanese names of the three kinds, matched by their distinctive words (R-INPUT-4). */
const NAMED_KINDS: ReadonlyArray<readonly [MenuKind, RegExp]> = [
  ["A", /^(?:事業所の魅力向上|事業拡大)/u],
  ["B", /^人材育成/u],
  ["C", /^就職促進/u],
];

/**
 * R-INPUT-4: A/B/C in any width or case (also "取組A"), or the Japanese names of the kinds.
 * Returns null for a blank.
 */
export function parseOptionalMenuKind(value: unknown, argument: string): MenuKind | null {
  if (isBlank(value)) return null;
  if (typeof value !== "string") throw badArgument(argument, value, MENU_KIND_EXPECTED);
  const text = normalizeText(value).replace(/\s+/gu, "");
  const letter = /^(?:取組)?([abc])$/iu.exec(text);
  if (letter) return letter[1].toUpperCase() as MenuKind;
  const named = NAMED_KINDS.find(([, pattern]) => pattern.test(text));
  if (named) return named[0];
  throw badArgument(argument, value, MENU_KIND_EXPECTED);
}

/** As {@link parseOptionalMenuKind}, but a blank is an error naming the argument. */
export const parseMenuKind = required(parseOptionalMenuKind, MENU_KIND_EXPECTED);
