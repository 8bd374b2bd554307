import fc from "fast-check";

// Cells as a council types them, repeated often so many rows share facts, with typos and odd
// values now and then so error rows are mixed in.
const odd = fc.oneof(fc.constant("abc"), fc.constant(true), fc.constant(-5), fc.constant("D"), fc.string({ maxLength: 3 }));
const column = (...values: unknown[]) => fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: odd });
const yesNo = column("", null, "○", "×", "はい", "いいえ", "あり");
const date = column("", 45413, 45414, 45444, "2024/5/1", "令和6年5月2日");

/** One arbitrary per ledger column, in LEDGER_COLUMNS order. */
export const LEDGER_CELLS = [
  column("A-1", "B-1", "C-2", "Ｂ－１", ""),
  column("A", "B", "C", "ｂ", "人材育成"),
  column("事業所", "創業希望者", "求職者", "転換希望者", "在職者", "学生", "生徒", "行政機関", "事業推進員"),
  column("", "E1", "E2", 7),
  column("", "P1", "P2", "P3", 12),
  column("", "域内", "域外", "内"),
  yesNo,
  yesNo,
  column("", "大学", "高校", "大学等", "中学"),
  yesNo,
  date,
  column("", "就職", "転職", "正社員転換", "創業", "雇用", "採用"),
  date,
  column("", "域内", "域外"),
  column("", 40, 20, 19.5, 19, "20時間", "１９時間", 0),
  yesNo,
  yesNo,
  yesNo,
  yesNo,
  yesNo,
];

/** A ledger row as a worksheet range hands it over. */
export const ledgerRow = fc.tuple(...LEDGER_CELLS).map((cells) => [...cells] as unknown[]);

/** One cell changed: [column index, new value]. */
export const cellChange = fc.nat(LEDGER_CELLS.length - 1).chain((index) => LEDGER_CELLS[index].map((value) => [index, value] as const));

/**
 * Ledgers whose rows differ from a few typical rows in a few cells, with blank rows: many rows
 * share their facts, so a memo is used within one call, and the cells that differ probe what
 * it may ignore.
 */
export function ledgerArbitrary(): fc.Arbitrary<unknown[][]> {
  const variant = fc.tuple(fc.nat(), fc.array(cellChange, { maxLength: 3 }), fc.boolean());
  return fc
    .tuple(fc.array(ledgerRow, { minLength: 1, maxLength: 4 }), fc.array(variant, { minLength: 1, maxLength: 60 }))
    .map(([typical, variants]) =>
      variants.map(([base, changes, blankRow]) => {
        if (blankRow && changes.length === 0) return LEDGER_CELLS.map(() => "");
        const cells = [...typical[base % typical.length]];
        for (const [index, value] of changes) cells[index] = value;
        return cells;
      }),
    );
}
