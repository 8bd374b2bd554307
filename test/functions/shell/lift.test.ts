import { KoyoError } from "../../../src/core/errors";
import { lift } from "../../../src/functions/shell/lift";
import { isCellError } from "../../support/customFunctionsRuntime";

const add = (a: unknown, b: unknown): number => Number(a) + Number(b);

describe("lifting over ranges (FUNCTIONS.md conventions)", () => {
  it("gives a 1×1 result for single cells passed as values or as 1×1 ranges", () => {
    expect(lift([["a", 1], ["b", [[2]]]], add)).toEqual([[3]]);
  });

  it("pairs a 1×1 argument with every cell of a range", () => {
    expect(lift([["a", [[1], [2], [3]]], ["b", [[10]]]], add)).toEqual([[11], [12], [13]]);
  });

  it("combines equal shapes cell by cell", () => {
    expect(lift([["a", [[1, 2], [3, 4]]], ["b", [[10, 20], [30, 40]]]], add)).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it("gives one #VALUE! naming both arguments when shapes differ", () => {
    const result = lift([["openings", [[1], [2]]], ["seekers", [[1], [2], [3]]]], add);
    expect(result).toHaveLength(1);
    const [[cell]] = result;
    expect(isCellError(cell) && cell.code).toBe("#VALUE!");
    expect(isCellError(cell) && cell.message).toContain("openings（2行×1列）");
    expect(isCellError(cell) && cell.message).toContain("seekers（3行×1列）");
  });

  it("turns only the failing element into an error; the rest still compute", () => {
    const result = lift([["x", [[1], [2], [3]]]], (x) => {
      if (x === 2) throw new KoyoError("#VALUE!", "二は不可");
      return Number(x);
    });
    expect(result[0][0]).toBe(1);
    expect(isCellError(result[1][0]) && result[1][0].message).toBe("二は不可");
    expect(result[2][0]).toBe(3);
  });

  it("never shows a JavaScript error text: an unexpected exception becomes a Japanese #VALUE!", () => {
    const [[cell]] = lift([["x", 1]], () => {
      throw new TypeError("Cannot read properties of undefined");
    });
    expect(isCellError(cell) && cell.code).toBe("#VALUE!");
    expect(isCellError(cell) && cell.message).not.toContain("undefined");
    expect(isCellError(cell) && cell.message).toContain("予期しないエラー");
  });

  it("turns NaN and Infinity into #NUM! without a message (Excel shows none for #NUM!)", () => {
    const [[nan, infinite]] = lift([["x", [[0, 1]]]], (x) => (x === 0 ? Number.NaN : Number.POSITIVE_INFINITY));
    expect(isCellError(nan) && nan.code).toBe("#NUM!");
    expect(isCellError(infinite) && infinite.code).toBe("#NUM!");
    expect(isCellError(nan) && nan.message).toBeUndefined();
  });

  it("reads an omitted optional argument (null or undefined) as one blank cell", () => {
    expect(lift([["a", [[1], [2]]], ["b", null], ["c", undefined]], (a, b, c) => `${String(a)}${String(b)}${String(c)}`)).toEqual([
      ["1nullundefined"],
      ["2nullundefined"],
    ]);
  });
});
