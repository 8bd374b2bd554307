import type { RuleFailure } from "./failure";

const MEASURE_LABEL = { output: "アウトプット×", outcome: "アウトカム×" } as const;

/**
 * The reason COUNTABLE shows: every failed rule as 「アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)」.
 * Joined with "; " rather than "、", because the messages themselves use "、".
 * Empty text when nothing failed.
 */
export function formatReason(failures: readonly RuleFailure[]): string {
  return failures.map((failure) => `${MEASURE_LABEL[failure.measure]}: ${failure.message} (${failure.ruleId})`).join("; ");
}
