import { serialFromDate } from "./serial";

/**
 * R-DATE-2: the Japanese eras the programme's documents use, newest first. Year 1 of an era
 * is its first western year. An era's dates may run past its end (平成32年3月31日 = 2020-03-31,
 * written before the change of era), but never before its start.
 */
export interface Era {
  readonly name: "令和" | "平成" | "昭和";
  readonly letter: "R" | "H" | "S";
  readonly firstYear: number;
  readonly startSerial: number;
}

export const ERAS: readonly Era[] = [
  { name: "令和", letter: "R", firstYear: 2019, startSerial: serialFromDate({ year: 2019, month: 5, day: 1 }) as number },
  { name: "平成", letter: "H", firstYear: 1989, startSerial: serialFromDate({ year: 1989, month: 1, day: 8 }) as number },
  { name: "昭和", letter: "S", firstYear: 1926, startSerial: serialFromDate({ year: 1926, month: 12, day: 25 }) as number },
];

/** Finds an era by its kanji name or its letter (any case). */
export function findEra(word: string): Era | undefined {
  const upper = word.toUpperCase();
  return ERAS.find((era) => era.name === word || era.letter === upper);
}

/** The era a date is written in today: the newest whose start is on or before it. */
export function eraOfSerial(serial: number): Era | undefined {
  return ERAS.find((era) => serial >= era.startSerial);
}
