/*
 * Which files hold worksheet functions, and what custom-functions-metadata reads from them.
 * Every `src/functions/*.ts` except the entry `index.ts` is a function group, so a new group
 * is picked up by the build, the metadata, the help and the tests without a list to update.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const FUNCTIONS_DIR = join("src", "functions");
const ENTRY_FILE = "index.ts";

/** Absolute paths of the function-group modules, sorted so output order is stable. */
export function functionSourceFiles(root: string): string[] {
  const dir = resolve(root, FUNCTIONS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts") && name !== ENTRY_FILE)
    .sort()
    .map((name) => join(dir, name));
}

/** One function as functions.json describes it (the parts we read). */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly description?: string; readonly optional?: boolean }>;
}

export interface FunctionsMetadataJson {
  readonly functions: readonly FunctionMetadata[];
}

/** Where a function id is implemented: the module file and the exported JavaScript name. */
export interface Association {
  readonly id: string;
  readonly functionName: string;
  readonly sourceFileName: string;
}

export interface FunctionRegistry {
  readonly metadata: FunctionsMetadataJson;
  readonly associations: readonly Association[];
}

/** Runs custom-functions-metadata over the sources, as the build does; throws on its errors. */
export async function readFunctionRegistry(root: string): Promise<FunctionRegistry> {
  const result = await generateCustomFunctionsMetadata(functionSourceFiles(root), true);
  if (result.errors.length > 0) {
    throw new Error(`関数の JSDoc に誤りがあります / The functions' JSDoc has errors:\n${result.errors.join("\n")}`);
  }
  return {
    metadata: JSON.parse(result.metadataJson) as FunctionsMetadataJson,
    associations: result.associate.map(({ id, functionName, sourceFileName }) => ({ id, functionName, sourceFileName })),
  };
}
