import { costCheck, costPerOutcome } from "../../src/functions/cost";
import { isCellError } from "../support/customFunctionsRuntime";

describe("KOYO.COSTCHECK / COSTPEROUTCOME (R-COST-1)", () => {
  it("R-COST-1 boundary: exactly 1,000,000 per person passes, 1,000,001 fails", () => {
    expect(costCheck([[1000000], [1000001], ["100万円"]], [[1]])).toEqual([["適合"], ["失格"], ["適合"]]);
  });
  it("lifts a column of costs against a column of outcomes", () => {
    expect(costPerOutcome([["10,072千円"], [300]], [[20], [3]])).toEqual([[503600], [100]]);
  });
  it("a bad cost is #VALUE! naming total_cost, only in its cell", () => {
    const [[bad], [good]] = costCheck([["多い"], [100]], [[1]]);
    expect(isCellError(bad) && bad.message).toContain("total_cost");
    expect(good).toBe("適合");
  });
});
