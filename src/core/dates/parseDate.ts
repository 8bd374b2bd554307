import { badArgument } from "../errors";
import { required } from "../input/required";
import { isBlank, normalizeText } from "../input/text";
import { findEra } from "./eras";
import { isFiscalYearText, parseFiscalYear } from "./parseFiscalYear";
import { serialFromDate } from "./serial";

const DATE_EXPECTED =
  "日付を入力してください（例: 2024/3/31、令和6年3月31日、R6.3.31、R6/3/31、平成32年3月31日）。";

/** The first Excel serial we accept: 1900-03-01, where Excel's serials and the calendar agree. */
const FIRST_SERIAL = 61;
/** 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;

/** 令和6年3月31日, R6.3.31, R6/3/31, R6-3-31, R6年3月31日; 元年 for year 1. */
const ERA_DATE = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*日?$/iu;
/** 2024/3/31, 2024-03-31, 2024.3.31, 2024年3月31日. */
const WESTERN_DATE = /^(\d{4})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*日?$/u;

function eraYear(word: string): number {
  return word === "元" ? 1 : Number(word);
}

/**
 * R-DATE-2: a date as an Excel serial from a date cell (a serial number) or from text in era
 * or western form, full-width digits and 元年 included. An impossible date (2月30日, a 令和
 * date before 2019-05-01) is an error naming the argument. Returns null for a blank.
 */
export function parseOptionalDate(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= FIRST_SERIAL && value < LAST_SERIAL + 1) return Math.floor(value);
    throw badArgument(argument, value, DATE_EXPECTED);
  }
  if (typeof value !== "string") throw badArgument(argument, value, DATE_EXPECTED);
  const text = normalizeText(value);
  const era = ERA_DATE.exec(text);
  if (era) {
    const found = findEra(era[1]);
    const year = eraYear(era[2]);
    if (found && year >= 1) {
      const serial = serialFromDate({ year: found.firstYear + year - 1, month: Number(era[3]), day: Number(era[4]) });
      if (serial !== null && serial >= found.startSerial) return serial;
    }
    throw badArgument(argument, value, `その日付はありません。${DATE_EXPECTED}`);
  }
  const western = WESTERN_DATE.exec(text);
  if (western) {
    const serial = serialFromDate({ year: Number(western[1]), month: Number(western[2]), day: Number(western[3]) });
    if (serial !== null && serial >= FIRST_SERIAL) return serial;
    throw badArgument(argument, value, `その日付はありません。${DATE_EXPECTED}`);
  }
  if (isFiscalYearText(value)) {
    // R-DATE-3: a 年度 names a whole year, not a day; say so and show its first day to type.
    const year = parseFiscalYear(value, argument);
    throw badArgument(argument, value, `年度は日付ではありません。日付を入力してください（例: その年度の初日なら ${year}/4/1）。`);
  }
  throw badArgument(argument, value, DATE_EXPECTED);
}

/** As {@link parseOptionalDate}, but a blank is an error naming the argument. */
export const parseDate = required(parseOptionalDate, DATE_EXPECTED);
