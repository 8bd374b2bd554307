import { formatPercent, formatRatio } from "./figures";
import {
  describeRatios,
  describeThreshold,
  periodAtOrBelowThreshold,
  ratioPeriods,
  type RatioArguments,
  type RatioPeriod,
} from "./ratioCriterion";

export type AreaType = "雇用機会不足地域" | "過疎等地域" | "非該当";

/**
 * What an area is judged on (RULES section 1). Ratios are 有効求人倍率; declines are rates
 * (fractions, 1.10 % = 0.011); `depopulated` is the user's R-AREA-5 flag.
 */
export interface AreaInput {
  readonly ratio3y: number | null;
  readonly ratio1y: number | null;
  readonly nationalRatio: number;
  readonly popDecline: number | null;
  readonly nationalPopDecline: number | null;
  readonly depopulated: boolean;
}

/** The type, the rule that decided it, and one Japanese sentence saying why. */
export interface AreaDecision {
  readonly type: AreaType;
  readonly ruleId: string;
  readonly reason: string;
}

/** R-AREA-10: shown with every 雇用機会不足地域 result. */
export const PLAN_DUTY =
  "選抜された場合は地域雇用開発促進法の地域雇用創造計画を策定し、厚生労働大臣の同意を受ける必要があります (R-AREA-10)。";

interface Facts {
  readonly periods: readonly RatioPeriod[];
  readonly nationalRatio: number;
  readonly decline: { readonly area: number; readonly national: number } | null;
  /** The decline figures left blank, named for the reason when R-AREA-3 could not be judged. */
  readonly blankDeclines: readonly string[];
}

/** R-AREA-3 compares with 1 itself, strictly, not with the R-AREA-1 threshold. */
const periodBelowOne = (facts: Facts): RatioPeriod | undefined => facts.periods.find((period) => period.ratio < 1);

/**
 * The two ways to be a 雇用機会不足地域, in the order the seed lists them (①, ②). Each gives
 * the clause that explains the result when met, or null.
 */
const SHORTAGE_CRITERIA: ReadonlyArray<{ readonly ruleId: string; readonly met: (facts: Facts) => string | null }> = [
  {
    ruleId: "R-AREA-2",
    met: (facts) => {
      const period = periodAtOrBelowThreshold(facts.periods, facts.nationalRatio);
      return period
        ? `${period.label}の有効求人倍率 ${formatRatio(period.ratio)} が${describeThreshold(facts.nationalRatio)}以下`
        : null;
    },
  },
  {
    ruleId: "R-AREA-3",
    met: (facts) => {
      const period = periodBelowOne(facts);
      if (!period || facts.decline === null || facts.decline.area < facts.decline.national) return null;
      return `${period.label}の有効求人倍率 ${formatRatio(period.ratio)} が 1 未満で、人口減少率 ${formatPercent(facts.decline.area)} が全国平均 ${formatPercent(facts.decline.national)} 以上`;
    },
  },
];

/** Why neither shortage criterion held, for the 過疎等地域 and 非該当 sentences. */
function notShortage(facts: Facts): string {
  const byRatio = `有効求人倍率（${describeRatios(facts.periods)}）が${describeThreshold(facts.nationalRatio)}を超え`;
  if (facts.decline === null) {
    return `${byRatio}、${facts.blankDeclines.join("と")}が空欄のため R-AREA-3 は判定しておらず`;
  }
  if (!periodBelowOne(facts)) return `${byRatio}、1 未満でもないため R-AREA-3 にも該当せず`;
  return `${byRatio}、人口減少率 ${formatPercent(facts.decline.area)} が全国平均 ${formatPercent(facts.decline.national)} 未満のため R-AREA-3 にも該当せず`;
}

/**
 * RULES section 1 for one area: 雇用機会不足地域 by R-AREA-2 or R-AREA-3, else 過疎等地域 by
 * the R-AREA-5 flag, else 非該当. An area that is both applies as 雇用機会不足地域 (R-AREA-6),
 * which is why the shortage criteria are tried first. R-AREA-3 is applied only when both
 * decline figures are given (FUNCTIONS.md). A 非該当 result carries R-AREA-2, the main criterion.
 * `ratioArguments` names the ratio arguments in the error when both ratios are blank.
 */
export function classifyArea(input: AreaInput, ratioArguments?: RatioArguments): AreaDecision {
  const facts: Facts = {
    periods: ratioPeriods(input.ratio3y, input.ratio1y, "地域", ratioArguments),
    nationalRatio: input.nationalRatio,
    decline:
      input.popDecline !== null && input.nationalPopDecline !== null
        ? { area: input.popDecline, national: input.nationalPopDecline }
        : null,
    blankDeclines: [
      ...(input.popDecline === null ? ["人口減少率"] : []),
      ...(input.nationalPopDecline === null ? ["全国平均の人口減少率"] : []),
    ],
  };
  for (const criterion of SHORTAGE_CRITERIA) {
    const clause = criterion.met(facts);
    if (clause === null) continue;
    const both = input.depopulated ? "過疎等地域にも該当しますが、雇用機会不足地域として応募します (R-AREA-6)。" : "";
    return {
      type: "雇用機会不足地域",
      ruleId: criterion.ruleId,
      reason: `${clause}のため雇用機会不足地域です (${criterion.ruleId})。${both}${PLAN_DUTY}`,
    };
  }
  if (input.depopulated) {
    return {
      type: "過疎等地域",
      ruleId: "R-AREA-5",
      reason: `${notShortage(facts)}、過疎地域等に該当するため過疎等地域です (R-AREA-5)。`,
    };
  }
  return {
    type: "非該当",
    ruleId: "R-AREA-2",
    reason: `${notShortage(facts)}、過疎地域等でもないため非該当です (R-AREA-2, R-AREA-3, R-AREA-5)。`,
  };
}
