/** The preview page's own layout: the workbook grid on the left, the task pane at a task pane's width on the right. */
export const PREVIEW_CSS = `
html, body { height: 100%; }
.preview { display: flex; height: 100vh; }
.preview-book { flex: 1; min-width: 0; display: flex; flex-direction: column; padding: 8px 12px; gap: 8px; background: var(--koyo-bg-2); }
.preview-heading { font-size: 14px; line-height: 20px; font-weight: 600; margin: 0; }
.preview-pane { width: 360px; flex: none; overflow: auto; border-left: 1px solid var(--koyo-stroke); background: var(--koyo-bg); }
#book { display: flex; flex-direction: column; gap: 8px; min-height: 0; flex: 1; }
.preview-tabs { display: flex; flex-wrap: wrap; gap: 4px; }
.preview-tab {
  font: 14px/20px var(--koyo-font); padding: 4px 10px; border: 1px solid var(--koyo-stroke); border-radius: var(--koyo-radius);
  background: var(--koyo-bg); color: var(--koyo-fg); cursor: pointer;
}
.preview-tab[aria-selected="true"] { border-color: var(--koyo-brand); box-shadow: inset 0 -2px 0 var(--koyo-brand); font-weight: 600; }
.preview-bar { display: flex; gap: 8px; align-items: center; }
.preview-address { width: 90px; }
.preview-value { flex: 1; max-width: none; }
.preview-grid { overflow: auto; flex: 1; min-height: 0; border: 1px solid var(--koyo-stroke); background: var(--koyo-bg); }
.preview-table { border-collapse: collapse; table-layout: fixed; font-size: 12px; line-height: 16px; }
.preview-table th { position: sticky; background: var(--koyo-bg-3); color: var(--koyo-fg-3); font-weight: 400; border: 1px solid var(--koyo-stroke-2); padding: 2px 4px; }
.preview-table thead th { top: 0; z-index: 1; }
.preview-table tbody th { left: 0; text-align: right; }
.preview-table td {
  border: 1px solid var(--koyo-stroke-2); padding: 2px 4px; height: 16px;
  white-space: pre; overflow: hidden; text-overflow: ellipsis; cursor: cell;
}
.preview-table td.preview-spill { overflow: visible; text-overflow: clip; }
.preview-bold { font-weight: 700; }
.preview-formula { color: var(--koyo-fg-3); font-family: Consolas, "Cascadia Mono", monospace; }
.preview-filled { background: var(--koyo-bg-3); }
.preview-table td.preview-selected { outline: 2px solid var(--koyo-selection); outline-offset: -2px; background: var(--koyo-subtle-hover); }
@media (forced-colors: active) {
  .preview-table td.preview-selected { outline-color: Highlight; }
  .preview-tab[aria-selected="true"] { border-color: Highlight; }
}
`;
