import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/functions/*.ts"],
    rules: {
      // custom-functions-metadata reads parameter types from the signature and only knows
      // `any` (not `unknown`) for "a cell or range of any type".
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // Issue 4: workbook text reaches the pane and the preview grid; it must never be parsed as HTML.
    files: ["src/taskpane/**/*.ts", "src/preview/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML", "write", "writeln"].map((property) => ({
          property,
          message: "Build elements with h()/textContent (src/taskpane/dom.ts): workbook text must never be parsed as HTML.",
        })),
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
