/**
 * ESLint 9 flat config. `npm run lint` (office-addin-lint check) uses this file because it is
 * named eslint.config.mjs: office-addin-lint looks for exactly that name in the project folder
 * and otherwise falls back to its own config. Plain `npx eslint` finds it too.
 *
 * Base: eslint-plugin-office-addins "react" (eslint:recommended, typescript-eslint, prettier
 * via office-addin-prettier-config, the Office.js rules such as no-context-sync-in-loop).
 * That preset only attaches the TypeScript parser and the Office/prettier rules to
 * .js/.ts files, so the same block is repeated here for .tsx.
 */
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tsParser from "@typescript-eslint/parser";

const typescriptFiles = ["**/*.{ts,tsx,mts,cts}"];

/** The preset's rule blocks (the ones limited to some files), applied to .tsx as well. */
const tsxBlocks = officeAddins.configs.recommended
  .filter((block) => Array.isArray(block.files))
  .map((block) => ({ ...block, files: ["**/*.tsx"] }));

/** Node's CommonJS globals, for the build scripts (webpack.config.js, scripts/*.js). */
const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer"].map(
    (name) => [name, "readonly"]
  )
);

/** Code that never touches Office.js proxies (ExcelJS, HyperFormula, Node, pure domain logic). */
const nonOfficeFiles = [
  "src/domain/**",
  "src/cli/**",
  "src/workbook/**",
  "src/adapters/xlsx/**",
  "src/adapters/hyperformula/**",
  "src/adapters/libreoffice/**",
  "test/*.ts",
  "test/helpers/**",
  "test/corpus/**",
  "bench/**",
];

/**
 * The import direction, one zone per layer (tests under src included): domain ← workbook ← adapters ←
 * taskpane / preview / commands / cli. `no-restricted-imports` matches the raw specifier against
 * gitignore-style globs (one pair per banned folder, built below), so "../../taskpane/port" is caught
 * at any depth. Each banned name is exactly one folder under src (src/cli/commands is only reached
 * from src/cli, whose zone does not ban `commands`). The rule does not see dynamic `import()`;
 * test/layers.test.ts scans the tree for those.
 */
const layerZones = [
  {
    files: ["src/domain/**"],
    banned: ["workbook", "adapters", "taskpane", "preview", "cli", "commands"],
    message: "src/domain is pure: it imports nothing from the layers above it.",
  },
  {
    files: ["src/workbook/**"],
    banned: ["adapters", "taskpane", "preview", "cli", "commands"],
    message: "src/workbook may import src/domain only (no adapters, pane, preview or CLI).",
  },
  {
    files: ["src/adapters/**"],
    banned: ["taskpane", "preview", "cli", "commands"],
    message: "src/adapters may import src/workbook and src/domain, never the pane, preview or CLI.",
  },
  {
    files: ["src/taskpane/**", "src/preview/**", "src/commands/**"],
    banned: ["cli"],
    message: "The pane, the preview and the ribbon commands do not import the CLI.",
  },
  {
    files: ["src/cli/**"],
    banned: ["taskpane", "preview"],
    message: "The CLI does not import the task pane or the preview.",
  },
].map(({ files, banned, message }) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: [{ group: banned.flatMap((d) => [`**/${d}/**`, `**/${d}`]), message }] },
    ],
  },
}));

/** The Office.js load/sync rules misfire on ExcelJS objects (`cell.value`); off where Office.js is absent. */
const officeJsRulesOff = Object.fromEntries(
  [
    "call-sync-after-load",
    "call-sync-before-read",
    "load-object-before-read",
    "no-context-sync-in-loop",
    "no-empty-load",
    "no-navigational-load",
    "test-for-null-using-isNullObject",
  ].map((rule) => [`office-addins/${rule}`, "off"])
);

export default [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "coverage/**",
      "node_modules/**",
      "scratch/**",
      "demo-output/**",
      "test-output/**",
    ],
  },
  ...officeAddins.configs.react,
  ...tsxBlocks,
  // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): no `import React` needed for JSX.
  react.configs.flat["jsx-runtime"],
  {
    files: typescriptFiles,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript already resolves every name (Office, Excel and DOM globals come from their types).
      "no-undef": "off",
      // Props are typed with TypeScript interfaces, not prop-types.
      "react/prop-types": "off",
    },
  },
  {
    files: [
      "*.js",
      "scripts/**/*.js",
      "bench/**/*.js",
      "test/reporters/*.js",
      "test/helpers/*.js",
      "test/sequencer.js",
    ],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
  {
    files: nonOfficeFiles,
    rules: officeJsRulesOff,
  },
  ...layerZones,
];
