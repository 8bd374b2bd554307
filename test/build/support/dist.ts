/* Files of the development build, which `npm test` makes (npm run build:dev) before jest runs. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./registry";

const DIST = join(ROOT, "dist");

export function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} がありません。先に npm run build:dev を実行してください (npm test は自動で実行します)。`);
  return readFileSync(path, "utf8");
}
