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

function checkResult(result: unknown): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[];
  expect(rows.length).toBeGreaterThan(0);
  const width = (rows[0] as unknown[]).length;
  expect(width).toBeGreaterThan(0);
  for (const row of rows) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBe(width);
    for (const cell of row as unknown[]) {
      const ok =
        isCellError(cell) ||
        typeof cell === "string" ||
        typeof cell === "boolean" ||
        (typeof cell === "number" && Number.isFinite(cell));
      if (!ok) throw new Error(`cell is not a value Excel can show: ${String(cell)}`);
    }
  }
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
          try {
            result = fn.call(...args);
          } catch (thrown) {
            throw new Error(`${fn.metadata.id} threw: ${thrown instanceof Error ? thrown.stack : String(thrown)}`, { cause: thrown });
          }
          try {
            checkResult(result);
          } catch (failure) {
            throw new Error(`${fn.metadata.id} returned ${JSON.stringify(result)?.slice(0, 200)}: ${failure instanceof Error ? failure.message : String(failure)}`, { cause: failure });
          }
        }),
        { numRuns: 150 },
      );
    }
  }, 300_000);
});
