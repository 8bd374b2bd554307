import { KPI_EFFECTS, KPI_POLICIES } from "../../kpi/kpiWords";
import { FORMAT, LIST } from "../formats";
import { anyBlank, blankIf, thisRow } from "../refs";
import type { KitSheet } from "../types";

export const KPI_TABLES = { plan: "KOYO_KPI_Plan", result: "KOYO_KPI_Result", budget: "KOYO_KPI_Budget" } as const;

export const KPI_PLAN_COLUMNS = {
  kpi: "KPI",
  unit: "単位",
  baseline: "事業開始前（現時点）",
  year1: "1年目増加分",
  year2: "2年目増加分",
  year3: "3年目増加分",
  cumulative: "KPI増加分の累計",
  check: "累計の確認",
} as const;
const P = KPI_PLAN_COLUMNS;

export const KPI_RESULT_COLUMNS = {
  kpi: "KPI",
  baseline: "基準値",
  target: "目標値",
  unit: "単位",
  targetMonth: "目標年月",
  latest: "最新値",
  latestOn: "最新値の時点",
  reference: "参考値",
  progress: "進捗率",
  effect: "事業効果",
  policy: "今後の方針",
} as const;
const R = KPI_RESULT_COLUMNS;

/**
 * R-KPI-5: the report's budget lines (004 「市予算事業」): 予算額 with （うち交付金見込） and 実績額
 * with （うち交付金）, in 千円, the grant share in its own column instead of the seed's brackets so
 * each amount stays a number. Decided: no check on the grant share; "typically half" is not a rule.
 */
export const KPI_BUDGET_COLUMNS = {
  name: "事業名",
  summary: "概要",
  results: "主な事業実績",
  budget: "予算額（千円）",
  budgetGrant: "（うち交付金見込）（千円）",
  actual: "実績額（千円）",
  actualGrant: "（うち交付金）（千円）",
} as const;
const B = KPI_BUDGET_COLUMNS;
const thousandYen = (header: string) => ({ header, width: 120, numberFormat: FORMAT.thousandYen });

export const KPI_SHEET: KitSheet = {
  id: "kpi",
  name: "KPI",
  labelEn: "KPI",
  title: "重要業績評価指標（KPI）",
  notes: [
    "※ 計画表: KPI増加分の累計は各年度の増加分の合計と一致させます (R-KPI-1)。",
    "※ 実績表: 進捗率 =（最新値 − 基準値）÷（目標値 − 基準値）。マイナスや 100% 超もあり得ます (R-KPI-2)。",
  ],
  freezeRows: 5,
  tables: [
    {
      name: KPI_TABLES.plan,
      at: "A5",
      caption: "【数値目標】地域再生計画 (R-KPI-1)",
      rows: 3,
      columns: [
        { header: P.kpi, width: 220 },
        { header: P.unit, width: 60 },
        { header: P.baseline, width: 120 },
        { header: P.year1, width: 90 },
        { header: P.year2, width: 90 },
        { header: P.year3, width: 90 },
        { header: P.cumulative, width: 110 },
        { header: P.check, width: 160, formula: `=KOYO.KPICHECK([@[${P.year1}]:[${P.year3}]],${thisRow(P.cumulative)})` },
      ],
    },
    {
      name: KPI_TABLES.result,
      at: "A12",
      caption: "事業実施結果 (R-KPI-2〜4)",
      rows: 3,
      columns: [
        { header: R.kpi, width: 220 },
        { header: R.baseline, width: 90 },
        { header: R.target, width: 90 },
        { header: R.unit, width: 60 },
        { header: R.targetMonth, width: 90, numberFormat: FORMAT.month },
        { header: R.latest, width: 90 },
        { header: R.latestOn, width: 110, numberFormat: FORMAT.date },
        { header: R.reference, width: 160, list: LIST.yesNo },
        {
          header: R.progress,
          width: 90,
          numberFormat: FORMAT.percent,
          formula: blankIf(
            anyBlank([thisRow(R.baseline), thisRow(R.target), thisRow(R.latest)]),
            `KOYO.KPIPROGRESS(${thisRow(R.baseline)},${thisRow(R.target)},${thisRow(R.latest)})`,
          ),
        },
        { header: R.effect, width: 220, list: KPI_EFFECTS },
        { header: R.policy, width: 170, list: KPI_POLICIES },
      ],
    },
    {
      name: KPI_TABLES.budget,
      at: "A18",
      caption: "予算事業（金額は千円。交付金の額は「うち交付金」欄へ） (R-KPI-5)",
      rows: 3,
      columns: [
        { header: B.name, width: 220 },
        { header: B.summary, width: 220 },
        { header: B.results, width: 220 },
        thousandYen(B.budget),
        thousandYen(B.budgetGrant),
        thousandYen(B.actual),
        thousandYen(B.actualGrant),
      ],
    },
  ],
};
