import type { FunctionDoc } from "./functionDoc";

const TOTAL_COST_EN = "Total project cost in yen; money text such as 10,072千円, ¥1,000,000 or 100万円 is read. A cell or a range.";
const OUTCOMES_EN = "Number of outcome persons (hires, placements, conversions to regular staff). A cell or a range.";

export const COST_DOCS: readonly FunctionDoc[] = [
  {
    id: "COSTPEROUTCOME",
    en: {
      description: "Returns the project cost per outcome person in yen: total cost ÷ outcome persons; #DIV/0! for 0 persons (R-COST-1).",
      parameters: { total_cost: TOTAL_COST_EN, outcomes: OUTCOMES_EN },
    },
    examples: [
      { formula: "=KOYO.COSTPEROUTCOME(\"10,072千円\", 20)", args: [[["10,072千円"]], [[20]]], expected: 503600, note: "10,072,000円 ÷ 20人。" },
      { formula: "=KOYO.COSTPEROUTCOME(\"100万円\", \"4人\")", args: [[["100万円"]], [["4人"]]], expected: 250000, note: "万円も単位付きの人数も読みます。" },
      { formula: "=KOYO.COSTPEROUTCOME(1000000, 0)", args: [[[1000000]], [[0]]], expected: "#DIV/0!", note: "アウトカム 0 人では計算できません。" },
    ],
  },
  {
    id: "COSTCHECK",
    en: {
      description: "Returns 失格 (disqualified) when the cost per outcome person exceeds ¥1,000,000, else 適合; exactly ¥1,000,000 passes (R-COST-1).",
      parameters: { total_cost: TOTAL_COST_EN, outcomes: OUTCOMES_EN },
    },
    examples: [
      { formula: "=KOYO.COSTCHECK(\"¥30,000,000\", 30)", args: [[["¥30,000,000"]], [[30]]], expected: "適合", note: "ちょうど 100万円/人 は適合。" },
      { formula: "=KOYO.COSTCHECK(30000001, 30)", args: [[[30000001]], [[30]]], expected: "失格", note: "1円でも超えると失格。" },
      { formula: "=KOYO.COSTCHECK(\"10,072千円\", 10)", args: [[["10,072千円"]], [[10]]], expected: "失格", note: "1,007,200円/人。" },
    ],
  },
];
