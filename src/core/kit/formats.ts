/** Number formats with the units the programme writes (R-FW-T: 社 for A's output, 人 otherwise). */
export const FORMAT = {
  persons: '#,##0"人"',
  firms: '#,##0"社"',
  yen: '#,##0"円"',
  /** R-KPI-5: result reports give budget amounts in 千円. */
  thousandYen: '#,##0"千円"',
  count: "#,##0",
  percent: "0.0%",
  percentFine: "0.00%",
  ratio: "0.00",
  date: "yyyy/m/d",
  month: 'yyyy"年"m"月"',
  hours: '0.0"時間"',
} as const;

/**
 * Closed lists offered as dropdowns. The yes/no words are the ones R-INPUT-3 reads; the
 * ledger lists are FUNCTIONS.md's values, so a dropdown choice is always what the functions accept.
 */
export const LIST = {
  menuKind: ["A", "B", "C"],
  yesNo: ["はい", "いいえ"],
  areaSide: ["域内", "域外"],
  ledgerCategory: ["事業所", "創業希望者", "求職者", "転換希望者", "在職者", "学生", "行政機関", "事業推進員"],
  schoolType: ["大学等", "高校等"],
  outcome: ["就職", "転職", "正社員転換", "創業", "雇用"],
  councilKind: ["市町村", "経済団体", "労働局・ハローワーク", "その他"],
  costClass: ["人件費", "管理費", "事業費"],
  projectYear: ["1", "2", "3"],
} as const;
