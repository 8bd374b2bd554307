/**
 * Fluent 2 design tokens, written by hand as CSS custom properties (a Fluent UI library would
 * cost most of the 150 KB budget). Values are Fluent 2's web light/dark theme tokens; names keep
 * a `--koyo-` prefix so the preview's grid can reuse them. Installed as a <style> text node, so
 * the same CSS serves the task pane and the preview without a CSS loader.
 */
const LIGHT_TOKENS = `
  --koyo-bg: #ffffff; --koyo-bg-2: #fafafa; --koyo-bg-3: #f5f5f5;
  --koyo-fg: #242424; --koyo-fg-2: #424242; --koyo-fg-3: #616161;
  --koyo-stroke: #d1d1d1; --koyo-stroke-2: #e0e0e0;
  --koyo-control-bg: #ffffff; --koyo-control-fg: #242424;
  --koyo-brand: #0f6cbd; --koyo-brand-hover: #115ea3; --koyo-brand-pressed: #0c3b5e; --koyo-brand-fg: #ffffff;
  --koyo-link: #115ea3; --koyo-subtle-hover: #f0f0f0; --koyo-focus: #000000;
  --koyo-danger-fg: #b10e1c; --koyo-danger-bg: #fdf3f4; --koyo-danger-stroke: #eeacb2;
  --koyo-warning-fg: #8a3707; --koyo-warning-bg: #fff9f5; --koyo-warning-stroke: #fdcfb4;
  --koyo-info-fg: #424242; --koyo-info-bg: #f5f5f5; --koyo-info-stroke: #d1d1d1;
  --koyo-selection: #0f6cbd;
  color-scheme: light;`;

const DARK_TOKENS = `
  --koyo-bg: #292929; --koyo-bg-2: #1f1f1f; --koyo-bg-3: #141414;
  --koyo-fg: #ffffff; --koyo-fg-2: #d6d6d6; --koyo-fg-3: #adadad;
  --koyo-stroke: #666666; --koyo-stroke-2: #525252;
  --koyo-control-bg: #1f1f1f; --koyo-control-fg: #ffffff;
  --koyo-brand: #115ea3; --koyo-brand-hover: #0f6cbd; --koyo-brand-pressed: #0c3b5e; --koyo-brand-fg: #ffffff;
  --koyo-link: #479ef5; --koyo-subtle-hover: #383838; --koyo-focus: #ffffff;
  --koyo-danger-fg: #dc626d; --koyo-danger-bg: #3b0509; --koyo-danger-stroke: #6e0811;
  --koyo-warning-fg: #faa06b; --koyo-warning-bg: #4a1e04; --koyo-warning-stroke: #8a3707;
  --koyo-info-fg: #d6d6d6; --koyo-info-bg: #333333; --koyo-info-stroke: #666666;
  --koyo-selection: #479ef5;
  color-scheme: dark;`;

// An Office theme (data-theme) wins over the OS preference; its body colours are set inline.
const PANE_CSS = `
:root { --koyo-font: "Segoe UI", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif;
  --koyo-radius: 4px; ${LIGHT_TOKENS} }
@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${DARK_TOKENS} } }
:root[data-theme="dark"] { ${DARK_TOKENS} }
html, body { margin: 0; background: var(--koyo-bg); color: var(--koyo-fg); }
body { font: 14px/20px var(--koyo-font); }
.koyo-pane { padding: 12px 16px 24px; max-width: 560px; }
.koyo-pane h1 { font-size: 20px; line-height: 28px; font-weight: 600; margin: 0 0 4px; }
.koyo-pane h2 { font-size: 16px; line-height: 22px; font-weight: 600; margin: 0 0 8px; }
.koyo-pane p { margin: 0 0 8px; }
.koyo-muted { color: var(--koyo-fg-3); font-size: 12px; line-height: 16px; }
.koyo-pane section { border-top: 1px solid var(--koyo-stroke-2); padding: 12px 0; }
.koyo-pane a { color: var(--koyo-link); }
.koyo-pane fieldset { border: 0; margin: 0 0 8px; padding: 0; }
.koyo-pane legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.koyo-sheets { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 2px 8px; }
.koyo-check { display: flex; align-items: flex-start; gap: 8px; padding: 4px 0; cursor: pointer; }
.koyo-check input { width: 16px; height: 16px; margin: 2px 0 0; accent-color: var(--koyo-brand); flex: none; }
.koyo-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.koyo-button {
  font: 600 14px/20px var(--koyo-font); min-height: 32px; padding: 5px 12px; border-radius: var(--koyo-radius);
  border: 1px solid var(--koyo-stroke); background: var(--koyo-control-bg); color: var(--koyo-control-fg); cursor: pointer;
}
.koyo-button:hover { background: var(--koyo-subtle-hover); }
.koyo-button.koyo-primary { background: var(--koyo-brand); border-color: transparent; color: var(--koyo-brand-fg); }
.koyo-button.koyo-primary:hover { background: var(--koyo-brand-hover); }
.koyo-button.koyo-primary:active { background: var(--koyo-brand-pressed); }
.koyo-button:disabled { cursor: default; opacity: 0.5; }
:focus-visible { outline: 2px solid var(--koyo-focus); outline-offset: 1px; }
.koyo-field { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
.koyo-field label { font-weight: 600; }
.koyo-input {
  font: 14px/20px var(--koyo-font); min-height: 32px; box-sizing: border-box; padding: 5px 10px; max-width: 200px;
  border: 1px solid var(--koyo-stroke); border-bottom-color: var(--koyo-fg-3); border-radius: var(--koyo-radius);
  background: var(--koyo-control-bg); color: var(--koyo-control-fg);
}
.koyo-input[aria-invalid="true"] { border-color: var(--koyo-danger-fg); }
.koyo-status { min-height: 20px; margin: 4px 0; white-space: pre-line; }
.koyo-status[data-kind="error"] { color: var(--koyo-danger-fg); }
.koyo-field .koyo-status:empty, .koyo-summary:empty { display: none; }
.koyo-progress { width: 100%; height: 4px; accent-color: var(--koyo-brand); }
.koyo-progress[hidden] { display: none; }
.koyo-summary { font-weight: 600; margin: 8px 0; }
.koyo-findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.koyo-finding {
  width: 100%; box-sizing: border-box; text-align: left; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; padding: 8px;
  font: 14px/20px var(--koyo-font); color: var(--koyo-fg); background: var(--koyo-bg);
  border: 1px solid var(--koyo-stroke-2); border-radius: var(--koyo-radius);
}
button.koyo-finding { cursor: pointer; }
button.koyo-finding:hover { background: var(--koyo-subtle-hover); }
.koyo-finding .koyo-message { grid-column: 1 / -1; overflow-wrap: anywhere; }
.koyo-finding .koyo-where { color: var(--koyo-fg-3); font-size: 12px; line-height: 16px; overflow-wrap: anywhere; align-self: center; }
.koyo-badge {
  display: inline-block; font-size: 12px; line-height: 16px; font-weight: 600; padding: 1px 6px;
  border-radius: var(--koyo-radius); border: 1px solid; white-space: nowrap;
}
.koyo-badge[data-severity="エラー"] { color: var(--koyo-danger-fg); background: var(--koyo-danger-bg); border-color: var(--koyo-danger-stroke); }
.koyo-badge[data-severity="警告"] { color: var(--koyo-warning-fg); background: var(--koyo-warning-bg); border-color: var(--koyo-warning-stroke); }
.koyo-badge[data-severity="情報"] { color: var(--koyo-info-fg); background: var(--koyo-info-bg); border-color: var(--koyo-info-stroke); }
.koyo-rule { font-family: Consolas, "Cascadia Mono", monospace; font-size: 12px; }
.koyo-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) {
  .koyo-button, .koyo-finding, .koyo-input { border-color: ButtonText; }
  .koyo-button.koyo-primary { background: Highlight; color: HighlightText; forced-color-adjust: none; }
  .koyo-badge { border-color: CanvasText; }
  .koyo-finding:hover, .koyo-finding:focus-visible { outline: 2px solid Highlight; }
  :focus-visible { outline-color: Highlight; }
}
`;

/** Adds the pane's CSS to the document once. */
export function installStyles(doc: Document, css: string = PANE_CSS): void {
  const style = doc.createElement("style");
  style.textContent = css;
  doc.head.appendChild(style);
}
