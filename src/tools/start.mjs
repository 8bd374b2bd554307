/*
 * `npm start`: sideload into Excel desktop where Excel can run (Windows, macOS), else open the
 * browser preview, so the command never just fails on a machine without Excel (e.g. Linux).
 *   npm start                              desktop Excel, or the preview without Excel
 *   npm run start:web -- --document <url>  Excel on the web, any system
 * Usage data of the office-addin tools is turned off first: the add-in sends nothing anywhere.
 */
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";
import process from "node:process";
import { fileURLToPath, URL } from "node:url";

const [target, ...rest] = process.argv.slice(2);
const onWindows = process.platform === "win32";
const root = fileURLToPath(new URL("../..", import.meta.url));
// The local tools, also when this script is run with plain `node` rather than through npm.
const env = { ...process.env, PATH: `${join(root, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}` };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: onWindows, cwd: root, env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

run("office-addin-usage-data", ["off"]);
const hasDesktopExcel = onWindows || process.platform === "darwin";
if (target === "web" || hasDesktopExcel) {
  const app = target === "web" ? "web" : "desktop";
  process.exitCode = run("office-addin-debugging", ["start", "manifest.xml", app, ...rest]);
} else {
  console.log("この環境には Excel デスクトップ版がないため、ブラウザーのプレビューを開きます (npm run preview)。");
  console.log("No desktop Excel here: opening the browser preview instead (npm run preview).");
  process.exitCode = run("npm", ["run", "preview", "--", ...(target ? [target] : []), ...rest]);
}
