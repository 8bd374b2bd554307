/* The README's function reference is generated (npm run docs); this fails when it is stale. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_DOCS } from "../../src/functions/docs";
import { readFunctionRegistry } from "../../src/tools/functionSources";
import { renderFunctionReference, replaceReference } from "../../src/tools/readmeReference";
import { REGISTRY_TIMEOUT_MS, ROOT } from "./support/registry";

describe("README.md", () => {
  it(
    "has the function reference of the current functions and FunctionDocs (run npm run docs to update it)",
    async () => {
      const readme = readFileSync(join(ROOT, "README.md"), "utf8");
      const { metadata } = await readFunctionRegistry(ROOT);
      expect(readme).toBe(replaceReference(readme, renderFunctionReference(metadata, FUNCTION_DOCS)));
    },
    REGISTRY_TIMEOUT_MS,
  );

  it("gives the two-command setup and the test command .ci/run uses", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const command of ["npm install", "npm start", "npm test", "npm run start:web -- --document"]) expect(readme).toContain(command);
    expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toMatch(/npm ci[\s\S]*npm test/u);
  });
});
