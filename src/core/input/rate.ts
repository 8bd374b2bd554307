import { badArgument } from "../errors";
import { required } from "./required";
import { parseOptionalNumber } from "./number";
import { isBlank, normalizeText } from "./text";

const RATE_EXPECTED = "割合を 0.85 または 85% の形で入力してください。";

/**
 * Reads a rate as a fraction (R-INPUT-2): Excel's 85% arrives as 0.85, text "85%" or "８５％"
 * reads as 0.85. A plain number above 1 is refused rather than read as 8,500 %: the message
 * says to type 85% or 0.85. Text that says % may exceed 100 % (a population that grew, say).
 * Returns null for a blank.
 */
export function parseOptionalRate(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  const number = parseOptionalNumber(value, argument);
  if (number === null) return null;
  const saidPercent = typeof value === "string" && normalizeText(value).endsWith("%");
  if (!saidPercent && number > 1) {
    // 1.1 / 100 is 0.011000000000000001 in floating point; the message must show 0.011.
    const asFraction = Number((number / 100).toPrecision(15));
    throw badArgument(
      argument,
      value,
      `割合は 1 以下の小数で入力します。${number}% の意味なら「${number}%」、または ${asFraction} と入力してください。`,
    );
  }
  return number;
}

/** As {@link parseOptionalRate}, but a blank is an error naming the argument. */
export const parseRate = required(parseOptionalRate, RATE_EXPECTED);
