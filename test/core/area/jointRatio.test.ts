import { jointRatio } from "../../../src/core/area/jointRatio";
import { pairedCounts } from "../../../src/core/area/pairedCounts";
import { KoyoError } from "../../../src/core/errors";

const NAMES = { openings: "openings", seekers: "seekers" };

describe("R-AREA-7 joint ratio = Σ openings / Σ seekers", () => {
  it("R-AREA-7 the seed's A市 and B町: a ratio of sums, not the mean of ratios", () => {
    // A市 1,200/1,500 = 0.8 and B町 300/500 = 0.6: the mean would be 0.7, the rule gives 0.75.
    expect(jointRatio([1200, 300], [1500, 500])).toBe(0.75);
  });
  it("R-AREA-7 one municipality gives its own ratio", () => {
    expect(jointRatio([850], [1000])).toBe(0.85);
  });
  it("R-AREA-7 a zero sum of seekers is #DIV/0!", () => {
    expect(() => jointRatio([10, 5], [0, 0])).toThrow(expect.objectContaining({ code: "#DIV/0!" }) as KoyoError);
  });
  it("R-AREA-7 lists of different lengths are #VALUE!", () => {
    expect(() => jointRatio([1, 2], [1])).toThrow(expect.objectContaining({ code: "#VALUE!" }) as KoyoError);
  });
});

describe("R-AREA-7 reading the two ranges", () => {
  it("R-AREA-7 reads typed counts and skips pairs blank in both ranges", () => {
    expect(pairedCounts([["1,200人"], [null], ["３００"]], [[1500], ["  "], [500]], NAMES)).toEqual({
      openings: [1200, 300],
      seekers: [1500, 500],
    });
  });
  it("R-AREA-7 a figure with a blank beside it is #VALUE! naming the position", () => {
    expect(() => pairedCounts([[1], [2]], [[1], [null]], NAMES)).toThrow(/2 行 1 列目は、openings に数値がありますが seekers が空欄/u);
    expect(() => pairedCounts([[1, ""]], [[1, 7]], NAMES)).toThrow(/1 行 2 列目は、seekers に数値がありますが openings が空欄/u);
  });
  it("R-AREA-7 ranges of different sizes are #VALUE! naming both shapes", () => {
    expect(() => pairedCounts([[1], [2]], [[1]], NAMES)).toThrow(/openings（2行×1列）と seekers（1行×1列）/u);
  });
  it("R-AREA-7 a negative or non-numeric count is #VALUE! naming the argument", () => {
    expect(() => pairedCounts([[-1]], [[1]], NAMES)).toThrow(/引数「openings」/u);
    expect(() => pairedCounts([[1]], [["多数"]], NAMES)).toThrow(/引数「seekers」/u);
  });
});
