/**
 * What Excel's custom-functions runtime provides as the global `CustomFunctions`, reduced to
 * the parts our functions use, so the shell can be tested in Node. The error codes are the
 * runtime's own string values.
 */
class CustomFunctionsError {
  readonly type = "CustomFunctionsError";
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const runtime = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: (): void => undefined,
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = runtime;

export type StubCellError = CustomFunctionsError;

export function isCellError(value: unknown): value is CustomFunctionsError {
  return value instanceof CustomFunctionsError;
}
