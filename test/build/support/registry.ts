/*
 * Every worksheet function as Excel will see it: its functions.json entry (generated from the
 * JSDoc exactly as the build does) and the real exported JavaScript function behind the id.
 */
import { join } from "node:path";
import { readFunctionRegistry, type FunctionMetadata } from "../../../src/tools/functionSources";

export const ROOT = join(__dirname, "..", "..", "..");

export interface RegisteredFunction {
  readonly metadata: FunctionMetadata;
  readonly call: (...args: unknown[]) => unknown;
}

export async function loadRegisteredFunctions(): Promise<RegisteredFunction[]> {
  const { metadata, associations } = await readFunctionRegistry(ROOT);
  return Promise.all(
    metadata.functions.map(async (fn) => {
      const association = associations.find((candidate) => candidate.id === fn.id);
      if (!association) throw new Error(`${fn.id} has metadata but no function`);
      const moduleExports = (await import(association.sourceFileName)) as Record<string, unknown>;
      const call = moduleExports[association.functionName];
      if (typeof call !== "function") throw new Error(`${fn.id}: ${association.functionName} is not exported`);
      return { metadata: fn, call: call as (...args: unknown[]) => unknown };
    }),
  );
}

/** The metadata plugin needs the TypeScript compiler; give it time on a slow machine. */
export const REGISTRY_TIMEOUT_MS = 120_000;
