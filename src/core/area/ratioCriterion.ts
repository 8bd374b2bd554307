import { KoyoError } from "../errors";
import { formatRatio } from "./figures";
import { areaThreshold } from "./threshold";

/** One averaging period of the 有効求人倍率 (最近3年間 or 最近1年間) with its figure. */
export interface RatioPeriod {
  readonly label: "最近3年間" | "最近1年間";
  readonly ratio: number;
}

/** The worksheet arguments that hold the 3-year and 1-year ratios, named in the blank-ratio error. */
export type RatioArguments = readonly [ratio3y: string, ratio1y: string];

/**
 * The periods a user gave. Either may be blank, since one period meeting the criterion is
 * enough (R-AREA-2), but not both: then nothing can be judged, and the error names the two
 * arguments when the caller is a worksheet function (R-INPUT-5).
 */
export function ratioPeriods(
  ratio3y: number | null,
  ratio1y: number | null,
  whose: string,
  argumentNames?: RatioArguments,
): RatioPeriod[] {
  const periods: RatioPeriod[] = [];
  if (ratio3y !== null) periods.push({ label: "最近3年間", ratio: ratio3y });
  if (ratio1y !== null) periods.push({ label: "最近1年間", ratio: ratio1y });
  if (periods.length === 0) {
    const named = argumentNames ? `（引数「${argumentNames[0]}」と「${argumentNames[1]}」）` : "";
    throw new KoyoError(
      "#VALUE!",
      `${whose}の最近3年間と最近1年間の有効求人倍率${named}がどちらも空欄です。少なくとも一方を入力してください（例: 0.85）。`,
    );
  }
  return periods;
}

/** R-AREA-2: the first period whose ratio is at or below the R-AREA-1 threshold (≤ is inclusive). */
export function periodAtOrBelowThreshold(periods: readonly RatioPeriod[], nationalRatio: number): RatioPeriod | undefined {
  const threshold = areaThreshold(nationalRatio);
  return periods.find((period) => period.ratio <= threshold);
}

/** "基準値 1（全国平均 1.28 を R-AREA-1 により 1 とした値）" — says when the average was clamped. */
export function describeThreshold(nationalRatio: number): string {
  const threshold = areaThreshold(nationalRatio);
  return threshold === nationalRatio
    ? `基準値 ${formatRatio(threshold)}（全国平均）`
    : `基準値 ${formatRatio(threshold)}（全国平均 ${formatRatio(nationalRatio)} を R-AREA-1 により読み替えた値）`;
}

/** "最近3年間 1.2・最近1年間 1.1" */
export function describeRatios(periods: readonly RatioPeriod[]): string {
  return periods.map((period) => `${period.label} ${formatRatio(period.ratio)}`).join("・");
}
