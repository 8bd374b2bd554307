/* Every function's help beyond its JSDoc, for the English metadata, help.html and README. */
import { AREA_DOCS } from "./area";
import { CONTINUATION_DOCS } from "./continuation";
import { COST_DOCS } from "./cost";
import { COUNTING_DOCS } from "./counting";
import { DATES_DOCS } from "./dates";
import type { FunctionDoc } from "./functionDoc";
import { KPI_DOCS } from "./kpi";
import { PROPOSAL_DOCS } from "./proposal";

export const FUNCTION_DOCS: readonly FunctionDoc[] = [
  ...AREA_DOCS,
  ...CONTINUATION_DOCS,
  ...COST_DOCS,
  ...COUNTING_DOCS,
  ...DATES_DOCS,
  ...KPI_DOCS,
  ...PROPOSAL_DOCS,
];
