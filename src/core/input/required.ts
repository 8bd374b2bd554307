import { missingArgument } from "../errors";

type OptionalParser<T> = (value: unknown, argument: string) => T | null;

/**
 * Turns a parser that answers null for a blank into one for a required argument, whose
 * blank is an error naming the argument and saying what to type (R-INPUT-5, R-INPUT-6).
 */
export function required<T>(parse: OptionalParser<T>, expected: string): (value: unknown, argument: string) => T {
  return (value, argument) => {
    const result = parse(value, argument);
    if (result === null) throw missingArgument(argument, expected);
    return result;
  };
}
