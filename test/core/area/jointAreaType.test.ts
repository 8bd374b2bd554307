import type { AreaType } from "../../../src/core/area/areaType";
import { jointAreaType } from "../../../src/core/area/jointAreaType";
import { KoyoError } from "../../../src/core/errors";

const 不足: AreaType = "雇用機会不足地域";
const 過疎: AreaType = "過疎等地域";
const 非該当: AreaType = "非該当";
/** National average above 1, so the threshold is 1.00 (R-AREA-1). */
const NATIONAL = 1.28;
/** Joint ratios that meet R-AREA-2 (3-year) and that do not (both periods above 1.00). */
const MEETS = [0.95, 1.05] as const;
const FAILS = [1.1, 1.05] as const;

/** The seed's joint table (001, 事業応募のための地域要件, ケース1–7), every branch. */
const SEED_CASES: ReadonlyArray<readonly [string, readonly AreaType[], readonly [number, number], AreaType]> = [
  ["ケース1 (ratio meets)", [不足, 不足, 過疎], MEETS, 不足],
  ["ケース1 (ratio fails)", [不足, 不足, 過疎], FAILS, 過疎],
  ["ケース2 (ratio meets)", [不足, 過疎, 非該当], MEETS, 不足],
  ["ケース2 (ratio fails)", [不足, 過疎, 非該当], FAILS, 過疎],
  ["ケース3 (ratio meets)", [不足, 不足, 非該当], MEETS, 不足],
  ["ケース3 (ratio fails)", [不足, 不足, 非該当], FAILS, 非該当],
  ["ケース4 (ratio meets)", [不足, 非該当, 非該当], MEETS, 不足],
  ["ケース4 (ratio fails)", [不足, 非該当, 非該当], FAILS, 非該当],
  ["ケース5", [過疎, 過疎, 非該当], MEETS, 過疎],
  ["ケース6", [過疎, 非該当, 非該当], MEETS, 過疎],
  ["ケース7", [非該当, 非該当, 非該当], MEETS, 非該当],
];

describe("R-AREA-8 joint area type", () => {
  it.each(SEED_CASES)("R-AREA-8 seed %s", (_name, members, [joint3y, joint1y], expected) => {
    expect(jointAreaType(members, joint3y, joint1y, NATIONAL).type).toBe(expected);
  });
  it("R-AREA-8 the 1-year joint ratio alone is enough (or)", () => {
    expect(jointAreaType([不足, 過疎], 1.1, 0.99, NATIONAL).type).toBe(不足);
  });
  it("R-AREA-8 boundary: a joint ratio equal to the threshold qualifies", () => {
    expect(jointAreaType([不足], 1.0, null, NATIONAL).type).toBe(不足);
    expect(jointAreaType([不足], 0.67, null, 0.5).type).toBe(不足);
    expect(jointAreaType([不足], 0.671, null, 0.5).type).toBe(非該当);
  });
  it("R-AREA-8 only R-AREA-2 is applied to the joint ratio: a ratio below 1 but above the threshold fails", () => {
    expect(jointAreaType([不足, 非該当], 0.95, 0.95, 0.9).type).toBe(非該当);
  });
  it("R-AREA-8 the order of members does not matter", () => {
    expect(jointAreaType([過疎, 非該当, 不足], ...FAILS, NATIONAL).type).toBe(過疎);
  });
  it("R-AREA-8 without a 不足 member the joint ratios may be blank", () => {
    expect(jointAreaType([過疎, 非該当], null, null, NATIONAL).type).toBe(過疎);
  });
  it("R-AREA-8 with a 不足 member, both joint ratios blank is an error", () => {
    expect(() => jointAreaType([不足], null, null, NATIONAL)).toThrow(/連携地域の最近3年間と最近1年間/u);
  });
  it("R-AREA-8 no members is an error", () => {
    expect(() => jointAreaType([], 0.5, 0.5, NATIONAL)).toThrow(KoyoError);
  });
  it("R-AREA-8 the reason names the rule, the joint figure and R-AREA-10 for 雇用機会不足地域", () => {
    const { reason } = jointAreaType([不足, 過疎], 0.95, 1.05, NATIONAL);
    expect(reason).toContain("連携地域の最近3年間の有効求人倍率 0.95");
    expect(reason).toContain("(R-AREA-8, R-AREA-2)");
    expect(reason).toContain("(R-AREA-10)");
    expect(jointAreaType([不足, 過疎], ...FAILS, NATIONAL).reason).toContain("最近3年間 1.1・最近1年間 1.05");
  });
});
