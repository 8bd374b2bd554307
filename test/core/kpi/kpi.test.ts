import { kpiCheck } from "../../../src/core/kpi/kpiCheck";
import { kpiProgress } from "../../../src/core/kpi/kpiProgress";
import { kpiTotal } from "../../../src/core/kpi/kpiTotal";
import { KPI_EFFECTS, KPI_POLICIES } from "../../../src/core/kpi/kpiWords";

describe("R-KPI-1 cumulative = sum of the yearly increments (seed figures)", () => {
  it("000 砂川市: 6 + 10 + 25 = 41 persons; 10.0 + 15.0 + 20.0 = 45.0 %", () => {
    expect(kpiTotal([6, 10, 25])).toBe(41);
    expect(kpiTotal([10.0, 15.0, 20.0])).toBe(45);
    expect(kpiCheck([6, 10, 25], 41)).toBe("一致");
    expect(kpiCheck([10.0, 15.0, 20.0], 45.0)).toBe("一致");
  });
  it("003 北海道: 29 × 3 = 87; 250 × 3 = 750", () => {
    expect(kpiCheck([29, 29, 29], 87)).toBe("一致");
    expect(kpiCheck([250, 250, 250], 750)).toBe("一致");
  });
  it("a wrong cumulative says 不一致 with the computed sum", () => {
    expect(kpiCheck([6, 10, 25], 40)).toBe("不一致（合計 41）");
  });
  it("decimal noise is not a mismatch: 0.1 + 0.2 equals 0.3", () => {
    expect(kpiTotal([0.1, 0.2])).toBe(0.3);
    expect(kpiCheck([0.1, 0.15, 0.2], 0.45)).toBe("一致");
  });
});

describe("R-KPI-2 progress (seed 004)", () => {
  it("宿泊延数 1,685 → 1,910, latest 682.3: negative progress", () => {
    expect(kpiProgress(1685, 1910, 682.3)).toBeCloseTo(-4.456444, 6);
  });
  it("インターンシップ参加者数 0 → 500, latest 825: 165 %", () => {
    expect(kpiProgress(0, 500, 825)).toBe(1.65);
  });
  it("target = baseline is #DIV/0!", () => {
    expect(() => kpiProgress(10, 10, 12)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
});

describe("R-KPI-3 / R-KPI-4 word lists", () => {
  it("hold the four effects and the four policies, the seed's words included", () => {
    expect(KPI_EFFECTS).toHaveLength(4);
    expect(KPI_EFFECTS).toContain("地方創生に効果があった");
    expect(KPI_POLICIES).toEqual(["事業の発展", "事業の継続", "事業内容の見直し（改善）", "事業の中止"]);
  });
});
