import type { FunctionDoc } from "./functionDoc";

export const DATES_DOCS: readonly FunctionDoc[] = [
  {
    id: "FISCALYEAR",
    en: {
      description:
        "Returns the fiscal year (年度, 1 April – 31 March) of a date as a western year; January–March belong to the previous year (R-DATE-1). A fiscal year typed as text, such as R2年度, gives that year (R-DATE-3).",
      parameters: {
        date: "A date: a date cell or text such as 令和6年3月31日, R6.3.31 or 2024/3/31; or a fiscal year such as 令和2年度, R2年度 or H29年度. A cell or a range.",
      },
    },
    examples: [
      { formula: "=KOYO.FISCALYEAR(\"R6.3.31\")", args: [[["R6.3.31"]]], expected: 2023, note: "3月31日は前年の年度（令和5年度）。" },
      { formula: "=KOYO.FISCALYEAR(\"令和6年4月1日\")", args: [[["令和6年4月1日"]]], expected: 2024, note: "4月1日から令和6年度。" },
      { formula: "=KOYO.FISCALYEAR(\"平成32年3月31日\")", args: [[["平成32年3月31日"]]], expected: 2019, note: "改元前に書かれた 平成32年 = 2020年。2020/3/31 は令和元年度（2019）。" },
      { formula: "=KOYO.FISCALYEAR(\"H29年度\")", args: [[["H29年度"]]], expected: 2017, note: "年度の文字列はその年度 (R-DATE-3)。" },
    ],
  },
  {
    id: "WAREKI",
    en: {
      description:
        "Writes a date in the Japanese era calendar: long 令和6年3月31日 (元年 for year 1), short R6.3.31, or fy for its fiscal year 令和6年度 (R-DATE-1, R-DATE-2).",
      parameters: {
        date: "A date: a date cell or date text. A cell or a range.",
        style: "Optional. long (default), short or fy; 長, 短 and 年度 are accepted too.",
      },
    },
    examples: [
      { formula: "=KOYO.WAREKI(43586)", args: [[[43586]]], expected: "令和元年5月1日", note: "2019/5/1。1年は「元年」。" },
      { formula: "=KOYO.WAREKI(43585, \"short\")", args: [[[43585]], [["short"]]], expected: "H31.4.30", note: "2019/4/30 は平成の最後の日。" },
      { formula: "=KOYO.WAREKI(\"2025/3/31\", \"fy\")", args: [[["2025/3/31"]], [["fy"]]], expected: "令和6年度", note: "2025年3月31日は令和6年度。" },
      { formula: "=KOYO.WAREKI(45382, \"西暦\")", args: [[[45382]], [["西暦"]]], expected: "#VALUE!", note: "style は long / short / fy のいずれか。" },
    ],
  },
  {
    id: "DATE",
    en: {
      description:
        "Reads a date typed in era or western form (令和6年3月31日, R6.3.31, R6/3/31, 平成32年3月31日, 2024/3/31; full-width digits and 元年 accepted) and returns its date serial; an impossible date is #VALUE! (R-DATE-2). A date serial is returned as it is.",
      parameters: { text: "Date text, or a date cell. A cell or a range." },
    },
    examples: [
      { formula: "=KOYO.DATE(\"平成32年3月31日\")", args: [[["平成32年3月31日"]]], expected: 43921, note: "改元前の書き方も読みます（2020/3/31）。" },
      { formula: "=KOYO.DATE(\"令和元年5月1日\")", args: [[["令和元年5月1日"]]], expected: 43586, note: "元年も読みます。" },
      { formula: "=KOYO.DATE(\"令和1年4月30日\")", args: [[["令和1年4月30日"]]], expected: "#VALUE!", note: "令和は 2019/5/1 から。ありえない日付はエラー。" },
    ],
  },
];
