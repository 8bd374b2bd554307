import { parseOptionalNumber } from "../input/number";
import { isBlankRow } from "../input/blankRow";

/**
 * The yearly increments of one KPI row (R-KPI-1). A blank cell is a year not filled in yet and adds
 * nothing (decided: the plan table may be drafted year by year); null when the row is all blank.
 */
export function incrementsOf(row: readonly unknown[]): number[] | null {
  if (isBlankRow(row)) return null;
  return row.flatMap((cell) => {
    const increment = parseOptionalNumber(cell, "increments");
    return increment === null ? [] : [increment];
  });
}
