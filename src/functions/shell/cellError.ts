import { isKoyoError, KoyoError, type ExcelErrorCode } from "../../core/errors";

/** Excel caps a custom error message; longer text would be cut by the host anyway. */
const MAX_MESSAGE_LENGTH = 255;

const ERROR_CODES: Record<ExcelErrorCode, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#DIV/0!": () => CustomFunctions.ErrorCode.divisionByZero,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
};

/**
 * Excel shows a custom message only for #VALUE! and #N/A (CustomFunctions.ErrorCode docs);
 * for #DIV/0! and #NUM! the code itself is the message, so none is passed.
 */
const CODES_WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["#VALUE!", "#N/A"]);

/**
 * Turns anything a rule threw into the typed Excel error a cell shows. A KoyoError keeps its
 * code and Japanese message; anything else is a bug, and the user sees a Japanese apology,
 * never JavaScript text or a stack (R-INPUT-5).
 */
export function toCellError(thrown: unknown): CustomFunctions.Error {
  const error = isKoyoError(thrown)
    ? thrown
    : new KoyoError("#VALUE!", "計算中に予期しないエラーが起きました。入力を確かめ、直らない場合は担当者にお知らせください。");
  const message = error.message.length > MAX_MESSAGE_LENGTH ? `${error.message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : error.message;
  const code = ERROR_CODES[error.code]();
  return CODES_WITH_MESSAGE.has(error.code) ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

/**
 * A value safe to hand to Excel: numbers must be finite (a NaN or Infinity is a bug turned
 * into #NUM!), and anything thrown while computing becomes a typed error.
 */
export function toCell(compute: () => string | number | boolean): string | number | boolean | CustomFunctions.Error {
  try {
    const value = compute();
    if (typeof value === "number" && !Number.isFinite(value)) {
      return toCellError(new KoyoError("#NUM!", "計算結果が数値の範囲を超えました。入力した数値を確かめてください。"));
    }
    return value;
  } catch (thrown) {
    return toCellError(thrown);
  }
}
