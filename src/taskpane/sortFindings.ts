import type { Finding } from "../app";
import { SEVERITIES } from "../core/check/finding";

/** Errors first, then warnings, then information; the checker's order is kept within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}
