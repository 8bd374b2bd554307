import { dateFromSerial } from "./serial";

/** R-DATE-1: the 年度 (1 April – 31 March) of a date, as its starting western year. */
export function fiscalYearOf(serial: number): number {
  const { year, month } = dateFromSerial(serial);
  return month <= 3 ? year - 1 : year;
}
