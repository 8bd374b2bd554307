/*
 * R-INPUT-5 for every registered worksheet function: whatever Excel (or a careless formula)
 * hands it — any scalar, NaN, Infinity, huge text, ragged or empty ranges, objects,
 * null/undefined, too few or too many arguments — it returns a rectangular matrix whose cells
 * are text, a finite number, a boolean or a typed Excel error, and never throws.
 */
import fc from "fast-check";
import { isCellError } from "../support/customFunctionsRuntime";
import { loadRegisteredFunctions, REGISTRY_TIMEOUT_MS, type RegisteredFunction } from "../build/support/registry";

const HUGE_TEXT = "１２３万円".repeat(20_000);

const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 45382, 0.5),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "　", "1,234", "▲5", "85%", "令和6年4月1日", "R6.4.1", "2024/2/30", "域内", "はい", "A", "事業所", "就職", "#VALUE!", "0.8倍", HUGE_TEXT),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constant({}),
  fc.constant({ type: "Double", basicValue: 1 }),
  fc.date({ noInvalidDate: false }),
);

const argument = fc.oneof(
  { weight: 3, arbitrary: scalar.map((value) => [[value]]) },
  { weight: 2, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }) },
);

/** What is wrong with a result as an Excel return value; empty when nothing is. */
function problemsOf(result: unknown): string[] {
  if (!Array.isArray(result) || result.length === 0 || !result.every(Array.isArray)) return [`not a matrix: ${JSON.stringify(result)?.slice(0, 100)}`];
  const rows = result as unknown[][];
  const width = rows[0].length;
  if (width === 0 || rows.some((row) => row.length !== width)) return [`not rectangular or empty: ${JSON.stringify(rows).slice(0, 100)}`];
  const showable = (cell: unknown): boolean =>
    isCellError(cell) || typeof cell === "string" || typeof cell === "boolean" || (typeof cell === "number" && Number.isFinite(cell));
  return rows.flat().filter((cell) => !showable(cell)).map((cell) => `cell Excel cannot show: ${String(cell)}`);
}

let functions: RegisteredFunction[] = [];

beforeAll(async () => {
  functions = await loadRegisteredFunctions();
}, REGISTRY_TIMEOUT_MS);

describe("R-INPUT-5 every worksheet function returns only cell values or typed errors", () => {
  it("has functions to check", () => {
    expect(functions.length).toBeGreaterThan(0);
  });

  it("for any arguments of any shape, per function", () => {
    for (const fn of functions) {
      const arity = fn.metadata.parameters?.length ?? 0;
      fc.assert(
        fc.property(fc.array(argument, { minLength: Math.max(0, arity - 2), maxLength: arity + 1 }), (args) => {
          let result: unknown;
          let thrown: unknown = null;
          try {
            result = fn.call(...args);
          } catch (error) {
            thrown = error instanceof Error ? error.stack : error;
          }
          const id = fn.metadata.id;
          expect({ id, thrown }).toEqual({ id, thrown: null });
          expect(problemsOf(result).map((problem) => `${id}: ${problem}`)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    }
  }, 300_000);
});
