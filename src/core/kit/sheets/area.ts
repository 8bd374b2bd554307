import { FORMAT, LIST } from "../formats";
import { allBlank, anyBlank, blankIf, column, thisRow } from "../refs";
import type { KitSheet } from "../types";

export const AREA_TABLES = { head: "KOYO_Area_Head", members: "KOYO_Area", joint: "KOYO_Area_Joint" } as const;
export const AREA_HEAD = { nationalRatio: "全国の有効求人倍率", nationalDecline: "全国の人口減少率" } as const;
export const AREA_COLUMNS = {
  name: "市町村名",
  openings3y: "有効求人数（3年平均）",
  seekers3y: "有効求職者数（3年平均）",
  openings1y: "有効求人数（直近1年）",
  seekers1y: "有効求職者数（直近1年）",
  ratio3y: "有効求人倍率（3年平均）",
  ratio1y: "有効求人倍率（直近1年）",
  popStart: "人口（5年前）",
  popEnd: "人口（直近）",
  decline: "人口減少率",
  depopulated: "過疎等地域",
  type: "地域類型",
  reason: "判定理由",
} as const;
export const AREA_JOINT = { ratio3y: "連携地域の有効求人倍率（3年平均）", ratio1y: "連携地域の有効求人倍率（直近1年）", type: "連携地域の地域類型" } as const;

const A = AREA_COLUMNS;
const T = AREA_TABLES;
const national = column(T.head, AREA_HEAD.nationalRatio);
const areaArgs = [thisRow(A.ratio3y), thisRow(A.ratio1y), national, thisRow(A.decline), column(T.head, AREA_HEAD.nationalDecline), thisRow(A.depopulated)].join(",");
/** AREATYPE needs at least one of the two ratios (R-AREA-2). */
const noRatio = allBlank([thisRow(A.ratio3y), thisRow(A.ratio1y)]);
/** Members typed so far: the guarded 地域類型 is "" on a spare row, which "?*" does not match. */
const members = `COUNTIF(${column(T.members, A.type)},"?*")`;
/** The joint rows apply only to a joint application (R-AREA-7/8), i.e. two or more members. */
const jointRatio = (openings: string, seekers: string): string =>
  blankIf(`COUNTA(${column(T.members, openings)})<2`, `KOYO.JOINTRATIO(${column(T.members, openings)},${column(T.members, seekers)})`);

/**
 * 地域要件. Decided: the ratio columns are typed (Hello Work publishes ratios); the 求人数 and
 * 求職者数 columns are needed only for a joint application, whose ratio is the ratio of the
 * sums (R-AREA-7), never the average of the members' ratios.
 */
export const AREA_SHEET: KitSheet = {
  id: "area",
  name: "地域要件",
  labelEn: "Area",
  title: "事業提案が可能な地域（地域要件）",
  notes: [
    "※ 市町村ごとに1行。複数市町村で連携する場合は全員分を入力し、有効求人数・有効求職者数も入力してください (R-AREA-7)。連携する市町村は隣接していなくても、県境をまたいでもかまいません (R-AREA-9)。",
    "※ 人口減少率は直近5年（例: H29.1.1 → R4.1.1）で計算します (R-AREA-4)。過疎等地域は該当する場合「はい」(R-AREA-5)。",
  ],
  freezeRows: 8,
  tables: [
    {
      name: T.head,
      at: "A4",
      rows: 1,
      columns: [
        { header: AREA_HEAD.nationalRatio, width: 130, numberFormat: FORMAT.ratio },
        { header: AREA_HEAD.nationalDecline, width: 130, numberFormat: FORMAT.percentFine },
      ],
    },
    {
      name: T.members,
      at: "A8",
      caption: "市町村別",
      rows: 5,
      columns: [
        { header: A.name, width: 130 },
        { header: A.openings3y, width: 130, numberFormat: FORMAT.count },
        { header: A.seekers3y, width: 130, numberFormat: FORMAT.count },
        { header: A.openings1y, width: 130, numberFormat: FORMAT.count },
        { header: A.seekers1y, width: 130, numberFormat: FORMAT.count },
        { header: A.ratio3y, width: 130, numberFormat: FORMAT.ratio },
        { header: A.ratio1y, width: 130, numberFormat: FORMAT.ratio },
        { header: A.popStart, width: 100, numberFormat: FORMAT.persons },
        { header: A.popEnd, width: 100, numberFormat: FORMAT.persons },
        { header: A.decline, width: 90, numberFormat: FORMAT.percentFine, formula: blankIf(anyBlank([thisRow(A.popStart), thisRow(A.popEnd)]), `KOYO.POPDECLINE(${thisRow(A.popStart)},${thisRow(A.popEnd)})`) },
        { header: A.depopulated, width: 90, list: LIST.yesNo },
        { header: A.type, width: 130, formula: blankIf(noRatio, `KOYO.AREATYPE(${areaArgs})`) },
        { header: A.reason, width: 480, formula: blankIf(noRatio, `KOYO.AREAREASON(${areaArgs})`) },
      ],
    },
    {
      name: T.joint,
      at: "A17",
      caption: "連携地域（複数市町村の場合）",
      rows: 1,
      columns: [
        { header: AREA_JOINT.ratio3y, width: 130, numberFormat: FORMAT.ratio, formula: jointRatio(A.openings3y, A.seekers3y) },
        { header: AREA_JOINT.ratio1y, width: 130, numberFormat: FORMAT.ratio, formula: jointRatio(A.openings1y, A.seekers1y) },
        {
          header: AREA_JOINT.type,
          width: 130,
          formula: blankIf(
            `${members}<2`,
            `KOYO.JOINTAREATYPE(${column(T.members, A.type)},${thisRow(AREA_JOINT.ratio3y)},${thisRow(AREA_JOINT.ratio1y)},${national})`,
          ),
        },
      ],
    },
  ],
};
