import { populationDecline } from "../../../src/core/area/populationDecline";
import { KoyoError } from "../../../src/core/errors";

/**
 * The seed (001) gives each selected area's population on R4.1.1 and its decline rate since
 * H29.1.1 to two decimals; the H29 population is not printed, so it is derived here as the
 * whole number that gives the printed rate.
 */
const SEED_AREAS: ReadonlyArray<readonly [area: string, startH29: number, endR4: number, printedPercent: string]> = [
  ["北海道釧路市", 174524, 163110, "6.54"],
  ["北海道北見市", 119977, 114326, "4.71"],
  ["岩手県二戸地域", 56772, 51248, "9.73"],
  ["埼玉県ちちぶ地域", 103387, 95302, "7.82"],
  ["島根県江津市", 24319, 22493, "7.51"],
  ["岡山県津山市", 102960, 98811, "4.03"],
  ["愛媛県西予市", 39765, 35876, "9.78"],
  ["熊本県天草地域", 120028, 109093, "9.11"],
  ["大分県竹田市", 22812, 20412, "10.52"],
  ["鹿児島県奄美大島地域", 62730, 59920, "4.48"],
];

describe("R-AREA-4 population decline rate = (start − end) / start", () => {
  it.each(SEED_AREAS)("R-AREA-4 seed example %s: %d → %d is %s %%", (_area, start, end, printed) => {
    expect((populationDecline(start, end) * 100).toFixed(2)).toBe(printed);
  });
  it("R-AREA-4 every seed example is at or above the national 1.10 %", () => {
    for (const [, start, end] of SEED_AREAS) expect(populationDecline(start, end)).toBeGreaterThanOrEqual(0.011);
  });
  it("R-AREA-4 the national figure 1.10 % itself", () => {
    expect(populationDecline(100_000, 98_900)).toBeCloseTo(0.011, 15);
  });
  it("R-AREA-4 a population that grew gives a negative rate", () => {
    expect(populationDecline(20_000, 20_500)).toBe(-0.025);
  });
  it("R-AREA-4 no change is 0", () => {
    expect(populationDecline(500, 500)).toBe(0);
  });
  it("R-AREA-4 a start of 0 is #DIV/0!", () => {
    expect(() => populationDecline(0, 100)).toThrow(expect.objectContaining({ code: "#DIV/0!" }) as KoyoError);
  });
  it("R-AREA-4 a negative population is #VALUE!", () => {
    expect(() => populationDecline(-1, 100)).toThrow(KoyoError);
    expect(() => populationDecline(100, -1)).toThrow(expect.objectContaining({ code: "#VALUE!" }) as KoyoError);
  });
});
