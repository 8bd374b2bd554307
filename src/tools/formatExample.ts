/**
 * An example's expected result as Excel would show it, for the help page and the README:
 * a value as typed, an error code as is, a spilled result in Excel's array-constant form
 * ({1,2;3,4}), which Excel users already read.
 */
export function formatExpected(value: unknown): string {
  if (Array.isArray(value)) {
    return `{${value.map((row) => (Array.isArray(row) ? row : [row]).map(formatCell).join(",")).join(";")}}`;
  }
  return formatCell(value);
}

function formatCell(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return /^#[A-Z0-9/]+[!?]?$|^#N\/A$/u.test(value) ? value : `"${value}"`;
  if (value === null || value === undefined) return '""';
  return String(value);
}
