/**
 * Excel date serials: days since 1899-12-30, so that 1900-03-01 and later agree with Excel
 * (FUNCTIONS.md "Dates"). Computed in UTC so no time zone moves a day.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The serial of a calendar date, or null when the date does not exist (2月30日, 13月). */
export function serialFromDate({ year, month, day }: CalendarDate): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round((time - EPOCH) / MS_PER_DAY);
}

/** The calendar date of a serial; a fractional part (a time of day) is dropped. */
export function dateFromSerial(serial: number): CalendarDate {
  const time = EPOCH + Math.floor(serial) * MS_PER_DAY;
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The last day of a month, as a serial (used by the R-CONT-6 cut-off dates). */
export function lastDayOfMonth(year: number, month: number): number {
  const firstOfNext = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return (serialFromDate(firstOfNext) as number) - 1;
}
