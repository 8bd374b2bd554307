import { projectVerdict } from "../../../src/core/continuation/projectVerdict";

describe("KOYO.PROJECTVERDICT precedence (R-CONT-4)", () => {
  it("事業廃止 wins over everything", () => {
    expect(projectVerdict(["継続", "事業廃止", "改善計画（事業全体）"])).toBe("事業廃止");
  });
  it("a discontinued menu (year 2) means a whole-project plan", () => {
    expect(projectVerdict(["継続", "継続不可（メニュー廃止）", "改善計画（メニュー）"])).toBe("改善計画（事業全体）");
  });
  it("a menu plan wins over 継続, and unjudged menus do not count", () => {
    expect(projectVerdict(["評価対象外", "継続", "改善計画（メニュー）"])).toBe("改善計画（メニュー）");
    expect(projectVerdict(["評価対象外", "継続"])).toBe("継続");
  });
  it("no judged menu at all gives 評価対象外", () => {
    expect(projectVerdict([])).toBe("評価対象外");
    expect(projectVerdict(["評価対象外"])).toBe("評価対象外");
  });
});
