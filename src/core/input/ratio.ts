import { nonNegativeNumber } from "./nonNegative";
import { required } from "./required";

const RATIO_EXPECTED = "0 以上の倍率を入力してください（例: 0.85、1.23倍、１．２３）。";

/**
 * An effective job-opening ratio (有効求人倍率): a number ≥ 0, typed as 0.85, "1.23倍" or with
 * full-width digits (R-INPUT-1). Returns null for a blank.
 */
export const parseOptionalRatio = nonNegativeNumber(RATIO_EXPECTED);

/** As {@link parseOptionalRatio}, but a blank is an error naming the argument. */
export const parseRatio = required(parseOptionalRatio, RATIO_EXPECTED);
