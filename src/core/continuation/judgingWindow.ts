import { dateFromSerial, serialFromDate } from "../dates/serial";
import { cutoffDate } from "./cutoff";

function formatDate(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${year}/${month}/${day}`;
}

/**
 * R-CONT-6: which menus a year's verdict covers, by the date they were held. Each menu is
 * judged once, at the first verdict after it was held: year 1 covers menus held from the start
 * of the first fiscal year to the end of February; year 2 covers the rest of year 1 (March)
 * and year 2 up to the end of January. Returns why a menu is not judged, or null when it is.
 *
 * Decided (the seed is silent): a menu held in year 1 up to the end of February was judged in
 * year 1, so a year-2 table that still lists it shows it as not judged rather than judging it
 * twice; a date before the first fiscal year is reported as a probable typing mistake.
 */
export function outsideJudgingWindow(year: 1 | 2, heldOn: number, firstFiscalYear: number): string | null {
  const held = `実施日 ${formatDate(heldOn)}`;
  const yearOneCutoff = cutoffDate(1, firstFiscalYear);
  const projectStart = serialFromDate({ year: firstFiscalYear, month: 4, day: 1 }) as number;
  if (heldOn < projectStart) {
    return `${held} は事業1年度目（${formatDate(projectStart)}〜）より前です。実施日か first_fiscal_year を確かめてください (R-CONT-6)。`;
  }
  if (year === 1) {
    if (heldOn > yearOneCutoff) {
      return `${held} は1年度目の基準日 ${formatDate(yearOneCutoff)}（2月末）より後のため、1年度目の継続可否判断の対象外です。2年度目に判断します (R-CONT-6)。`;
    }
    return null;
  }
  if (heldOn <= yearOneCutoff) {
    return `${held} は1年度目の基準日 ${formatDate(yearOneCutoff)}（2月末）以前のため、1年度目に判断済みです。2年度目の判断の対象外です (R-CONT-6)。`;
  }
  const yearTwoCutoff = cutoffDate(2, firstFiscalYear);
  if (heldOn > yearTwoCutoff) {
    return `${held} は2年度目の基準日 ${formatDate(yearTwoCutoff)}（1月末）より後のため、2年度目の継続可否判断の対象外です (R-CONT-6)。`;
  }
  return null;
}
