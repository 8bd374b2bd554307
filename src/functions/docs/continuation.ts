import type { FunctionDoc } from "./functionDoc";

const MENUS_EN =
  "The menu table, one row per menu (the header row may be included). Columns in order: メニュー, 取組 (A/B/C), アウトプット目標, アウトプット実績, 満足度 (a rate, A menus), アウトカム目標, アウトカム実績 (B/C menus), 実施日 (optional).";
const HEADERS_EN = "Optional. The header row; with it, columns may be in any order.";
const FIRST_FY_EN =
  "Optional. The fiscal year of project year 1 (2024, 令和6年度, R6年度). With it, menus held after the year's cut-off date (by 実施日) are not judged (R-CONT-6).";

/** A four-menu table for the examples: one each of 継続, quality failure, 50–70 %, under 50 %. */
const FOUR_MENUS = [
  ["A-1", "A", 10, 8, "90%", null, null, null],
  ["B-1", "B", 20, 15, null, 10, 2, null],
  ["C-1", "C", 10, 6, null, 5, 1, null],
  ["C-2", "C", 10, 4, null, 5, 0, null],
];

export const CONTINUATION_DOCS: readonly FunctionDoc[] = [
  {
    id: "CONTINUATION",
    en: {
      description:
        "Judges each menu for the next year's continuation: output rate ≥ 70 % then the quality check (A: survey ≥ 85 %; B/C: outcome ≥ 30 % in year 1, 50 % in year 2), 50–70 % an improvement plan for the menu, under 50 % depends on the share of such menus (30 % or more ends the project). Returns two columns per menu: the verdict and a Japanese reason with the rates and rule IDs (R-CONT-1 to R-CONT-6, D-2 to D-4).",
      parameters: {
        year: "Project year being judged: 1, 2 or 3 (year 3 gives 評価対象外 for every menu).",
        menus: MENUS_EN,
        headers: HEADERS_EN,
        first_fiscal_year: FIRST_FY_EN,
      },
    },
    examples: [
      {
        formula: "=KOYO.CONTINUATION(1, A2:H2)",
        args: [[[1]], [["A-1", "A", 10, 7, "85%", null, null, null]]],
        expected: [["継続", "アウトプット達成率 70%（実績 7 ÷ 目標 10）が70%以上、満足度 85%が85%以上のため継続 (R-CONT-1, R-CONT-2)。"]],
        note: "7/10 はちょうど 70%、満足度もちょうど 85% で継続（境界を含む）。",
      },
      {
        formula: "=KOYO.CONTINUATION(3, A2:H2)",
        args: [[[3]], [["A-1", "A", 10, 2, "50%", null, null, null]]],
        expected: [["評価対象外", "3年度目は最終年度のため、翌年度の継続可否の判断はありません (R-PROG-1)。"]],
        note: "3年度目は判定なし。",
      },
      {
        formula: "=KOYO.CONTINUATION(1, A2:H2, , 2024)",
        args: [[[1]], [["A-1", "A", 10, 2, "90%", null, null, "2025/3/10"]], null, [[2024]]],
        expected: [["評価対象外", "実施日 2025/3/10 は1年度目の基準日 2025/2/28（2月末）より後のため、1年度目の継続可否判断の対象外です。2年度目に判断します (R-CONT-6)。"]],
        note: "3月以降に実施したメニューは1年度目の判定から外れます。",
      },
      {
        formula: "=KOYO.CONTINUATION(1, A2:H2)",
        args: [[[1]], [["A-1", "A", 10, 8, 85, null, null, null]]],
        expected: [["#VALUE!", "#VALUE!"]],
        note: "満足度の 85 は 85% または 0.85 と入力します（読めない行はその行だけエラー）。",
      },
    ],
  },
  {
    id: "PROJECTVERDICT",
    en: {
      description:
        "One continuation verdict for the whole project from its menu table: 事業廃止 > 改善計画（事業全体） > 改善計画（メニュー） > 継続, the first that applies; a discontinued menu (year 2) counts as 改善計画（事業全体）; 評価対象外 when no menu was judged. An unreadable row is #VALUE! naming the row (R-CONT-4).",
      parameters: { year: "Project year being judged: 1, 2 or 3.", menus: MENUS_EN, headers: HEADERS_EN, first_fiscal_year: FIRST_FY_EN },
    },
    examples: [
      {
        formula: "=KOYO.PROJECTVERDICT(1, A2:H5)",
        args: [[[1]], FOUR_MENUS],
        expected: "改善計画（事業全体）",
        note: "50%未満のメニューが 1/4（25%）で 30% 未満のため、事業全体の改善計画。",
      },
      {
        formula: "=KOYO.PROJECTVERDICT(1, A2:H4)",
        args: [[[1]], FOUR_MENUS.slice(0, 3)],
        expected: "改善計画（メニュー）",
        note: "50%未満のメニューがなく、改善計画が要るメニューがある。",
      },
      {
        formula: "=KOYO.PROJECTVERDICT(2, A2:H3)",
        args: [[[2]], [FOUR_MENUS[0], FOUR_MENUS[3]]],
        expected: "事業廃止",
        note: "50%未満のメニューが 1/2（50%）で 30% 以上。",
      },
    ],
  },
  {
    id: "CUTOFF",
    en: {
      description:
        "The cut-off date whose figures a year's continuation verdict uses: the last day of February of year 1's fiscal year (leap years included), or the last day of January of year 2's. Returns a date serial (R-CONT-6).",
      parameters: {
        year: "Project year: 1 or 2. A cell or a range.",
        first_fiscal_year: "The fiscal year of project year 1 (2024, 令和6年度, R6年度). A cell or a range.",
      },
    },
    examples: [
      { formula: "=KOYO.CUTOFF(1, 2024)", args: [[[1]], [[2024]]], expected: 45716, note: "令和6年度開始の1年度目は 2025/2/28。" },
      { formula: "=KOYO.CUTOFF(1, \"令和5年度\")", args: [[[1]], [["令和5年度"]]], expected: 45351, note: "うるう年: 2024/2/29。" },
      { formula: "=KOYO.CUTOFF(2, 2024)", args: [[[2]], [[2024]]], expected: 46053, note: "2年度目は 2026/1/31。" },
      { formula: "=KOYO.CUTOFF(3, 2024)", args: [[[3]], [[2024]]], expected: "#VALUE!", note: "3年度目には継続可否の判断がありません。" },
    ],
  },
];
