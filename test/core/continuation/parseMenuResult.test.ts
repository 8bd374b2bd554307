import fc from "fast-check";
import { parseMenuResult } from "../../../src/core/continuation/parseMenuResult";
import type { MenuKey } from "../../../src/core/continuation/menuColumns";

const raw = (fields: Partial<Record<MenuKey, unknown>>): Record<MenuKey, unknown> => ({
  menu: "A-1",
  kind: "A",
  outputTarget: 10,
  outputActual: 7,
  satisfaction: null,
  outcomeTarget: null,
  outcomeActual: null,
  heldOn: null,
  ...fields,
});

describe("reading a menu row (R-INPUT-*)", () => {
  it("reads full-width counts with units, rates as 85% or 0.85, era dates", () => {
    const result = parseMenuResult(raw({ kind: "ｂ", outputTarget: "３０人", outputActual: "21人", satisfaction: "85%", heldOn: "R6.10.1" }));
    expect(result).toMatchObject({ kind: "B", outputTarget: 30, outputActual: 21, satisfaction: 0.85, heldOn: 45566 });
  });
  it("R-INPUT-2: a plain 85 as 満足度 is an error naming the column and saying to type 85%", () => {
    expect(() => parseMenuResult(raw({ satisfaction: 85 }))).toThrow(/^列「満足度」に「85」.*85%/u);
  });
  it("a negative target or an unknown kind is an error naming the column", () => {
    expect(() => parseMenuResult(raw({ outputTarget: -1 }))).toThrow("列「アウトプット目標」");
    expect(() => parseMenuResult(raw({ kind: "D" }))).toThrow("取組");
    expect(() => parseMenuResult(raw({ menu: "" }))).toThrow("メニュー");
  });
  it("keeps blanks as null (D-3 decides later)", () => {
    expect(parseMenuResult(raw({ outputTarget: " ", outputActual: null })).outputTarget).toBeNull();
  });
  it("any whole count typed with full-width digits reads as the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (count) => {
        const fullWidth = String(count).replace(/\d/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
        expect(parseMenuResult(raw({ outputActual: `${fullWidth}社` })).outputActual).toBe(count);
      }),
    );
  });
});
