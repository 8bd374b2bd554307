/**
 * The pane's strings: Japanese first, English for Office set to another language (issue 4).
 * Messages that come from the checker and the core (findings, input errors) stay Japanese:
 * they quote Japanese sheet text and rule wording.
 */
import { SEVERITIES, type Severity } from "../core/check/finding";

type Language = "ja" | "en";

export interface Strings {
  language: Language;
  title: string;
  intro: string;
  helpLink: string;
  generateHeading: string;
  sheetsLegend: string;
  valuesInsteadOfFormulas: string;
  overwriteNote: string;
  generateSelected: string;
  generateAll: string;
  noSheetSelected: string;
  generating: (done: number, total: number, label: string) => string;
  generated: (sheets: number, skippedCells: number) => string;
  renamed: (from: string, to: string) => string;
  refreshValues: string;
  refreshNote: string;
  refreshing: string;
  checkHeading: string;
  referenceRateLabel: string;
  referenceRateHint: string;
  runCheck: string;
  checking: string;
  summary: (counts: Record<Severity, number>) => string;
  noFindings: string;
  findingsLabel: string;
  severity: Record<Severity, string>;
  selectFinding: (location: string) => string;
  selected: (location: string) => string;
  working: string;
  failed: (detail: string) => string;
  unexpected: string;
}

export const JA: Strings = {
  language: "ja",
  title: "地域雇用 KOYO",
  intro: "地域雇用活性化推進事業の様式を作成し、記入内容をルールに照らしてチェックします。",
  helpLink: "関数ヘルプ（KOYO.* 関数の説明）",
  generateHeading: "様式シートの作成",
  sheetsLegend: "作成するシート",
  valuesInsteadOfFormulas: "数式の代わりに計算結果を書き込む",
  overwriteNote:
    "既にあるシートやセルは上書きしません。同じ名前のシートがあるときは別の名前で作成し、その名前を結果に表示します。",
  generateSelected: "選択したシートを作成",
  generateAll: "すべて作成",
  noSheetSelected: "作成するシートが選ばれていません。1 つ以上チェックを入れるか、「すべて作成」を押してください。",
  generating: (done, total, label) => `作成中: ${label}（${done}/${total}）`,
  generated: (sheets, skippedCells) =>
    `${sheets} 枚のシートを作成しました。` +
    (skippedCells > 0 ? `既に値のあった ${skippedCells} 個のセルはそのままにしました。` : ""),
  renamed: (from, to) => `「${from}」は既にあるため「${to}」という名前で作成しました。`,
  refreshValues: "計算結果を更新",
  refreshNote: "「数式の代わりに計算結果を書き込む」で作成したシートの計算結果の欄を、入力に合わせて埋めます。手で入力したセルは上書きしません。",
  refreshing: "計算結果を更新中…",
  checkHeading: "ワークブックのチェック",
  referenceRateLabel: "参考にする就職率（任意、R-CHECK-6）",
  referenceRateHint: "ハローワークの就職率などを 30% または 0.3 の形で入力します。空欄なら情報として表示します。",
  runCheck: "チェック実行",
  checking: "チェック中…",
  summary: (counts) =>
    `${SEVERITIES.map((severity) => `${severity} ${counts[severity]} 件`).join("、")}`,
  noFindings: "指摘事項はありません。",
  findingsLabel: "指摘事項（クリックまたは Enter でセルを選択）",
  severity: { エラー: "エラー", 警告: "警告", 情報: "情報" },
  selectFinding: (location) => `${location} を選択`,
  selected: (location) => `${location} を選択しました。`,
  working: "処理中…",
  failed: (detail) => `Excel の操作に失敗しました。${detail}`,
  unexpected: "予期しない問題が起きました。ブックを保存し、作業ウィンドウを開き直してからもう一度お試しください。",
};

export const EN: Strings = {
  language: "en",
  title: "KOYO regional employment",
  intro: "Creates the forms of the regional employment programme and checks what is written in them against the rules.",
  helpLink: "Function help (KOYO.* functions)",
  generateHeading: "Create form sheets",
  sheetsLegend: "Sheets to create",
  valuesInsteadOfFormulas: "Write calculated values instead of formulas",
  overwriteNote:
    "Existing sheets and cells are never overwritten. If a sheet of the same name exists, the new one gets another name, shown in the result.",
  generateSelected: "Create selected sheets",
  generateAll: "Create all",
  noSheetSelected: "No sheet is selected. Tick at least one, or press “Create all”.",
  generating: (done, total, label) => `Creating: ${label} (${done}/${total})`,
  generated: (sheets, skippedCells) =>
    `Created ${sheets} sheet(s).` + (skippedCells > 0 ? ` Left ${skippedCells} cell(s) that already had values.` : ""),
  renamed: (from, to) => `“${from}” already exists, so the sheet was created as “${to}”.`,
  refreshValues: "Update computed values",
  refreshNote: "Fills the result cells of sheets created with “Write calculated values instead of formulas” from what is typed; cells you typed yourself are never overwritten.",
  refreshing: "Updating computed values…",
  checkHeading: "Check the workbook",
  referenceRateLabel: "Reference placement rate (optional, R-CHECK-6)",
  referenceRateHint: "E.g. the Hello Work placement rate, typed as 30% or 0.3. Leave blank to get information only.",
  runCheck: "Run check",
  checking: "Checking…",
  summary: (counts) =>
    `Errors ${counts["エラー"]}, warnings ${counts["警告"]}, information ${counts["情報"]}`,
  noFindings: "No findings.",
  findingsLabel: "Findings (click or press Enter to select the cell)",
  severity: { エラー: "Error", 警告: "Warning", 情報: "Info" },
  selectFinding: (location) => `Select ${location}`,
  selected: (location) => `Selected ${location}.`,
  working: "Working…",
  failed: (detail) => `The Excel operation failed. ${detail}`,
  unexpected: "Something unexpected went wrong. Save the workbook, reopen the task pane and try again.",
};

/**
 * Picks the strings for Office's display language (e.g. "ja-JP", "en-US"). Japanese is the
 * default: the users are Japanese offices, so an unknown or missing language means Japanese;
 * any other language named explicitly gets English.
 */
export function pickStrings(displayLanguage: string | undefined | null): Strings {
  const language = (displayLanguage ?? "").trim().toLowerCase();
  if (language === "" || language.startsWith("ja")) return JA;
  return EN;
}
