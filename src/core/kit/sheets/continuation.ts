import { MENU_COLUMNS, type MenuKey } from "../../continuation/menuColumns";
import { FORMAT, LIST } from "../formats";
import { blankIf, column, records } from "../refs";
import type { KitColumn, KitSheet } from "../types";

export const CONTINUATION_TABLES = { head: "KOYO_Continuation_Head", menus: "KOYO_Menus" } as const;
export const CONTINUATION_HEAD = { year: "事業年度", firstFiscalYear: "事業初年度（年度）" } as const;
/** The headers of the CONTINUATION spill beside the menus and the label of the PROJECTVERDICT cell. */
export const CONTINUATION_RESULTS = { verdict: "判定", reason: "理由", project: "事業全体の判定" } as const;

const LOOK: Readonly<Record<MenuKey, Omit<KitColumn, "header">>> = {
  menu: { width: 70 },
  kind: { width: 50, list: LIST.menuKind },
  outputTarget: { width: 110, numberFormat: FORMAT.count },
  outputActual: { width: 110, numberFormat: FORMAT.count },
  satisfaction: { width: 80, numberFormat: FORMAT.percent },
  outcomeTarget: { width: 110, numberFormat: FORMAT.persons },
  outcomeActual: { width: 110, numberFormat: FORMAT.persons },
  heldOn: { width: 90, numberFormat: FORMAT.date },
};

const H = CONTINUATION_HEAD;
const year = column(CONTINUATION_TABLES.head, H.year);
const args = `${year},${records(CONTINUATION_TABLES.menus)},${column(CONTINUATION_TABLES.head, H.firstFiscalYear)}`;
/** Blank until the 事業年度 is chosen (COUNTA, because a one-cell column compared to "" would be an array). */
const verdict = (fn: string): string => blankIf(`COUNTA(${year})=0`, `KOYO.${fn}(${args})`);

export const CONTINUATION_SHEET: KitSheet = {
  id: "continuation",
  name: "継続判定",
  labelEn: "Continuation",
  title: "事業継続可否の判断（個別メニュー）",
  notes: [
    "※ 事業年度（1〜3）と事業初年度（例: 令和7年度）を入力すると、実施日による判定対象の区切り (R-CONT-6) も適用します。",
  ],
  freezeRows: 8,
  tables: [
    {
      name: CONTINUATION_TABLES.head,
      at: "A4",
      rows: 1,
      columns: [
        { header: H.year, width: 80, list: LIST.projectYear },
        { header: H.firstFiscalYear, width: 120 },
      ],
    },
    {
      name: CONTINUATION_TABLES.menus,
      at: "A8",
      caption: "個別メニュー",
      rows: 5,
      columns: MENU_COLUMNS.map(({ key, header }) => ({ header, ...LOOK[key] })),
      beside: {
        gap: 1,
        headers: [
          { header: CONTINUATION_RESULTS.verdict, width: 160 },
          { header: CONTINUATION_RESULTS.reason, width: 420 },
        ],
        formula: verdict("CONTINUATION"),
      },
    },
  ],
  formulaCells: [{ label: CONTINUATION_RESULTS.project, at: "D4", width: 110, formula: verdict("PROJECTVERDICT") }],
};
