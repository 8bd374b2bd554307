/** One line of the checker's findings list (RULES section 8). */
export type Severity = "エラー" | "警告" | "情報";

/** Gravest first: the order of the pane's summary and of its findings list. */
export const SEVERITIES: readonly Severity[] = ["エラー", "警告", "情報"];

export interface Finding {
  readonly severity: Severity;
  /** The R-CHECK rule that found it, so a user can look the rule up. */
  readonly ruleId: string;
  readonly message: string;
  /** Sheet and A1 cell to select; both empty when the thing is missing altogether. */
  readonly sheet: string;
  readonly address: string;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { エラー: 0, 警告: 0, 情報: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** A finding about a table that is not in the workbook: there is no cell to point at. */
export function missingTable(severity: Severity, ruleId: string, what: string, table: string, advice: string): Finding {
  return {
    severity,
    ruleId,
    message: `${what}（テーブル ${table}）が見つかりません。作業ウィンドウの「様式シートの作成」でシートを作ってから${advice}`,
    sheet: "",
    address: "",
  };
}
