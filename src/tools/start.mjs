/*
 * `npm start`: sideload into Excel desktop where Excel can run (Windows, macOS), else open the
 * browser preview, so the command never just fails on a machine without Excel (e.g. Linux).
 *   npm start                              desktop Excel, or the preview without Excel
 *   npm run start:web -- --document <url>  Excel on the web, any system
 * Usage data of the office-addin tools is turned off first: the add-in sends nothing anywhere.
 */
import { spawnSync } from "node:child_process";
import process from "node:process";

const [target, ...rest] = process.argv.slice(2);
const onWindows = process.platform === "win32";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: onWindows });
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
