/* `npm run docs`: rewrites the README's function reference from the JSDoc and FunctionDocs. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_DOCS } from "../functions/docs";
import { readFunctionRegistry } from "./functionSources";
import { renderFunctionReference, replaceReference } from "./readmeReference";

async function main(): Promise<void> {
  const root = join(__dirname, "..", "..");
  const readmePath = join(root, "README.md");
  const { metadata } = await readFunctionRegistry(root);
  const readme = readFileSync(readmePath, "utf8");
  const updated = replaceReference(readme, renderFunctionReference(metadata, FUNCTION_DOCS));
  if (updated !== readme) writeFileSync(readmePath, updated);
  console.log(updated === readme ? "README.md は最新です。" : "README.md の関数リファレンスを更新しました。");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
