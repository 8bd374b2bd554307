import { existsSync } from "fs";

export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet headless Chromium inside a container: no sandbox (root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type E2eMode = "run" | "skip" | "fail";

/**
 * Whether the browser tests run. They need Debian's chromium; without it they are skipped with
 * a clear message, unless KOYO_E2E_REQUIRED=1 (CI) makes the missing browser a failure.
 */
export function e2eMode(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): E2eMode {
  if (exists(CHROMIUM)) return "run";
  return env.KOYO_E2E_REQUIRED === "1" ? "fail" : "skip";
}

const SKIP_MESSAGE = `e2e tests skipped: ${CHROMIUM} not found`;
const MISSING_MESSAGE = `${CHROMIUM} not found, and KOYO_E2E_REQUIRED=1 makes the end-to-end tests mandatory: install it with apt-get install chromium`;

/**
 * `describe` for browser tests: runs them, skips them saying so, or replaces them with one
 * failing test, according to {@link e2eMode}.
 */
export function describeE2e(name: string, body: () => void): void {
  const mode = e2eMode();
  if (mode === "run") return describe(name, body);
  if (mode === "fail") {
    return describe(name, () => {
      test("chromium is installed", () => {
        throw new Error(MISSING_MESSAGE);
      });
    });
  }
  console.warn(SKIP_MESSAGE);
  describe.skip(name, body);
}
