import { judgeLedger } from "../../../src/core/count/judgeLedger";
import { CANONICAL_POSITIONS, type RawLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { outcomeTotal, outputTotal } from "../../../src/core/count/totals";
import { asRow, raw, SEEKER } from "./ledgerFixture";

const judge = (records: readonly (RawLedgerRecord | null)[]) =>
  judgeLedger(records.map((record) => record && asRow(record)), CANONICAL_POSITIONS, (index) => `${index + 1}行目`);

const ESTABLISHMENT = { menu: "A-1", kind: "A", category: "事業所", establishmentId: "E1", location: "域内" } as const;
const ledger = judge(
  [
    raw(ESTABLISHMENT),
    raw({ ...ESTABLISHMENT, personId: "staff2" }), // a second participant of E1
    raw({ ...ESTABLISHMENT, menu: "A-2" }), // E1 again, another menu
    raw({ ...ESTABLISHMENT, establishmentId: null }), // unknown establishment: its own
    raw(SEEKER),
    raw({ ...SEEKER, menu: "C-1", kind: "C" }), // P1 again in C
    raw({ ...SEEKER, personId: null }), // unknown person: their own
    null,
  ],
);

describe("D-1 totals", () => {
  it("D-1 / R-COUNT-X1 A's output counts each establishment once per menu and once per kind", () => {
    expect(outputTotal(ledger, "A-1")).toBe(2);
    expect(outputTotal(ledger, "A-2")).toBe(1);
    expect(outputTotal(ledger, "A")).toBe(2);
  });
  it("D-1 a blank scope sums the three kinds' counts", () => {
    expect(outputTotal(ledger, "B")).toBe(2);
    expect(outputTotal(ledger, "C")).toBe(1);
    expect(outputTotal(ledger, null)).toBe(5);
  });
  it("D-1 outcome counts distinct persons; project-wide each person once; a blank 個人ID is its own person", () => {
    expect(outcomeTotal(ledger, "B")).toBe(2);
    expect(outcomeTotal(ledger, "C-1")).toBe(1);
    expect(outcomeTotal(ledger, null)).toBe(2);
  });
  it("an unreadable row makes the whole ledger an error naming the row and the column", () => {
    expect(() => judge([raw(SEEKER), raw({ ...SEEKER, weeklyHours: "abc" })])).toThrow(
      /^2行目: 列「週所定労働時間」に「abc」/u,
    );
  });
});
