import type { Finding } from "../app";

const ORDER: Record<Finding["severity"], number> = { エラー: 0, 警告: 1, 情報: 2 };

/** Errors first, then warnings, then information; the checker's order is kept within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
