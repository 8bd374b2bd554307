/*
 * The one development URL every file is written against, and its replacement in a production
 * build. Every occurrence is replaced (manifest, functions.json help links, pages, scripts);
 * anything still naming localhost afterwards would make the installed add-in load nothing,
 * so the build fails instead of shipping it.
 */
export const DEV_URL = "https://localhost:3000/";

/** What to type, in both languages, when no production URL was given. */
export const MISSING_URL_MESSAGE = [
  "本番用ビルドには、アドインを置く公開先の URL が必要です。次のように入力してください:",
  "  npm run build -- --env url=https://example.com/koyo/",
  "（または環境変数 KOYO_ADDIN_URL=https://example.com/koyo/ を設定してから npm run build）",
  "開発用（localhost のまま）なら npm run build:dev と入力してください。",
  "A production build needs the HTTPS URL the add-in is served from. Type:",
  "  npm run build -- --env url=https://example.com/koyo/",
  "(or set KOYO_ADDIN_URL=https://example.com/koyo/ before npm run build). For a localhost build type npm run build:dev.",
].join("\n");

/**
 * Checks a production URL and gives it with a trailing slash, so `${url}help.html` is right
 * whether or not the user typed the slash. Office loads add-ins only over HTTPS.
 */
export function normalizeAddinUrl(raw: string): string {
  const text = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`公開先 URL「${text}」を読み取れません。https:// で始まる URL を入力してください (例: https://example.com/koyo/)。\nCannot read the URL "${text}"; type an https:// URL.`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`公開先 URL「${text}」は https ではありません。Office は https のアドインしか読み込みません。https:// で始まる URL を入力してください。\nThe URL "${text}" is not https; Office loads add-ins only over https.`);
  }
  if (/localhost|127\.0\.0\.1/iu.test(parsed.hostname)) {
    throw new Error(`公開先 URL「${text}」は開発用です。利用者が開けるサーバーの URL を入力してください (開発用なら npm run build:dev)。\nThe URL "${text}" is a development URL; type the server's public URL.`);
  }
  if (parsed.search !== "" || parsed.hash !== "") {
    throw new Error(`公開先 URL「${text}」に ? や # を含めないでください。フォルダーの URL (例: https://example.com/koyo/) を入力してください。\nThe URL must be a folder URL without ? or #.`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** Replaces every occurrence of the development URL. */
export function replaceDevUrl(text: string, url: string): string {
  return text.split(DEV_URL).join(url);
}

/** Names of the files (and a snippet) that still mention localhost. */
export function findLocalhost(files: ReadonlyArray<readonly [name: string, text: string]>): string[] {
  return files.flatMap(([name, text]) => {
    const at = text.search(/localhost/iu);
    return at < 0 ? [] : [`${name}: …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/gu, " ")}…`];
  });
}
