import type { Page } from "playwright-core";

/** Presses 「すべて作成」 and waits for the generator's report. */
export async function generateAll(page: Page): Promise<string> {
  await page.click("#koyo-generate-all");
  const status = page.locator('[data-activity="generate"]');
  await status.filter({ hasText: /作成しました|Created/ }).waitFor();
  return (await status.textContent()) ?? "";
}

/** Presses 「計算結果を更新」 and waits for its report (it shares the generate section's status line). */
export async function refreshComputedValues(page: Page): Promise<string> {
  const status = page.locator('[data-activity="generate"]');
  await page.click("#koyo-refresh");
  await status.filter({ hasText: /書き込みました/ }).waitFor();
  return (await status.textContent()) ?? "";
}

/** Shows a sheet in the grid by clicking its tab (which selects A1), unless it is already shown. */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  if ((await page.locator(".preview-table").getAttribute("data-sheet").catch(() => null)) === sheet) return;
  await page.click(`.preview-tab[data-sheet="${sheet}"]`);
  await page.locator(`.preview-table[data-sheet="${sheet}"]`).waitFor();
}

/** Types into a cell the way a user of the preview does: name box, Enter, value box, Enter. */
export async function typeInto(page: Page, sheet: string, address: string, text: string): Promise<void> {
  await showSheet(page, sheet);
  await page.fill("#preview-address", address);
  await page.press("#preview-address", "Enter");
  await page.fill("#preview-value", text);
  await page.press("#preview-value", "Enter");
}

/** The text the grid shows in a cell of a sheet. */
export async function cellText(page: Page, sheet: string, address: string): Promise<string> {
  await showSheet(page, sheet);
  return (await page.locator(`.preview-table td[data-address="${address}"]`).textContent()) ?? "";
}

/** Presses 「チェック実行」 and waits for the summary line. */
export async function runCheck(page: Page, rate = ""): Promise<string> {
  await page.fill("#koyo-rate", rate);
  await page.click("#koyo-check");
  await page.locator("#koyo-summary").filter({ hasText: /件|Errors/ }).waitFor();
  return (await page.locator("#koyo-summary").textContent()) ?? "";
}

/** The sheet shown and the cell highlighted in the grid. */
export async function gridSelection(page: Page): Promise<{ sheet: string | null; address: string | null }> {
  const sheet = await page.locator(".preview-table").getAttribute("data-sheet");
  const selected = page.locator(".preview-table td.preview-selected");
  return { sheet, address: (await selected.count()) ? await selected.getAttribute("data-address") : null };
}
