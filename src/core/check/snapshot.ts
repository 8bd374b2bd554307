import { cellAddress } from "../kit/a1";
import { isBlankRow } from "../input/blankRow";
import { normalizeText } from "../input/text";
import type { Finding, Severity } from "./finding";

export type SnapshotValue = string | number | boolean | null;

/** A table as the checker sees it: values only (formulas are never evaluated or trusted). */
export interface SnapshotTable {
  readonly name: string;
  readonly sheet: string;
  /** 0-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  readonly header: readonly SnapshotValue[];
  readonly rows: readonly (readonly SnapshotValue[])[];
}

/** The workbook's kit tables by canonical name; a table the user deleted is simply absent. */
export interface WorkbookSnapshot {
  readonly tables: ReadonlyMap<string, SnapshotTable>;
}

export interface CheckOptions {
  /** R-CHECK-6's reference placement rate (a fraction); null when the user set none. */
  readonly referencePlacementRate: number | null;
}

/** Columns are found by header text (users may move them), compared after NFKC folding. */
function columnOf(table: SnapshotTable, header: string): number {
  const wanted = normalizeText(header);
  return table.header.findIndex((cell) => typeof cell === "string" && normalizeText(cell) === wanted);
}

export function valueAt(table: SnapshotTable, row: number, header: string): SnapshotValue {
  const column = columnOf(table, header);
  return column < 0 ? null : (table.rows[row]?.[column] ?? null);
}

/** A1 address of a data cell (row 0 = first data row); a missing column points at the table's first column. */
function addressOf(table: SnapshotTable, row: number, header: string): string {
  const column = Math.max(0, columnOf(table, header));
  return cellAddress({ row: table.top + 1 + row, column: table.left + column });
}

/** Indexes of rows holding anything: blank rows are the table's spare lines, not entries. */
export function rowsInUse(table: SnapshotTable): number[] {
  return table.rows.flatMap((row, index) => (isBlankRow(row) ? [] : [index]));
}

export function findingAt(
  severity: Severity,
  ruleId: string,
  message: string,
  table: SnapshotTable,
  row: number,
  header: string,
): Finding {
  return { severity, ruleId, message, sheet: table.sheet, address: addressOf(table, row, header) };
}

/** Text of a cell for messages and keyword rules. */
export const textOf = (value: SnapshotValue): string => (value === null ? "" : normalizeText(String(value)));
