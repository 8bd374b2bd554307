import { wordParser } from "./wordParser";

/** 成果: what happened after the menu (FUNCTIONS.md 実績台帳 column 12). 雇用 is a hire by an establishment or founder. */
export type OutcomeKind = "就職" | "転職" | "正社員転換" | "創業" | "雇用";

/** Decided synonyms: 起業 = 創業, 採用 = 雇用, 正社員化 = 正社員転換. */
export const parseOptionalOutcomeKind = wordParser<OutcomeKind>(
  {
    就職: "就職",
    転職: "転職",
    正社員転換: "正社員転換", 正社員化: "正社員転換",
    創業: "創業", 起業: "創業",
    雇用: "雇用", 採用: "雇用",
  },
  "就職、転職、正社員転換、創業、雇用 のいずれか（成果がなければ空欄）を入力してください。",
);
