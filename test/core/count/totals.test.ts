import { judgeLedger } from "../../../src/core/count/judgeLedger";
import { CANONICAL_POSITIONS, type RawLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { outcomeTotal, outputTotal } from "../../../src/core/count/totals";
import { asRow, pipeRow, raw, SEEKER } from "./ledgerFixture";

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

describe("D-1 totals: rows from the mutation review", () => {
  const judgeRows = (texts: readonly string[]) => judgeLedger(texts.map(pipeRow), CANONICAL_POSITIONS, (index) => `${index + 1}行目`);
  const blankPerson = "B-1|B|求職者||(blank)|域内||はい|||45413|就職|45444|域内|30|||||";
  const blankEstablishment = "A-1|A|事業所|(blank)|P1|域内||||||||||||||";
  it("D-1 two rows with a blank 個人ID are two persons, for output and outcome", () => {
    const rows = judgeRows([blankPerson, blankPerson]);
    expect(outputTotal(rows, "B-1")).toBe(2);
    expect(outcomeTotal(rows, "B-1")).toBe(2);
    expect(outcomeTotal(rows, null)).toBe(2);
  });
  it("D-1 / R-COUNT-X1 two rows with a blank 事業所ID are two establishments", () => {
    expect(outputTotal(judgeRows([blankEstablishment, blankEstablishment]), "A-1")).toBe(2);
  });
  it("D-1 a founder's hire row (創業希望者, 成果 雇用) adds no output subject; the founder counts through their own row", () => {
    const founder = "A-2|A|創業希望者||F1|域内||はい|||45413|創業|45444|||はい||||";
    const hire = "A-2|A|創業希望者||H1|域内||はい|||45413|雇用|45444|域内|40|はい||||";
    expect(outputTotal(judgeRows([hire]), "A-2")).toBe(0);
    const rows = judgeRows([founder, hire]);
    expect(outputTotal(rows, "A-2")).toBe(1);
    expect(outcomeTotal(rows, "A-2")).toBe(2);
  });
  it("D-1 事業所ID E1 and a founder's 個人ID E1 are two subjects in scope A", () => {
    const establishment = "A-1|A|事業所|E1||域内||||||||||||||";
    const founder = "A-2|A|創業希望者||E1|域内||はい||||||||はい||||";
    expect(outputTotal(judgeRows([establishment, founder]), "A")).toBe(2);
  });
});
