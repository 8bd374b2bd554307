import { badArgument } from "../errors";
import { isBlank, normalizeText } from "../input/text";

/** Printable ASCII without spaces at either end: NFKC leaves it unchanged, so it needs no normalizing. */
const PLAIN_ASCII = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/u;

/**
 * An identifier cell (メニュー, 事業所ID, 個人ID) as the text dedup compares: a number as its
 * digits, text after NFKC and trimming, so Ａ－１ and A-1 are one menu. Most ids are plain
 * ASCII and skip NFKC: ids are unique per row, so memoizing would not help them.
 * Returns null for a blank.
 */
export function parseOptionalId(value: unknown, column: string): string | null {
  if (!isIdCell(value)) throw badArgument(column, value, "識別に使う文字または番号を入力してください。");
  if (typeof value === "string" && PLAIN_ASCII.test(value)) return value;
  if (isBlank(value)) return null;
  return typeof value === "number" ? String(value) : normalizeText(value as string);
}

/**
 * Whether parseOptionalId reads a cell rather than refusing it: text, a finite number or an
 * empty cell. COUNTABLE, which needs no ids, checks only this.
 */
export function isIdCell(value: unknown): boolean {
  return value === null || value === undefined || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}
