import { badArgument, missingArgument } from "../errors";
import { isBlank, normalizeText } from "../input/text";

/** 1, "1", "1年度目", "事業1年度目", "１年目": the project year whose figures are judged. */
const YEAR_TEXT = /^(?:事業)?(\d)(?:年度?目?)?$/u;

/**
 * Reads which project year is meant (R-PROG-1: a project runs at most 3 fiscal years).
 * `allowed` is 1–3 for the verdicts and 1–2 for the cut-off date (year 3 has none).
 */
export function parseEvaluationYear<Year extends number>(value: unknown, argument: string, allowed: readonly Year[]): Year {
  const expected = `${allowed.join("、")} のいずれか（例: 1、1年度目）を入力してください。`;
  if (isBlank(value)) throw missingArgument(argument, expected);
  let year: number | null = null;
  if (typeof value === "number") year = value;
  else if (typeof value === "string") {
    const match = YEAR_TEXT.exec(normalizeText(value).replace(/\s+/gu, ""));
    if (match) year = Number(match[1]);
  }
  const found = allowed.find((candidate) => candidate === year);
  if (found === undefined) throw badArgument(argument, value, expected);
  return found;
}
