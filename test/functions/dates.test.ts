import { date, fiscalYear, wareki } from "../../src/functions/dates";
import { isCellError } from "../support/customFunctionsRuntime";

function shown(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  const [[cell]] = result;
  return isCellError(cell) ? cell.code : cell;
}

const messageOf = (cell: unknown): string => (isCellError(cell) ? (cell.message ?? "") : "");

describe("KOYO.FISCALYEAR (R-DATE-1)", () => {
  it("R-DATE-1 lifts over a column of serials and texts", () => {
    expect(fiscalYear([[45382], [45383], ["2025/1/15"], ["令和元年5月1日"]])).toEqual([[2023], [2024], [2024], [2019]]);
  });
  it("R-DATE-3 a 年度 typed as text is that fiscal year: R2年度, 令和2年度 = 2020, H29年度 = 2017, ｒ元年度 = 2019", () => {
    expect(fiscalYear([["R2年度"], ["令和2年度"], ["H29年度"], ["ｒ元年度"], ["平成32年度"]])).toEqual([[2020], [2020], [2017], [2019], [2020]]);
  });
  it("R-DATE-1 an impossible date is #VALUE! naming the argument", () => {
    expect(messageOf(fiscalYear([["2023/2/29"]])[0][0])).toContain("date");
  });
});

describe("KOYO.WAREKI (R-DATE-2)", () => {
  it("R-DATE-2 long is the default; 元年 for year 1", () => {
    expect(wareki([[43921], [43585], [43586]])).toEqual([["令和2年3月31日"], ["平成31年4月30日"], ["令和元年5月1日"]]);
  });
  it("R-DATE-2 short writes R1 for year 1", () => {
    expect(wareki([[43585], [43586]], [["short"]])).toEqual([["H31.4.30"], ["R1.5.1"]]);
  });
  it("R-DATE-2 styles broadcast per cell; Japanese words 長/短/年度 and any case", () => {
    expect(wareki([[45382]], [["LONG", "短", "年度", "ｆｙ"]])).toEqual([["令和6年3月31日", "R6.3.31", "令和5年度", "令和5年度"]]);
  });
  it("R-DATE-2 a bad style is #VALUE! listing the three", () => {
    const message = messageOf(wareki([[45382]], [["iso"]])[0][0]);
    expect(message).toContain("long");
    expect(message).toContain("short");
    expect(message).toContain("fy");
  });
  it("R-DATE-2 text dates in, era text out", () => {
    expect(shown(wareki([["平成32年3月31日"]], [["long"]]))).toBe("令和2年3月31日");
  });
});

describe("KOYO.DATE (R-DATE-2)", () => {
  it("R-DATE-2 era and western forms, full-width digits and 元年", () => {
    expect(date([["平成32年3月31日"], ["R2.3.31"], ["R2/3/31"], ["２０２０年３月３１日"], ["令和元年5月1日"], ["H31.4.30"]])).toEqual([
      [43921], [43921], [43921], [43921], [43586], [43585],
    ]);
  });
  it("R-DATE-2 a date serial is returned as it is (a time of day dropped)", () => {
    expect(date([[45382], [45382.75]])).toEqual([[45382], [45382]]);
  });
  it("R-DATE-2 impossible dates are #VALUE!, only in their own cell", () => {
    const result = date([["2024年2月30日"], ["令和1年4月30日"], ["R6.3.31"], ["平成0年1月1日"]]);
    expect(isCellError(result[0][0]) && result[0][0].code).toBe("#VALUE!");
    expect(messageOf(result[1][0])).toContain("その日付はありません");
    expect(result[2][0]).toBe(45382);
    expect(isCellError(result[3][0])).toBe(true);
  });
  it("R-DATE-3 a 年度 is not a date: #VALUE! saying so, naming the argument and the value", () => {
    const message = messageOf(date([["R2年度"]])[0][0]);
    expect(message).toContain("引数「text」");
    expect(message).toContain("「R2年度」");
    expect(message).toContain("年度");
    expect(message).toContain("2020/4/1");
  });
  it("R-INPUT-6 a blank is #VALUE! naming the argument", () => {
    expect(messageOf(date([[null]])[0][0])).toContain("引数「text」が空欄");
  });
});
