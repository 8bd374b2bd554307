import { badArgument } from "../errors";
import { required } from "./required";
import { isBlank, normalizeText } from "./text";

const YES = new Set(["true", "1", "○", "〇", "◯", "はい", "有", "有り", "あり", "該当", "y", "yes"]);
const NO = new Set(["false", "0", "×", "✕", "✖", "x", "いいえ", "無", "無し", "なし", "非該当", "n", "no"]);

const YES_NO_EXPECTED = "はい/いいえ、○/×、TRUE/FALSE、1/0、有/無、あり/なし、該当/非該当、Y/N のいずれかを入力してください。";

/**
 * R-INPUT-3: yes/no as TRUE/FALSE, 1/0, ○/×, はい/いいえ, 有/無, あり/なし, 該当/非該当, Y/N,
 * yes/no, in any case and full- or half-width. Returns null for a blank (R-INPUT-6).
 */
export function parseOptionalYesNo(value: unknown, argument: string): boolean | null {
  if (isBlank(value)) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1) return true;
    if (value === 0) return false;
    throw badArgument(argument, value, YES_NO_EXPECTED);
  }
  if (typeof value !== "string") throw badArgument(argument, value, YES_NO_EXPECTED);
  const word = normalizeText(value).toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  throw badArgument(argument, value, YES_NO_EXPECTED);
}

/** As {@link parseOptionalYesNo}, but a blank is an error naming the argument. */
export const parseYesNo = required(parseOptionalYesNo, YES_NO_EXPECTED);
