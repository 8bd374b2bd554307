import { badArgument } from "../errors";
import { parseOptionalNumber } from "./number";
import { required } from "./required";

const RATIO_EXPECTED = "0 以上の倍率を入力してください（例: 0.85、1.23倍、１．２３）。";

/**
 * An effective job-opening ratio (有効求人倍率): a number ≥ 0, typed as 0.85, "1.23倍" or with
 * full-width digits (R-INPUT-1). Returns null for a blank.
 */
export function parseOptionalRatio(value: unknown, argument: string): number | null {
  const ratio = parseOptionalNumber(value, argument);
  if (ratio !== null && ratio < 0) throw badArgument(argument, value, RATIO_EXPECTED);
  return ratio;
}

/** As {@link parseOptionalRatio}, but a blank is an error naming the argument. */
export const parseRatio = required(parseOptionalRatio, RATIO_EXPECTED);
