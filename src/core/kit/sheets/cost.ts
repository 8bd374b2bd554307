import { FORMAT, LIST } from "../formats";
import { blankIf, column, thisRow } from "../refs";
import type { KitSheet } from "../types";

export const COST_TABLES = { lines: "KOYO_Cost", summary: "KOYO_Cost_Summary" } as const;
export const COST_COLUMNS = { class: "区分", kind: "取組", item: "費目・内容", amount: "金額（円）" } as const;
export const COST_SUMMARY = {
  total: "総事業費（円）",
  outcomes: "アウトカム目標の合計（人）",
  perOutcome: "アウトカム1人当たり経費（円）",
  verdict: "判定",
} as const;

/** R-PROG-9's three cost classes; 事業費 once per 取組. 人件費 is the 事業推進員's pay (R-PROG-8). */
const LINES: readonly (readonly [string, string | null, string])[] = [
  ["人件費", null, "事業推進員の賃金・諸手当・社会保険料・健康診断費"],
  ["管理費", null, "事務所・備品の借料、車両リース・保険、光熱水費、通信運搬費、事業推進員の旅費"],
  ["事業費", "A", "講師謝金・旅費、会議費、会場借料、教材費、チラシ・広告費、市場調査、アドバイザー謝金"],
  ["事業費", "B", "講師謝金・旅費、会議費、会場借料、教材費、チラシ・広告費、実習経費、傷害・賠償保険料"],
  ["事業費", "C", "講師謝金・旅費、会議費、会場借料、チラシ・広告費、ホームページ作成・運営、ＵＩＪターン者の滞在費"],
];

const S = COST_SUMMARY;
/** R-COST-1 needs the outcome count; until it is typed the two cells stay blank. */
const perOutcome = (fn: string): string => blankIf(`${thisRow(S.outcomes)}=""`, `KOYO.${fn}(${thisRow(S.total)},${thisRow(S.outcomes)})`);

export const COST_SHEET: KitSheet = {
  id: "cost",
  name: "経費",
  labelEn: "Cost",
  title: "経費の積算",
  notes: [
    "※ 金額は円で入力します（10,072千円 のような入力も読めます）。アウトカム1人当たり経費が 100万円 を超えると失格です (R-COST-1)。",
    "※ 協議会は事業推進員を雇用でき、その人件費（賃金・諸手当・社会保険料・健康診断費）は対象経費です (R-PROG-8)。",
  ],
  freezeRows: 4,
  tables: [
    {
      name: COST_TABLES.lines,
      at: "A4",
      rows: LINES.length + 3,
      prefill: LINES.map(([costClass, kind, item]) => [costClass, kind, item, null]),
      columns: [
        { header: COST_COLUMNS.class, width: 80, list: LIST.costClass },
        { header: COST_COLUMNS.kind, width: 50, list: LIST.menuKind },
        { header: COST_COLUMNS.item, width: 420 },
        { header: COST_COLUMNS.amount, width: 120, numberFormat: FORMAT.yen },
      ],
    },
    {
      name: COST_TABLES.summary,
      at: "F4",
      rows: 1,
      columns: [
        { header: S.total, width: 130, numberFormat: FORMAT.yen, formula: `=SUM(${column(COST_TABLES.lines, COST_COLUMNS.amount)})` },
        { header: S.outcomes, width: 150, numberFormat: FORMAT.persons },
        {
          header: S.perOutcome,
          width: 170,
          numberFormat: FORMAT.yen,
          formula: perOutcome("COSTPEROUTCOME"),
        },
        { header: S.verdict, width: 80, formula: perOutcome("COSTCHECK") },
      ],
    },
  ],
};
