/*
 * Issue 4: task-pane JS ≤ 150 KB gzip, office.js excluded. The pane page is also the functions'
 * shared runtime, so it loads functions.js as well; both count. Measured on dist/ as npm test
 * builds it (development: unminified, so an upper bound of the production size).
 */
import { gzipSync } from "node:zlib";
import { readDist } from "./support/dist";

const BUDGET = 150 * 1024;
const gzipped = (file: string): number => gzipSync(readDist(file)).length;

describe("task pane bundle size (issue 4)", () => {
  test("taskpane.js + functions.js stay within 150 KB gzip", () => {
    const sizes = { taskpane: gzipped("taskpane.js"), functions: gzipped("functions.js") };
    expect(sizes.taskpane + sizes.functions).toBeLessThanOrEqual(BUDGET);
  });

  test("the pane page loads no script from the network but office.js", () => {
    const html = readDist("taskpane.html");
    const external = [...html.matchAll(/<script[^>]*src="(https?:[^"]+)"/gu)].map((match) => match[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(html).toMatch(/<script[^>]*src="functions\.js"/u);
    expect(html).toMatch(/<script[^>]*src="taskpane\.js"/u);
  });
});
