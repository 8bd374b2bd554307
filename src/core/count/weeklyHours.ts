import { badArgument } from "../errors";
import { isBlank, normalizeText } from "../input/text";

const HOURS_EXPECTED = "週の所定労働時間を 0 以上の時間数で入力してください（例: 20、20時間、週20時間）。";

/**
 * Hours as staff write them (R-INPUT-1): 20, 20時間, 20h, 週20時間, 20時間/週, in any width.
 * Decided: only these forms, not every unit R-INPUT-1 allows (20人 and 20千円 are not hours).
 */
const HOURS_PATTERN = /^週?(\d+(?:\.\d+)?)(?:時間|h)?(?:\/週)?$/iu;

/**
 * 週所定労働時間 (R-COUNT-Y6 compares it with 20): a number of hours a week, 0 or more.
 * "20%" is refused by name: a rate typed into the hours column is a mistake, not 0.2 hours.
 * Returns null for a blank (R-INPUT-6).
 */
export function parseOptionalWeeklyHours(value: unknown, column: string): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return value;
    throw badArgument(column, value, HOURS_EXPECTED);
  }
  if (typeof value !== "string") throw badArgument(column, value, HOURS_EXPECTED);
  const text = normalizeText(value).replace(/\s+/gu, "");
  if (text.includes("%")) throw badArgument(column, value, `「%」は割合です。${HOURS_EXPECTED}`);
  const match = HOURS_PATTERN.exec(text);
  if (match === null) throw badArgument(column, value, HOURS_EXPECTED);
  return Number(match[1]);
}
