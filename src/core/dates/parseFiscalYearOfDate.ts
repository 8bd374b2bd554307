import { fiscalYearOf } from "./fiscalYear";
import { parseDate } from "./parseDate";
import { isFiscalYearText, parseFiscalYear } from "./parseFiscalYear";

/**
 * The 年度 a cell stands for: a date's fiscal year (R-DATE-1), or a 年度 typed as text, which
 * R-DATE-2 lists among the forms staff type (R2年度, H29年度) and R-DATE-3 reads as its year.
 */
export function parseFiscalYearOfDate(value: unknown, argument: string): number {
  return isFiscalYearText(value) ? parseFiscalYear(value, argument) : fiscalYearOf(parseDate(value, argument));
}
