/** Which count a failed rule keeps a row out of. */
export type Measure = "output" | "outcome";

/** One rule a ledger row fails, with a Japanese sentence saying what was missing or wrong. */
export interface RuleFailure {
  readonly measure: Measure;
  readonly ruleId: string;
  readonly message: string;
}

export function outputFailure(ruleId: string, message: string): RuleFailure {
  return { measure: "output", ruleId, message };
}

export function outcomeFailure(ruleId: string, message: string): RuleFailure {
  return { measure: "outcome", ruleId, message };
}
