import { LEDGER_COLUMNS, type LedgerKey } from "../../count/ledgerColumns";
import { FORMAT, LIST } from "../formats";
import { records, thisRow } from "../refs";
import type { KitColumn, KitSheet } from "../types";

export const LEDGER_TABLES = { ledger: "KOYO_Ledger", totals: "KOYO_Ledger_Totals" } as const;

/** Width, format and dropdown per canonical ledger column (FUNCTIONS.md 実績台帳). */
const LOOK: Readonly<Record<LedgerKey, Omit<KitColumn, "header">>> = {
  menu: { width: 70 },
  kind: { width: 50, list: LIST.menuKind },
  category: { width: 90, list: LIST.ledgerCategory },
  establishmentId: { width: 80 },
  personId: { width: 80 },
  location: { width: 80, list: LIST.areaSide },
  wantsInArea: { width: 80, list: LIST.yesNo },
  intentConfirmed: { width: 70, list: LIST.yesNo },
  schoolType: { width: 70, list: LIST.schoolType },
  finalYear: { width: 70, list: LIST.yesNo },
  attendedOn: { width: 90, numberFormat: FORMAT.date },
  outcome: { width: 90, list: LIST.outcome },
  outcomeOn: { width: 90, numberFormat: FORMAT.date },
  outcomePlace: { width: 70, list: LIST.areaSide },
  weeklyHours: { width: 100, numberFormat: FORMAT.hours },
  foundingWithStaff: { width: 100, list: LIST.yesNo },
  offerBeforeUse: { width: 80, list: LIST.yesNo },
  employedBeforeUse: { width: 100, list: LIST.yesNo },
  routineHiring: { width: 80, list: LIST.yesNo },
  handsOnSupport: { width: 80, list: LIST.yesNo },
};

export const LEDGER_TOTALS = { menu: "メニュー", output: "アウトプット計", outcome: "アウトカム計" } as const;
/** The headers of the COUNTABLE spill beside the ledger, in its column order. */
export const LEDGER_RESULTS = { output: "アウトプット", outcome: "アウトカム", reason: "判定理由" } as const;
const TOTALS = LEDGER_TOTALS;

export const LEDGER_SHEET: KitSheet = {
  id: "ledger",
  name: "実績台帳",
  labelEn: "Ledger",
  title: "実績台帳（アウトプット・アウトカム）",
  notes: [
    "※ 1行に参加者（事業所または個人）1件・メニュー1件を記入します。右の判定は KOYO.COUNTABLE がスピルして表示します。",
    "※ メニュー別集計の「メニュー」を空欄にすると事業全体（重複排除後）の合計になります (D-1)。",
  ],
  freezeRows: 4,
  tables: [
    {
      name: LEDGER_TABLES.ledger,
      at: "A4",
      rows: 5,
      columns: LEDGER_COLUMNS.map(({ key, header }) => ({ header, ...LOOK[key] })),
      beside: {
        gap: 1,
        headers: [
          { header: LEDGER_RESULTS.output, width: 80 },
          { header: LEDGER_RESULTS.outcome, width: 80 },
          { header: LEDGER_RESULTS.reason, width: 360 },
        ],
        formula: `=KOYO.COUNTABLE(${records(LEDGER_TABLES.ledger)})`,
      },
    },
    {
      name: LEDGER_TABLES.totals,
      at: "Z4",
      caption: "メニュー別集計",
      rows: 5,
      columns: [
        { header: TOTALS.menu, width: 70 },
        { header: TOTALS.output, width: 100, formula: `=KOYO.OUTPUTTOTAL(${records(LEDGER_TABLES.ledger)},${thisRow(TOTALS.menu)})` },
        { header: TOTALS.outcome, width: 100, numberFormat: FORMAT.persons, formula: `=KOYO.OUTCOMETOTAL(${records(LEDGER_TABLES.ledger)},${thisRow(TOTALS.menu)})` },
      ],
    },
  ],
};
