/*
 * The README's function reference, generated from the same JSDoc metadata and FunctionDocs
 * as the help page (`npm run docs`), between two markers; a test fails when it is stale.
 */
import type { FunctionDoc } from "../functions/docs/functionDoc";
import { formatExpected } from "./formatExample";
import type { FunctionsMetadataJson } from "./functionSources";

const REFERENCE_START = "<!-- koyo:function-reference:start (npm run docs で生成。手で編集しないでください) -->";
const REFERENCE_END = "<!-- koyo:function-reference:end -->";

/** Keeps a table cell on one line and its pipes literal. */
function cell(text: string): string {
  return text.replace(/\|/gu, "\\|").replace(/\s*\n\s*/gu, " ");
}

export function renderFunctionReference(metadata: FunctionsMetadataJson, docs: readonly FunctionDoc[]): string {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  return metadata.functions
    .map((fn) => {
      const parameters = fn.parameters ?? [];
      const signature = `=KOYO.${fn.name}(${parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      const examples = (byId.get(fn.id)?.examples ?? []).map(
        (example) => `| \`${cell(example.formula)}\` | \`${cell(formatExpected(example.expected))}\` | ${cell(example.note)} |`,
      );
      return [
        `### KOYO.${fn.name}`,
        "",
        `\`${signature}\``,
        "",
        cell(fn.description ?? ""),
        "",
        ...parameters.map((p) => `- \`${p.name}\`${p.optional ? "（省略可）" : ""}: ${cell(p.description ?? "")}`),
        "",
        "| 数式 | 結果 | 説明 |",
        "|---|---|---|",
        ...examples,
        "",
      ].join("\n");
    })
    .join("\n");
}

/** The README with its reference section replaced; throws when the markers are missing. */
export function replaceReference(readme: string, reference: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md に目印の行がありません。次の2行を関数リファレンスの位置に入れてください:\n${REFERENCE_START}\n${REFERENCE_END}`);
  }
  return `${readme.slice(0, start + REFERENCE_START.length)}\n\n${reference}\n${readme.slice(end)}`;
}
