/**
 * A1 addresses, 0-based internally. Shared by the kit (where it writes), the checker (where a
 * finding points) and the fake host (what the Excel API answers), so all three agree.
 */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let rest = column + 1;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function cellAddress(cell: CellRef): string {
  return `${columnLetter(cell.column)}${cell.row + 1}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress({ row: range.top, column: range.left });
  const end = cellAddress({ row: range.bottom, column: range.right });
  return start === end ? start : `${start}:${end}`;
}

const CELL_PATTERN = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u;

export function parseCell(address: string): CellRef {
  const match = CELL_PATTERN.exec(address.trim().toUpperCase());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Splits "Sheet!A1:B2" or "'My sheet'!A1" into the sheet name (if any) and the A1 part. */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/gu, "'") : rawSheet;
  return { sheet, local: address.slice(bang + 1) };
}

export function parseRange(address: string): RangeRef {
  const [first, second = first] = splitSheetAddress(address).local.split(":");
  const start = parseCell(first);
  const end = parseCell(second);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Excel quotes a sheet name that is not a plain word (spaces, brackets, leading digit). */
export function qualify(sheet: string, local: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return plain ? `${sheet}!${local}` : `'${sheet.replace(/'/gu, "''")}'!${local}`;
}
