import { KoyoError } from "../../../src/core/errors";
import type { ColumnSpec } from "../../../src/core/table/columnSpec";
import { continuation, projectVerdict } from "../../../src/functions/continuation";
import { mapRecords, mapRows, readRecords, readRowTable } from "../../../src/functions/shell/records";
import { isCellError } from "../../support/customFunctionsRuntime";

const COLUMNS: readonly ColumnSpec<"menu" | "kind" | "count">[] = [
  { key: "menu", header: "メニュー", required: true },
  { key: "kind", header: "取組", required: true },
  { key: "count", header: "人数", required: false },
];

describe("records with optional headers (FUNCTIONS.md conventions)", () => {
  it("reads canonical column order without headers", () => {
    const { records } = readRecords([["A-1", "A", 3]], null, COLUMNS);
    expect(records).toEqual([{ menu: "A-1", kind: "A", count: 3 }]);
  });

  it("maps fields by header text, so column order is free and headers may be full-width or spaced", () => {
    const { records } = readRecords([[5, "B", "B-2"]], [["人 数", "取組", "メニュー"]], COLUMNS);
    expect(records).toEqual([{ menu: "B-2", kind: "B", count: 5 }]);
  });

  it("reads a missing optional column as blank", () => {
    const { records } = readRecords([["C-1", "C"]], [["メニュー", "取組"]], COLUMNS);
    expect(records).toEqual([{ menu: "C-1", kind: "C", count: null }]);
  });

  it("gives #VALUE! naming a missing required column", () => {
    expect(() => readRecords([["A-1"]], [["メニュー"]], COLUMNS)).toThrow(KoyoError);
    expect(() => readRecords([["A-1"]], [["メニュー"]], COLUMNS)).toThrow(/「取組」/u);
  });

  it("treats a selected header row as the headers and answers it with the output headers", () => {
    const output = mapRecords(
      [["取組", "メニュー"], ["A", "A-1"]],
      null,
      COLUMNS,
      ["結果"],
      (record) => [`${String(record.menu)}/${String(record.kind)}`],
    );
    expect(output).toEqual([["結果"], ["A-1/A"]]);
  });

  it("answers a blank row with a blank row, keeping the spill aligned with the table", () => {
    const output = mapRecords([["A-1", "A"], [null, ""], ["B-1", "B"]], null, COLUMNS, ["x", "y"], (r) => [String(r.menu), 1]);
    expect(output).toEqual([["A-1", 1], ["", ""], ["B-1", 1]]);
  });

  it("puts an error in the failing record's row only", () => {
    const output = mapRecords([["A-1", "A"], ["B-1", "B"]], null, COLUMNS, ["x"], (record) => {
      if (record.menu === "A-1") throw new KoyoError("#VALUE!", "だめ");
      return ["ok"];
    });
    expect(isCellError(output[0][0])).toBe(true);
    expect(output[1]).toEqual(["ok"]);
  });

  it("says how many columns a too-narrow table has and which it needs", () => {
    const [[cell]] = mapRecords([["A-1"]], null, COLUMNS, ["x"], () => ["never"]);
    expect(isCellError(cell) && cell.message).toContain("1 列しかありません");
  });
});

describe("errors name the records argument as the worksheet function calls it", () => {
  const narrow = [["A-1"]];
  const NEEDS = "少なくとも「メニュー」「取組」の 2 列";
  it("the default name is records", () => {
    const [[cell]] = mapRecords(narrow, null, COLUMNS, ["x"], () => ["never"]);
    expect(isCellError(cell) && cell.message).toContain(`引数「records」は 1 列しかありません。${NEEDS}`);
  });
  it("each reader passes the given name through", () => {
    expect(() => readRecords(narrow, null, COLUMNS, "menus")).toThrow("引数「menus」は 1 列しかありません。");
    expect(() => readRowTable(narrow, null, COLUMNS, "menus")).toThrow("引数「menus」は 1 列しかありません。");
    const [[fromRows]] = mapRows(narrow, null, COLUMNS, ["x"], () => () => ["never"], "menus");
    expect(isCellError(fromRows) && fromRows.message).toContain("引数「menus」は 1 列しかありません。");
    const [[fromRecords]] = mapRecords(narrow, null, COLUMNS, ["x"], () => ["never"], "menus");
    expect(isCellError(fromRecords) && fromRecords.message).toContain("引数「menus」は 1 列しかありません。");
  });
  it("KOYO.CONTINUATION and KOYO.PROJECTVERDICT name their argument menus", () => {
    const [[verdict]] = continuation([[1]], narrow);
    expect(isCellError(verdict) && verdict.message).toContain("引数「menus」は 1 列しかありません。");
    const [[project]] = projectVerdict([[1]], narrow);
    expect(isCellError(project) && project.message).toContain("引数「menus」は 1 列しかありません。");
  });
});
