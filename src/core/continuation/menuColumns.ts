import type { ColumnSpec } from "../table/columnSpec";

/** The menu table read by the continuation verdicts, canonical columns in order (FUNCTIONS.md). */
export const MENU_COLUMNS = [
  { key: "menu", header: "メニュー", required: true },
  { key: "kind", header: "取組", required: true },
  { key: "outputTarget", header: "アウトプット目標", required: true },
  { key: "outputActual", header: "アウトプット実績", required: true },
  { key: "satisfaction", header: "満足度", required: false },
  { key: "outcomeTarget", header: "アウトカム目標", required: false },
  { key: "outcomeActual", header: "アウトカム実績", required: false },
  { key: "heldOn", header: "実施日", required: false },
] as const satisfies readonly ColumnSpec<string>[];

export type MenuKey = (typeof MENU_COLUMNS)[number]["key"];
