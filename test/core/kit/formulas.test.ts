import { FUNCTION_DOCS } from "../../../src/functions/docs";
import { KIT_SHEETS, kitSheet } from "../../../src/core/kit";
import { renderSheet, valuesModeTitleNote } from "../../../src/core/kit/render";
import type { SheetPlan } from "../../../src/core/kit/types";

const render = (valuesInsteadOfFormulas: boolean): SheetPlan[] =>
  KIT_SHEETS.map((sheet) => renderSheet(sheet, { sheetName: sheet.name, tableName: (name) => name, valuesInsteadOfFormulas }));

const formulasOf = (plans: readonly SheetPlan[]): string[] =>
  plans.flatMap((plan) => plan.formulas.map((block) => String(block.rows[0][0])));

/** Every `KOYO.NAME(args)` in a formula, its arguments split at top-level commas (brackets, parentheses and quotes nest). */
function koyoCalls(formula: string): { name: string; args: string[] }[] {
  const calls: { name: string; args: string[] }[] = [];
  for (const match of formula.matchAll(/KOYO\.([A-Z]+)\(/gu)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = "";
    for (const char of formula.slice((match.index ?? 0) + match[0].length)) {
      if (char === '"') quoted = !quoted;
      if (!quoted && (char === "(" || char === "[")) depth++;
      if (!quoted && (char === ")" || char === "]")) {
        if (depth === 0) break;
        depth--;
      }
      if (!quoted && depth === 0 && char === ",") {
        args.push(current);
        current = "";
      } else current += char;
    }
    args.push(current);
    calls.push({ name: match[1], args });
  }
  return calls;
}

/**
 * What the kit must pass, argument by argument, per FUNCTIONS.md (the order of src/functions/*.ts).
 * A pattern per argument: the kit's structured reference for it.
 */
const EXPECTED: Readonly<Record<string, readonly RegExp[]>> = {
  COUNTABLE: [/^KOYO_Ledger\[#Data\]$/u, /^KOYO_Ledger\[#Headers\]$/u],
  OUTPUTTOTAL: [/^KOYO_Ledger\[#Data\]$/u, /^KOYO_Ledger\[#Headers\]$/u, /^\[@\[メニュー\]\]$/u],
  OUTCOMETOTAL: [/^KOYO_Ledger\[#Data\]$/u, /^KOYO_Ledger\[#Headers\]$/u, /^\[@\[メニュー\]\]$/u],
  CONTINUATION: [/事業年度/u, /^KOYO_Menus\[#Data\]$/u, /^KOYO_Menus\[#Headers\]$/u, /事業初年度/u],
  PROJECTVERDICT: [/事業年度/u, /^KOYO_Menus\[#Data\]$/u, /^KOYO_Menus\[#Headers\]$/u, /事業初年度/u],
  COSTPEROUTCOME: [/総事業費/u, /アウトカム目標の合計/u],
  COSTCHECK: [/総事業費/u, /アウトカム目標の合計/u],
  POPDECLINE: [/人口（5年前）/u, /人口（直近）/u],
  AREATYPE: [/有効求人倍率（3年平均）/u, /有効求人倍率（直近1年）/u, /全国の有効求人倍率/u, /^\[@\[人口減少率\]\]$/u, /全国の人口減少率/u, /過疎等地域/u],
  AREAREASON: [/有効求人倍率（3年平均）/u, /有効求人倍率（直近1年）/u, /全国の有効求人倍率/u, /^\[@\[人口減少率\]\]$/u, /全国の人口減少率/u, /過疎等地域/u],
  JOINTRATIO: [/有効求人数/u, /有効求職者数/u],
  JOINTAREATYPE: [/地域類型/u, /連携地域の有効求人倍率（3年平均）/u, /連携地域の有効求人倍率（直近1年）/u, /全国の有効求人倍率/u],
  KPICHECK: [/1年目増加分\]:\[3年目増加分/u, /KPI増加分の累計/u],
  KPIPROGRESS: [/基準値/u, /目標値/u, /最新値/u],
};

describe("KOYO formulas the kit writes", () => {
  const calls = formulasOf(render(false)).flatMap(koyoCalls);

  it("call only functions that exist, with no more arguments than their signature has", () => {
    for (const { name, args } of calls) {
      const doc = FUNCTION_DOCS.find((entry) => entry.id === name);
      expect(doc).toBeDefined();
      expect(args.length).toBeLessThanOrEqual(Object.keys(doc?.en.parameters ?? {}).length);
    }
  });

  it("pass each argument in the order of FUNCTIONS.md", () => {
    expect(new Set(calls.map((call) => call.name))).toEqual(new Set(Object.keys(EXPECTED)));
    for (const { name, args } of calls) {
      const expected = EXPECTED[name];
      expect(args).toHaveLength(expected.length);
      args.forEach((arg, index) => expect({ name, index, arg }).toEqual({ name, index, arg: expect.stringMatching(expected[index]) }));
    }
  });

  it("R-INPUT-5 every per-row KOYO call is guarded, so an unfilled row shows blank instead of #VALUE!", () => {
    const unguarded = formulasOf(render(false)).filter((formula) => formula.startsWith("=KOYO.") && !/^=KOYO\.(COUNTABLE|OUTPUTTOTAL|OUTCOMETOTAL|KPICHECK)\(/u.test(formula));
    expect(unguarded).toEqual([]);
  });
});

describe("values mode (Excel without custom functions)", () => {
  it("leaves every KOYO cell blank, counts them, keeps plain formulas and says so on those sheets only", () => {
    const plans = render(true);
    expect(formulasOf(plans).filter((formula) => formula.includes("KOYO."))).toEqual([]);
    expect(formulasOf(plans)).toEqual(["=SUM(KOYO_Cost[[金額（円）]])"]);
    const left = Object.fromEntries(plans.map((plan) => [plan.sheetId, plan.koyoCellsLeftBlank]));
    // ledger: 1 spill + 5 totals rows × 2; continuation: 1 spill + 1 project verdict; cost: 1 row × 2;
    // area: 5 rows × 3 + 1 joint row × 3; KPI: 3 plan rows + 3 result rows.
    expect(left).toEqual({ framework: 0, proposal: 0, council: 0, cost: 2, ledger: 11, continuation: 2, area: 18, kpi: 6 });
    for (const plan of plans) {
      const title = String(plan.values[0].rows[0][0]);
      expect(title.endsWith(valuesModeTitleNote(kitSheet(plan.sheetId)))).toBe(plan.koyoCellsLeftBlank > 0);
    }
    // The title says whether 計算結果を更新 fills the sheet: exactly the sheets refreshValues covers.
    const refreshed = plans.filter((plan) => String(plan.values[0].rows[0][0]).includes("を押すと計算結果が入ります")).map((plan) => plan.sheetId);
    expect(refreshed).toEqual(["cost", "ledger", "continuation", "area", "kpi"]);
    const notRefreshed = plans.filter((plan) => String(plan.values[0].rows[0][0]).includes("の対象外")).map((plan) => plan.sheetId);
    expect(notRefreshed).toEqual([]);
    expect(render(false).every((plan) => plan.koyoCellsLeftBlank === 0)).toBe(true);
  });
});
