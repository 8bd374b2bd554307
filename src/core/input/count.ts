import { nonNegativeNumber } from "./nonNegative";
import { required } from "./required";

const COUNT_EXPECTED = "0 以上の数を入力してください（例: 12、1,234人、１０社）。";

/**
 * A count or an amount that cannot be negative: persons, establishments, populations, yen
 * (R-INPUT-1 forms such as 409人, １０社, 10,072千円). Returns null for a blank (R-INPUT-6).
 */
export const parseOptionalCount = nonNegativeNumber(COUNT_EXPECTED);

/** As {@link parseOptionalCount}, but a blank is an error naming the argument. */
export const parseCount = required(parseOptionalCount, COUNT_EXPECTED);
