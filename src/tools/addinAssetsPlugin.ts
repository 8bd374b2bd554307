/*
 * The webpack plugin that makes the build an installable add-in: beside the functions.json
 * custom-functions-metadata-plugin writes, it emits functions.en-US.json, help.html and
 * manifest.xml, and in a production build points every URL at the server and refuses to
 * finish while any file still names localhost.
 */
import { readFileSync } from "node:fs";
import type { Compilation, Compiler } from "webpack";
import type { FunctionDoc } from "../functions/docs/functionDoc";
import { renderHelpPage } from "../help/helpPage";
import { findLocalhost, replaceDevUrl } from "./addinUrl";
import { englishMetadata } from "./englishMetadata";
import type { FunctionsMetadataJson } from "./functionSources";

export interface AddinAssetsOptions {
  /** Absolute path of the development manifest (localhost URLs). */
  readonly manifestPath: string;
  /** Absolute path of the help page's stylesheet. */
  readonly helpCssPath: string;
  /** Reads the FunctionDocs afresh (called once per compilation, so watch mode sees edits). */
  readonly loadDocs: () => readonly FunctionDoc[];
  /** The production URL (with trailing slash), or null for a development build. */
  readonly productionUrl: string | null;
}

const PLUGIN = "KoyoAddinAssetsPlugin";
const TEXT_ASSET = /\.(js|json|html|xml|css|txt|map|svg)$/u;

export class AddinAssetsPlugin {
  constructor(private readonly options: AddinAssetsOptions) {}

  apply(compiler: Compiler): void {
    const { Compilation: CompilationClass, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.options.manifestPath);
      compilation.fileDependencies.add(this.options.helpCssPath);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: CompilationClass.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        try {
          this.emitAddinFiles(compilation, sources);
        } catch (error) {
          compilation.errors.push(new WebpackError(error instanceof Error ? error.message : String(error)));
        }
      });
      const url = this.options.productionUrl;
      if (url === null) return;
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: CompilationClass.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        for (const [name, text] of textAssets(compilation)) {
          const replaced = replaceDevUrl(text, url);
          if (replaced !== text) compilation.updateAsset(name, new sources.RawSource(replaced));
        }
      });
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: CompilationClass.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        const left = findLocalhost(textAssets(compilation));
        if (left.length > 0) {
          compilation.errors.push(
            new WebpackError(`本番用ビルドに localhost が残っています。次のファイルを直してください / localhost remains in the production build:\n${left.join("\n")}`),
          );
        }
      });
    });
  }

  private emitAddinFiles(compilation: Compilation, sources: Compiler["webpack"]["sources"]): void {
    const raw = (text: string) => new sources.RawSource(text);
    const functionsAsset = compilation.getAsset("functions.json");
    // Without it custom-functions-metadata-plugin has already reported why.
    if (!functionsAsset) return;
    const japanese = JSON.parse(functionsAsset.source.source().toString()) as FunctionsMetadataJson;
    const docs = this.options.loadDocs();
    compilation.emitAsset("manifest.xml", raw(readFileSync(this.options.manifestPath, "utf8")));
    compilation.emitAsset("help.html", raw(renderHelpPage(japanese, docs, readFileSync(this.options.helpCssPath, "utf8"))));
    // Last: it throws when English text is missing, and the files above are still useful then.
    compilation.emitAsset("functions.en-US.json", raw(JSON.stringify(englishMetadata(japanese, docs), null, 4)));
  }
}

function textAssets(compilation: Compilation): Array<[string, string]> {
  return compilation
    .getAssets()
    .filter((asset) => TEXT_ASSET.test(asset.name))
    .map((asset) => [asset.name, asset.source.source().toString()]);
}
