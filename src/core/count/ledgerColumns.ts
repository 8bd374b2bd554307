import type { ColumnSpec } from "../table/columnSpec";

/** The participant ledger (実績台帳), canonical columns in order (FUNCTIONS.md). */
export const LEDGER_COLUMNS = [
  { key: "menu", header: "メニュー", required: true },
  { key: "kind", header: "取組", required: true },
  { key: "category", header: "区分", required: true },
  { key: "establishmentId", header: "事業所ID", required: false },
  { key: "personId", header: "個人ID", required: false },
  { key: "location", header: "所在・居住", required: false },
  { key: "wantsInArea", header: "地域内希望", required: false },
  { key: "intentConfirmed", header: "意思確認", required: false },
  { key: "schoolType", header: "学校種別", required: false },
  { key: "finalYear", header: "卒業年次", required: false },
  { key: "attendedOn", header: "受講日", required: false },
  { key: "outcome", header: "成果", required: false },
  { key: "outcomeOn", header: "成果日", required: false },
  { key: "outcomePlace", header: "成果地", required: false },
  { key: "weeklyHours", header: "週所定労働時間", required: false },
  { key: "foundingWithStaff", header: "雇用を伴う創業", required: false },
  { key: "offerBeforeUse", header: "利用前内定", required: false },
  { key: "employedBeforeUse", header: "利用前から在職", required: false },
  { key: "routineHiring", header: "定期採用等", required: false },
  { key: "handsOnSupport", header: "伴走型支援", required: false },
] as const satisfies readonly ColumnSpec<string>[];

export type LedgerKey = (typeof LEDGER_COLUMNS)[number]["key"];
