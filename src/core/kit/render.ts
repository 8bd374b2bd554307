import { cellAddress, parseCell, rangeAddress } from "./a1";
import { isRefreshed } from "./isRefreshed";
import type { Block, KitSheet, KitTable, SheetPlan } from "./types";

export interface RenderOptions {
  readonly sheetName: string;
  /** Canonical table name → the name to create (differs when the canonical one is taken). */
  readonly tableName: (canonical: string) => string;
  /**
   * For Excel builds without custom functions: write each KOYO cell's computed value instead of
   * its formula. Decided: the value is the one the formula shows right after generation. The kit
   * types no input into any KOYO formula's arguments (tables start empty, head figures blank),
   * and every KOYO formula is guarded to show blank while its inputs are blank (refs.blankIf), so
   * that value is blank: the cell is left empty and counted in {@link SheetPlan.koyoCellsLeftBlank},
   * and the report says so. A stale number computed from empty inputs would mislead once data is
   * typed. Plain Excel formulas (SUM) are kept: every build has them.
   */
  readonly valuesInsteadOfFormulas: boolean;
}

/**
 * Appended to the title of a values-mode sheet that lost KOYO formulas, so the note takes no row
 * that a table might need: where the pane's 計算結果を更新 fills them, it says so; where it does not
 * (see isRefreshed), the sheet needs formula mode for its judgements.
 */
export function valuesModeTitleNote(sheet: KitSheet): string {
  return isRefreshed(sheet)
    ? "（関数を使わない版: KOYO 関数の欄は空欄で作成しました。入力後に作業ウィンドウの［計算結果を更新］を押すと計算結果が入ります。手で入力したセルは上書きしません）"
    : "（関数を使わない版: KOYO 関数の欄は空欄です。このシートは［計算結果を更新］の対象外のため、判定には KOYO 関数が使える Excel で「数式」のまま作成してください）";
}

const TABLE_STYLE = "TableStyleMedium2";

const isKoyoFormula = (formula: string): boolean => /\bKOYO\./u.test(formula);

function bindNames(formula: string, tableName: RenderOptions["tableName"]): string {
  return formula.replace(/\{([A-Za-z0-9_]+)\}/gu, (_, name: string) => tableName(name));
}

/** Lays one kit sheet out as cell writes. Pure, so the layout is tested without Excel. */
export function renderSheet(sheet: KitSheet, options: RenderOptions): SheetPlan {
  const values: Block[] = [];
  const formulas: Block[] = [];
  const tables: { name: string; address: string; style: string }[] = [];
  const numberFormats: { address: string; format: string }[] = [];
  const validations: { address: string; list: readonly string[] }[] = [];
  const bold: string[] = [];
  const widths = new Map<number, number>();
  const widen = (column: number, width: number): void => {
    widths.set(column, Math.max(widths.get(column) ?? 0, width));
  };
  let koyoCellsLeftBlank = 0;
  /** The formula to write, or null when values mode leaves these `cells` KOYO cells blank. */
  const keep = (formula: string, cells: number): string | null => {
    if (!options.valuesInsteadOfFormulas || !isKoyoFormula(formula)) return bindNames(formula, options.tableName);
    koyoCellsLeftBlank += cells;
    return null;
  };

  bold.push("A1");

  const renderTable = (table: KitTable): void => {
    const at = parseCell(table.at);
    const right = at.column + table.columns.length - 1;
    const bottom = at.row + table.rows;
    const firstData = at.row + 1;
    if (table.caption !== undefined) {
      const caption = cellAddress({ row: at.row - 1, column: at.column });
      values.push({ address: caption, rows: [[table.caption]] });
      bold.push(caption);
    }
    values.push({
      address: rangeAddress({ top: at.row, left: at.column, bottom: at.row, right }),
      rows: [table.columns.map((column) => column.header)],
    });
    if (table.prefill) {
      const prefill = table.prefill;
      values.push({
        address: rangeAddress({ top: firstData, left: at.column, bottom: firstData + prefill.length - 1, right }),
        rows: prefill,
      });
    }
    tables.push({
      name: options.tableName(table.name),
      address: rangeAddress({ top: at.row, left: at.column, bottom, right }),
      style: TABLE_STYLE,
    });
    table.columns.forEach((column, index) => {
      const col = at.column + index;
      const body = rangeAddress({ top: firstData, left: col, bottom, right: col });
      widen(col, column.width);
      if (column.numberFormat) numberFormats.push({ address: body, format: column.numberFormat });
      if (column.list) validations.push({ address: body, list: column.list });
      const formula = column.formula === undefined ? null : keep(column.formula, table.rows);
      if (formula !== null) formulas.push({ address: body, rows: Array.from({ length: table.rows }, () => [formula]) });
    });
    if (table.beside) {
      const left = right + 1 + table.beside.gap;
      const headers = table.beside.headers;
      const headerRange = rangeAddress({ top: at.row, left, bottom: at.row, right: left + headers.length - 1 });
      values.push({ address: headerRange, rows: [headers.map((header) => header.header)] });
      bold.push(headerRange);
      headers.forEach((header, index) => widen(left + index, header.width));
      const formula = keep(table.beside.formula, 1);
      if (formula !== null) formulas.push({ address: cellAddress({ row: firstData, column: left }), rows: [[formula]] });
    }
  };
  sheet.tables.forEach(renderTable);

  for (const cell of sheet.formulaCells ?? []) {
    const at = parseCell(cell.at);
    values.push({ address: cell.at, rows: [[cell.label]] });
    bold.push(cell.at);
    widen(at.column, cell.width);
    const formula = keep(cell.formula, 1);
    if (formula !== null) formulas.push({ address: cellAddress({ row: at.row + 1, column: at.column }), rows: [[formula]] });
  }

  // Only a sheet that lost KOYO formulas says so (the proposal and council sheets have none).
  const title = koyoCellsLeftBlank > 0 ? `${sheet.title}${valuesModeTitleNote(sheet)}` : sheet.title;
  values.unshift({ address: rangeAddress({ top: 0, left: 0, bottom: sheet.notes.length, right: 0 }), rows: [[title], ...sheet.notes.map((note) => [note])] });

  return {
    sheetId: sheet.id,
    sheetName: options.sheetName,
    values,
    tables,
    formulas,
    numberFormats,
    validations,
    bold,
    columnWidths: [...widths].sort(([a], [b]) => a - b).map(([column, width]) => ({ column, width })),
    freezeRows: sheet.freezeRows,
    koyoCellsLeftBlank,
  };
}
