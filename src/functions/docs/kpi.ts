import type { FunctionDoc } from "./functionDoc";

const INCREMENTS_EN = "The yearly increments: one row per KPI, one column per year. Blank cells add nothing; an all-blank row gives a blank.";

export const KPI_DOCS: readonly FunctionDoc[] = [
  {
    id: "KPIPROGRESS",
    en: {
      description:
        "Returns a KPI's progress as a fraction: (latest − baseline) / (target − baseline). It may be negative or above 1; #DIV/0! when target = baseline (R-KPI-2).",
      parameters: {
        baseline: "Baseline value (基準値). A cell or a range.",
        target: "Target value (目標値). A cell or a range.",
        latest: "Latest value (最新値). A cell or a range.",
      },
    },
    examples: [
      { formula: "=KOYO.KPIPROGRESS(0, 500, 825)", args: [[[0]], [[500]], [[825]]], expected: 1.65, note: "004 インターンシップ参加者数: 目標を超えて 165%。" },
      { formula: "=KOYO.KPIPROGRESS(\"1,685\", \"1,910\", 682.3)", args: [[["1,685"]], [["1,910"]], [[682.3]]], expected: -4.45644444444, note: "004 宿泊延数: 基準値を下回りマイナス。" },
      { formula: "=KOYO.KPIPROGRESS(10, 10, 12)", args: [[[10]], [[10]], [[12]]], expected: "#DIV/0!", note: "目標値が基準値と同じ。" },
    ],
  },
  {
    id: "KPITOTAL",
    en: {
      description: "Sums the yearly KPI increments of each row (the KPI 増加分の累計), one result per row (R-KPI-1).",
      parameters: { increments: INCREMENTS_EN },
    },
    examples: [
      { formula: "=KOYO.KPITOTAL(B2:D2)", args: [[[6, 10, 25]]], expected: 41, note: "000 砂川市: 6 + 10 + 25 = 41人。" },
      { formula: "=KOYO.KPITOTAL(B2:D3)", args: [[[29, 29, 29], ["２５０件", "250件", "250件"]]], expected: [[87], [750]], note: "003: 29×3 = 87、全角・単位付きも読みます。" },
    ],
  },
  {
    id: "KPICHECK",
    en: {
      description:
        "Checks each row's written cumulative value against the sum of its yearly increments (relative difference up to 1e-9): 一致, or 不一致（合計 N） with the computed sum (R-KPI-1).",
      parameters: { increments: INCREMENTS_EN, cumulative: "The written cumulative values: one column with as many rows as increments, or one cell." },
    },
    examples: [
      { formula: "=KOYO.KPICHECK(B2:D3, E2:E3)", args: [[[6, 10, 25], [10.0, 15.0, 20.0]], [[41], [45.0]]], expected: [["一致"], ["一致"]], note: "000 砂川市の2つの KPI。" },
      { formula: "=KOYO.KPICHECK(B2:D2, E2)", args: [[[29, 29, 29]], [[86]]], expected: "不一致（合計 87）", note: "累計の書き誤りを合計とともに示します。" },
    ],
  },
];
