import { badArgument } from "../errors";
import { parseOptionalNumber } from "./number";

/**
 * A reader for a number that cannot be negative (a count, an amount, a ratio): the R-INPUT-1
 * forms, with a negative figure refused as a typing mistake naming the argument (R-INPUT-5).
 * `expected` says what to type instead. Returns null for a blank (R-INPUT-6).
 */
export function nonNegativeNumber(expected: string): (value: unknown, argument: string) => number | null {
  return (value, argument) => {
    const number = parseOptionalNumber(value, argument);
    if (number !== null && number < 0) throw badArgument(argument, value, expected);
    return number;
  };
}
