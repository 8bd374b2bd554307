import { wordParser } from "./wordParser";

/** 区分: who the ledger row is about (FUNCTIONS.md 実績台帳 column 3). */
export type Category = "事業所" | "創業希望者" | "求職者" | "転換希望者" | "在職者" | "学生" | "行政機関" | "事業推進員";

/**
 * The canonical words and the few everyday synonyms that cannot mean anything else
 * (decided: 企業 is an establishment, 起業希望者 a would-be founder, 生徒 a student).
 */
export const parseOptionalCategory = wordParser<Category>(
  {
    事業所: "事業所", 企業: "事業所", 事業者: "事業所",
    創業希望者: "創業希望者", 起業希望者: "創業希望者",
    求職者: "求職者",
    転換希望者: "転換希望者", 正社員転換希望者: "転換希望者",
    在職者: "在職者",
    学生: "学生", 生徒: "学生",
    行政機関: "行政機関",
    事業推進員: "事業推進員",
  },
  "事業所、創業希望者、求職者、転換希望者、在職者、学生、行政機関、事業推進員 のいずれかを入力してください。",
);
