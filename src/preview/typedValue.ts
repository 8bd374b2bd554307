/**
 * What typing into the preview grid stores, as Excel would: "=…" stays a formula, a plain
 * number (half-width, optional sign and decimals) becomes a number, anything else stays text.
 * Full-width digits and units stay text on purpose: that is how staff's typing reaches the
 * checker in real workbooks (R-INPUT-1), so the preview should not tidy it up.
 */
export function typedValue(typed: string): string | number {
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(typed.trim()) ? Number(typed.trim()) : typed;
}
