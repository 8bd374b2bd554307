import { outcomeFailure, type RuleFailure } from "./failure";
import type { LedgerRecord } from "./ledgerRecord";
import { commonOutcomeFailures, OUTCOME_RULES } from "./outcomeRules";
import { OUTPUT_RULES } from "./outputRules";
import { recordFacts, type RecordFacts } from "./recordFacts";

export interface RecordJudgement {
  readonly output: boolean;
  /** null when 成果 is blank: there is nothing to count. */
  readonly outcome: boolean | null;
  /** The rule the row counts as output under (e.g. R-COUNT-A5), or null when it does not. */
  readonly outputRule: string | null;
  /** Every rule the row fails, output failures first. */
  readonly failures: readonly RuleFailure[];
}

/**
 * RULES 3.5: judges one ledger row on its own (dedup is the totals' job). Every failing rule is
 * listed, not just the first, so the user can fix a row in one go.
 * R-COUNT-Z1 (people who cannot be counted may still take part when seats are free) is
 * information only: it changes no count, so nothing here applies it.
 */
export function judgeFacts(record: RecordFacts): RecordJudgement {
  const output = OUTPUT_RULES[record.category][record.kind](record);
  if (record.outcome === null) {
    return { output: output.countedBy !== null, outcome: null, outputRule: output.countedBy, failures: output.failures };
  }
  const outcomeFailures: RuleFailure[] = [...commonOutcomeFailures(record), ...(OUTCOME_RULES[record.category]?.[record.kind]?.(record, record.outcome) ?? [])];
  // R-COUNT-Y7: outcome is only counted for someone counted as output of the same menu.
  if (output.countedBy === null) {
    outcomeFailures.push(outcomeFailure("R-COUNT-Y7", "アウトプットに計上できない行の成果は計上できません"));
  }
  return {
    output: output.countedBy !== null,
    outcome: outcomeFailures.length === 0,
    outputRule: output.countedBy,
    failures: [...output.failures, ...outcomeFailures],
  };
}

/** {@link judgeFacts} for one ledger record. */
export function judgeRecord(record: LedgerRecord): RecordJudgement {
  return judgeFacts(recordFacts(record));
}
