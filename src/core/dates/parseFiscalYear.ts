import { badArgument } from "../errors";
import { required } from "../input/required";
import { isBlank, normalizeText } from "../input/text";
import { findEra } from "./eras";

const FISCAL_YEAR_EXPECTED = "年度を入力してください（例: 2024、2024年度、令和6年度、R6年度、H29年度）。";

/** Western years Excel can hold a date for; outside this a 年度 is a typing mistake. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9998;

/** 令和6年度, R6年度, R6, 令和元年度, H29年度. */
const ERA_FISCAL_YEAR = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*(?:年度?)?$/iu;
/** 2024, 2024年度. */
const WESTERN_FISCAL_YEAR = /^(\d{4})\s*(?:年度?)?$/u;

/**
 * Whether text is written as a 年度 (令和2年度, R2年度, 2024年度) rather than as a date: R-DATE-2
 * lists R2年度 and H29年度 among the forms staff type, so date arguments recognise them.
 */
export function isFiscalYearText(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const text = normalizeText(value);
  return text.endsWith("年度") && (ERA_FISCAL_YEAR.test(text) || WESTERN_FISCAL_YEAR.test(text));
}

/**
 * R-DATE-3: a 年度 (fiscal year) as its western starting year: 令和2年度 / R2年度 = 2020,
 * 平成29年度 = 2017, or a plain 2024. Returns null for a blank.
 */
export function parseOptionalFiscalYear(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  let year: number | null = null;
  if (typeof value === "number" && Number.isInteger(value)) {
    year = value;
  } else if (typeof value === "string") {
    const text = normalizeText(value);
    const era = ERA_FISCAL_YEAR.exec(text);
    const western = WESTERN_FISCAL_YEAR.exec(text);
    const found = era ? findEra(era[1]) : undefined;
    const eraYear = era ? (era[2] === "元" ? 1 : Number(era[2])) : 0;
    if (found && eraYear >= 1) year = found.firstYear + eraYear - 1;
    else if (western) year = Number(western[1]);
  }
  if (year === null || year < FIRST_YEAR || year > LAST_YEAR) throw badArgument(argument, value, FISCAL_YEAR_EXPECTED);
  return year;
}

/** As {@link parseOptionalFiscalYear}, but a blank is an error naming the argument. */
export const parseFiscalYear = required(parseOptionalFiscalYear, FISCAL_YEAR_EXPECTED);
