/*
 * What a cell shows, for comparing a function's result with a FunctionDoc's `expected`:
 * an error as its code, a number to 12 significant digits (Excel shows 15; float noise such
 * as 0.8500000000000001 is not a different answer), a single value as a 1×1 matrix.
 */
const ERROR_CODES = new Set(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A", "#NULL!", "#NAME?", "#REF!"]);

export type ErrorCodeOf = (cell: unknown) => string | undefined;

function shownCell(cell: unknown, errorCodeOf: ErrorCodeOf): unknown {
  const code = errorCodeOf(cell);
  if (code !== undefined) return code;
  if (typeof cell === "number") return Number(cell.toPrecision(12));
  return cell;
}

export function shownResult(result: unknown, errorCodeOf: ErrorCodeOf): unknown[][] {
  const rows = Array.isArray(result) ? result : [[result]];
  return rows.map((row) => (Array.isArray(row) ? row : [row]).map((cell) => shownCell(cell, errorCodeOf)));
}

/** A FunctionDoc `expected` in the same form (its error codes are already strings). */
export function shownExpected(expected: unknown): unknown[][] {
  return shownResult(expected, (cell) => (typeof cell === "string" && ERROR_CODES.has(cell) ? cell : undefined));
}
