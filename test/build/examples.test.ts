/*
 * Every example the help page and the README show is run through the real worksheet
 * function, so the documentation can never promise a result the function does not give.
 */
import { FUNCTION_DOCS } from "../../src/functions/docs";
import { isCellError } from "../support/customFunctionsRuntime";
import { loadRegisteredFunctions, REGISTRY_TIMEOUT_MS, type RegisteredFunction } from "./support/registry";
import { shownExpected, shownResult } from "./support/shown";

let functions: Map<string, RegisteredFunction>;

beforeAll(async () => {
  functions = new Map((await loadRegisteredFunctions()).map((fn) => [fn.metadata.id, fn]));
}, REGISTRY_TIMEOUT_MS);

const errorCodeOf = (cell: unknown): string | undefined => (isCellError(cell) ? cell.code : undefined);

describe("FunctionDoc examples give their expected results", () => {
  const cases = FUNCTION_DOCS.flatMap((doc) => doc.examples.map((example) => [doc.id, example.formula, example] as const));
  it.each(cases)("%s: %s", (id, _formula, example) => {
    const fn = functions.get(id);
    if (!fn) throw new Error(`${id} に @customfunction の関数がありません`);
    expect(shownResult(fn.call(...example.args), errorCodeOf)).toEqual(shownExpected(example.expected));
  });

  it("every function documents at least two examples", () => {
    const thin = [...functions.keys()].filter((id) => (FUNCTION_DOCS.find((doc) => doc.id === id)?.examples.length ?? 0) < 2);
    expect(thin).toEqual([]);
  });
});
