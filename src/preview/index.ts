/*
 * The preview: the built task pane beside a grid view of an in-memory workbook, so anyone can
 * try the pane without Excel (issue 6). No office.js is loaded; the pane gets the fake host's
 * runner, and the language and theme Office would report come from the query string:
 * preview.html?lang=en-US&theme=dark (theme=light|dark imitates Office's White|Black theme;
 * without it the page follows the browser's colour scheme).
 */
import { createFakeExcel } from "../host/fake";
import { pickStrings } from "../taskpane/i18n";
import { mountPane } from "../taskpane/pane";
import { installStyles } from "../taskpane/styles";
import { applyTheme, type ThemeColors } from "../taskpane/theme";
import { mountBook } from "./book";
import { PREVIEW_CSS } from "./styles";

/** Office's officeTheme for its White and Black themes. */
const OFFICE_THEMES: Record<string, ThemeColors> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" },
};

const params = new URLSearchParams(window.location.search);
const fake = createFakeExcel();
const strings = pickStrings(params.get("lang") ?? "ja-JP");

installStyles(document);
installStyles(document, PREVIEW_CSS);
document.documentElement.lang = strings.language;
applyTheme(document.documentElement, OFFICE_THEMES[params.get("theme") ?? ""]);

const book = document.getElementById("book");
const app = document.getElementById("app");
if (book) mountBook(book, fake.workbook);
if (app) mountPane(app, { run: fake.run, strings });

// For trying things from the browser console: koyoPreview.workbook.setCell("Sheet1", "A1", 1).
Object.assign(window, { koyoPreview: { workbook: fake.workbook } });
