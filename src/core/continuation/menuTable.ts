import { parseOptionalFiscalYear } from "../dates/parseFiscalYear";
import type { MenuKey } from "./menuColumns";
import { parseEvaluationYear } from "./parseEvaluationYear";
import { parseMenuResult, type MenuResult } from "./parseMenuResult";
import type { EvaluationYear } from "./verdict";

/** One row of a menu table: blank, unreadable (its error), or a menu. */
export type MenuRow = { readonly kind: "blank" } | { readonly kind: "error"; readonly error: unknown } | { readonly kind: "menu"; readonly menu: MenuResult };

/** A menu record as read from a row; null for a row whose every cell is blank. */
export type MenuRecord = Readonly<Record<MenuKey, unknown>> | null;

export interface MenuTable {
  readonly year: EvaluationYear;
  readonly firstFiscalYear: number | null;
  readonly rows: readonly MenuRow[];
}

/**
 * Reads a continuation table: its year and first fiscal year (these throw, they concern every
 * menu) and each menu row (an unreadable row keeps its error, so the other menus are still
 * judged). Shared by KOYO.CONTINUATION / PROJECTVERDICT and the task pane's 計算結果を更新.
 */
export function readMenuTable(year: unknown, firstFiscalYear: unknown, records: readonly MenuRecord[]): MenuTable {
  const rows = records.map((record): MenuRow => {
    if (record === null) return { kind: "blank" };
    try {
      return { kind: "menu", menu: parseMenuResult(record) };
    } catch (error) {
      return { kind: "error", error };
    }
  });
  return {
    // R-PROG-1: a project runs three years; only 1 and 2 have a next year to judge.
    year: parseEvaluationYear(year, "year", [1, 2, 3] as const),
    // R-CONT-6 applies only when the first fiscal year is given.
    firstFiscalYear: parseOptionalFiscalYear(firstFiscalYear, "first_fiscal_year"),
    rows,
  };
}
