import fc from "fast-check";
import { judgeMenus } from "../../../src/core/continuation/judgeMenus";
import type { MenuResult } from "../../../src/core/continuation/parseMenuResult";
import { serialFromDate } from "../../../src/core/dates/serial";

function menu(fields: Partial<MenuResult> & Pick<MenuResult, "kind">): MenuResult {
  return {
    menu: "M",
    outputTarget: 10,
    outputActual: 10,
    satisfaction: null,
    outcomeTarget: null,
    outcomeActual: null,
    heldOn: null,
    ...fields,
  };
}

const date = (year: number, month: number, day: number): number => serialFromDate({ year, month, day }) as number;

/** Ten menus whose output is fine, to keep the R-CONT-4 share small unless a test wants it. */
const healthyA = (count: number): MenuResult[] =>
  Array.from({ length: count }, (_, index) => menu({ menu: `A-${index}`, kind: "A", satisfaction: 0.9 }));

describe("R-CONT-1 output rate compared exactly (D-4)", () => {
  it("7 of 10 is exactly 70 % and goes on to the quality check", () => {
    const [result] = judgeMenus(1, [menu({ kind: "A", outputActual: 7, satisfaction: 0.9 })], null);
    expect(result.verdict).toBe("継続");
    expect(result.reason).toContain("70%");
    expect(result.reason).toContain("R-CONT-2");
  });
  it("69.96 % is under 70 % and shows 69.9 %, never a rounded 70 %", () => {
    const [result] = judgeMenus(1, [menu({ kind: "A", outputTarget: 2500, outputActual: 1749, satisfaction: 0.9 })], null);
    expect(result.verdict).toBe("改善計画（メニュー）");
    expect(result.reason).toContain("69.9%");
    expect(result.reason).toContain("R-CONT-3");
  });
});

describe("R-CONT-2 quality check at 70 % or more", () => {
  it("A: satisfaction exactly 85 % continues, just under 85 % needs a menu plan", () => {
    const results = judgeMenus(1, [menu({ kind: "A", satisfaction: 0.85 }), menu({ kind: "A", satisfaction: 0.849 })], null);
    expect(results.map((result) => result.verdict)).toEqual(["継続", "改善計画（メニュー）"]);
  });
  it("B year 1: outcome 3 of 10 (30 %) continues, 2 of 10 needs a menu plan", () => {
    const results = judgeMenus(1, [
      menu({ kind: "B", outcomeTarget: 10, outcomeActual: 3 }),
      menu({ kind: "C", outcomeTarget: 10, outcomeActual: 2 }),
    ], null);
    expect(results.map((result) => result.verdict)).toEqual(["継続", "改善計画（メニュー）"]);
  });
  it("B year 2 needs 50 %: 3 of 10 is a menu plan, 5 of 10 continues", () => {
    const results = judgeMenus(2, [
      menu({ kind: "B", outcomeTarget: 10, outcomeActual: 3 }),
      menu({ kind: "B", outcomeTarget: 10, outcomeActual: 5 }),
    ], null);
    expect(results.map((result) => result.verdict)).toEqual(["改善計画（メニュー）", "継続"]);
    expect(results[0].reason).toContain("2年度目の基準 50%");
  });
  it("a blank satisfaction or outcome figure leaves the menu unjudged with a reason saying what to type", () => {
    const results = judgeMenus(1, [
      menu({ kind: "A" }),
      menu({ kind: "B", outcomeTarget: 0, outcomeActual: 1 }),
      menu({ kind: "C", outcomeTarget: 5 }),
    ], null);
    expect(results.map((result) => result.verdict)).toEqual(["評価対象外", "評価対象外", "評価対象外"]);
    expect(results[0].reason).toContain("満足度が空欄");
    expect(results[1].reason).toContain("D-3");
    expect(results[2].reason).toContain("0 を入力");
  });
});

describe("R-CONT-3 50 % up to 70 %", () => {
  it("5 of 10 needs a menu plan whatever the satisfaction", () => {
    const [result] = judgeMenus(1, [...healthyA(9), menu({ kind: "A", outputActual: 5, satisfaction: 1 })], null).slice(-1);
    expect(result.verdict).toBe("改善計画（メニュー）");
  });
});

describe("R-CONT-4 share of menus under 50 % (D-2)", () => {
  const under = (name: string): MenuResult => menu({ menu: name, kind: "A", outputActual: 4, satisfaction: 0.9 });

  it("year 1, 2 of 10 under 50 % (20 %): those menus need a whole-project plan, the others keep their verdict", () => {
    const results = judgeMenus(1, [...healthyA(8), under("x"), under("y")], null);
    expect(results.slice(8).map((result) => result.verdict)).toEqual(["改善計画（事業全体）", "改善計画（事業全体）"]);
    expect(results[0].verdict).toBe("継続");
    expect(results[0].reason).toContain("事業全体の改善計画に含まれます");
    expect(results[8].reason).toContain("2 / 10 件（20%）");
  });
  it("year 2, share under 30 %: those menus are discontinued", () => {
    const results = judgeMenus(2, [...healthyA(8), under("x"), under("y")], null);
    expect(results[9].verdict).toBe("継続不可（メニュー廃止）");
    expect(results[0].reason).toContain("バランスを見直した");
  });
  it("3 of 10 is exactly 30 % and ends the project: every judged menu shows 事業廃止", () => {
    const results = judgeMenus(1, [...healthyA(7), under("x"), under("y"), under("z")], null);
    expect(new Set(results.map((result) => result.verdict))).toEqual(new Set(["事業廃止"]));
    expect(results[0].reason).toContain("3 / 10 件（30%）");
  });
  it("unjudged menus (D-3) are not counted and stay 評価対象外 even when the project ends", () => {
    const results = judgeMenus(1, [
      ...healthyA(2),
      under("x"),
      menu({ kind: "A", outputTarget: null }),
      menu({ kind: "A", outputTarget: 0 }),
    ], null);
    expect(results.map((result) => result.verdict)).toEqual(["事業廃止", "事業廃止", "事業廃止", "評価対象外", "評価対象外"]);
    expect(results[0].reason).toContain("1 / 3 件");
    expect(results[3].reason).toContain("アウトプット目標が空欄");
    expect(results[4].reason).toContain("アウトプット目標が 0");
  });
  it("unreadable rows are named in every judged reason", () => {
    const [result] = judgeMenus(1, healthyA(1), null, 2);
    expect(result.reason).toContain("読み取れない行が 2 件");
  });
});

describe("year 3 has no continuation verdict (R-PROG-1)", () => {
  it("every menu is 評価対象外", () => {
    const results = judgeMenus(3, [menu({ kind: "A", outputActual: 0 }), menu({ kind: "B" })], 2024);
    expect(results.map((result) => result.verdict)).toEqual(["評価対象外", "評価対象外"]);
    expect(results[0].reason).toContain("3年度目");
  });
});

describe("R-CONT-6 menus held after the cut-off", () => {
  const bad = (heldOn: number): MenuResult => menu({ kind: "A", outputActual: 0, heldOn });

  it("year 1 of fiscal 2024 judges a menu held on 28 Feb 2025 (the cut-off) but not one held on 1 March", () => {
    const results = judgeMenus(1, [...healthyA(9), bad(date(2025, 2, 28)), bad(date(2025, 3, 1))], 2024);
    expect(results[9].verdict).toBe("改善計画（事業全体）");
    expect(results[10].verdict).toBe("評価対象外");
    expect(results[10].reason).toContain("2025/2/28");
    expect(results[9].reason).toContain("1 / 10 件");
  });
  it("year 1 of fiscal 2023 ends February on the 29th (leap year)", () => {
    const [judged, skipped] = judgeMenus(1, [bad(date(2024, 2, 29)), bad(date(2024, 3, 1))], 2023);
    expect(judged.verdict).toBe("事業廃止");
    expect(skipped.verdict).toBe("評価対象外");
  });
  it("year 2 judges menus held in March of year 1 and up to the end of January, not February", () => {
    const results = judgeMenus(2, [
      menu({ kind: "A", satisfaction: 0.9, heldOn: date(2025, 3, 10) }),
      menu({ kind: "A", satisfaction: 0.9, heldOn: date(2026, 1, 31) }),
      menu({ kind: "A", satisfaction: 0.9, heldOn: date(2026, 2, 1) }),
      menu({ kind: "A", satisfaction: 0.9, heldOn: date(2024, 10, 1) }),
    ], 2024);
    expect(results.map((result) => result.verdict)).toEqual(["継続", "継続", "評価対象外", "評価対象外"]);
    expect(results[2].reason).toContain("2026/1/31");
    expect(results[3].reason).toContain("1年度目に判断済み");
  });
  it("a date before the first fiscal year is reported as a probable mistake", () => {
    const [result] = judgeMenus(1, [bad(date(2024, 3, 31))], 2024);
    expect(result.verdict).toBe("評価対象外");
    expect(result.reason).toContain("first_fiscal_year");
  });
  it("a date before the first fiscal year is reported as a probable mistake in year 2 as well", () => {
    const [result] = judgeMenus(2, [bad(date(2023, 10, 1))], 2024);
    expect(result.verdict).toBe("評価対象外");
    expect(result.reason).toContain("first_fiscal_year");
    expect(result.reason).not.toContain("判断済み");
  });
  it("without first_fiscal_year the date is ignored", () => {
    const [result] = judgeMenus(1, [menu({ kind: "A", satisfaction: 0.9, heldOn: date(2025, 3, 20) })], null);
    expect(result.verdict).toBe("継続");
  });
});

describe("D-4 exact comparison, property", () => {
  it("R-CONT-1: a whole-count menu reaches 70 % exactly when 10 × actual ≥ 7 × target", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (target, actual) => {
        const [result] = judgeMenus(1, [menu({ kind: "A", outputTarget: target, outputActual: actual, satisfaction: 1 })], null);
        const expected = BigInt(actual) * BigInt(10) >= BigInt(target) * BigInt(7) ? "継続" : BigInt(actual) * BigInt(2) >= BigInt(target) ? "改善計画（メニュー）" : "事業廃止";
        expect(result.verdict).toBe(expected);
      }),
    );
  });
});

describe("R-CONT-5 every improvement plan needs the committee's approval before work goes on", () => {
  const APPROVAL = "事業選抜・評価委員会の承認";
  it("R-CONT-5 a menu plan (R-CONT-2, R-CONT-3) says the menu may not be carried out until approved", () => {
    const results = judgeMenus(1, [menu({ kind: "A", satisfaction: 0.8 }), menu({ kind: "B", outputActual: 6, outcomeTarget: 5, outcomeActual: 5 }), ...healthyA(8)], null);
    for (const result of results.slice(0, 2)) {
      expect(result.verdict).toBe("改善計画（メニュー）");
      expect(result.reason).toContain(APPROVAL);
      expect(result.reason).toContain("承認を得るまでこのメニューは実施できません");
      expect(result.reason).toContain("R-CONT-5");
    }
  });
  it("R-CONT-5 a project-wide plan (R-CONT-4, years 1 and 2) says the whole project may not be carried out until approved, on every menu it covers", () => {
    for (const year of [1, 2] as const) {
      const results = judgeMenus(year, [menu({ kind: "A", outputActual: 4, satisfaction: 0.9 }), ...healthyA(9)], null);
      expect(results[0].verdict).toBe(year === 1 ? "改善計画（事業全体）" : "継続不可（メニュー廃止）");
      for (const result of results) {
        expect(result.reason).toContain("承認を得るまで事業全体を実施できません");
        expect(result.reason).toContain("R-CONT-5");
      }
    }
  });
  it("R-CONT-5 a menu that simply continues, in a project without a plan, mentions no approval", () => {
    const results = judgeMenus(1, healthyA(3), null);
    for (const result of results) {
      expect(result.verdict).toBe("継続");
      expect(result.reason).not.toContain(APPROVAL);
    }
  });
  it("R-CONT-5 property: whenever a verdict calls for a plan, its reason says the committee must approve it first", () => {
    const menuArb = fc.record({
      kind: fc.constantFrom("A", "B", "C" as const),
      outputActual: fc.integer({ min: 0, max: 12 }),
      satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
      outcomeActual: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(1, 2 as const), fc.array(menuArb, { minLength: 1, maxLength: 12 }), (year, fields) => {
        const menus = fields.map((field, index) => menu({ ...field, menu: `M-${index}`, outcomeTarget: 10 }));
        for (const result of judgeMenus(year, menus, null)) {
          if (["改善計画（メニュー）", "改善計画（事業全体）", "継続不可（メニュー廃止）"].includes(result.verdict)) {
            expect(result.reason).toContain(APPROVAL);
            expect(result.reason).toContain("R-CONT-5");
          }
        }
      }),
    );
  });
});
