/**
 * The one kind of failure the core reports. It carries the Excel error a cell should show
 * (`#VALUE!`, `#DIV/0!`, `#NUM!`) and a Japanese message for the user, written to say which
 * argument was wrong, what was seen and what to type instead (R-INPUT-5).
 *
 * The core throws it; the worksheet-function shell turns it into a `CustomFunctions.Error`,
 * and the task-pane checker into a finding. Any other exception is a bug, and the shell
 * hides its text behind a generic Japanese message rather than show JavaScript to a user.
 */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A";

export class KoyoError extends Error {
  readonly code: ExcelErrorCode;

  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "KoyoError";
    this.code = code;
  }
}

export function isKoyoError(value: unknown): value is KoyoError {
  return value instanceof KoyoError;
}

/** Shows what the user typed, shortened so a message stays one readable line. */
function describeSeen(value: unknown): string {
  if (value === null || value === undefined) return "空欄";
  if (typeof value === "string") {
    const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
    return `「${shown}」`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? `「${String(value)}」` : "「数値でない値」";
  if (typeof value === "boolean") return value ? "「TRUE」" : "「FALSE」";
  return "「読み取れない値」";
}

/**
 * `#VALUE!` for a bad argument: 引数「name」に X が入力されました。expected
 * `expected` says what to type instead, e.g. "数値（例: 1.23、１，２３４人）を入力してください".
 */
export function badArgument(argument: string, seen: unknown, expected: string): KoyoError {
  return new KoyoError("#VALUE!", `引数「${argument}」に${describeSeen(seen)}が入力されました。${expected}`);
}

/** `#VALUE!` for a required argument left blank. */
export function missingArgument(argument: string, expected: string): KoyoError {
  return new KoyoError("#VALUE!", `引数「${argument}」が空欄です。${expected}`);
}
