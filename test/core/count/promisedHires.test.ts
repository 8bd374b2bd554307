import fc from "fast-check";
import { cutoffDate } from "../../../src/core/continuation/cutoff";
import { dateFromSerial } from "../../../src/core/dates/serial";
import { countable, outcometotal } from "../../../src/functions/counting";
import { asRow, raw, SEEKER } from "./ledgerFixture";

/**
 * R-CONT-7: an outcome promised by the cut-off date (R-CONT-6) for a later date counts in that
 * year's figures, except 定期採用. The ledger is judged with the clock set to the cut-off day,
 * so a check of 成果日 against "today" would fail these tests as well as one against the cut-off.
 */
const atCutoff = (year: 1 | 2, firstFiscalYear: number): number => {
  const cutoff = cutoffDate(year, firstFiscalYear);
  const { year: y, month, day } = dateFromSerial(cutoff);
  jest.useFakeTimers({ now: Date.UTC(y, month - 1, day, 12) });
  return cutoff;
};

const FIRST_FISCAL_YEAR = 2024;
/** The seed's example: hired 15 March, promised by the end of February of year 1. */
const MARCH_15_YEAR_1 = "2025/3/15";
const SEEKER_ATTENDED = { ...SEEKER, attendedOn: "2025/1/20" } as const;
const FOUNDER = { menu: "A-2", kind: "A", category: "創業希望者", personId: "F1", location: "域内", intentConfirmed: "はい", foundingWithStaff: "はい", attendedOn: "2025/1/20" } as const;
const CONVERSION = { ...SEEKER_ATTENDED, category: "転換希望者", personId: "P7", outcome: "正社員転換", employedBeforeUse: "はい" } as const;

afterEach(() => {
  jest.useRealTimers();
});

describe("R-CONT-7 promised hires count in the year's figures", () => {
  it("R-CONT-7 a job starting 15 March, promised by the year-1 cut-off (end of February), counts as outcome", () => {
    atCutoff(1, FIRST_FISCAL_YEAR);
    const row = asRow(raw({ ...SEEKER_ATTENDED, outcomeOn: MARCH_15_YEAR_1 }));
    expect(countable([row])).toEqual([["○", "○", ""]]);
    expect(outcometotal([row])).toEqual([[1]]);
  });

  it("R-CONT-7 a founding and a conversion to regular promised for after the cut-off count too", () => {
    atCutoff(1, FIRST_FISCAL_YEAR);
    const founding = asRow(raw({ ...FOUNDER, outcome: "創業", outcomeOn: "2025/4/1" }));
    const conversion = asRow(raw({ ...CONVERSION, outcomeOn: "2025/3/1" }));
    expect(countable([founding, conversion])).toEqual([["○", "○", ""], ["○", "○", ""]]);
  });

  it("R-CONT-7 year 2: a hire promised by the end of January for 15 March counts", () => {
    const cutoff = atCutoff(2, FIRST_FISCAL_YEAR);
    expect(dateFromSerial(cutoff)).toEqual({ year: 2026, month: 1, day: 31 });
    const row = asRow(raw({ ...SEEKER, attendedOn: "2025/12/1", outcomeOn: "2026/3/15" }));
    expect(countable([row])).toEqual([["○", "○", ""]]);
  });

  it("R-CONT-7 except 定期採用: the same promised hire marked 定期採用等 is × (R-COUNT-Y1)", () => {
    atCutoff(1, FIRST_FISCAL_YEAR);
    const row = asRow(raw({ ...SEEKER_ATTENDED, outcomeOn: MARCH_15_YEAR_1, routineHiring: "はい" }));
    const [[output, outcome, reason]] = countable([row]);
    expect([output, outcome]).toEqual(["○", "×"]);
    expect(reason).toContain("R-COUNT-Y1");
    expect(outcometotal([row])).toEqual([[0]]);
  });

  it("R-CONT-7 property: any 成果日 after the cut-off (up to two years on) counts, and 定期採用 never does", () => {
    const cutoff = atCutoff(1, FIRST_FISCAL_YEAR);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 730 }), fc.boolean(), (daysAfter, routine) => {
        const row = asRow(raw({ ...SEEKER_ATTENDED, outcomeOn: cutoff + daysAfter, routineHiring: routine ? "はい" : "いいえ" }));
        expect(countable([row])[0][1]).toBe(routine ? "×" : "○");
      }),
    );
  });
});
