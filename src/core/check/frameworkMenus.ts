import { isKoyoError } from "../errors";
import type { MenuKind } from "../input/menuKind";
import { FRAMEWORK_COLUMNS, FRAMEWORK_TABLES } from "../kit/sheets/framework";
import { parseGoals, type Goals } from "./goals";
import { rowsInUse, valueAt, type SnapshotTable, type WorkbookSnapshot } from "./snapshot";

/** One filled row of framework table A, B or C(地域求職者): a menu with its targets. */
export interface FrameworkMenu {
  readonly kind: MenuKind;
  readonly table: SnapshotTable;
  readonly row: number;
  /** The parsed targets, or the Japanese message saying why the cell could not be read. */
  readonly goals: Goals | { readonly error: string };
  /** The column holding what the seminar or event is, for the keyword rules. */
  readonly contentHeader: string;
}

/** The tables that set targets (C(UIJ) has no target column, R-FW-C2). */
const TARGET_TABLES: readonly { kind: MenuKind; name: string; content: string }[] = [
  { kind: "A", name: FRAMEWORK_TABLES.a, content: FRAMEWORK_COLUMNS.seminar },
  { kind: "B", name: FRAMEWORK_TABLES.b, content: FRAMEWORK_COLUMNS.seminar },
  { kind: "C", name: FRAMEWORK_TABLES.c1, content: FRAMEWORK_COLUMNS.form },
];

export function frameworkMenus(snapshot: WorkbookSnapshot): FrameworkMenu[] {
  return TARGET_TABLES.flatMap(({ kind, name, content }) => {
    const table = snapshot.tables.get(name);
    if (!table) return [];
    return rowsInUse(table).map((row) => {
      let goals: FrameworkMenu["goals"];
      try {
        goals = parseGoals(valueAt(table, row, FRAMEWORK_COLUMNS.goals));
      } catch (error) {
        if (!isKoyoError(error)) throw error;
        goals = { error: error.message };
      }
      return { kind, table, row, goals, contentHeader: content };
    });
  });
}

export const hasGoals = (goals: FrameworkMenu["goals"]): goals is Goals => !("error" in goals);
