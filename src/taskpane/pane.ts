import {
  SHEETS,
  checkWorkbook,
  generateSheets,
  refreshValues,
  selectCell,
  type CheckReport,
  type ExcelRunner,
  type Finding,
  type GenerateReport,
  type SheetId,
} from "../app";
import { parseOptionalRate } from "../core/input/rate";
import { Activity } from "./activity";
import { describeError } from "./describeError";
import { h, replaceChildren } from "./dom";
import type { Strings } from "./i18n";
import { sortFindings } from "./sortFindings";

export interface PaneOptions {
  /** `Excel.run` in Excel, the fake host's `run` in the preview. */
  run: ExcelRunner;
  strings: Strings;
  /** The function help page, built next to the pane. */
  helpUrl?: string;
}

/**
 * Builds the task pane inside `root`: the sheet generator with its 計算結果を更新 button, the
 * checker with its findings list, and a link to the function help. Every workbook text is set with textContent (issue 4).
 */
export function mountPane(root: HTMLElement, { run, strings, helpUrl = "help.html" }: PaneOptions): void {
  const pane = h(
    "main",
    { className: "koyo-pane", attrs: { lang: strings.language } },
    h("h1", {}, strings.title),
    h("p", {}, strings.intro),
    h("p", {}, h("a", { attrs: { href: helpUrl, target: "_blank", rel: "noopener" } }, strings.helpLink)),
    generateSection(run, strings),
    checkSection(run, strings),
  );
  replaceChildren(root, pane);
}

/** Runs one piece of work with the section's buttons disabled, so a second click cannot start it twice. */
async function whileBusy(section: HTMLElement, work: () => Promise<void>): Promise<void> {
  const controls = [...section.querySelectorAll<HTMLButtonElement | HTMLInputElement>("button, input")];
  section.setAttribute("aria-busy", "true");
  controls.forEach((control) => (control.disabled = true));
  try {
    await work();
  } finally {
    controls.forEach((control) => (control.disabled = false));
    section.removeAttribute("aria-busy");
  }
}

type Step = (done: number, total: number, text: string) => void;

/**
 * One action of a section: buttons disabled while it runs, the activity started and stepped, then
 * the report `work` returns, or the error in words. Shared so every button behaves the same.
 */
function runAction(section: HTMLElement, activity: Activity, strings: Strings, startText: string, work: (step: Step) => Promise<string>): Promise<void> {
  return whileBusy(section, async () => {
    activity.start(startText);
    try {
      activity.finish(await work((done, total, text) => activity.step(done, total, text)));
    } catch (error) {
      activity.finish(describeError(error, strings), "error");
    }
  });
}

function generateSection(run: ExcelRunner, strings: Strings): HTMLElement {
  const activity = new Activity("generate");
  const boxes = SHEETS.map((sheet) => {
    const box = h("input", { attrs: { type: "checkbox", "data-sheet": sheet.id } });
    box.checked = true;
    return { id: sheet.id, box, label: strings.language === "ja" ? sheet.label : sheet.labelEn };
  });
  const values = h("input", { id: "koyo-values", attrs: { type: "checkbox" } });

  const generate = (sheets: readonly SheetId[]) =>
    sheets.length === 0
      ? activity.finish(strings.noSheetSelected, "error")
      : runAction(section, activity, strings, strings.generateHeading, async (step) =>
          generatedText(
            await generateSheets(run, {
              sheets,
              valuesInsteadOfFormulas: values.checked,
              onProgress: (done, total, label) => step(done, total, strings.generating(done, total, label)),
            }),
            strings,
          ),
        );

  const refresh = () =>
    runAction(section, activity, strings, strings.refreshing, async (step) =>
      (await refreshValues(run, { onProgress: (done, total) => step(done, total, strings.refreshing) })).notes.join("\n"),
    );

  const section: HTMLElement = h(
    "section",
    { attrs: { "aria-labelledby": "koyo-generate-heading" } },
    h("h2", { id: "koyo-generate-heading" }, strings.generateHeading),
    h(
      "fieldset",
      {},
      h("legend", {}, strings.sheetsLegend),
      h("div", { className: "koyo-sheets" }, ...boxes.map(({ box, label }) => h("label", { className: "koyo-check" }, box, label))),
    ),
    h("label", { className: "koyo-check" }, values, strings.valuesInsteadOfFormulas),
    h("p", { className: "koyo-muted" }, strings.overwriteNote),
    h(
      "div",
      { className: "koyo-actions" },
      h(
        "button",
        { className: "koyo-button koyo-primary", id: "koyo-generate-all", attrs: { type: "button" }, on: { click: () => void generate(SHEETS.map((s) => s.id)) } },
        strings.generateAll,
      ),
      h(
        "button",
        {
          className: "koyo-button",
          id: "koyo-generate-selected",
          attrs: { type: "button" },
          on: { click: () => void generate(boxes.filter(({ box }) => box.checked).map(({ id }) => id)) },
        },
        strings.generateSelected,
      ),
    ),
    h("p", { className: "koyo-muted", id: "koyo-refresh-note" }, strings.refreshNote),
    h(
      "div",
      { className: "koyo-actions" },
      h(
        "button",
        { className: "koyo-button", id: "koyo-refresh", attrs: { type: "button", "aria-describedby": "koyo-refresh-note" }, on: { click: () => void refresh() } },
        strings.refreshValues,
      ),
    ),
    activity.element,
  );
  return section;
}

function generatedText(report: GenerateReport, strings: Strings): string {
  const renamed = report.created
    .filter((sheet) => sheet.renamedFrom !== undefined)
    .map((sheet) => strings.renamed(sheet.renamedFrom ?? "", sheet.sheetName));
  return [strings.generated(report.created.length, report.skippedCells), ...renamed, ...report.notes].join("\n");
}

function checkSection(run: ExcelRunner, strings: Strings): HTMLElement {
  const activity = new Activity("check");
  const rateHint = h("span", { id: "koyo-rate-hint", className: "koyo-muted" }, strings.referenceRateHint);
  const rateError = h("span", { id: "koyo-rate-error", className: "koyo-status", attrs: { "data-kind": "error" } });
  const rate = h("input", {
    id: "koyo-rate",
    className: "koyo-input",
    attrs: { type: "text", inputmode: "decimal", autocomplete: "off", "aria-describedby": "koyo-rate-hint koyo-rate-error" },
  });
  // Created once and updated, so screen readers announce each new summary.
  const summary = h("p", { className: "koyo-summary", id: "koyo-summary", attrs: { role: "status", "aria-live": "polite" } });
  const results = h("div", { id: "koyo-results" });

  const check = () => {
    let referencePlacementRate: number | null;
    try {
      referencePlacementRate = parseOptionalRate(rate.value, strings.referenceRateLabel);
      rate.removeAttribute("aria-invalid");
      rateError.textContent = "";
    } catch (error) {
      rate.setAttribute("aria-invalid", "true");
      rateError.textContent = describeError(error, strings);
      return;
    }
    summary.textContent = "";
    return runAction(section, activity, strings, strings.checking, async (step) => {
      const report = await checkWorkbook(run, { referencePlacementRate, onProgress: (done, total) => step(done, total, strings.checking) });
      summary.textContent = strings.summary(report.counts);
      replaceChildren(results, ...findingsView(report, run, strings, activity));
      return "";
    });
  };

  const section: HTMLElement = h(
    "section",
    { attrs: { "aria-labelledby": "koyo-check-heading" } },
    h("h2", { id: "koyo-check-heading" }, strings.checkHeading),
    h("div", { className: "koyo-field" }, h("label", { attrs: { for: "koyo-rate" } }, strings.referenceRateLabel), rate, rateHint, rateError),
    h(
      "div",
      { className: "koyo-actions" },
      h("button", { className: "koyo-button koyo-primary", id: "koyo-check", attrs: { type: "button" }, on: { click: () => void check() } }, strings.runCheck),
    ),
    activity.element,
    summary,
    results,
  );
  rate.addEventListener("keydown", (event) => {
    if (event.key === "Enter") void check();
  });
  return section;
}

function findingsView(report: CheckReport, run: ExcelRunner, strings: Strings, activity: Activity): Node[] {
  if (report.findings.length === 0) return [h("p", {}, strings.noFindings)];
  return [
    h("h3", { className: "koyo-visually-hidden", id: "koyo-findings-label" }, strings.findingsLabel),
    h(
      "ul",
      { className: "koyo-findings", attrs: { "aria-labelledby": "koyo-findings-label" } },
      ...sortFindings(report.findings).map((finding) => h("li", {}, findingButton(finding, run, strings, activity))),
    ),
  ];
}

/**
 * A finding is a button: click, Enter or Space selects its cell in the workbook. A finding about
 * something missing altogether (no sheet, no cell) has nothing to select, so it is plain text.
 */
function findingButton(finding: Finding, run: ExcelRunner, strings: Strings, activity: Activity): HTMLElement {
  const badge = h("span", { className: "koyo-badge", attrs: { "data-severity": finding.severity } }, strings.severity[finding.severity]);
  const message = h("span", { className: "koyo-message" }, finding.message);
  if (!finding.sheet || !finding.address) {
    return h("div", { className: "koyo-finding", attrs: { "data-rule": finding.ruleId } }, badge, h("span", { className: "koyo-where" }, h("span", { className: "koyo-rule" }, finding.ruleId)), message);
  }
  const location = `${finding.sheet}!${finding.address}`;
  const select = async () => {
    try {
      await selectCell(run, finding.sheet, finding.address);
      activity.finish(strings.selected(location));
    } catch (error) {
      activity.finish(describeError(error, strings), "error");
    }
  };
  return h(
    "button",
    {
      className: "koyo-finding",
      attrs: { type: "button", "data-rule": finding.ruleId, "data-sheet": finding.sheet, "data-address": finding.address, title: strings.selectFinding(location) },
      on: { click: () => void select() },
    },
    badge,
    h("span", { className: "koyo-where" }, h("span", { className: "koyo-rule" }, finding.ruleId), " · ", location),
    message,
  );
}
