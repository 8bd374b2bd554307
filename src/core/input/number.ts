import { badArgument } from "../errors";
import { required } from "./required";
import { isBlank, normalizeText } from "./text";

/** Money and count multipliers written before a unit (R-INPUT-1: 10,072千円 = 10,072,000 円). */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ["百万", 1_000_000],
  ["千", 1_000],
  ["万", 10_000],
  ["億", 100_000_000],
];

/**
 * Unit words that may follow a number and do not change it. A unit outside this list is an
 * error rather than a guess (R-INPUT-5). "/人" compounds such as 千円/人 are accepted too.
 */
const UNITS = [
  "円", "人", "名", "社", "件", "倍", "時間", "泊", "回", "者", "事業所", "箇所", "か所", "ヶ所", "所",
  "日", "年", "歳", "点", "ポイント", "pt", "h", "yen",
];

const NUMBER_EXPECTED =
  "数値を入力してください（例: 1.23、１，２３４、409人、10,072千円、85%）。";

/** Splits a leading number from its suffix; NFKC has already made the digits ASCII. */
const NUMBER_PATTERN = /^([+\-−▲△]?)\s*[¥\\$]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(.*)$/u;

function unitScale(suffix: string): number | undefined {
  let rest = suffix.replace(/\s+/gu, "");
  let scale = 1;
  if (rest.endsWith("%")) {
    return rest === "%" ? 0.01 : undefined;
  }
  for (const [word, factor] of MULTIPLIERS) {
    if (rest.startsWith(word)) {
      scale = factor;
      rest = rest.slice(word.length);
      break;
    }
  }
  const perIndex = rest.indexOf("/");
  const unit = perIndex >= 0 ? rest.slice(0, perIndex) : rest;
  const per = perIndex >= 0 ? rest.slice(perIndex + 1) : "";
  const known = (word: string): boolean => word === "" || UNITS.includes(word.toLowerCase());
  if (perIndex >= 0 && (unit === "" || per === "" || !UNITS.includes(per))) return undefined;
  return known(unit) ? scale : undefined;
}

/**
 * Reads a number as staff type it (R-INPUT-1): a number cell, or text with full-width digits,
 * thousands separators, a currency sign, a unit (409人, 1.23倍, 3時間) or a money unit that
 * scales it (千円 ×1,000, 万円 ×10,000, 億円 ×100,000,000). "85%" reads as 0.85, as in Excel.
 * ▲ and △ are read as minus signs, the way Japanese budgets write negatives.
 * Returns null for a blank (R-INPUT-6); the caller decides whether blank is allowed.
 */
export function parseOptionalNumber(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw badArgument(argument, value, NUMBER_EXPECTED);
  }
  if (typeof value !== "string") throw badArgument(argument, value, NUMBER_EXPECTED);
  const text = normalizeText(value);
  const match = NUMBER_PATTERN.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    throw badArgument(argument, value, NUMBER_EXPECTED);
  }
  const [, sign, whole = "0", fraction = "", suffix = ""] = match;
  const scale = unitScale(suffix);
  if (scale === undefined) throw badArgument(argument, value, NUMBER_EXPECTED);
  const magnitude = Number(whole.replace(/,/gu, "") + fraction);
  const signed = sign === "" || sign === "+" ? magnitude : -magnitude;
  const result = scale === 1 ? signed : signed * scale;
  if (!Number.isFinite(result)) throw badArgument(argument, value, NUMBER_EXPECTED);
  // A scaled decimal such as 1.1千円 would otherwise read 1100.0000000000002.
  return scale === 1 ? result : Number(result.toPrecision(15));
}

/** As {@link parseOptionalNumber}, but a blank is an error naming the argument. */
export const parseNumber = required(parseOptionalNumber, NUMBER_EXPECTED);
