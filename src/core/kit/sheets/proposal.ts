import { LIST } from "../formats";
import type { KitSheet } from "../types";

export const PROPOSAL_TABLES = { items: "KOYO_Proposal", attachments: "KOYO_Attachments" } as const;

export const PROPOSAL_COLUMNS = { number: "番号", item: "項目", content: "内容" } as const;

/** Items whose content the checker reads for the plan period (R-CHECK-13). */
export const PLAN_PERIOD_ITEMS = { start: "計画期間（開始年度）", end: "計画期間（終了年度）" } as const;

/**
 * R-PROP-1 items 1–7, item 4 and 5 split into their sub-items so each gets its own cell;
 * item 6 (計画期間) split into start and end 年度 so R-CHECK-13 can count fiscal years.
 */
export const PROPOSAL_ITEMS: readonly (readonly [string, string])[] = [
  ["1", "事業タイトル"],
  ["2", "地域の名称"],
  ["3", "事業実施区域に関する事項"],
  ["4-1", "地域の現状・課題（人口・産業・雇用）"],
  ["4-2", "地域重点分野"],
  ["4-3", "対象求職者層"],
  ["4-4", "目標（事業を通じた雇用創出数）"],
  ["5-(1)", "実施主体・体制"],
  ["5-(2)①", "事業所の魅力向上、事業拡大の取組（具体的な取組内容、スケジュール等）"],
  ["5-(2)②", "人材育成の取組（具体的な取組内容、スケジュール等）"],
  ["5-(2)③", "就職促進の取組（具体的な取組内容、スケジュール等）"],
  ["5-(3)", "事業終了後における地域の活性化に向けた計画予定等"],
  ["5-(4)", "本事業によらない地域独自の取組"],
  ["6-1", PLAN_PERIOD_ITEMS.start],
  ["6-2", PLAN_PERIOD_ITEMS.end],
  ["7", "目標の達成状況に係る評価に関する事項"],
];

/** R-PROP-2. */
export const PROPOSAL_ATTACHMENTS = [
  "アウトプット・アウトカム指標とその設定根拠",
  "協議会の構成員名簿・組織図",
  "各取組の詳細・スケジュール",
  "地域独自の取組の詳細",
  "経費の積算",
];

const itemsRow = PROPOSAL_ITEMS.length;

export const PROPOSAL_SHEET: KitSheet = {
  id: "proposal",
  name: "提案書",
  labelEn: "Proposal",
  title: "事業構想提案書",
  notes: ["※ 各項目の「内容」欄に記入してください。計画期間は年度で入力します（例: 令和7年度）。事業は最長3か年度です (R-PROG-1)。"],
  freezeRows: 4,
  tables: [
    {
      name: PROPOSAL_TABLES.items,
      at: "A4",
      rows: itemsRow,
      prefill: PROPOSAL_ITEMS.map(([number, item]) => [number, item, null]),
      columns: [
        { header: PROPOSAL_COLUMNS.number, width: 60 },
        { header: PROPOSAL_COLUMNS.item, width: 320 },
        { header: PROPOSAL_COLUMNS.content, width: 480 },
      ],
    },
    {
      name: PROPOSAL_TABLES.attachments,
      at: `A${4 + itemsRow + 3}`,
      caption: "添付資料 (R-PROP-2)",
      rows: PROPOSAL_ATTACHMENTS.length,
      prefill: PROPOSAL_ATTACHMENTS.map((name, index) => [String(index + 1), name, null]),
      columns: [
        { header: PROPOSAL_COLUMNS.number, width: 60 },
        { header: "添付資料", width: 320 },
        { header: "添付済み", width: 480, list: LIST.yesNo },
      ],
    },
  ],
};
