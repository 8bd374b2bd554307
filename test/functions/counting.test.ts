import fc from "fast-check";
import { judgeRecord } from "../../src/core/count/judgeRecord";
import { LEDGER_COLUMNS } from "../../src/core/count/ledgerColumns";
import { parseLedgerRecord, type RawLedgerRecord } from "../../src/core/count/ledgerRecord";
import { formatReason } from "../../src/core/count/reason";
import { outcomeTotal, outputTotal } from "../../src/core/count/totals";
import { isBlank } from "../../src/core/input/text";
import { countable, outcometotal, outputtotal } from "../../src/functions/counting";
import { toCellError } from "../../src/functions/shell/cellError";
import { isBlankRow } from "../../src/core/input/blankRow";
import { isCellError } from "../support/customFunctionsRuntime";
import { asRow, HEADERS, pipeRow, raw, SEEKER } from "../core/count/ledgerFixture";
import { ledgerArbitrary } from "../core/count/ledgerArbitraries";

const seeker = asRow(raw(SEEKER));
const shortHours = asRow(raw({ ...SEEKER, personId: "P2", weeklyHours: 19.5 }));
const noOutcome = asRow(raw({ ...SEEKER, personId: "P3", outcome: null, outcomeOn: null }));

describe("KOYO.COUNTABLE (RULES 3.5)", () => {
  it("R-COUNT-Y6 gives ○/×, empty outcome for a blank 成果, and the reason", () => {
    expect(countable([seeker, shortHours, noOutcome])).toEqual([
      ["○", "○", ""],
      ["○", "×", "アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)"],
      ["○", "", ""],
    ]);
  });
  it("a selected header row gets the output headers", () => {
    expect(countable([HEADERS, seeker])).toEqual([["アウトプット", "アウトカム", "理由"], ["○", "○", ""]]);
  });
  it("maps shuffled columns by the headers argument", () => {
    const order = HEADERS.map((_, index) => index).reverse();
    const shuffled = (row: unknown[]) => order.map((index) => row[index]);
    expect(countable([shuffled(shortHours)], [shuffled(HEADERS)])).toEqual([["○", "×", "アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)"]]);
  });
  it("a missing required column is #VALUE! naming it", () => {
    const [[error]] = countable([seeker.slice(1)], [HEADERS.slice(1)]);
    expect(isCellError(error) && error.code).toBe("#VALUE!");
    expect(isCellError(error) && error.message).toContain("メニュー");
  });
  it("a bad cell is an error in its own row only, naming the column", () => {
    const bad = asRow(raw({ ...SEEKER, weeklyHours: "abc" }));
    const [good, [error]] = countable([seeker, bad]);
    expect(good).toEqual(["○", "○", ""]);
    expect(isCellError(error) && error.message).toContain("列「週所定労働時間」に「abc」");
  });
});

describe("KOYO.OUTPUTTOTAL / KOYO.OUTCOMETOTAL (D-1)", () => {
  it("D-1 counts distinct persons in scope", () => {
    expect(outputtotal([seeker, seeker, shortHours])).toEqual([[2]]);
    expect(outcometotal([seeker, seeker, shortHours])).toEqual([[1]]);
    expect(outputtotal([HEADERS, seeker], null as never, [["Ｂ－１"]])).toEqual([[1]]);
    expect(outputtotal([seeker], null as never, [["C"]])).toEqual([[0]]);
  });
  it("D-1 two rows with a blank 個人ID are two persons; two blank 事業所ID rows are two establishments", () => {
    const blankPerson = pipeRow("B-1|B|求職者||(blank)|域内||はい|||45413|就職|45444|域内|30|||||");
    expect(outputtotal([blankPerson, blankPerson])).toEqual([[2]]);
    expect(outcometotal([blankPerson, blankPerson])).toEqual([[2]]);
    const blankEstablishment = pipeRow("A-1|A|事業所|(blank)|P1|域内||||||||||||||");
    expect(outputtotal([blankEstablishment, blankEstablishment], null as never, [["A-1"]])).toEqual([[2]]);
  });
  it("R-INPUT-4 a scope given as a kind's name counts that kind; menu ids match without case (b-1 = B-1)", () => {
    const lower = asRow(raw({ ...SEEKER, menu: "b-1", personId: "P4" }));
    expect(outputtotal([seeker, lower], null as never, [["人材育成の取組"]])).toEqual([[2]]);
    expect(outputtotal([seeker, lower], null as never, [["B-1"]])).toEqual([[2]]);
    expect(outcometotal([seeker, lower], null as never, [["b-1"]])).toEqual([[2]]);
  });
  it("a scope of several cells is #VALUE! saying how many were given", () => {
    const [[error]] = outputtotal([seeker], null as never, [["A", "B"]]);
    expect(isCellError(error) && error.message).toBe("引数「scope」には1つのセルを指定してください（2個のセルが指定されました）。");
  });
  it("an unreadable row makes the total #VALUE! naming the row of the selection and the column", () => {
    const bad = asRow(raw({ ...SEEKER, kind: "D" }));
    const [[error]] = outputtotal([HEADERS, seeker, bad]);
    expect(isCellError(error) && error.message).toMatch(/^引数「records」の3行目: 列「取組」に「D」/u);
  });
});

describe("property: any ledger", () => {
  const cell = fc.oneof(fc.constant(""), fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string(), fc.constantFrom("A", "B", "C", "事業所", "求職者", "学生", "域内", "域外", "○", "×", "就職", "雇用", "創業", "大学", "高校", "2024/5/1", 20, 45444));
  const ledger = fc.array(fc.array(cell, { minLength: 20, maxLength: 20 }), { minLength: 1, maxLength: 30 });
  it("COUNTABLE never throws and gives only ○/×/\"\"/text or typed errors; OUTPUTTOTAL ≤ rows", () => {
    fc.assert(
      fc.property(ledger, (rows) => {
        for (const row of countable(rows)) {
          expect(row).toHaveLength(3);
          for (const value of row) expect(isCellError(value) || typeof value === "string").toBe(true);
          if (!isCellError(row[0])) {
            expect(["○", "×", ""]).toContain(row[0]);
            expect(["○", "×", ""]).toContain(row[1]);
          }
        }
        const [[total]] = outputtotal(rows);
        expect(isCellError(total) || (typeof total === "number" && total <= rows.length)).toBe(true);
      }),
    );
  });
});

describe("R-INPUT-6 blank rows", () => {
  it("a row is blank exactly when every cell is blank (the fast check for visible first characters changes nothing)", () => {
    const cell = fc.oneof(
      fc.constantFrom("", " ", "\u3000", "\t\n", "A-1", " A", "\u3000x", "\u00a0", "~", "\u007f", null, undefined, 0, false, Number.NaN),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(cell, { maxLength: 5 }), (row) => expect(isBlankRow(row as never)).toBe(row.every(isBlank))), { numRuns: 2000 });
  });
  it("a blank row between rows gives a blank output row, and a ledger of blank rows one blank row each", () => {
    expect(countable([seeker, ["", " ", "\u3000"], seeker])[1]).toEqual(["", "", ""]);
    expect(countable([[""], [" "]])).toEqual([["", "", ""], ["", "", ""]]);
  });
});

describe("property: sharing judgements never changes an answer", () => {
  const ledger = ledgerArbitrary();
  const recordOf = (cells: readonly unknown[]) => parseLedgerRecord(Object.fromEntries(LEDGER_COLUMNS.map((column, index) => [column.key, cells[index]])) as RawLedgerRecord);
  const mark = (counts: boolean) => (counts ? "○" : "×");
  /** COUNTABLE as it was before any sharing: every row read and judged on its own. */
  const judgedOneByOne = (rows: readonly unknown[][]) =>
    rows.map((cells) => {
      if (cells.every(isBlank)) return ["", "", ""];
      try {
        const judgement = judgeRecord(recordOf(cells));
        return [mark(judgement.output), judgement.outcome === null ? "" : mark(judgement.outcome), formatReason(judgement.failures)];
      } catch (thrown) {
        const error = toCellError(thrown);
        return [error, error, error];
      }
    });
  const totalsOneByOne = (rows: readonly unknown[][], scope: string | null) => {
    const nonBlank = rows.filter((cells) => !cells.every(isBlank));
    const judged = nonBlank.map((cells) => {
      const record = recordOf(cells);
      return { record, judgement: judgeRecord(record) };
    });
    return [outputTotal(judged, scope), outcomeTotal(judged, scope)];
  };

  it("COUNTABLE equals judging every row on its own, also with shuffled columns", () => {
    fc.assert(
      fc.property(ledger, fc.shuffledSubarray(HEADERS.map((_, index) => index), { minLength: 20 }), (rows, order) => {
        const expected = judgedOneByOne(rows);
        expect(countable(rows)).toEqual(expected);
        const shuffled = (cells: readonly unknown[]) => order.map((index) => cells[index]);
        expect(countable(rows.map(shuffled), [shuffled(HEADERS)])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
  it("OUTPUTTOTAL and OUTCOMETOTAL equal totals of rows judged on their own", () => {
    fc.assert(
      fc.property(ledger, fc.constantFrom(null, "A", "B", "C", "B-1", "C-2"), (rows, scope) => {
        let expected: unknown[];
        try {
          expected = totalsOneByOne(rows, scope);
        } catch {
          const [[output]] = outputtotal(rows, null as never, [[scope]]);
          expect(isCellError(output)).toBe(true);
          return;
        }
        expect([outputtotal(rows, null as never, [[scope]])[0][0], outcometotal(rows, null as never, [[scope]])[0][0]]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
