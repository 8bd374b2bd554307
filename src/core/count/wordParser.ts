import { badArgument } from "../errors";
import { isBlank, normalizeText } from "../input/text";

/**
 * A parser for a column whose values are a fixed vocabulary: each accepted spelling (compared
 * after NFKC, without spaces) maps to its canonical word. Anything else is an error naming the
 * column and listing the canonical words, never a guess (R-INPUT-5). Returns null for a blank.
 */
export function wordParser<Word extends string>(
  spellings: Readonly<Record<string, Word>>,
  expected: string,
): (value: unknown, column: string) => Word | null {
  const table = new Map(Object.entries(spellings).map(([spelling, word]) => [normalizeText(spelling).replace(/\s+/gu, ""), word]));
  return (value, column) => {
    if (isBlank(value)) return null;
    const word = typeof value === "string" ? table.get(normalizeText(value).replace(/\s+/gu, "")) : undefined;
    if (word === undefined) throw badArgument(column, value, expected);
    return word;
  };
}
