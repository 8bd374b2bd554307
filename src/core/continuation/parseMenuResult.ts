import { asColumnError } from "../count/columnError";
import { badArgument, missingArgument } from "../errors";
import { parseOptionalDate } from "../dates/parseDate";
import { parseMenuKind, type MenuKind } from "../input/menuKind";
import { parseOptionalCount } from "../input/count";
import { parseOptionalRate } from "../input/rate";
import { isBlank, normalizeText } from "../input/text";
import { MENU_COLUMNS, type MenuKey } from "./menuColumns";

/** One row of the menu table, read (FUNCTIONS.md "Continuation"). Blank cells are null. */
export interface MenuResult {
  readonly menu: string;
  readonly kind: MenuKind;
  readonly outputTarget: number | null;
  readonly outputActual: number | null;
  /** Share of 「セミナー等が役立った」 answers, a fraction (A menus, R-CONT-2). */
  readonly satisfaction: number | null;
  readonly outcomeTarget: number | null;
  readonly outcomeActual: number | null;
  /** Date the menu was held, an Excel serial (R-CONT-6). */
  readonly heldOn: number | null;
}

const HEADER = Object.fromEntries(MENU_COLUMNS.map((column) => [column.key, column.header])) as Record<MenuKey, string>;

/** R-INPUT-2: a rate (0.85 or "85%"); a plain 85 is refused with a message by parseOptionalRate. */
function parseSatisfaction(value: unknown, header: string): number | null {
  const rate = parseOptionalRate(value, header);
  if (rate !== null && (rate < 0 || rate > 1)) {
    throw badArgument(header, value, "回答割合は 0%〜100% の範囲で入力してください（例: 85%、0.85）。");
  }
  return rate;
}

function parseMenuId(value: unknown, header: string): string {
  if (isBlank(value)) throw missingArgument(header, "メニューの名前か番号（例: A-1）を入力してください。");
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badArgument(header, value, "メニューの名前か番号（例: A-1）を入力してください。");
}

/** How each menu column is read; every parser names the column header it reads. */
const FIELD_PARSERS = {
  menu: parseMenuId,
  kind: parseMenuKind,
  // Targets and actuals: counts ≥ 0 (R-INPUT-1 forms such as 「10社」「３０人」).
  outputTarget: parseOptionalCount,
  outputActual: parseOptionalCount,
  satisfaction: parseSatisfaction,
  outcomeTarget: parseOptionalCount,
  outcomeActual: parseOptionalCount,
  heldOn: parseOptionalDate,
} satisfies { readonly [Key in MenuKey]: (value: unknown, header: string) => MenuResult[Key] };

function readCell<Key extends MenuKey>(raw: Readonly<Record<MenuKey, unknown>>, key: Key): MenuResult[Key] {
  try {
    return FIELD_PARSERS[key](raw[key], HEADER[key]) as MenuResult[Key];
  } catch (thrown) {
    // The shared parsers say 引数「…」; in a table the user looks for 列「…」.
    throw asColumnError(thrown, HEADER[key]);
  }
}

/**
 * Reads one menu row. Every error names the column header (列「満足度」に…), so the user knows
 * which cell of the row to fix. Blanks stay null: whether a blank matters depends on the
 * verdict (D-3).
 */
export function parseMenuResult(raw: Readonly<Record<MenuKey, unknown>>): MenuResult {
  return {
    menu: readCell(raw, "menu"),
    kind: readCell(raw, "kind"),
    outputTarget: readCell(raw, "outputTarget"),
    outputActual: readCell(raw, "outputActual"),
    satisfaction: readCell(raw, "satisfaction"),
    outcomeTarget: readCell(raw, "outcomeTarget"),
    outcomeActual: readCell(raw, "outcomeActual"),
    heldOn: readCell(raw, "heldOn"),
  };
}
