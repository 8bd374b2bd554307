import { ExcelOperationError } from "../app";
import { isKoyoError } from "../core/errors";
import type { Strings } from "./i18n";

/**
 * The text a user sees for a failure. Core input errors and Excel operation errors already carry
 * a Japanese message meant for users; anything else is a bug, so its JavaScript text goes to the
 * console and the user gets a plain instruction instead.
 */
export function describeError(error: unknown, strings: Strings): string {
  if (isKoyoError(error)) return error.message;
  if (error instanceof ExcelOperationError) return strings.failed(error.message);
  console.error(error);
  return strings.unexpected;
}
