import { badArgument, isKoyoError } from "../errors";
import { parseOptionalMenuKind, type MenuKind } from "../input/menuKind";
import { parseOptionalMenuId } from "./menuId";
import type { CountScope } from "./totals";

/** The kind R-INPUT-4 reads `text` as (A, ｂ, 取組C, 人材育成の取組 …), or null when it names no kind. */
function kindNamed(text: string, argument: string): MenuKind | null {
  try {
    return parseOptionalMenuKind(text, argument);
  } catch (thrown) {
    if (isKoyoError(thrown)) return null;
    throw thrown;
  }
}

/**
 * The `scope` argument of the totals: blank for the whole project, a kind as the 取組 column
 * reads it (R-INPUT-4: letter or Japanese name) for that kind's menus, anything else a menu id
 * read as the メニュー column is (parseOptionalMenuId: b-1 is B-1).
 * Decided: a kind wins, so a menu whose id starts with a kind's name (人材育成セミナー) is that
 * kind here, as it would be in the 取組 column; menus are named like A-1 (FUNCTIONS.md).
 */
export function parseScope(value: unknown, argument: string): CountScope {
  if (typeof value === "boolean") throw badArgument(argument, value, "メニュー（例: A-1）、A/B/C、または空欄（事業全体）を指定してください。");
  const id = parseOptionalMenuId(value, argument);
  if (id === null) return null;
  return kindNamed(id, argument) ?? id;
}
