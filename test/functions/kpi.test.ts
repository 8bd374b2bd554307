import { kpiCheck, kpiProgress, kpiTotal } from "../../src/functions/kpi";
import { isCellError } from "../support/customFunctionsRuntime";

describe("KOYO.KPITOTAL / KPICHECK (R-KPI-1)", () => {
  it("R-KPI-1 one result per row; blank cells add nothing; an all-blank row is blank", () => {
    expect(kpiTotal([[6, 10, 25], [29, null, ""], [null, null, null]])).toEqual([[41], [29], [""]]);
  });
  it("R-KPI-1 seed 000/003 rows check as 一致, a wrong one shows the sum", () => {
    expect(kpiCheck([[6, 10, 25], [10.0, 15.0, 20.0], [29, 29, 29], [250, 250, 250]], [[41], [45.0], [87], [751]])).toEqual([
      ["一致"], ["一致"], ["一致"], ["不一致（合計 750）"],
    ]);
  });
  it("a cumulative range of another height is one #VALUE!", () => {
    const [[cell]] = kpiCheck([[1, 2], [3, 4]], [[3], [7], [9]]);
    expect(isCellError(cell) && cell.message).toContain("cumulative");
  });
  it("a blank cumulative beside increments is #VALUE! naming cumulative", () => {
    const [[cell]] = kpiCheck([[1, 2]], [[null]]);
    expect(isCellError(cell) && cell.message).toContain("cumulative");
  });
});

describe("KOYO.KPIPROGRESS (R-KPI-2)", () => {
  it("R-KPI-2 lifts over the seed 004 rows", () => {
    const [[stay], [intern]] = kpiProgress([["1,685"], [0]], [["1,910"], [500]], [[682.3], ["825人"]]);
    expect(stay).toBeCloseTo(-4.456444, 6);
    expect(intern).toBe(1.65);
  });
});
