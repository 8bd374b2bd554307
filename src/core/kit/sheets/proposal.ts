import { LIST } from "../formats";
import type { KitColumn, KitSheet } from "../types";

export const PROPOSAL_TABLES = {
  items: "KOYO_Proposal",
  attachments: "KOYO_Attachments",
  elements: "KOYO_Proposal_Elements",
  profile: "KOYO_Proposal_Profile",
  points: "KOYO_Proposal_Points",
} as const;

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

/** R-PROP-4: the ten elements a council settles before it sets targets, in the seed's order. */
export const PROPOSAL_ELEMENTS = ["地域課題", "地域の志", "地域資源（ハード・ソフト・人材）", "重点分野", "コンセプト", "事業名", "体制", "Ａ 事業所の魅力向上、事業拡大の取組", "Ｂ 人材育成の取組", "Ｃ 就職促進の取組"];

/** R-PROP-5: the regional profile the seed shows for each example region. */
export const PROPOSAL_PROFILE = ["人口", "人口減少率（直近5年、地域要件シートと同じ計算 R-AREA-4）", "高齢化率", "重点雇用創出分野", "重点求職者層", "雇用創出目標数（3年度計）"];

/**
 * R-PROP-3: the selection points, as a list the council ticks off itself. Decided: information
 * only; the checker does not judge them, since they are the committee's judgement, not a rule.
 */
export const PROPOSAL_POINTS: readonly (readonly [string, string])[] = [
  ["事業の趣旨・目的等", "地域の課題を分析し、重点分野と対象求職者層を定め、戦略を立てているか。地域独自の取組との相乗効果があるか"],
  ["取組内容", "取組が課題の解決につながり、対象者と実施者の選び方が適切で、周知が効率的か"],
  ["事業効果", "アウトプット・アウトカムの目標が適切に設定され、効果が示されているか"],
  ["その他", "関係団体との連携が確保されているか"],
];

const itemsRow = PROPOSAL_ITEMS.length;
/** Tables below the items, each after a blank row and its caption. */
const attachmentsAt = 4 + itemsRow + 3;
const elementsAt = attachmentsAt + PROPOSAL_ATTACHMENTS.length + 3;
const profileAt = elementsAt + PROPOSAL_ELEMENTS.length + 3;
const pointsAt = profileAt + PROPOSAL_PROFILE.length + 3;
const numbered = (items: readonly string[]): (string | null)[][] => items.map((item, index) => [String(index + 1), item, null]);
const itemColumns: readonly KitColumn[] = [
  { header: PROPOSAL_COLUMNS.number, width: 60 },
  { header: PROPOSAL_COLUMNS.item, width: 320 },
  { header: PROPOSAL_COLUMNS.content, width: 480 },
];

export const PROPOSAL_SHEET: KitSheet = {
  id: "proposal",
  name: "提案書",
  labelEn: "Proposal",
  title: "事業構想提案書",
  notes: [
    "※ 各項目の「内容」欄に記入してください。計画期間は年度で入力します（例: 令和7年度）。事業は最長3か年度です (R-PROG-1)。契約書・事業実施計画・提案書に記載のない事業は原則実施できず、変更には事業選抜・評価委員会の承認が必要です (R-PROG-6)。",
    "※ どの取組も「魅力ある雇用」またはそれを担う人材の維持・確保につながると説明できる内容にします (R-PROG-3)。",
  ],
  freezeRows: 4,
  tables: [
    {
      name: PROPOSAL_TABLES.items,
      at: "A4",
      rows: itemsRow,
      prefill: PROPOSAL_ITEMS.map(([number, item]) => [number, item, null]),
      columns: itemColumns,
    },
    {
      name: PROPOSAL_TABLES.attachments,
      at: `A${attachmentsAt}`,
      caption: "添付資料 (R-PROP-2)",
      rows: PROPOSAL_ATTACHMENTS.length,
      prefill: numbered(PROPOSAL_ATTACHMENTS),
      columns: [
        { header: PROPOSAL_COLUMNS.number, width: 60 },
        { header: "添付資料", width: 320 },
        { header: "添付済み", width: 480, list: LIST.yesNo },
      ],
    },
    {
      name: PROPOSAL_TABLES.elements,
      at: `A${elementsAt}`,
      caption: "目標設定の前に固める10の要素 (R-PROP-4)",
      rows: PROPOSAL_ELEMENTS.length,
      prefill: numbered(PROPOSAL_ELEMENTS),
      columns: itemColumns,
    },
    {
      name: PROPOSAL_TABLES.profile,
      at: `A${profileAt}`,
      caption: "地域の概要 (R-PROP-5)",
      rows: PROPOSAL_PROFILE.length,
      prefill: numbered(PROPOSAL_PROFILE),
      columns: itemColumns,
    },
    {
      name: PROPOSAL_TABLES.points,
      at: `A${pointsAt}`,
      caption: "審査の観点の自己点検 (R-PROP-3)",
      rows: PROPOSAL_POINTS.length,
      prefill: PROPOSAL_POINTS.map(([point, question]) => [point, question, null]),
      columns: [
        { header: "観点", width: 130 },
        { header: "確認すること", width: 320 },
        { header: "確認済み", width: 480, list: LIST.yesNo },
      ],
    },
  ],
};
