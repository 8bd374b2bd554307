/*
 * The functions entry and the docs index list modules by hand (TypeScript has no glob import);
 * these tests fail when a new group or docs file is not wired in, instead of Excel showing
 * #NAME? for a function that has metadata but was never registered.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FUNCTION_DOCS } from "../../src/functions/docs";
import { functionSourceFiles } from "../../src/tools/functionSources";
import { ROOT } from "./support/registry";

describe("entries", () => {
  it("src/functions/index.ts imports every function group", () => {
    const entry = readFileSync(join(ROOT, "src", "functions", "index.ts"), "utf8");
    const missing = functionSourceFiles(ROOT)
      .map((file) => basename(file, ".ts"))
      .filter((group) => !entry.includes(`import "./${group}";`));
    expect(missing).toEqual([]);
  });

  it("src/functions/docs/index.ts includes every FunctionDoc of every docs module", async () => {
    const docsDir = join(ROOT, "src", "functions", "docs");
    const modules = readdirSync(docsDir).filter((name) => name.endsWith(".ts") && name !== "index.ts" && name !== "functionDoc.ts");
    const included = new Set(FUNCTION_DOCS);
    const missing: string[] = [];
    for (const name of modules) {
      const exported = (await import(join(docsDir, name))) as Record<string, unknown>;
      for (const [exportName, value] of Object.entries(exported)) {
        if (!Array.isArray(value)) continue;
        for (const doc of value as Array<{ id: string }>) if (!included.has(doc as never)) missing.push(`${name}: ${exportName} ${doc.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("no function id is documented twice", () => {
    const ids = FUNCTION_DOCS.map((doc) => doc.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
