import { ExcelOperationError, apiMissingMessage } from "./errors";

/**
 * The ExcelApi requirement sets the operations use. Reading tables needs 1.4
 * (tables.getItemOrNullObject); generating also needs 1.7 (freezePanes) and 1.8 (dataValidation).
 */
export const EXCEL_API = { read: "1.4", generate: "1.8" } as const;

type RequirementCheck = (set: string, version: string) => boolean;

/** Office's own check when the add-in runs in Office; absent in tests and the preview, where the fake has every API. */
function officeCheck(): RequirementCheck | null {
  if (typeof Office === "undefined") return null;
  const requirements = Office.context?.requirements;
  return requirements ? (set, version) => requirements.isSetSupported(set, version) : null;
}

/**
 * An Excel that lacks an API fails with a bare TypeError in the middle of a batch, which could
 * only be reported as unexpected; asking first gives the Japanese "update Excel" message instead.
 */
export function assertExcelApi(version: string, check: RequirementCheck | null = officeCheck()): void {
  if (check && !check("ExcelApi", version)) {
    throw new ExcelOperationError(apiMissingMessage(`ExcelApi ${version}`), "ApiNotFound");
  }
}
