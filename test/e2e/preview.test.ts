/*
 * End to end in headless Chromium (issue 6): the built preview page — the task pane beside a
 * grid of the fake workbook — driven like a user would: generate all, fill a sample proposal,
 * run the check, click a finding, and see the selected cell. Also: cell text is never parsed
 * as HTML, the pane works by keyboard, and taskpane.html follows Office's language and theme.
 * Screenshots for the README are taken on every run (see SCREENSHOTS for where they land).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { costCheck } from "../../src/core/cost/costCheck";
import { costPerOutcome } from "../../src/core/cost/costPerOutcome";
import { COST_SHEET, COST_SUMMARY, COST_TABLES } from "../../src/core/kit/sheets/cost";
import { FRAMEWORK_COLUMNS as FW, FRAMEWORK_SHEET, FRAMEWORK_TABLES } from "../../src/core/kit/sheets/framework";
import { PROPOSAL_COLUMNS, PROPOSAL_SHEET, PROPOSAL_TABLES } from "../../src/core/kit/sheets/proposal";
import { KIT_SHEETS } from "../../src/core/kit";
import { describeE2e } from "./support/chromium";
import { kitCell, kitItemCell } from "./support/kitCell";
import { cellText, generateAll, gridSelection, refreshComputedValues, runCheck, showSheet, typeInto } from "./support/previewPage";
import { DIST, SCREENSHOTS, startSession, type Session } from "./support/session";

jest.setTimeout(60_000);

const XSS = "<img src=x onerror=alert(1)>";
const FRAMEWORK = FRAMEWORK_SHEET.name;
const PROPOSAL = PROPOSAL_SHEET.name;

/** A small proposal as a council would start it, with one deliberate mistake in table B (R-CHECK-5). */
async function fillSampleProposal(page: Page): Promise<void> {
  const item = (name: string) => kitItemCell("proposal", PROPOSAL_TABLES.items, name, PROPOSAL_COLUMNS.content);
  await typeInto(page, PROPOSAL, item("事業タイトル"), XSS);
  await typeInto(page, PROPOSAL, item("地域の名称"), "奄美市");
  await typeInto(page, PROPOSAL, item("計画期間（開始年度）"), "令和7年度");
  await typeInto(page, PROPOSAL, item("計画期間（終了年度）"), "令和9年度");
  const a = (header: string) => kitCell("framework", FRAMEWORK_TABLES.a, header);
  await typeInto(page, FRAMEWORK, a(FW.needs), "販路拡大を担う人材がいない");
  await typeInto(page, FRAMEWORK, a(FW.target), "食品製造業の事業所");
  await typeInto(page, FRAMEWORK, a(FW.goals), "10社／5人");
  await typeInto(page, FRAMEWORK, a(FW.seminar), "販路開拓セミナー（3回、中小企業診断士）");
  const b = (header: string) => kitCell("framework", FRAMEWORK_TABLES.b, header);
  await typeInto(page, FRAMEWORK, b(FW.needs), "未経験者を育てたい");
  await typeInto(page, FRAMEWORK, b(FW.targetB), "若年求職者");
  await typeInto(page, FRAMEWORK, b(FW.goals), "20人／30人"); // outcome above output: R-CHECK-5
  await typeInto(page, FRAMEWORK, b(FW.seminar), "食品加工技術講座（5回）");
}

describeE2e("task pane in the browser preview (issue 6)", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    // Any uncaught error, console error or alert (the XSS probe) fails the test that caused it.
    expect(session.errors.splice(0)).toEqual([]);
  });

  test("generate all creates every sheet, reported in the pane", async () => {
    const page = await session.open("preview.html");
    const report = await generateAll(page);
    expect(report).toContain(`${KIT_SHEETS.length} 枚のシートを作成しました。`);
    const tabs = await page.locator(".preview-tab").allTextContents();
    expect(tabs).toEqual(KIT_SHEETS.map((sheet) => sheet.name));
    await showSheet(page, FRAMEWORK);
    expect(await cellText(page, FRAMEWORK, "A1")).toBe(FRAMEWORK_SHEET.title);
    await page.screenshot({ path: join(SCREENSHOTS, "framework.png") });
    await page.close();
  });

  test("generating again keeps the existing sheets and reports the new names", async () => {
    const page = await session.open("preview.html");
    await generateAll(page);
    const again = await generateAll(page);
    expect(again).toContain(`「${FRAMEWORK}」`);
    expect(await page.locator(".preview-tab").count()).toBe(2 * KIT_SHEETS.length);
    await page.close();
  });

  test("fill a sample proposal, run the check, click a finding: its cell is selected", async () => {
    const page = await session.open("preview.html");
    await generateAll(page);
    await fillSampleProposal(page);
    const summary = await runCheck(page, "30%");
    expect(summary).toMatch(/^エラー \d+ 件、警告 \d+ 件、情報 \d+ 件$/);
    expect(summary).not.toContain("エラー 0 件"); // R-CHECK-5 at least

    const finding = page.locator('.koyo-finding[data-rule="R-CHECK-5"]').first();
    await finding.waitFor();
    expect(await finding.locator(".koyo-badge").textContent()).toBe("エラー");
    const sheet = await finding.getAttribute("data-sheet");
    const address = await finding.getAttribute("data-address");
    expect(sheet).toBe(FRAMEWORK);

    await showSheet(page, PROPOSAL); // move away, so the click has to bring the grid back
    await finding.click();
    await page.locator(`.preview-table[data-sheet="${sheet}"] td.preview-selected`).waitFor();
    expect(await gridSelection(page)).toEqual({ sheet, address });
    expect(await cellText(page, FRAMEWORK, address ?? "")).toBe("20人／30人");
    expect(await page.locator('[data-activity="check"]').textContent()).toBe(`${sheet}!${address} を選択しました。`);

    await page.locator("#koyo-check-heading").evaluate((heading) => heading.scrollIntoView());
    await page.mouse.move(0, 799); // no hover highlight in the picture
    await page.screenshot({ path: join(SCREENSHOTS, "findings.png") });
    await page.close();
  });

  test("a finding can be reached and opened with the keyboard (Tab, Enter)", async () => {
    const page = await session.open("preview.html");
    await generateAll(page);
    await page.focus("#koyo-rate");
    await page.keyboard.press("Enter"); // Enter in the rate box runs the check
    await page.locator("#koyo-summary").filter({ hasText: "件" }).waitFor();
    await page.focus("#koyo-check");
    await page.keyboard.press("Tab");
    const focused = page.locator(".koyo-finding:focus");
    expect(await focused.count()).toBe(1);
    const expected = { sheet: await focused.getAttribute("data-sheet"), address: await focused.getAttribute("data-address") };
    await page.keyboard.press("Enter");
    await page.locator(".preview-table td.preview-selected").waitFor();
    expect(await gridSelection(page)).toEqual(expected);
    await page.close();
  });

  test(`a cell containing ${XSS} shows as text, in the grid and in the pane`, async () => {
    const page = await session.open("preview.html");
    await generateAll(page);
    const title = kitItemCell("proposal", PROPOSAL_TABLES.items, "事業タイトル", PROPOSAL_COLUMNS.content);
    await typeInto(page, PROPOSAL, title, XSS);
    const seminar = kitCell("framework", FRAMEWORK_TABLES.a, FW.seminar);
    await typeInto(page, FRAMEWORK, seminar, `${XSS} 株式会社テスト 社員研修`);
    expect(await cellText(page, PROPOSAL, title)).toBe(XSS);
    await runCheck(page);
    expect(await page.locator("img").count()).toBe(0);
    // Wherever a finding quotes the text, it is the characters, not markup.
    for (const message of await page.locator(".koyo-message").all()) {
      const html = await message.evaluate((node) => node.innerHTML);
      expect(html).not.toContain("<img");
    }
    expect(session.errors.filter((error) => error.startsWith("dialog"))).toEqual([]);
    await page.close();
  });

  test("checking an empty workbook lists the missing tables as text: there is no cell to select", async () => {
    const page = await session.open("preview.html");
    await runCheck(page);
    const missing = page.locator("div.koyo-finding");
    expect(await missing.count()).toBeGreaterThan(0);
    expect(await page.locator("button.koyo-finding").count()).toBe(0);
    expect(await missing.first().textContent()).toContain("見つかりません");
    await page.close();
  });

  test("values mode: 「計算結果を更新」 fills the cost sheet's results from what is typed, never the typed cells (R-COST-1)", async () => {
    const page = await session.open("preview.html");
    await page.check("#koyo-values");
    for (const box of await page.locator("input[data-sheet]").all()) await box.setChecked((await box.getAttribute("data-sheet")) === "cost");
    await page.click("#koyo-generate-selected");
    await page.locator('[data-activity="generate"]').filter({ hasText: "1 枚のシートを作成しました" }).waitFor();
    const cost = COST_SHEET.name;
    const cell = (header: string) => kitCell("cost", COST_TABLES.summary, header);
    expect(await cellText(page, cost, cell(COST_SUMMARY.perOutcome))).toBe("");

    // The preview does not compute SUM, so the total is typed where Excel would show it.
    await typeInto(page, cost, cell(COST_SUMMARY.total), "10000000");
    for (const [outcomes, verdict] of [[8, "失格"], [10, "適合"]] as const) {
      await typeInto(page, cost, cell(COST_SUMMARY.outcomes), String(outcomes));
      expect(await refreshComputedValues(page)).toContain("計算結果を 2 個のセルに書き込みました。");
      expect(await cellText(page, cost, cell(COST_SUMMARY.perOutcome))).toBe(String(costPerOutcome(10_000_000, outcomes)));
      expect(await cellText(page, cost, cell(COST_SUMMARY.verdict))).toBe(costCheck(10_000_000, outcomes));
      expect(costCheck(10_000_000, outcomes)).toBe(verdict); // 100万円 exactly is still 適合
      expect(await cellText(page, cost, cell(COST_SUMMARY.total))).toBe("10000000");
      expect(await cellText(page, cost, cell(COST_SUMMARY.outcomes))).toBe(String(outcomes));
    }
    expect(await page.locator("#koyo-refresh").isEnabled()).toBe(true);
    await page.close();
  });

  test("a bad reference rate is refused with a message saying what to type", async () => {
    const page = await session.open("preview.html");
    await page.fill("#koyo-rate", "85");
    await page.click("#koyo-check");
    await expect(page.locator("#koyo-rate").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await page.locator("#koyo-rate-error").textContent()).toContain("85%");
    await page.close();
  });

  test("English pane and Office dark theme from the query string", async () => {
    const page = await session.open("preview.html?lang=en-US&theme=dark");
    expect(await page.locator("#koyo-generate-all").textContent()).toBe("Create all");
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(38, 38, 38)");
    await page.close();
  });

  test("high contrast (forced colors) and the OS dark preference render the pane", async () => {
    for (const options of [{ forcedColors: "active" as const }, { colorScheme: "dark" as const }]) {
      const page = await session.open("preview.html", options);
      await generateAll(page);
      if (options.colorScheme) {
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(41, 41, 41)");
      } else {
        expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      }
      await page.close();
    }
  });
});

describeE2e("taskpane.html inside a stand-in Office host", () => {
  let session: Session;
  // office.js is answered locally: nothing leaves the machine, and the real entry code runs.
  const officeStandIn = `
    window.CustomFunctions = { associate: function () {} };
    window.Excel = { run: function () { return Promise.reject(new Error("no Excel in this test")); } };
    window.Office = {
      onReady: function (callback) { setTimeout(function () { callback({ host: "Excel" }); }); return Promise.resolve({ host: "Excel" }); },
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" } },
    };`;

  beforeAll(async () => {
    session = await startSession((url) => (url.startsWith("https://appsforoffice.microsoft.com/") ? officeStandIn : undefined));
  });
  afterAll(async () => {
    await session?.close();
  });

  test("loads office.js from the Microsoft CDN, and follows Office's display language and theme", async () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    const page = await session.open("taskpane.html");
    await page.locator("#koyo-generate-all").waitFor();
    expect(await page.locator("h1").textContent()).toBe("KOYO regional employment");
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(38, 38, 38)");
    expect(session.errors).toEqual([]);
    await page.close();
  });
});
