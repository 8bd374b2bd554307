/*
 * functions.en-US.json: the Japanese functions.json with every description replaced by the
 * FunctionDoc English text. Japanese Excel reads the default file, other languages this one
 * (manifest bt:Override). Missing English text fails the build: Excel would otherwise show
 * Japanese, or nothing, to an English user.
 */
import type { FunctionDoc } from "../functions/docs/functionDoc";
import type { FunctionsMetadataJson } from "./functionSources";

export function englishMetadata(japanese: FunctionsMetadataJson, docs: readonly FunctionDoc[]): FunctionsMetadataJson {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const problems: string[] = [];
  const functions = japanese.functions.map((fn) => {
    const doc = byId.get(fn.id);
    if (!doc || doc.en.description.trim() === "") {
      problems.push(`${fn.id}: 英語の説明がありません / no English description`);
    }
    const parameters = (fn.parameters ?? []).map((parameter) => {
      const text = doc?.en.parameters[parameter.name];
      if (doc && (text === undefined || text.trim() === "")) {
        problems.push(`${fn.id}(${parameter.name}): 引数の英語の説明がありません / no English text for the parameter`);
      }
      return { ...parameter, description: text ?? "" };
    });
    if (doc) {
      const known = new Set((fn.parameters ?? []).map((parameter) => parameter.name));
      for (const name of Object.keys(doc.en.parameters)) {
        if (!known.has(name)) problems.push(`${fn.id}(${name}): JSDoc にない引数の説明です / documents a parameter the function does not have`);
      }
    }
    return { ...fn, description: doc?.en.description ?? "", parameters };
  });
  const known = new Set(japanese.functions.map((fn) => fn.id));
  for (const doc of docs) {
    if (!known.has(doc.id)) problems.push(`${doc.id}: @customfunction のない関数の説明です / FunctionDoc for an id no function has`);
  }
  if (problems.length > 0) {
    throw new Error(
      `FunctionDoc（src/functions/docs/*.ts）を直してください / Fix the FunctionDocs:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }
  return { ...japanese, functions };
}
