import { COST_DOCS } from "../../src/functions/docs/cost";
import { costCheck, costPerOutcome } from "../../src/functions/cost";
import { isCellError } from "../support/customFunctionsRuntime";

const FUNCTIONS: Record<string, (...args: unknown[][][]) => unknown[][]> = { COSTPEROUTCOME: costPerOutcome, COSTCHECK: costCheck };
const shown = (result: unknown[][]): unknown => (isCellError(result[0][0]) ? result[0][0].code : result[0][0]);

describe("cost docs: every example gives the documented result", () => {
  const examples = COST_DOCS.flatMap((doc) => doc.examples.map((example) => [doc.id, example.formula, example] as const));
  it.each(examples)("%s %s", (id, _formula, example) => {
    expect(shown(FUNCTIONS[id](...(example.args as unknown[][][])))).toEqual(example.expected);
  });
  it("documents every parameter in English", () => {
    for (const doc of COST_DOCS) expect(Object.keys(doc.en.parameters).length).toBe(FUNCTIONS[doc.id].length);
  });
});

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
