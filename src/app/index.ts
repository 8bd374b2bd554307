import { countBySeverity, type Finding, type Severity } from "../core/check/finding";
import { CHECKED_TABLES, runChecks } from "../core/check/runChecks";
import { freeName, lowerSet } from "../core/kit/freeName";
import { KIT_SHEETS, kitSheet } from "../core/kit/index";
import { isRefreshed } from "../core/kit/isRefreshed";
import { planRefresh, type ComputedRecord } from "../core/kit/refreshPlan";
import { renderSheet } from "../core/kit/render";
import { RESULT_EXTRA_COLUMNS, RESULT_TABLES } from "../core/kit/results";
import type { SheetId, SheetPlan } from "../core/kit/types";
import { queueSettingRead, readNames, readTables, readTablesWithFormulas, runOperation, selectRange, writePlans, writeValues } from "../host/gateway";
import { EXCEL_API } from "../host/requirements";
import type { ExcelRunner } from "../host/runner";

export type { SheetId } from "../core/kit/types";
export type { Finding, Severity } from "../core/check/finding";
export type { ExcelRunner } from "../host/runner";
export { ExcelOperationError } from "../host/errors";

/** The sheets the pane offers, in drafting order, with Japanese labels. */
export const SHEETS: readonly { id: SheetId; label: string; labelEn: string }[] = KIT_SHEETS.map((sheet) => ({
  id: sheet.id,
  label: sheet.name,
  labelEn: sheet.labelEn,
}));

export interface GenerateOptions {
  readonly sheets: readonly SheetId[];
  readonly valuesInsteadOfFormulas: boolean;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface GenerateReport {
  readonly created: { sheetId: SheetId; sheetName: string; renamedFrom?: string }[];
  /**
   * Cells not written because they held something. Generation writes only on sheets it has
   * just added, so this is 0; it is reported so the pane can say so.
   */
  readonly skippedCells: number;
  /** Japanese lines the pane shows under the result (values mode says what it left blank and why). */
  readonly notes: string[];
  readonly syncs: number;
}

/**
 * The report line of values mode: what the option did, honestly (see RenderOptions.valuesInsteadOfFormulas),
 * naming the created sheets whose results 計算結果を更新 fills and those it does not (isRefreshed).
 */
function valuesModeNote(plans: readonly SheetPlan[]): string | null {
  const left = plans.filter((plan) => plan.koyoCellsLeftBlank > 0);
  if (left.length === 0) return null;
  const cells = left.reduce((sum, plan) => sum + plan.koyoCellsLeftBlank, 0);
  const names = (refreshed: boolean): string =>
    left.filter((plan) => isRefreshed(kitSheet(plan.sheetId)) === refreshed).map((plan) => `「${plan.sheetName}」`).join("");
  const [covered, uncovered] = [names(true), names(false)];
  return [
    `関数を使わない版で作成しました。KOYO 関数を使う ${cells} 個のセルは、作成時点では入力が空欄のため計算結果も空欄で、数式は書き込んでいません。`,
    covered && `${covered}の計算結果は、入力後に［計算結果を更新］を押すと入ります（手で入力したセルは上書きしません）。`,
    uncovered && `${uncovered}は［計算結果を更新］の対象外です。その判定には、KOYO 関数が使える Excel で「数式」のまま作成してください。`,
  ].join("");
}

/**
 * Generates the chosen sheets in one batch: one sync reads the names in use, one writes
 * everything (more only past the payload limit). Taken sheet and table names get the next
 * free name; existing sheets are never written to.
 */
export async function generateSheets(run: ExcelRunner, options: GenerateOptions): Promise<GenerateReport> {
  const chosen = KIT_SHEETS.filter((sheet) => options.sheets.includes(sheet.id));
  return runOperation(run, async (session) => {
    const names = await readNames(session);
    const takenSheets = lowerSet(names.sheets);
    const takenTables = lowerSet(names.tables);
    const created: GenerateReport["created"] = [];
    const plans: SheetPlan[] = chosen.map((sheet) => {
      const sheetName = freeName(sheet.name, takenSheets, "sheet");
      takenSheets.add(sheetName.toLowerCase());
      const tableNames = new Map<string, string>();
      for (const table of sheet.tables) {
        const name = freeName(table.name, takenTables, "table");
        takenTables.add(name.toLowerCase());
        tableNames.set(table.name, name);
      }
      created.push(sheetName === sheet.name ? { sheetId: sheet.id, sheetName } : { sheetId: sheet.id, sheetName, renamedFrom: sheet.name });
      return renderSheet(sheet, {
        sheetName,
        // A formula may refer to a table of another sheet; one not generated now keeps its canonical name.
        tableName: (canonical) => tableNames.get(canonical) ?? canonical,
        valuesInsteadOfFormulas: options.valuesInsteadOfFormulas,
      });
    });
    let done = 0;
    await writePlans(session, plans, (plan) => {
      done++;
      options.onProgress?.(done, plans.length, kitSheet(plan.sheetId).name);
    });
    const note = valuesModeNote(plans);
    return { created, skippedCells: 0, notes: note === null ? [] : [note], syncs: session.syncs };
  }, EXCEL_API.generate);
}

export interface CheckReport {
  readonly findings: Finding[];
  readonly counts: Record<Severity, number>;
  readonly syncs: number;
}

export interface CheckWorkbookOptions {
  /** R-CHECK-6's reference placement rate as a fraction (0.3 = 30 %); null or absent = none set. */
  readonly referencePlacementRate?: number | null;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * Reads the checked tables by name (1 sync, then 1 per payload chunk) and runs every R-CHECK rule with the core. Reads only: it
 * queues no write, so it can run while the user works and always gives the same findings.
 */
export async function checkWorkbook(run: ExcelRunner, options: CheckWorkbookOptions = {}): Promise<CheckReport> {
  return runOperation(run, async (session) => {
    options.onProgress?.(0, 2, "読み込み");
    const tables = await readTables(session, CHECKED_TABLES);
    options.onProgress?.(1, 2, "チェック");
    const findings = runChecks({ tables }, { referencePlacementRate: options.referencePlacementRate ?? null });
    options.onProgress?.(2, 2, "完了");
    return { findings, counts: countBySeverity(findings), syncs: session.syncs };
  });
}

export interface RefreshReport {
  /** Result cells whose content changed. */
  readonly written: number;
  /** Result cells left because someone typed a value there. */
  readonly skippedTyped: number;
  /** Result cells left because they hold a formula (Excel computes them). */
  readonly skippedFormulas: number;
  /** Japanese lines for the pane. */
  readonly notes: string[];
  readonly syncs: number;
}

/** Where the add-in keeps what it last wrote (see ComputedRecord): invisible to the user, saved with the workbook. */
const RECORD_KEY = "KOYO.computedValues";

const isRecord = (value: unknown): value is ComputedRecord => typeof value === "object" && value !== null && !Array.isArray(value);

/** The report lines of a refresh, in Japanese. */
function refreshNotes(report: Omit<RefreshReport, "notes" | "syncs">): string[] {
  const notes = [`計算結果を ${report.written} 個のセルに書き込みました。`];
  if (report.skippedTyped > 0) {
    notes.push(`結果の欄に手で入力された値がある ${report.skippedTyped} 個のセルは上書きしませんでした。計算結果を入れるには、そのセルを空欄にしてからもう一度［計算結果を更新］を押してください。`);
  }
  if (report.skippedFormulas > 0) notes.push(`数式の入った ${report.skippedFormulas} 個のセルはそのままです（数式のシートは Excel が計算します）。`);
  return notes;
}

/**
 * For sheets generated with the values option (Excel without custom functions): computes every
 * KOYO result column of the kit tables with the core the functions use and writes the values.
 * Reads the tables by name (values and formulas) and the add-in's record in 2 syncs (+ payload
 * chunks), writes in 1. Only result cells are written, and only where empty, showing an error text,
 * or still holding what this add-in wrote last time (the record): a typed value or a formula is
 * left and counted. Decided: the record, not the header, tells ours from typed, because a user
 * typing into a computed column is exactly the case that must not be overwritten silently.
 */
export async function refreshValues(run: ExcelRunner, options: { onProgress?: (done: number, total: number, label: string) => void } = {}): Promise<RefreshReport> {
  return runOperation(run, async (session) => {
    options.onProgress?.(0, 2, "読み込み");
    const record = queueSettingRead(session, RECORD_KEY);
    const tables = await readTablesWithFormulas(session, RESULT_TABLES, RESULT_EXTRA_COLUMNS);
    const saved = record();
    const plan = planRefresh(tables, isRecord(saved) ? saved : {});
    options.onProgress?.(1, 2, "書き込み");
    if (plan.written > 0) await writeValues(session, plan.blocks, { key: RECORD_KEY, value: plan.record });
    options.onProgress?.(2, 2, "完了");
    const counts = { written: plan.written, skippedTyped: plan.skippedTyped, skippedFormulas: plan.skippedFormulas };
    return { ...counts, notes: refreshNotes(counts), syncs: session.syncs };
  });
}

/** Selects a finding's cell. */
export async function selectCell(run: ExcelRunner, sheet: string, address: string): Promise<void> {
  await runOperation(run, (session) => selectRange(session, sheet, address));
}
