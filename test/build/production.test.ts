/*
 * `npm run build` (production) into a temporary folder: every development URL is replaced by
 * the given one, nothing names localhost, and without a URL the build stops and says what
 * to type. This test builds by itself; it does not read the development dist/.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DEV_URL, findLocalhost, normalizeAddinUrl, replaceDevUrl } from "../../src/tools/addinUrl";
import { ROOT } from "./support/registry";

const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const URL = "https://addin.example.jp/koyo/";

function build(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [WEBPACK, "--mode", "production", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, KOYO_ADDIN_URL: "", ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("production build", () => {
  let out: string;
  let built: { status: number | null; output: string };

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "koyo-build-"));
    built = build(["--env", `url=${URL}`, "--output-path", out]);
  }, 300_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("succeeds and writes the add-in files", () => {
    expect(built.output).not.toMatch(/ERROR/u);
    expect(built.status).toBe(0);
    const names = filesUnder(out).map((file) => relative(out, file).replace(/\\/gu, "/"));
    expect(names).toEqual(expect.arrayContaining(["functions.js", "functions.json", "functions.en-US.json", "taskpane.html", "taskpane.js", "help.html", "manifest.xml", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
  });

  it("leaves no localhost in any text file, and points the manifest and help links at the URL", () => {
    const texts = filesUnder(out)
      .filter((file) => !file.endsWith(".png"))
      .map((file) => [relative(out, file), readFileSync(file, "utf8")] as const);
    expect(findLocalhost(texts)).toEqual([]);
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain(`${URL}functions.js`);
    expect(manifest).toContain(`${URL}functions.en-US.json`);
    expect(manifest).toContain(`${URL}taskpane.html`);
    expect(manifest).toContain(`${URL}assets/icon-80.png`);
    for (const file of ["functions.json", "functions.en-US.json"]) {
      const metadata = JSON.parse(readFileSync(join(out, file), "utf8")) as { functions: Array<{ id: string; helpUrl: string }> };
      for (const fn of metadata.functions) expect(fn.helpUrl).toBe(`${URL}help.html#${fn.id}`);
    }
  });

  it("without a URL fails and says, in Japanese and English, what to type", () => {
    const failed = build(["--output-path", join(out, "missing")]);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("npm run build -- --env url=https://");
    expect(failed.output).toContain("公開先の URL");
    expect(failed.output).toContain("A production build needs");
  }, 120_000);

  it("refuses a URL that is not https or that is localhost", () => {
    expect(build(["--env", "url=http://addin.example.jp/", "--output-path", join(out, "http")]).output).toContain("https ではありません");
    expect(() => normalizeAddinUrl("https://localhost:3000/")).toThrow(/開発用/u);
  }, 120_000);
});

describe("addinUrl", () => {
  it("adds the folder slash and replaces every occurrence of the development URL", () => {
    expect(normalizeAddinUrl(" https://a.example/koyo ")).toBe("https://a.example/koyo/");
    expect(replaceDevUrl(`${DEV_URL}a ${DEV_URL}b`, "https://a.example/k/")).toBe("https://a.example/k/a https://a.example/k/b");
    expect(findLocalhost([["x.js", "ok"], ["y.js", "see http://LOCALHOST:1"]])).toEqual([expect.stringMatching(/^y\.js: /u)]);
  });
});
