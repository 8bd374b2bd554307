import { existsSync } from "fs";
import type { Server } from "http";
import { join, resolve } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startStaticServer } from "../../../src/tools/previewServer";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";

export const DIST = resolve(__dirname, "..", "..", "..", "dist");
/**
 * Every e2e run takes the README's screenshots. They land in test/e2e/screenshots (committed)
 * only with KOYO_UPDATE_SCREENSHOTS=1 (`npm run screenshots`); otherwise in the ignored
 * test-results/, so a plain `npm test` leaves the work tree clean (PNG bytes differ run to run).
 */
export const SCREENSHOTS =
  process.env.KOYO_UPDATE_SCREENSHOTS === "1"
    ? resolve(__dirname, "..", "screenshots")
    : resolve(__dirname, "..", "..", "..", "test-results", "screenshots");

export interface Session {
  browser: Browser;
  server: Server;
  url: string;
  /** Uncaught page errors and console errors, which every test expects to stay empty. */
  errors: string[];
  open(path: string, options?: { colorScheme?: "light" | "dark"; forcedColors?: "active" | "none" }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 (a free port) and launches headless Chromium. Pages may only reach
 * that server: any other request (office.js included) is answered by `offline`, or aborted.
 */
export async function startSession(offline: (url: string) => string | undefined = () => undefined): Promise<Session> {
  if (!existsSync(join(DIST, "preview.html"))) {
    throw new Error("dist/preview.html がありません。先に npm run build:dev を実行してください (npm test does).");
  }
  const { server, url } = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const errors: string[] = [];
  return {
    browser,
    server,
    url,
    errors,
    async open(path, options = {}) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "ja-JP", ...options });
      page.setDefaultTimeout(10_000);
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console: ${message.text()}`);
      });
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.route("**/*", (route) => {
        const requested = route.request().url();
        if (requested.startsWith(url)) return route.continue();
        const body = offline(requested);
        return body === undefined ? route.abort() : route.fulfill({ contentType: "text/javascript", body });
      });
      await page.goto(new URL(path, url).toString());
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
