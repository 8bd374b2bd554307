/*
 * Builds the add-in into dist/: functions.js + functions.json (+ functions.en-US.json),
 * taskpane.html/js (the shared runtime page, which also loads functions.js), preview.html/js
 * (the pane on a fake workbook, `npm run preview`), help.html, manifest.xml and assets/.
 *   npm run build:dev                              localhost URLs, source maps
 *   npm run build -- --env url=https://host/path/  production: every URL replaced, no localhost left
 */
const path = require("path");
const tsx = require("tsx/cjs/api");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const root = __dirname;
const configFile = path.join(root, "webpack.config.js");
const tools = (file) => tsx.require(`./src/tools/${file}`, configFile);
const { functionSourceFiles } = tools("functionSources.ts");
const { normalizeAddinUrl, MISSING_URL_MESSAGE } = tools("addinUrl.ts");
const { AddinAssetsPlugin } = tools("addinAssetsPlugin.ts");

/** Fresh FunctionDocs for each compilation, so `npm run dev-server` picks up edited help. */
function loadDocs() {
  const docsDir = path.join(root, "src", "functions");
  for (const id of Object.keys(tsx.require.cache)) {
    if (id.startsWith(docsDir)) delete tsx.require.cache[id];
  }
  return tsx.require("./src/functions/docs/index.ts", configFile).FUNCTION_DOCS;
}

function productionUrl(env) {
  const raw = env.url || process.env.KOYO_ADDIN_URL;
  if (!raw) throw new Error(MISSING_URL_MESSAGE);
  return normalizeAddinUrl(raw);
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const url = production ? productionUrl(env) : null;

  const entry = {
    functions: "./src/functions/index.ts",
    taskpane: "./src/taskpane/index.ts",
    preview: "./src/preview/index.ts",
  };

  const devServer = {
    port: Number(process.env.npm_package_config_dev_server_port || 3000),
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    // Reloading would restart the shared runtime and lose the functions' registration.
    hot: false,
    liveReload: false,
    client: false,
  };
  if (env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }

  return {
    mode: production ? "production" : "development",
    // No eval devtool: functions.js must run as plain script in Excel's JavaScript-only runtime.
    devtool: production ? false : "source-map",
    target: ["web", "es2019"],
    entry,
    output: {
      path: path.join(root, "dist"),
      filename: "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type errors are caught by `tsc --noEmit` in npm test; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSourceFiles(root) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this page is also the functions' runtime, so it loads functions.js too.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "src/assets/*.png", to: "assets/[name][ext]" }] }),
      new AddinAssetsPlugin({
        manifestPath: path.join(root, "manifest.xml"),
        helpCssPath: path.join(root, "src", "help", "help.css"),
        loadDocs,
        productionUrl: url,
      }),
    ],
    devServer,
  };
};
