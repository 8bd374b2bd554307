import { cellAddress, parseCell, parseRange, rangeAddress, type RangeRef } from "../../core/kit/a1";

/** What a cell can hold in the fake: Excel's scalar values, "" for empty. */
export type FakeScalar = string | number | boolean;

export interface FakeCell {
  value: FakeScalar;
  /** The formula as typed ("=SUM(A1:A3)"); the fake never evaluates it, so `value` stays "". */
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  validationList: readonly string[] | null;
}

/** What tests and the preview grid see of a cell. */
export type FakeCellView = Readonly<FakeCell>;

const emptyCell = (): FakeCell => ({
  value: "",
  formula: null,
  numberFormat: "General",
  bold: false,
  fill: null,
  validationList: null,
});

const isEmptyCell = (cell: FakeCell | undefined): boolean =>
  cell === undefined || (cell.formula === null && cell.value === "");

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  protected = false;

  constructor(public name: string) {}

  private key(row: number, column: number): string {
    return `${row},${column}`;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(this.key(row, column));
  }

  cell(row: number, column: number): FakeCell {
    const key = this.key(row, column);
    let found = this.cells.get(key);
    if (!found) {
      found = emptyCell();
      this.cells.set(key, found);
    }
    return found;
  }

  /** The bounding box of cells holding a value or formula, or null on an empty sheet. */
  usedRange(): RangeRef | null {
    let used: RangeRef | null = null;
    for (const [key, cell] of this.cells) {
      if (isEmptyCell(cell)) continue;
      const [row, column] = key.split(",").map(Number);
      used = used
        ? {
            top: Math.min(used.top, row),
            left: Math.min(used.left, column),
            bottom: Math.max(used.bottom, row),
            right: Math.max(used.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return used;
  }
}

export class FakeTable {
  style = "TableStyleMedium2";

  constructor(
    public name: string,
    public sheet: FakeSheet,
    public range: RangeRef,
  ) {}
}

export type ChangeListener = () => void;

/**
 * The in-memory workbook behind the fake Excel API. Tests and the preview page read and seed
 * it directly; add-in code only reaches it through the fake request context.
 */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Workbook.settings: the add-in's own data saved in the workbook, stored as JSON like Office. */
  readonly settings = new Map<string, string>();
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private readonly listeners = new Set<ChangeListener>();
  private tableCounter = 0;

  findSheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  findTable(name: string): FakeTable | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted);
  }

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  addTable(sheet: FakeSheet, range: RangeRef, name?: string): FakeTable {
    const overlaps = this.tables.some(
      (table) =>
        table.sheet === sheet &&
        table.range.left <= range.right &&
        range.left <= table.range.right &&
        table.range.top <= range.bottom &&
        range.top <= table.range.bottom,
    );
    if (overlaps) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
    let chosen = name;
    while (chosen === undefined || this.findTable(chosen)) chosen = `Table${++this.tableCounter}`;
    for (let column = range.left; column <= range.right; column++) {
      const header = sheet.cell(range.top, column);
      if (header.value === "" && header.formula === null) header.value = `列${column - range.left + 1}`;
    }
    const table = new FakeTable(chosen, sheet, range);
    this.tables.push(table);
    return table;
  }

  listSheets(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  listTables(): { name: string; sheet: string; address: string }[] {
    return this.tables.map((table) => ({ name: table.name, sheet: table.sheet.name, address: rangeAddress(table.range) }));
  }

  getCell(sheet: string, address: string): FakeCellView | undefined {
    const { row, column } = parseCell(address);
    return this.findSheet(sheet)?.peek(row, column);
  }

  /** Seeds a cell (creating the sheet if needed); text starting with "=" is a formula. */
  setCell(sheet: string, address: string, content: FakeScalar): void {
    const { row, column } = parseCell(address);
    const target = (this.findSheet(sheet) ?? this.addSheet(sheet)).cell(row, column);
    writeContent(target, content);
    this.notify();
  }

  /** Every non-empty cell of a sheet as address → value or formula, for snapshots in tests. */
  dump(sheet: string): Record<string, FakeScalar> {
    const out: Record<string, FakeScalar> = {};
    const found = this.findSheet(sheet);
    if (!found) return out;
    for (const [key, cell] of found.cells) {
      if (isEmptyCell(cell)) continue;
      const [row, column] = key.split(",").map(Number);
      out[cellAddress({ row, column })] = cell.formula ?? cell.value;
    }
    return out;
  }

  /** Sheet names and cell addresses a range spans, e.g. for seeding a whole block. */
  setBlock(sheet: string, topLeft: string, rows: readonly (readonly FakeScalar[])[]): void {
    const start = parseRange(topLeft);
    const target = this.findSheet(sheet) ?? this.addSheet(sheet);
    rows.forEach((cells, r) => cells.forEach((content, c) => writeContent(target.cell(start.top + r, start.left + c), content)));
    this.notify();
  }

  /** Seeds a table: header and rows written from `topLeft`, then the table laid over them. */
  seedTable(sheet: string, topLeft: string, header: readonly FakeScalar[], rows: readonly (readonly FakeScalar[])[], name: string): FakeTable {
    this.setBlock(sheet, topLeft, [header, ...rows]);
    const start = parseRange(topLeft);
    const range = { top: start.top, left: start.left, bottom: start.top + Math.max(1, rows.length), right: start.left + header.length - 1 };
    return this.addTable(this.findSheet(sheet) as FakeSheet, range, name);
  }

  protectSheet(name: string, protectedState = true): void {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    sheet.protected = protectedState;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export function writeContent(cell: FakeCell, content: FakeScalar | null | undefined): void {
  if (typeof content === "string" && content.startsWith("=")) {
    cell.formula = content;
    cell.value = "";
  } else {
    cell.formula = null;
    cell.value = content ?? "";
  }
}

/** An error shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
