/*
 * A tiny static server for dist/: `npm run preview` serves the built task pane and the preview
 * page on http://localhost:3001 (plain http: the preview needs no Office, so no certificate),
 * and the end-to-end tests start it on 127.0.0.1 with a free port.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, resolve, sep } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Serves files under `root`; anything outside it (../) or missing is a 404. */
function createStaticServer(root: string): Server {
  const base = resolve(root);
  return createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = resolve(join(base, pathname === "/" ? "preview.html" : pathname));
    if ((file !== base && !file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(response);
  });
}

/** Starts the server; port 0 picks a free port. Resolves to the base URL, e.g. "http://127.0.0.1:41234/". */
export function startStaticServer(root: string, port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  const server = createStaticServer(root);
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: chosen } = server.address() as AddressInfo;
      done({ server, url: `http://${host}:${chosen}/` });
    });
  });
}

if (require.main === module) {
  const dist = resolve(__dirname, "..", "..", "dist");
  if (!existsSync(join(dist, "preview.html"))) {
    console.error("dist/preview.html がありません。先に npm run build:dev を実行してください。");
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3001);
  startStaticServer(dist, port, "localhost").then(
    () => console.log(`プレビュー / Preview: http://localhost:${port}/preview.html  (Ctrl+C で終了)`),
    (error: Error) => {
      console.error(`ポート ${port} で起動できませんでした: ${error.message}`);
      process.exit(1);
    },
  );
}
