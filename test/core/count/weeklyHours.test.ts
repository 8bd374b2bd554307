import fc from "fast-check";
import { parseLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { parseOptionalWeeklyHours } from "../../../src/core/count/weeklyHours";
import { raw, SEEKER } from "./ledgerFixture";

const hours = (value: unknown) => parseOptionalWeeklyHours(value, "週所定労働時間");
const EXAMPLES = "（例: 20、20時間、週20時間）";

describe("週所定労働時間 (R-COUNT-Y6 input, R-INPUT-1)", () => {
  it("R-COUNT-Y6 reads hours as staff write them: 20, 20時間, 週20時間, 20時間/週, full width", () => {
    expect(hours(20)).toBe(20);
    expect(hours("20")).toBe(20);
    expect(hours("20時間")).toBe(20);
    expect(hours("週20時間")).toBe(20);
    expect(hours("20時間/週")).toBe(20);
    expect(hours("週 ２０．５ 時間")).toBe(20.5);
    expect(hours("２０時間／週")).toBe(20);
    expect(hours("")).toBeNull();
    expect(hours(null)).toBeNull();
  });
  it("R-COUNT-Y6 refuses a percentage, saying it is a rate and giving hours examples", () => {
    expect(() => hours("20%")).toThrow(`引数「週所定労働時間」に「20%」が入力されました。「%」は割合です。週の所定労働時間を 0 以上の時間数で入力してください${EXAMPLES}。`);
  });
  it("R-COUNT-Y6 a negative, a word or another unit gives hours examples, not number examples", () => {
    for (const value of [-5, "abc", "20人", "20千円", true]) {
      expect(() => hours(value)).toThrow(`週の所定労働時間を 0 以上の時間数で入力してください${EXAMPLES}。`);
    }
  });
  it("R-COUNT-Y6 in a ledger row the message names the column", () => {
    expect(() => parseLedgerRecord(raw({ ...SEEKER, weeklyHours: "20%" }))).toThrow(/^列「週所定労働時間」に「20%」が入力されました。「%」は割合です。/u);
  });
  it("R-COUNT-Y6 property: any non-negative number reads back the same, as a cell or as 週N時間 text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 168 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const value = whole + tenth / 10;
        expect(hours(value)).toBe(value);
        expect(hours(`週${whole}.${tenth}時間`)).toBe(value);
        expect(hours(`${whole}.${tenth}時間/週`)).toBe(value);
      }),
    );
  });
});
