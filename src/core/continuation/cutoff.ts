import { lastDayOfMonth } from "../dates/serial";

/**
 * R-CONT-6 as data: the month whose last day is the cut-off, counted from the project's first
 * fiscal year. Year 1 (April FY – March FY+1) uses the end of February, which falls in calendar
 * year FY+1; year 2 (April FY+1 – March FY+2) uses the end of January of calendar year FY+2.
 */
const CUTOFF_MONTHS = {
  1: { calendarYearOffset: 1, month: 2 },
  2: { calendarYearOffset: 2, month: 1 },
} as const;

/**
 * R-CONT-6: the date (Excel serial) whose figures a year's continuation verdict uses.
 * R-CONT-7: a hire, founding or conversion promised by this date for a later one (e.g. hired
 * 15 March) counts in this year's figures, except 定期採用. So KOYO.COUNTABLE compares 成果日
 * only with 受講日 (R-COUNT-Y4), never with the cut-off or today, and 定期採用等 stays ×
 * (R-COUNT-Y1); whether the promise was made by the cut-off is the user's to confirm.
 */
export function cutoffDate(year: 1 | 2, firstFiscalYear: number): number {
  const { calendarYearOffset, month } = CUTOFF_MONTHS[year];
  return lastDayOfMonth(firstFiscalYear + calendarYearOffset, month);
}
