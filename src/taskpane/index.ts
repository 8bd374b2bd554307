/* The task pane's entry in Excel: Office supplies the runner, language and theme; the pane gets them injected. */
import type { ExcelRunner } from "../app";
import { pickStrings } from "./i18n";
import { mountPane } from "./pane";
import { installStyles } from "./styles";
import { applyTheme } from "./theme";

installStyles(document);

Office.onReady(() => {
  const strings = pickStrings(Office.context?.displayLanguage);
  document.documentElement.lang = strings.language;
  applyTheme(document.documentElement, Office.context?.officeTheme);
  const root = document.getElementById("app");
  if (root) mountPane(root, { run: Excel.run as ExcelRunner, strings });
});
