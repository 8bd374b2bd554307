import { classifyArea, type AreaInput } from "../../../src/core/area/areaType";
import { KoyoError } from "../../../src/core/errors";

const BASE: AreaInput = {
  ratio3y: null,
  ratio1y: null,
  nationalRatio: 0.9,
  popDecline: null,
  nationalPopDecline: null,
  depopulated: false,
};
const judge = (overrides: Partial<AreaInput>) => classifyArea({ ...BASE, ...overrides });
/** The guide's national population decline, 1.10 %. */
const NATIONAL_DECLINE = 0.011;

describe("R-AREA-2 shortage by ratio ≤ threshold", () => {
  it("R-AREA-2 a 3-year ratio below the threshold", () => {
    const decision = judge({ ratio3y: 0.85, ratio1y: 1.2 });
    expect(decision.type).toBe("雇用機会不足地域");
    expect(decision.ruleId).toBe("R-AREA-2");
  });
  it("R-AREA-2 a 1-year ratio below the threshold is enough (or)", () => {
    expect(judge({ ratio3y: 1.2, ratio1y: 0.85 }).type).toBe("雇用機会不足地域");
  });
  it("R-AREA-2 boundary: a ratio exactly equal to the threshold qualifies (≤ is inclusive)", () => {
    expect(judge({ ratio3y: 0.9 }).type).toBe("雇用機会不足地域");
    expect(judge({ ratio3y: 0.9000001 }).type).toBe("非該当");
  });
  it("R-AREA-2 with R-AREA-1: national 1.00 exactly gives threshold 1.00, inclusive", () => {
    expect(judge({ ratio3y: 1.0, nationalRatio: 1.0 }).type).toBe("雇用機会不足地域");
    expect(judge({ ratio3y: 1.01, nationalRatio: 1.0 }).type).toBe("非該当");
  });
  it("R-AREA-2 with R-AREA-1: national 0.67 exactly gives threshold 0.67, inclusive", () => {
    expect(judge({ ratio1y: 0.67, nationalRatio: 0.67 }).type).toBe("雇用機会不足地域");
    expect(judge({ ratio1y: 0.68, nationalRatio: 0.67 }).type).toBe("非該当");
  });
  it("R-AREA-2 with R-AREA-1: a national average above 1 is compared as 1.00", () => {
    expect(judge({ ratio3y: 1.0, nationalRatio: 1.28 }).type).toBe("雇用機会不足地域");
    expect(judge({ ratio3y: 1.1, nationalRatio: 1.28 }).type).toBe("非該当");
  });
  it("R-AREA-2 with R-AREA-1: a national average below 0.67 is compared as 0.67", () => {
    expect(judge({ ratio3y: 0.6, nationalRatio: 0.5 }).type).toBe("雇用機会不足地域");
    expect(judge({ ratio3y: 0.67, nationalRatio: 0.5 }).type).toBe("雇用機会不足地域");
  });
  it("R-AREA-2 the reason names the period, both figures, the rule and R-AREA-10's duty", () => {
    const { reason } = judge({ ratio3y: 1.2, ratio1y: 0.95, nationalRatio: 1.28 });
    expect(reason).toContain("最近1年間の有効求人倍率 0.95");
    expect(reason).toContain("基準値 1（全国平均 1.28 を R-AREA-1 により読み替えた値）以下");
    expect(reason).toContain("(R-AREA-2)");
    expect(reason).toContain("地域雇用創造計画");
    expect(reason).toContain("(R-AREA-10)");
  });
  it("R-AREA-2 either ratio may be blank, not both", () => {
    expect(judge({ ratio1y: 0.5 }).type).toBe("雇用機会不足地域");
    expect(() => judge({})).toThrow(KoyoError);
    expect(() => judge({})).toThrow(/最近3年間と最近1年間の有効求人倍率がどちらも空欄/u);
  });
});

describe("R-AREA-3 shortage by ratio < 1 and population decline ≥ national", () => {
  const above = { nationalRatio: 0.8, popDecline: 0.0654, nationalPopDecline: NATIONAL_DECLINE };
  it("R-AREA-3 釧路市's 6.54 % decline with a ratio of 0.95 (above the threshold 0.8)", () => {
    const decision = judge({ ...above, ratio3y: 0.95 });
    expect(decision).toMatchObject({ type: "雇用機会不足地域", ruleId: "R-AREA-3" });
    expect(decision.reason).toContain("最近3年間の有効求人倍率 0.95 が 1 未満");
    expect(decision.reason).toContain("人口減少率 6.54% が全国平均 1.1% 以上");
    expect(decision.reason).toContain("(R-AREA-10)");
  });
  it("R-AREA-3 the 1-year ratio is enough (or)", () => {
    expect(judge({ ...above, ratio3y: 1.05, ratio1y: 0.99 }).ruleId).toBe("R-AREA-3");
  });
  it("R-AREA-3 boundary: a ratio of exactly 1 does not qualify (< 1 is strict)", () => {
    const decision = judge({ ...above, ratio3y: 1, ratio1y: 1 });
    expect(decision.type).toBe("非該当");
    expect(decision.reason).toContain("1 未満でもないため R-AREA-3 にも該当せず");
  });
  it("R-AREA-3 boundary: a decline exactly equal to the national one qualifies (≥ is inclusive)", () => {
    expect(judge({ ...above, ratio3y: 0.95, popDecline: NATIONAL_DECLINE }).ruleId).toBe("R-AREA-3");
  });
  it("R-AREA-3 a decline just below the national one does not qualify", () => {
    const decision = judge({ ...above, ratio3y: 0.95, popDecline: 0.0109 });
    expect(decision.type).toBe("非該当");
    expect(decision.reason).toContain("人口減少率 1.09% が全国平均 1.1% 未満");
  });
  it("R-AREA-3 a growing population (negative decline) does not qualify unless the nation shrank less", () => {
    expect(judge({ ...above, ratio3y: 0.95, popDecline: -0.01 }).type).toBe("非該当");
    expect(judge({ ...above, ratio3y: 0.95, popDecline: -0.01, nationalPopDecline: -0.02 }).type).toBe("雇用機会不足地域");
  });
  it("R-AREA-3 is not applied unless both decline figures are given, and the reason says so", () => {
    for (const partial of [{ popDecline: 0.0654 }, { nationalPopDecline: NATIONAL_DECLINE }, {}]) {
      const decision = judge({ nationalRatio: 0.8, ratio3y: 0.95, ...partial });
      expect(decision.type).toBe("非該当");
      expect(decision.reason).toContain("R-AREA-3 は判定しておらず");
    }
  });
  it("R-AREA-2 is tried first: an area meeting both is reported under R-AREA-2", () => {
    expect(judge({ ...above, ratio3y: 0.7 }).ruleId).toBe("R-AREA-2");
  });
});

describe("R-AREA-5 depopulated, R-AREA-6 both", () => {
  it("R-AREA-5 the seed's 釧路市 (過疎等地域): ratios above the threshold, 6.54 % decline, flagged", () => {
    const decision = judge({
      ratio3y: 1.2,
      ratio1y: 1.1,
      nationalRatio: 1.28,
      popDecline: 0.0654,
      nationalPopDecline: NATIONAL_DECLINE,
      depopulated: true,
    });
    expect(decision).toMatchObject({ type: "過疎等地域", ruleId: "R-AREA-5" });
    expect(decision.reason).toContain("(R-AREA-5)");
    expect(decision.reason).not.toContain("R-AREA-10");
  });
  it("R-AREA-6 an area that is both applies as 雇用機会不足地域 and the reason says so", () => {
    const decision = judge({ ratio3y: 0.5, depopulated: true });
    expect(decision.type).toBe("雇用機会不足地域");
    expect(decision.reason).toContain("(R-AREA-6)");
    expect(decision.reason).toContain("(R-AREA-10)");
  });
  it("R-AREA-6 also when the shortage comes from R-AREA-3", () => {
    const decision = judge({ ratio3y: 0.95, nationalRatio: 0.8, popDecline: 0.05, nationalPopDecline: NATIONAL_DECLINE, depopulated: true });
    expect(decision).toMatchObject({ type: "雇用機会不足地域", ruleId: "R-AREA-3" });
  });
  it("R-AREA-2 neither: 非該当 with the figures and all three rule IDs", () => {
    const decision = judge({ ratio3y: 1.2, ratio1y: 1.1, nationalRatio: 0.9 });
    expect(decision).toMatchObject({ type: "非該当", ruleId: "R-AREA-2" });
    expect(decision.reason).toBe(
      "有効求人倍率（最近3年間 1.2・最近1年間 1.1）が基準値 0.9（全国平均）を超え、人口減少率と全国平均の人口減少率が空欄のため R-AREA-3 は判定しておらず、過疎地域等でもないため非該当です (R-AREA-2, R-AREA-3, R-AREA-5)。",
    );
  });
  it("R-AREA-3 with only one decline figure, the reason names the one that is blank", () => {
    const national = judge({ ratio3y: 0.95, nationalRatio: 0.8, popDecline: 0.05 }).reason;
    expect(national).toContain("、全国平均の人口減少率が空欄のため R-AREA-3 は判定しておらず");
    const own = judge({ ratio3y: 0.95, nationalRatio: 0.8, nationalPopDecline: NATIONAL_DECLINE }).reason;
    expect(own).toContain("、人口減少率が空欄のため R-AREA-3 は判定しておらず");
  });
  it("D-4 figures are shown as typed, without floating-point noise", () => {
    expect(judge({ ratio3y: 0.1 + 0.2, nationalRatio: 0.9 }).reason).toContain("0.3 が");
  });
});
