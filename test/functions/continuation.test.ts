import { continuation, cutoff, projectVerdict } from "../../src/functions/continuation";
import { isCellError } from "../support/customFunctionsRuntime";

const messageOf = (cell: unknown): string => (isCellError(cell) ? (cell.message ?? "") : "");

const HEADER = ["メニュー", "取組", "アウトプット目標", "アウトプット実績", "満足度", "アウトカム目標", "アウトカム実績", "実施日"];

describe("KOYO.CONTINUATION (R-CONT-1..6)", () => {
  it("R-CONT-4 judges the table as a whole and returns two cells per menu", () => {
    const result = continuation([[1]], [
      ["A-1", "A", 10, 8, "90%", null, null, null],
      ["A-2", "A", 10, 3, "90%", null, null, null],
      ["A-3", "A", 10, 9, 0.9, null, null, null],
    ]);
    expect(result.map((row) => row[0])).toEqual(["事業廃止", "事業廃止", "事業廃止"]);
    expect(result[0][1]).toContain("1 / 3 件（33.3%）");
  });
  it("reads the header row selected with the data, keeps blank rows blank, and accepts columns in any order with headers", () => {
    const result = continuation([[1]], [HEADER, ["A-1", "A", 10, 7, "85%", null, null, null], [null, null, null, null, null, null, null, null]]);
    expect(result[0]).toEqual(["判定", "理由"]);
    expect(result[1][0]).toBe("継続");
    expect(result[2]).toEqual(["", ""]);
    const reordered = continuation([["1年度目"]], [[7, 10, "A", "A-1", "85%"]], [["アウトプット実績", "アウトプット目標", "取組", "メニュー", "満足度"]]);
    expect(reordered[0][0]).toBe("継続");
  });
  it("R-INPUT-5 a bad row shows errors in its own row naming the column; the others are judged without it", () => {
    const result = continuation([[1]], [
      ["A-1", "A", 10, 8, 85, null, null, null],
      ["A-2", "A", 10, 8, "90%", null, null, null],
    ]);
    expect(isCellError(result[0][0]) && isCellError(result[0][1])).toBe(true);
    expect(messageOf(result[0][0])).toContain("列「満足度」");
    expect(messageOf(result[0][0])).toContain("85%");
    expect(result[1][0]).toBe("継続");
    expect(result[1][1]).toContain("読み取れない行が 1 件");
  });
  it("R-CONT-6 uses 実施日 only with first_fiscal_year, typed as 令和6年度", () => {
    const menus = [["A-1", "A", 10, 1, "90%", null, null, "R7.3.10"]];
    expect(continuation([[1]], menus)[0][0]).toBe("事業廃止");
    expect(continuation([[1]], menus, undefined, [["令和6年度"]])[0][0]).toBe("評価対象外");
  });
  it("a bad year or fiscal year is one #VALUE! naming the argument", () => {
    expect(messageOf(continuation([[4]], [["A-1", "A", 10, 8, "90%"]])[0][0])).toContain("year");
    expect(messageOf(continuation([[1]], [["A-1", "A", 10, 8, "90%"]], undefined, [["来年"]])[0][0])).toContain("first_fiscal_year");
  });
});

describe("KOYO.PROJECTVERDICT (R-CONT-4)", () => {
  it("an unreadable row is #VALUE! naming its row in the selection", () => {
    const [[cell]] = projectVerdict([[1]], [HEADER, ["A-1", "A", 10, 8, "90%"], ["A-2", "X", 10, 8, "90%"]]);
    expect(isCellError(cell) && cell.code).toBe("#VALUE!");
    expect(messageOf(cell)).toContain("3行目");
  });
  it("gives 評価対象外 when no menu has a target (D-3)", () => {
    expect(projectVerdict([[1]], [["A-1", "A", null, 8, "90%"]])).toEqual([["評価対象外"]]);
  });
});

describe("KOYO.CUTOFF (R-CONT-6)", () => {
  it("lifts over a column of fiscal years", () => {
    expect(cutoff([[1]], [[2023], [2024], ["R6年度"]])).toEqual([[45351], [45716], [45716]]);
  });
});
