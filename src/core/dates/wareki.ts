import { KoyoError } from "../errors";
import { ERAS, eraOfSerial, type Era } from "./eras";
import { fiscalYearOf } from "./fiscalYear";
import { dateFromSerial } from "./serial";
import type { WarekiStyle } from "./warekiStyle";

const BEFORE_ERAS = "昭和元年（1926年12月25日）より前の日付は和暦で表せません。それ以後の日付を入力してください。";

/** R-DATE-2: a year number in an era; 1 is written 元 in the long forms (令和元年). */
const eraYearText = (year: number): string => (year === 1 ? "元" : String(year));

/**
 * Decision: a 年度 is named by the newest era whose first western year is at or before it,
 * as the ministry writes it after the change of era (FY2019 = 令和元年度, not 平成31年度;
 * FY1988 = 昭和63年度). Plans written before the change say 平成31年度; both read back the same.
 */
function eraOfFiscalYear(fiscalYear: number): Era | undefined {
  return ERAS.find((era) => era.firstYear <= fiscalYear);
}

/**
 * R-DATE-2 in reverse: a date serial as 令和6年3月31日 (long, 元年 for year 1), R6.3.31
 * (short, as staff write it; year 1 is R1) or its 年度 令和6年度 (fy, R-DATE-1).
 */
export function formatWareki(serial: number, style: WarekiStyle): string {
  if (style === "fy") {
    const fiscalYear = fiscalYearOf(serial);
    const era = eraOfFiscalYear(fiscalYear);
    if (!era) throw new KoyoError("#VALUE!", BEFORE_ERAS);
    return `${era.name}${eraYearText(fiscalYear - era.firstYear + 1)}年度`;
  }
  const era = eraOfSerial(serial);
  if (!era) throw new KoyoError("#VALUE!", BEFORE_ERAS);
  const { year, month, day } = dateFromSerial(serial);
  const eraYear = year - era.firstYear + 1;
  return style === "long"
    ? `${era.name}${eraYearText(eraYear)}年${month}月${day}日`
    : `${era.letter}${eraYear}.${month}.${day}`;
}
