import { areaThreshold } from "../../../src/core/area/threshold";

describe("R-AREA-1 threshold: the national average clamped to [0.67, 1.00]", () => {
  it("uses the national average when it lies between 0.67 and 1.00", () => {
    expect(areaThreshold(0.85)).toBe(0.85);
  });
  it("uses 1.00 when the national average is above 1", () => {
    expect(areaThreshold(1.28)).toBe(1.0);
  });
  it("uses 0.67 when the national average is below 0.67", () => {
    expect(areaThreshold(0.5)).toBe(0.67);
  });
  it("keeps the bounds themselves", () => {
    expect(areaThreshold(1.0)).toBe(1.0);
    expect(areaThreshold(0.67)).toBe(0.67);
  });
});
