import { areaReason, areaType, jointAreaType, jointRatio, popDecline, threshold } from "../../src/functions/area";
import { isCellError } from "../support/customFunctionsRuntime";

/** What a 1×1 result shows: the value, or the error code. */
function shown(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  const [[cell]] = result;
  return isCellError(cell) ? cell.code : cell;
}

function messageOf(cell: unknown): string {
  return isCellError(cell) ? (cell.message ?? "") : "";
}

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
    expect(messageOf(bad)).toContain("national_ratio");
    expect(messageOf(bad)).toContain("「abc」");
  });
});

describe("KOYO.POPDECLINE (R-AREA-4)", () => {
  it("R-AREA-4 reads populations typed with 人 and separators, seed 釧路市 6.54 %", () => {
    expect((shown(popDecline([["174,524人"]], [["１６３，１１０人"]])) as number).toFixed(4)).toBe("0.0654");
  });
  it("R-AREA-4 lifts: one start against a column of ends", () => {
    expect(popDecline([[1000]], [[990], [1010]])).toEqual([[0.01], [-0.01]]);
  });
  it("R-AREA-4 a blank population is #VALUE! naming the argument", () => {
    expect(messageOf(popDecline([[1000]], [[null]])[0][0])).toContain("population_end");
  });
  it("R-INPUT-5 a negative population is #VALUE! naming the argument and the value, saying to type a count ≥ 0", () => {
    expect(messageOf(popDecline([["▲5人"]], [[3]])[0][0])).toMatch(/^引数「population_start」に「▲5人」.*0 以上/u);
    expect(messageOf(popDecline([[1000]], [[-1]])[0][0])).toMatch(/^引数「population_end」に「-1」.*0 以上/u);
  });
});

describe("KOYO.AREATYPE / KOYO.AREAREASON (R-AREA-2/3/5/6)", () => {
  it("R-AREA-2 a single cell gives a single value", () => {
    expect(areaType([[0.85]], [[null]], [[0.9]])).toEqual([["雇用機会不足地域"]]);
  });
  it("R-AREA-3 rates typed as text percentages: 6.54% against 1.10%", () => {
    expect(shown(areaType([[0.95]], [[0.97]], [[0.8]], [["６．５４％"]], [["1.10%"]]))).toBe("雇用機会不足地域");
    expect(shown(areaType([[0.95]], [[0.97]], [[0.8]], [[0.0654]], [[0.011]]))).toBe("雇用機会不足地域");
  });
  it("R-INPUT-2 a rate typed as a plain 1.1 is #VALUE! telling to type 1.1% or 0.011", () => {
    const [[cell]] = areaType([[0.95]], [[null]], [[0.8]], [["6.54%"]], [[1.1]]);
    expect(isCellError(cell) && cell.code).toBe("#VALUE!");
    expect(messageOf(cell)).toContain("national_pop_decline");
    expect(messageOf(cell)).toContain("「1.1%」");
    expect(messageOf(cell)).toContain("0.011 と入力");
  });
  it("R-AREA-3 is not applied with only one decline figure", () => {
    expect(shown(areaType([[0.95]], [[null]], [[0.8]], [["6.54%"]], null as never))).toBe("非該当");
  });
  it("R-INPUT-3 depopulated yes/no words; blank means no", () => {
    const args: [unknown[][], unknown[][], unknown[][], never, never] = [[[1.2]], [[1.1]], [[1.28]], null as never, null as never];
    for (const yes of ["はい", "○", "有", "あり", "該当", "Y", "ｙｅｓ", true, 1]) {
      expect(shown(areaType(...args, [[yes]]))).toBe("過疎等地域");
    }
    for (const no of ["いいえ", "×", "無", "なし", "非該当", "n", false, 0, "", null]) {
      expect(shown(areaType(...args, [[no]]))).toBe("非該当");
    }
    expect(shown(areaType(...args))).toBe("非該当");
    expect(messageOf(areaType(...args, [["たぶん"]])[0][0])).toContain("depopulated");
  });
  it("R-AREA-6 both: 雇用機会不足地域, and the reason says so", () => {
    expect(shown(areaType([[0.5]], [[null]], [[0.9]], null as never, null as never, [["はい"]]))).toBe("雇用機会不足地域");
    expect(shown(areaReason([[0.5]], [[null]], [[0.9]], null as never, null as never, [["はい"]]))).toContain("R-AREA-6");
  });
  it("R-AREA-2 both ratios blank is #VALUE!", () => {
    expect(shown(areaType([[null]], [[""]], [[0.9]]))).toBe("#VALUE!");
  });
  it("R-INPUT-5 both ratios blank names both arguments and says what to type", () => {
    const message = messageOf(areaReason([[null]], [[""]], [[0.9]])[0][0]);
    expect(message).toContain("引数「ratio_3y」");
    expect(message).toContain("「ratio_1y」");
    expect(message).toContain("0.85");
  });
  it("lifts with broadcasting: a column of areas against one national ratio; a bad row errs alone", () => {
    const result = areaType([[0.85], [1.2], ["abc"]], [[null], [null], [null]], [[0.9]]);
    expect(result[0][0]).toBe("雇用機会不足地域");
    expect(result[1][0]).toBe("非該当");
    expect(messageOf(result[2][0])).toContain("ratio_3y");
  });
  it("differing range shapes are one #VALUE! naming the arguments", () => {
    const result = areaReason([[0.85], [1.2]], [[null], [null], [null]], [[0.9]]);
    expect(messageOf(result[0][0])).toContain("ratio_3y（2行×1列） と ratio_1y（3行×1列）");
  });
});

describe("KOYO.JOINTRATIO (R-AREA-7)", () => {
  it("R-AREA-7 returns one value, skipping rows blank in both ranges", () => {
    expect(jointRatio([[1200], [null], [300]], [[1500], [""], [500]])).toEqual([[0.75]]);
  });
  it("R-AREA-7 a number beside a blank is #VALUE! naming the cell position", () => {
    expect(messageOf(jointRatio([[1200], [300]], [[1500], [null]])[0][0])).toContain("2 行 1 列目");
  });
  it("R-AREA-7 ranges of different sizes are #VALUE!", () => {
    expect(shown(jointRatio([[1], [2]], [[1]]))).toBe("#VALUE!");
  });
  it("R-AREA-7 seekers summing to 0 is #DIV/0!", () => {
    expect(shown(jointRatio([[1], [2]], [[0], [0]]))).toBe("#DIV/0!");
  });
  it("R-AREA-7 a range wholly blank is #DIV/0!, nothing to divide by", () => {
    expect(shown(jointRatio([[null]], [[null]]))).toBe("#DIV/0!");
  });
});

describe("KOYO.JOINTAREATYPE (R-AREA-8)", () => {
  it("R-AREA-8 ケース1 with the seed's 不足/過疎 short words and blank member cells ignored", () => {
    expect(jointAreaType([["不足"], ["不足"], ["過疎"], [null]], [[0.95]], [[null]], [[1.28]])).toEqual([["雇用機会不足地域"]]);
    expect(jointAreaType([["不足地域"], ["不足地域"], ["過疎地域"], [""]], [[1.1]], [[1.05]], [[1.28]])).toEqual([["過疎等地域"]]);
  });
  it("R-AREA-8 a row of members works as well as a column", () => {
    expect(shown(jointAreaType([["雇用機会不足地域", "非該当", "非該当"]], [["1.2倍"]], [["1.1倍"]], [[1.28]]))).toBe("非該当");
  });
  it("R-AREA-8 takes JOINTRATIO's result directly", () => {
    const joint = jointRatio([[1200], [300]], [[1500], [500]]);
    expect(shown(jointAreaType([["不足"], ["非該当"]], joint, [[null]], [[0.8]]))).toBe("雇用機会不足地域");
  });
  it("R-AREA-8 a bad member word is #VALUE! naming member_types", () => {
    expect(messageOf(jointAreaType([["不足"], ["多分"]], [[0.5]], [[0.5]], [[1]])[0][0])).toContain("member_types");
  });
  it("R-AREA-8 a range where one cell is expected is #VALUE!", () => {
    expect(messageOf(jointAreaType([["不足"]], [[0.5], [0.6]], [[0.5]], [[1]])[0][0])).toContain("joint_ratio_3y");
  });
  it("R-AREA-8 all members blank is #VALUE! naming member_types", () => {
    expect(shown(jointAreaType([[null], [""]], [[0.5]], [[0.5]], [[1]]))).toBe("#VALUE!");
    expect(messageOf(jointAreaType([[null], [""]], [[0.5]], [[0.5]], [[1]])[0][0])).toContain("引数「member_types」");
  });
  it("R-AREA-8 a 不足 member with both joint ratios blank names both arguments", () => {
    const message = messageOf(jointAreaType([["不足"]], [[null]], [[""]], [[1]])[0][0]);
    expect(message).toContain("引数「joint_ratio_3y」");
    expect(message).toContain("「joint_ratio_1y」");
  });
});
