/*
 * dist/help.html: one page, one section per function, anchored by its id (help.html#THRESHOLD)
 * so each function's @helpurl and the task pane can link straight to it. Japanese first,
 * English below; examples come from the FunctionDocs, whose results a test checks.
 */
import type { FunctionDoc } from "../functions/docs/functionDoc";
import { formatExpected } from "../tools/formatExample";
import type { FunctionMetadata, FunctionsMetadataJson } from "../tools/functionSources";

const NAMESPACE = "KOYO";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function signature(fn: FunctionMetadata): string {
  const parameters = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${NAMESPACE}.${fn.name}(${parameters.join(", ")})`;
}

function parameterList(fn: FunctionMetadata, describe: (name: string, japanese: string) => string): string {
  const items = (fn.parameters ?? []).map(
    (p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? "（省略可 / optional）" : ""}: ${escapeHtml(describe(p.name, p.description ?? ""))}</li>`,
  );
  return items.length > 0 ? `<ul>${items.join("")}</ul>` : "<p>なし / none</p>";
}

function section(fn: FunctionMetadata, doc: FunctionDoc | undefined): string {
  const examples = (doc?.examples ?? [])
    .map((example) => `<tr><td><code>${escapeHtml(example.formula)}</code></td><td><code>${escapeHtml(formatExpected(example.expected))}</code></td><td>${escapeHtml(example.note)}</td></tr>`)
    .join("");
  return `<section id="${escapeHtml(fn.id)}">
<h2>${escapeHtml(`${NAMESPACE}.${fn.name}`)}</h2>
<p><code>${escapeHtml(signature(fn))}</code></p>
<p>${escapeHtml(fn.description ?? "")}</p>
<h3>引数</h3>
${parameterList(fn, (_name, japanese) => japanese)}
<h3>例</h3>
${examples ? `<table><thead><tr><th>数式</th><th>結果</th><th>説明</th></tr></thead><tbody>${examples}</tbody></table>` : "<p>なし</p>"}
<div class="en" lang="en">
<h3>English</h3>
<p>${escapeHtml(doc?.en.description ?? "")}</p>
${parameterList(fn, (name) => doc?.en.parameters[name] ?? "")}
</div>
</section>`;
}

export function renderHelpPage(metadata: FunctionsMetadataJson, docs: readonly FunctionDoc[], css: string): string {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const index = metadata.functions.map((fn) => `<li><a href="#${escapeHtml(fn.id)}">${escapeHtml(`${NAMESPACE}.${fn.name}`)}</a></li>`).join("");
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>KOYO 関数ヘルプ / Function help</title>
<style>
${css}</style>
</head>
<body>
<h1>KOYO 関数ヘルプ <span lang="en">/ Function help</span></h1>
<p>セルに <code>=KOYO.</code> と入力すると関数の一覧が出ます。範囲を渡すと結果が範囲に広がります（スピル）。</p>
<nav><ul>${index}</ul></nav>
${metadata.functions.map((fn) => section(fn, byId.get(fn.id))).join("\n")}
</body>
</html>
`;
}
