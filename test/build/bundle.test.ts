/*
 * dist/functions.js as Excel's JavaScript-only runtime runs it: evaluated alone in a bare
 * context (no window, no document, no Node), with nothing but a CustomFunctions global.
 * Every id in functions.json must be registered, and the registered functions must give
 * the documented results.
 */
import { runInNewContext } from "node:vm";
import { FUNCTION_DOCS } from "../../src/functions/docs";
import type { FunctionsMetadataJson } from "../../src/tools/functionSources";
import { readDist } from "./support/dist";
import { shownExpected, shownResult } from "./support/shown";

class BareError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: BareError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (registered.has(id)) throw new Error(`${id} registered twice`);
      registered.set(id, fn);
    },
  };
  runInNewContext(readDist("functions.js"), { CustomFunctions }, { filename: "functions.js" });
  return registered;
}

const errorCodeOf = (cell: unknown): string | undefined => (cell instanceof BareError ? cell.code : undefined);

describe("dist/functions.js in a bare JavaScript context", () => {
  const registry = loadBundle();
  const metadata = JSON.parse(readDist("functions.json")) as FunctionsMetadataJson;

  it("registers every id of functions.json, and nothing else", () => {
    expect([...registry.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it("R-AREA-1 THRESHOLD works through the registry", () => {
    expect(registry.get("THRESHOLD")?.([[1.28]])).toEqual([[1]]);
    expect(registry.get("THRESHOLD")?.([[0.5], [0.85]])).toEqual([[0.67], [0.85]]);
    const [[bad]] = registry.get("THRESHOLD")?.([["abc"]]) as unknown[][];
    expect(errorCodeOf(bad)).toBe("#VALUE!");
  });

  const examples = FUNCTION_DOCS.flatMap((doc) => doc.examples.map((example) => [doc.id, example.formula, example] as const));
  it.each(examples)("%s through the bundle: %s", (id, _formula, example) => {
    const fn = registry.get(id);
    if (!fn) throw new Error(`${id} is not registered by dist/functions.js`);
    expect(shownResult(fn(...example.args), errorCodeOf)).toEqual(shownExpected(example.expected));
  });
});
