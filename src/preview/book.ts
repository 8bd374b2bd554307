import { cellAddress, columnLetter, parseCell } from "../core/kit/a1";
import type { FakeCellView, FakeWorkbook } from "../host/fake/model";
import { h, replaceChildren } from "../taskpane/dom";
import { typedValue } from "./typedValue";

/** Rows and columns shown beyond the used range, so there is room to type. */
const MARGIN = { rows: 5, columns: 2 };
const MINIMUM = { rows: 20, columns: 8 };
/** A guard against a stray far-away cell making thousands of table rows. */
const MAXIMUM = { rows: 400, columns: 40 };

/** Excel's default column width (8.43 characters) in CSS pixels; kit widths are in points (4/3 px). */
const DEFAULT_WIDTH_PX = 64;
const ROW_HEADER_PX = 40;

/** Text a cell shows: the fake never evaluates formulas, so a formula shows as typed. */
function shownText(cell: FakeCellView | undefined): string {
  if (!cell) return "";
  if (cell.formula !== null) return cell.formula;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

/**
 * A simple grid view of the fake workbook: sheet tabs, a name box and value box to type into a
 * cell, and the cells as text with the current selection highlighted. It re-renders on every
 * workbook change, and follows the selection the add-in makes (a finding click).
 */
export function mountBook(root: HTMLElement, workbook: FakeWorkbook): void {
  const tabs = h("div", { className: "preview-tabs", attrs: { role: "tablist", "aria-label": "シート" } });
  const address = h("input", { id: "preview-address", className: "koyo-input preview-address", attrs: { "aria-label": "セル番地", autocomplete: "off" } });
  const value = h("input", { id: "preview-value", className: "koyo-input preview-value", attrs: { "aria-label": "セルの値", autocomplete: "off" } });
  const message = h("span", { className: "koyo-status", attrs: { role: "status", "data-kind": "error" } });
  const grid = h("div", { className: "preview-grid", attrs: { tabindex: "0", "aria-label": "セル" } });

  const shownSheet = (): string | undefined =>
    workbook.selection?.sheet ?? workbook.activeSheet?.name ?? workbook.sheets[0]?.name;

  const select = (sheet: string, a1: string) => {
    workbook.selection = { sheet, address: a1 };
    workbook.activeSheet = workbook.findSheet(sheet) ?? workbook.activeSheet;
    workbook.notify();
  };

  const commit = () => {
    const sheet = shownSheet() ?? "Sheet1";
    const target = workbook.selection?.address ?? "A1";
    workbook.setCell(sheet, target, typedValue(value.value));
    const { row, column } = parseCell(target);
    select(sheet, cellAddress({ row: row + 1, column })); // Enter moves down, as in Excel
  };

  address.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    try {
      const cell = parseCell(address.value);
      message.textContent = "";
      select(shownSheet() ?? "Sheet1", cellAddress(cell));
      value.focus();
    } catch {
      message.textContent = "セル番地は A1 や C12 の形で入力してください。";
    }
  });
  value.addEventListener("keydown", (event) => {
    if (event.key === "Enter") commit();
  });

  const render = () => {
    const current = shownSheet();
    replaceChildren(
      tabs,
      ...workbook.listSheets().map((name) =>
        h(
          "button",
          {
            className: "preview-tab",
            attrs: { type: "button", role: "tab", "aria-selected": String(name === current), "data-sheet": name },
            on: { click: () => select(name, "A1") },
          },
          name,
        ),
      ),
    );
    const selected = workbook.selection?.sheet === current ? workbook.selection?.address : undefined;
    address.value = selected ?? "";
    value.value = current && selected ? shownText(workbook.getCell(current, selected)) : "";
    replaceChildren(grid, current ? table(workbook, current, selected, select) : h("p", { className: "koyo-muted" }, "シートがありません。作業ウィンドウの「すべて作成」で様式を作れます。"));
    grid.querySelector(".preview-selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };

  workbook.onChange(render);
  replaceChildren(
    root,
    tabs,
    h("div", { className: "preview-bar" }, address, value, message),
    grid,
  );
  render();
}

function table(workbook: FakeWorkbook, sheetName: string, selected: string | undefined, select: (sheet: string, a1: string) => void): HTMLTableElement {
  const sheet = workbook.findSheet(sheetName);
  const used = sheet?.usedRange();
  const chosen = selected ? parseCell(selected) : { row: 0, column: 0 };
  const rows = Math.min(MAXIMUM.rows, Math.max(MINIMUM.rows, (used?.bottom ?? 0) + 1 + MARGIN.rows, chosen.row + 1 + MARGIN.rows));
  const columns = Math.min(MAXIMUM.columns, Math.max(MINIMUM.columns, (used?.right ?? 0) + 1 + MARGIN.columns, chosen.column + 1));
  const columnIndexes = [...Array(columns).keys()];
  const widths = columnIndexes.map((c) => {
    const points = sheet?.columnWidths.get(c);
    return points === undefined ? DEFAULT_WIDTH_PX : Math.round((points * 4) / 3);
  });
  const colgroup = h("colgroup", {}, h("col", { attrs: { style: `width: ${ROW_HEADER_PX}px` } }), ...widths.map((px) => h("col", { attrs: { style: `width: ${px}px` } })));

  const head = h("tr", {}, h("th", { className: "preview-corner" }), ...columnIndexes.map((c) => h("th", { attrs: { scope: "col" } }, columnLetter(c))));
  const body = [...Array(rows).keys()].map((r) =>
    h(
      "tr",
      {},
      h("th", { attrs: { scope: "row" } }, String(r + 1)),
      ...columnIndexes.map((c) => {
        const a1 = cellAddress({ row: r, column: c });
        const cell = sheet?.peek(r, c);
        const text = shownText(cell);
        const td = h("td", { attrs: { "data-address": a1 }, on: { click: () => select(sheetName, a1) } }, text);
        if (text) td.title = text;
        // As in Excel, text runs on over an empty neighbour and is cut short by a filled one.
        if (text && shownText(sheet?.peek(r, c + 1)) === "") td.classList.add("preview-spill");
        if (cell?.bold) td.classList.add("preview-bold");
        if (cell?.formula) td.classList.add("preview-formula");
        if (cell?.fill) td.classList.add("preview-filled");
        if (a1 === selected) {
          td.classList.add("preview-selected");
          td.setAttribute("aria-selected", "true");
        }
        return td;
      }),
    ),
  );
  const width = ROW_HEADER_PX + widths.reduce((sum, px) => sum + px, 0);
  return h(
    "table",
    { className: "preview-table", attrs: { "data-sheet": sheetName, style: `width: ${width}px` } },
    colgroup,
    h("thead", {}, head),
    h("tbody", {}, ...body),
  );
}
