import fc from "fast-check";
import { factsFromKey, judgementKey } from "../../../src/core/count/judgementKey";
import { LEDGER_COLUMNS } from "../../../src/core/count/ledgerColumns";
import { parseLedgerRecord, type LedgerRecord, type RawLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { recordFacts } from "../../../src/core/count/recordFacts";
import { createRowKeyer } from "../../../src/core/count/rowKeyer";
import { cellChange, ledgerArbitrary, ledgerRow } from "./ledgerArbitraries";

/** The row read, or null when a cell cannot be read. */
function readable(cells: readonly unknown[]): LedgerRecord | null {
  try {
    return parseLedgerRecord(Object.fromEntries(LEDGER_COLUMNS.map((column, index) => [column.key, cells[index]])) as RawLedgerRecord);
  } catch {
    return null;
  }
}

describe("judgementKey (the memo key of RULES 3.5 judgements)", () => {
  it("two rows have the same key exactly when they have the same facts (R-COUNT-Y4 dates and R-COUNT-Y6 hours only as compared)", () => {
    fc.assert(
      fc.property(ledgerRow, fc.array(cellChange, { minLength: 1, maxLength: 2 }), (cells, changes) => {
        const changed = [...cells];
        for (const [index, value] of changes) changed[index] = value;
        const [first, second] = [readable(cells), readable(changed)];
        fc.pre(first !== null && second !== null);
        const sameFacts = JSON.stringify(recordFacts(first as LedgerRecord)) === JSON.stringify(recordFacts(second as LedgerRecord));
        expect(judgementKey(first as LedgerRecord) === judgementKey(second as LedgerRecord)).toBe(sameFacts);
      }),
      { numRuns: 2000 },
    );
  });
  it("every readable row has a key: the code lists hold every word the parsers give", () => {
    fc.assert(
      fc.property(ledgerRow, (cells) => {
        const record = readable(cells);
        fc.pre(record !== null);
        expect(judgementKey(record as LedgerRecord)).not.toBeNull();
      }),
    );
  });
  it("factsFromKey gives back the facts a key was made from, so judging a key judges its rows", () => {
    fc.assert(
      fc.property(ledgerRow, (cells) => {
        const record = readable(cells);
        fc.pre(record !== null);
        expect(factsFromKey(judgementKey(record as LedgerRecord) as number)).toStrictEqual(recordFacts(record as LedgerRecord));
      }),
      { numRuns: 2000 },
    );
  });
  it("createRowKeyer gives each row of a ledger judgementKey of the row read, and null exactly when a cell cannot be read", () => {
    const badId = fc.constantFrom(true, false, Number.NaN, Number.POSITIVE_INFINITY, { value: 1 });
    const withBadIds = fc.tuple(ledgerArbitrary(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(3, 4), badId), { maxLength: 3 })).map(([rows, changes]) => {
      const changed = rows.map((cells) => [...cells]);
      for (const [row, column, value] of changes) changed[row % changed.length][column] = value;
      return changed;
    });
    fc.assert(
      fc.property(withBadIds, fc.shuffledSubarray(LEDGER_COLUMNS.map((_, index) => index), { minLength: 20 }), (rows, order) => {
        // The keyer reads rows with their columns at `positions`: shuffled, as with a headers argument.
        const positions = LEDGER_COLUMNS.map((_, index) => order.indexOf(index));
        const keyOf = createRowKeyer(positions);
        for (const cells of rows) {
          const record = readable(cells);
          const key = keyOf(order.map((index) => cells[index]));
          expect(key).toBe(record === null ? null : judgementKey(record));
        }
      }),
      { numRuns: 500 },
    );
  });
});
