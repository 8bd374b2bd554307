import { wordParser } from "./wordParser";

/** R-COUNT-S0: the two school groups of the student table. */
export type SchoolGroup = "大学等" | "高校等";

/** R-COUNT-S0: 大学等 = 大学, 短期大学, 高等専門学校, 専修学校, 各種学校; 高校等 = 中学, 高校. */
export const parseOptionalSchoolGroup = wordParser<SchoolGroup>(
  {
    大学等: "大学等", 大学: "大学等", 大学院: "大学等", 短期大学: "大学等", 短大: "大学等",
    高等専門学校: "大学等", 高専: "大学等", 専修学校: "大学等", 専門学校: "大学等", 各種学校: "大学等",
    高校等: "高校等", 高校: "高校等", 高等学校: "高校等", 中学: "高校等", 中学校: "高校等",
  },
  "大学等（大学、短大、高専、専修学校、各種学校）または 高校等（高校、中学）を入力してください。",
);
