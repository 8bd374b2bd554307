import { badArgument } from "../errors";
import type { CountScope } from "./totals";
import { parseOptionalId } from "./ledgerId";

/** A, Ａ, a, 取組A: only the letter forms; a menu id such as 人材育成セミナー stays a menu id. */
const KIND_LETTER = /^(?:取組)?\s*([abc])$/iu;

/**
 * The `scope` argument of the totals: blank for the whole project, a kind letter for that
 * kind's menus, anything else a menu id, compared as the ledger's メニュー column is read.
 */
export function parseScope(value: unknown, argument: string): CountScope {
  if (typeof value === "boolean") throw badArgument(argument, value, "メニュー（例: A-1）、A/B/C、または空欄（事業全体）を指定してください。");
  const id = parseOptionalId(value, argument);
  if (id === null) return null;
  const letter = KIND_LETTER.exec(id);
  return letter ? letter[1].toUpperCase() : id;
}
