/* Worksheet functions for area eligibility (RULES section 1). Thin: parse, call the core, lift. */
import { decideArea } from "../core/area/decideArea";
import { jointAreaType as judgeJointArea } from "../core/area/jointAreaType";
import { jointRatio as computeJointRatio } from "../core/area/jointRatio";
import { pairedCounts } from "../core/area/pairedCounts";
import { parseOptionalAreaType } from "../core/area/parseAreaType";
import { populationDecline } from "../core/area/populationDecline";
import { areaThreshold } from "../core/area/threshold";
import { missingArgument } from "../core/errors";
import { parseCount } from "../core/input/count";
import { parseOptionalRatio, parseRatio } from "../core/input/ratio";
import { toCell } from "./shell/cellError";
import { lift } from "./shell/lift";
import { asMatrix, cellsOf, singleCell, type CellOutput } from "./shell/matrix";

/**
 * 全国平均の有効求人倍率から、雇用機会不足地域の判定に使う基準値を返します。1.00 を超える場合は 1.00、0.67 未満の場合は 0.67 です (R-AREA-1)。
 * @customfunction THRESHOLD
 * @helpurl https://localhost:3000/help.html#THRESHOLD
 * @param national_ratio 全国平均の有効求人倍率。セルまたは範囲（例: 1.28）。
 * @returns 比較に使う基準値（倍率）。
 */
export function threshold(national_ratio: any[][]): any[][] {
  return lift([["national_ratio", national_ratio]], (ratio) => areaThreshold(parseRatio(ratio, "national_ratio")));
}

/**
 * 期首と期末の人口から人口減少率（(期首 − 期末) ÷ 期首）を返します。人口が増えた場合は負の値です (R-AREA-4)。
 * @customfunction POPDECLINE
 * @helpurl https://localhost:3000/help.html#POPDECLINE
 * @param population_start 期首の人口（例: H29.1.1 の人口）。セルまたは範囲。
 * @param population_end 期末の人口（例: R4.1.1 の人口）。セルまたは範囲。
 * @returns 人口減少率（割合。1.10% は 0.011）。
 */
export function popDecline(population_start: any[][], population_end: any[][]): any[][] {
  return lift(
    [["population_start", population_start], ["population_end", population_end]],
    (start, end) => populationDecline(parseCount(start, "population_start"), parseCount(end, "population_end")),
  );
}

const areaArguments = (...values: unknown[]): Array<readonly [string, unknown]> =>
  ["ratio_3y", "ratio_1y", "national_ratio", "pop_decline", "national_pop_decline", "depopulated"].map(
    (name, index) => [name, values[index]] as const,
  );

/**
 * 地域の類型（雇用機会不足地域・過疎等地域・非該当）を判定します (R-AREA-2, R-AREA-3, R-AREA-5, R-AREA-6)。人口減少率は両方入力したときだけ R-AREA-3 に使います。
 * @customfunction AREATYPE
 * @helpurl https://localhost:3000/help.html#AREATYPE
 * @param ratio_3y 最近3年間（平均）の有効求人倍率。空欄可（ratio_1y と両方空欄は不可）。
 * @param ratio_1y 最近1年間（平均）の有効求人倍率。空欄可。
 * @param national_ratio 全国平均の有効求人倍率（例: 1.28）。
 * @param [pop_decline] 最近5年間の地域の人口減少率（例: 6.54% または 0.0654）。
 * @param [national_pop_decline] 全国平均の人口減少率（例: 1.10% または 0.011）。
 * @param [depopulated] 過疎地域等に該当するか（はい/いいえ、○/×、TRUE/FALSE など）。空欄は「いいえ」。
 * @returns 雇用機会不足地域、過疎等地域、非該当 のいずれか。
 */
export function areaType(
  ratio_3y: any[][],
  ratio_1y: any[][],
  national_ratio: any[][],
  pop_decline?: any[][],
  national_pop_decline?: any[][],
  depopulated?: any[][],
): any[][] {
  return lift(
    areaArguments(ratio_3y, ratio_1y, national_ratio, pop_decline, national_pop_decline, depopulated),
    (...cells) => decideArea(...cells).type,
  );
}

/**
 * 地域の類型を判定した理由を1文で返します。どの基準で決まったか、比べた数値、規則 ID、雇用機会不足地域の場合は地域雇用創造計画の策定義務 (R-AREA-10) を示します。
 * @customfunction AREAREASON
 * @helpurl https://localhost:3000/help.html#AREAREASON
 * @param ratio_3y 最近3年間（平均）の有効求人倍率。空欄可（ratio_1y と両方空欄は不可）。
 * @param ratio_1y 最近1年間（平均）の有効求人倍率。空欄可。
 * @param national_ratio 全国平均の有効求人倍率（例: 1.28）。
 * @param [pop_decline] 最近5年間の地域の人口減少率（例: 6.54% または 0.0654）。
 * @param [national_pop_decline] 全国平均の人口減少率（例: 1.10% または 0.011）。
 * @param [depopulated] 過疎地域等に該当するか（はい/いいえ、○/×、TRUE/FALSE など）。空欄は「いいえ」。
 * @returns 判定の理由（日本語の1文）。
 */
export function areaReason(
  ratio_3y: any[][],
  ratio_1y: any[][],
  national_ratio: any[][],
  pop_decline?: any[][],
  national_pop_decline?: any[][],
  depopulated?: any[][],
): any[][] {
  return lift(
    areaArguments(ratio_3y, ratio_1y, national_ratio, pop_decline, national_pop_decline, depopulated),
    (...cells) => decideArea(...cells).reason,
  );
}

/**
 * 複数の市町村が連携する場合の有効求人倍率（有効求人数の合計 ÷ 有効求職者数の合計）を返します (R-AREA-7)。
 * @customfunction JOINTRATIO
 * @helpurl https://localhost:3000/help.html#JOINTRATIO
 * @param openings 各市町村の有効求人数の範囲。
 * @param seekers 各市町村の有効求職者数の範囲（openings と同じ大きさ、同じ並び）。
 * @returns 連携地域の有効求人倍率（1つの値）。
 */
export function jointRatio(openings: any[][], seekers: any[][]): any[][] {
  return [[toCell(() => {
    const counts = pairedCounts(asMatrix(openings), asMatrix(seekers), { openings: "openings", seekers: "seekers" });
    return computeJointRatio(counts.openings, counts.seekers);
  })]];
}

const MEMBER_TYPES_EXPECTED = "連携する各地域の類型（雇用機会不足地域/過疎等地域/非該当、または 不足/過疎/非該当）を入力した範囲を指定してください。";

/**
 * 複数の市町村が連携する場合の地域の類型を判定します (R-AREA-8)。各地域の類型と、連携地域の有効求人倍率から決めます。
 * @customfunction JOINTAREATYPE
 * @helpurl https://localhost:3000/help.html#JOINTAREATYPE
 * @param member_types 各地域の類型の範囲（雇用機会不足地域/過疎等地域/非該当、または 不足/過疎/非該当）。空欄のセルは無視します。
 * @param joint_ratio_3y 連携地域の最近3年間（平均）の有効求人倍率（KOYO.JOINTRATIO の結果）。空欄可。
 * @param joint_ratio_1y 連携地域の最近1年間（平均）の有効求人倍率。空欄可。
 * @param national_ratio 全国平均の有効求人倍率（例: 1.28）。
 * @returns 雇用機会不足地域、過疎等地域、非該当 のいずれか（1つの値）。
 */
export function jointAreaType(
  member_types: any[][],
  joint_ratio_3y: any[][],
  joint_ratio_1y: any[][],
  national_ratio: any[][],
): any[][] {
  const result: CellOutput = toCell(() => {
    const members = cellsOf(member_types)
      .map((cell) => parseOptionalAreaType(cell, "member_types"))
      .filter((type) => type !== null);
    if (members.length === 0) throw missingArgument("member_types", MEMBER_TYPES_EXPECTED);
    return judgeJointArea(
      members,
      parseOptionalRatio(singleCell(joint_ratio_3y, "joint_ratio_3y"), "joint_ratio_3y"),
      parseOptionalRatio(singleCell(joint_ratio_1y, "joint_ratio_1y"), "joint_ratio_1y"),
      parseRatio(singleCell(national_ratio, "national_ratio"), "national_ratio"),
      ["joint_ratio_3y", "joint_ratio_1y"],
    ).type;
  });
  return [[result]];
}
