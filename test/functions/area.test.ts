import { threshold } from "../../src/functions/area";
import { isCellError } from "../support/customFunctionsRuntime";

describe("KOYO.THRESHOLD (R-AREA-1)", () => {
  it("returns one value for one cell", () => {
    expect(threshold([[1.28]])).toEqual([[1]]);
  });
  it("lifts over a range and reads full-width text", () => {
    expect(threshold([[0.5], ["０．８５倍"], [1.1]])).toEqual([[0.67], [0.85], [1]]);
  });
  it("gives #VALUE! with a Japanese message naming the argument, only in the bad cell", () => {
    const [[good], [bad]] = threshold([[0.9], ["abc"]]);
    expect(good).toBe(0.9);
    expect(isCellError(bad) && bad.code).toBe("#VALUE!");
    expect(isCellError(bad) && bad.message).toContain("national_ratio");
    expect(isCellError(bad) && bad.message).toContain("「abc」");
  });
});
