/**
 * The one error the task pane shows: a Japanese message that says what went wrong in Excel
 * and what to do, with Excel's error code kept for support. Every failure of an operation is
 * turned into one of these, so nothing fails silently and no English API text reaches a user.
 */
export class ExcelOperationError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "ExcelOperationError";
  }
}

/** The host lacks an API the operation needs (`what` names it, e.g. ExcelApi 1.8). */
export function apiMissingMessage(what: string): string {
  return `お使いの Excel はこの操作に必要な機能（${what}）に対応していません。Excel を最新版に更新するか、Excel on the web で実行してください。`;
}

const PROTECTED =
  "シートまたはブックが保護されているため書き込めません。［校閲］タブの［シート保護の解除］（または［ブックの保護］の解除）を行ってから、もう一度実行してください。";

/** Japanese text per Excel.ErrorCodes value (codes not listed get the general message). */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel でセルを編集中のため操作できません。Enter キーまたは Esc キーでセルの編集を終えてから、もう一度実行してください。",
  AccessDenied: PROTECTED,
  ApiNotFound: apiMissingMessage("Excel JavaScript API"),
  NotImplemented:
    "お使いの Excel はこの操作に必要な機能に対応していません。Excel を最新版に更新するか、Excel on the web で実行してください。",
  UnsupportedFeature:
    "お使いの Excel はこの操作に必要な機能に対応していません。Excel を最新版に更新するか、Excel on the web で実行してください。",
  RequestPayloadSizeLimitExceeded:
    "一度に Excel へ送るデータが大きすぎます。表の行数を減らすか、ブックを分けてから、もう一度実行してください。",
  ResponsePayloadSizeLimitExceeded:
    "一度に Excel から読むデータが大きすぎます。表の行数を減らすか、ブックを分けてから、もう一度実行してください。",
  ItemAlreadyExists: "同じ名前のシートまたはテーブルが既にあります。もう一度実行すると空いている名前で作成します。",
  ItemNotFound: "シートまたはテーブルが見つかりません。シート名・テーブル名が変更または削除されていないか確認してください。",
  InvalidReference: "指定したセル番地が正しくありません。シート名とセル番地（例: A1）を確認してください。",
  Conflict: "ほかの人またはほかの処理が同時にブックを変更しています。少し待ってから、もう一度実行してください。",
  RequestAborted: "Excel が処理を中断しました。少し待ってから、もう一度実行してください。",
  InactiveWorkbook: "ブックが操作できる状態ではありません。ブックを開き直してから、もう一度実行してください。",
};

const GENERAL = (code: string): string =>
  `Excel の操作に失敗しました（エラーコード: ${code}）。もう一度実行してください。続く場合はブックを保存して開き直してください。`;

/** Office.js rejects with OfficeExtension.Error; only its shape is relied on, not the class. */
function codeOf(error: unknown): { code: string; detail: string } | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  if (typeof code !== "string") return null;
  const detail = error instanceof Error ? error.message : "";
  return { code, detail };
}

/**
 * Translates whatever an Excel batch threw. Excel reports a protected sheet either as
 * AccessDenied or as InvalidOperation whose text mentions protection — in English or, in a
 * Japanese Excel, 保護 — so all of them map to one message.
 */
export function toOperationError(error: unknown): ExcelOperationError {
  if (error instanceof ExcelOperationError) return error;
  const found = codeOf(error);
  if (!found) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ExcelOperationError(
      "予期しないエラーで処理を完了できませんでした。ブックを保存して作業ウィンドウを開き直し、もう一度実行してください。",
      "Unexpected",
      detail,
    );
  }
  const { code, detail } = found;
  if (code === "InvalidOperation" && /protect|保護/iu.test(detail)) return new ExcelOperationError(PROTECTED, code, detail);
  return new ExcelOperationError(MESSAGES[code] ?? GENERAL(code), code, detail);
}
