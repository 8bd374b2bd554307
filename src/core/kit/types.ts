/**
 * The task pane's sheets as data (issue 3): what each generated sheet holds, where, and how it
 * is formatted. Pure: the host turns a rendered {@link SheetPlan} into Excel calls.
 */
export type SheetId = "framework" | "proposal" | "council" | "cost" | "ledger" | "continuation" | "area" | "kpi";

export type CellInput = string | number | boolean;

export interface KitColumn {
  readonly header: string;
  /** Column width in points (Range.format.columnWidth). */
  readonly width: number;
  readonly numberFormat?: string;
  /** A closed list offered as an in-cell dropdown (data validation). */
  readonly list?: readonly string[];
  /**
   * A calculated column written into every data row. Table names in braces ({KOYO_Ledger})
   * are replaced with the names actually created, which differ when a name was taken.
   */
  readonly formula?: string;
}

/** A formula beside a table whose result spills over several columns, with their headers. */
export interface KitSpill {
  readonly headers: readonly { readonly header: string; readonly width: number }[];
  readonly formula: string;
  /** Columns between the table's right edge and the spill (at least one, so it does not touch the table). */
  readonly gap: number;
}

export interface KitTable {
  /** Canonical table name; the checker finds the sheet by it, never by sheet position. */
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly at: string;
  /** Bold line just above the header row. */
  readonly caption?: string;
  readonly columns: readonly KitColumn[];
  /** Blank data rows to create (Excel tables need at least one). */
  readonly rows: number;
  /** Fixed contents of the first data rows (null = leave blank). */
  readonly prefill?: readonly (readonly (CellInput | null)[])[];
  readonly beside?: KitSpill;
}

/** A single labelled formula outside any table. */
export interface KitFormulaCell {
  readonly label: string;
  /** The label's cell; the formula goes just below it. */
  readonly at: string;
  readonly formula: string;
  readonly width: number;
}

export interface KitSheet {
  readonly id: SheetId;
  readonly name: string;
  readonly labelEn: string;
  readonly title: string;
  /** Printed under the title (for the framework: the programme's own notes, R-FW-0). */
  readonly notes: readonly string[];
  readonly tables: readonly KitTable[];
  readonly formulaCells?: readonly KitFormulaCell[];
  /** Rows frozen at the top: through the header row of the tables. */
  readonly freezeRows: number;
}

export interface Block {
  readonly address: string;
  readonly rows: readonly (readonly (CellInput | null)[])[];
}

/** What the host writes for one sheet, in the order it must: values, tables, then formulas. */
export interface SheetPlan {
  readonly sheetId: SheetId;
  readonly sheetName: string;
  readonly values: readonly Block[];
  readonly tables: readonly { readonly name: string; readonly address: string; readonly style: string }[];
  /** Written after the tables exist, because structured references need them. */
  readonly formulas: readonly Block[];
  readonly numberFormats: readonly { readonly address: string; readonly format: string }[];
  readonly validations: readonly { readonly address: string; readonly list: readonly string[] }[];
  readonly bold: readonly string[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly freezeRows: number;
  /** KOYO formula cells left blank in values mode (0 otherwise), for the report. */
  readonly koyoCellsLeftBlank: number;
}
