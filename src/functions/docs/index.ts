/* Every function's help beyond its JSDoc, for the English metadata, help.html and README. */
import { AREA_DOCS } from "./area";
import { DATES_DOCS } from "./dates";
import type { FunctionDoc } from "./functionDoc";

export const FUNCTION_DOCS: readonly FunctionDoc[] = [...AREA_DOCS, ...DATES_DOCS];
