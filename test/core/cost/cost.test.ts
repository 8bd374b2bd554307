import fc from "fast-check";
import { costCheck } from "../../../src/core/cost/costCheck";
import { costPerOutcome } from "../../../src/core/cost/costPerOutcome";
import { parseOutcomeCount, parseTotalCost } from "../../../src/core/cost/parseCostInputs";

describe("R-COST-1 cost per outcome", () => {
  it("divides the total cost by the outcome persons", () => {
    expect(costPerOutcome(10_072_000, 20)).toBe(503_600);
  });
  it("0 outcomes is #DIV/0! with a Japanese message", () => {
    expect(() => costPerOutcome(1_000, 0)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
});

describe("R-COST-1 disqualification above ¥1,000,000 per person", () => {
  it("exactly ¥1,000,000 per person passes; one yen more fails", () => {
    expect(costCheck(1_000_000, 1)).toBe("適合");
    expect(costCheck(1_000_001, 1)).toBe("失格");
    expect(costCheck(30_000_000, 30)).toBe("適合");
    expect(costCheck(30_000_001, 30)).toBe("失格");
  });
  it("0 outcomes with a cost fails; 0 and 0 is #DIV/0!", () => {
    expect(costCheck(1, 0)).toBe("失格");
    expect(() => costCheck(0, 0)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
  it("agrees with an exact integer comparison for any whole yen and persons", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 1, max: 5_000 }), (cost, persons) => {
        expect(costCheck(cost, persons)).toBe(cost > 1_000_000 * persons ? "失格" : "適合");
      }),
    );
  });
});

describe("R-INPUT-1 money as staff type it", () => {
  it("reads 10,072千円, ¥1,000,000, 100万円 and full-width digits", () => {
    expect(parseTotalCost("10,072千円", "total_cost")).toBe(10_072_000);
    expect(parseTotalCost("¥1,000,000", "total_cost")).toBe(1_000_000);
    expect(parseTotalCost("100万円", "total_cost")).toBe(1_000_000);
    expect(parseTotalCost("１，０００円", "total_cost")).toBe(1_000);
    expect(parseOutcomeCount("12人", "outcomes")).toBe(12);
  });
  it("refuses negative amounts and words, naming the argument", () => {
    expect(() => parseTotalCost("▲100円", "total_cost")).toThrow("total_cost");
    expect(() => parseOutcomeCount("たくさん", "outcomes")).toThrow("outcomes");
  });
});
