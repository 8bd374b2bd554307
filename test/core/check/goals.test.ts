import { parseGoals } from "../../../src/core/check/goals";
import { KoyoError } from "../../../src/core/errors";
import { countBySeverity } from "../../../src/core/check/finding";

describe("R-FW-T parseGoals reads 「アウトプット／アウトカム」", () => {
  it.each([
    ["10社／5人", 10, 5],
    ["20人/8人", 20, 8],
    ["１，０００人／５００人", 1000, 500],
    ["アウトプット：20人　アウトカム：8人", 20, 8],
    ["20人\n8人", 20, 8],
    ["30人", 30, null],
  ])("%s", (text, output, outcome) => {
    expect(parseGoals(text)).toEqual({ output, outcome });
  });

  it("a number cell is the output only; blank is nothing", () => {
    expect(parseGoals(12)).toEqual({ output: 12, outcome: null });
    expect(parseGoals(null)).toEqual({ output: null, outcome: null });
  });

  it("unreadable or three figures are a KoyoError with a Japanese message", () => {
    expect(() => parseGoals("たくさん")).toThrow(KoyoError);
    expect(() => parseGoals("1人/2人/3人")).toThrow(/2つだけ/u);
  });
});

describe("countBySeverity", () => {
  it("counts each severity", () => {
    const base = { ruleId: "R-CHECK-1", message: "", sheet: "", address: "" };
    expect(countBySeverity([{ ...base, severity: "エラー" }, { ...base, severity: "情報" }, { ...base, severity: "情報" }])).toEqual({ エラー: 1, 警告: 0, 情報: 2 });
  });
});
