/*
 * Function help in both languages: functions.json (Japanese, Excel's default for ja-JP),
 * functions.en-US.json (English, from the FunctionDocs) and help.html (one anchor per id).
 */
import { FUNCTION_DOCS } from "../../src/functions/docs";
import type { FunctionDoc } from "../../src/functions/docs/functionDoc";
import { englishMetadata } from "../../src/tools/englishMetadata";
import type { FunctionsMetadataJson } from "../../src/tools/functionSources";
import { readDist } from "./support/dist";

const japanese = JSON.parse(readDist("functions.json")) as FunctionsMetadataJson;
const english = JSON.parse(readDist("functions.en-US.json")) as FunctionsMetadataJson;
const hasJapanese = (text: string | undefined): boolean => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text ?? "");

describe("function metadata", () => {
  it("has a Japanese description for every function and parameter, and a help URL to its own anchor", () => {
    for (const fn of japanese.functions) {
      expect(hasJapanese(fn.description)).toBe(true);
      for (const parameter of fn.parameters ?? []) expect([fn.id, parameter.name, hasJapanese(parameter.description)]).toEqual([fn.id, parameter.name, true]);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id}`);
    }
  });

  it("functions.en-US.json is functions.json with every description from the FunctionDocs", () => {
    expect(english.functions.map((fn) => fn.id)).toEqual(japanese.functions.map((fn) => fn.id));
    english.functions.forEach((fn, index) => {
      const doc = FUNCTION_DOCS.find((candidate) => candidate.id === fn.id) as FunctionDoc;
      expect(fn.description).toBe(doc.en.description);
      expect(fn.parameters?.map((p) => p.description)).toEqual(japanese.functions[index].parameters?.map((p) => doc.en.parameters[p.name]));
      expect({ ...fn, description: "", parameters: fn.parameters?.map((p) => ({ ...p, description: "" })) }).toEqual({
        ...japanese.functions[index],
        description: "",
        parameters: japanese.functions[index].parameters?.map((p) => ({ ...p, description: "" })),
      });
    });
  });

  it("englishMetadata fails, naming each gap, when English text is missing or stale", () => {
    const metadata: FunctionsMetadataJson = {
      functions: [
        { id: "A", name: "A", description: "あ", parameters: [{ name: "x" }, { name: "y" }] },
        { id: "B", name: "B", description: "い" },
      ],
    };
    const docs: FunctionDoc[] = [
      { id: "A", en: { description: "A.", parameters: { x: "X.", z: "Z." } }, examples: [] },
      { id: "C", en: { description: "C.", parameters: {} }, examples: [] },
    ];
    expect(() => englishMetadata(metadata, docs)).toThrow(/A\(y\)[\s\S]*A\(z\)[\s\S]*B:[\s\S]*C:/u);
  });

  it("help.html has an anchor for every function, Japanese first and English below, with the examples", () => {
    const html = readDist("help.html");
    for (const fn of japanese.functions) {
      const start = html.indexOf(`<section id="${fn.id}">`);
      expect(start).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf("</section>", start));
      const doc = FUNCTION_DOCS.find((candidate) => candidate.id === fn.id) as FunctionDoc;
      expect(section.indexOf("引数")).toBeLessThan(section.indexOf('lang="en"'));
      expect(section).toContain("English");
      for (const example of doc.examples) expect(section).toContain(example.formula.replace(/&/gu, "&#38;").replace(/"/gu, "&#34;").replace(/</gu, "&#60;").replace(/>/gu, "&#62;"));
    }
    expect(html).not.toMatch(/<script|https?:\/\//u);
  });
});
