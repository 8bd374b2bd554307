/**
 * Folds what staff type into one form before any rule reads it (R-INPUT-1, R-INPUT-6):
 * NFKC turns full-width digits, letters and signs (１２３, ＡＢＣ, ％, ，) into their ASCII
 * forms and the ideographic space U+3000 into a plain space; then the ends are trimmed.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").trim();
}

/**
 * R-INPUT-6: Excel passes an omitted optional argument as null (or undefined), and empty
 * cells of a range as null or "". Whitespace-only text, full-width spaces included, is blank too.
 */
export function isBlank(value: unknown): value is null | undefined | string {
  if (value === null || value === undefined) return true;
  // Same answer as normalizeText(value) === "", without NFKC per cell: NFKC maps no
  // non-whitespace character to whitespace or to nothing (checked over all of Unicode), so text
  // is blank exactly when it has no non-whitespace character.
  return typeof value === "string" && !/\S/u.test(value);
}
