#!/usr/bin/env node
"use strict";
/**
 * The command line as one file with a V8 code cache (run by `npm run build:cli` after tsc):
 *
 *   lib/cli.bundle.js        lib/cli/main.js and everything it imports from lib/ and node_modules,
 *                            except ExcelJS and HyperFormula (loaded only by the commands that use
 *                            them); each command's module still runs only when its command does;
 *   lib/cli.bundle.cache     V8's compiled code of that file, made here after a warm-up run
 *                            (`validate` of the demo register, made in a temporary folder).
 *
 * bin/so-thi-dua.js loads the bundle with the cache when both are there, lib/cli/main.js otherwise.
 * A cold `validate` then neither resolves ~70 modules on disk nor compiles their functions again
 * (bench: cli_cold_validate_vs_node; docs/decisions.md, "A cold start"). V8 rejects a cache made by
 * another Node version or with other flags and compiles as usual: the cache can only save time.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");
const webpack = require("webpack");

const ROOT = path.join(__dirname, "..");
const LIB = path.join(ROOT, "lib");
const BUNDLE = path.join(LIB, "cli.bundle.js");
const CACHE = path.join(LIB, "cli.bundle.cache");

const LAZY_CHILD_PROCESS =
  'var new Proxy({}, { get: (_, key) => require("node:child_process")[key] })';

function bundle() {
  // A cache left from the previous bundle must not serve the warm-up's child process: V8 checks a
  // cache against its source's length only.
  fs.rmSync(CACHE, { force: true });
  const config = {
    mode: "production",
    target: "node20",
    context: ROOT,
    entry: path.join(LIB, "cli", "main.js"),
    output: {
      path: LIB,
      filename: path.basename(BUNDLE),
      library: { type: "commonjs2" },
    },
    // Minified: the launcher reads the whole file on every start (half the size, ~10 % less CPU).
    optimization: {
      minimize: true,
      // ASCII only (non-ASCII characters written as \u escapes): the launcher reads the file as
      // latin1, a one-byte string, with no UTF-8 decoding; V8 scans one-byte source faster.
      minimizeOptions: { javascript: { compress: { passes: 2 }, format: { ascii_only: true } } },
    },
    externals: [
      { exceljs: "commonjs exceljs", hyperformula: "commonjs hyperformula" },
      // Node's child_process is loaded when first used (LibreOffice, commander's external
      // subcommands, which the CLI has none of), not by commander on every start (~2 ms).
      ({ request }, callback) =>
        request === "node:child_process" || request === "child_process"
          ? callback(null, LAZY_CHILD_PROCESS)
          : callback(),
    ],
    devtool: false,
    performance: { hints: false },
    stats: "errors-warnings",
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    })
  );
}

/** Load the bundle as bin/so-thi-dua.js does, run a warm-up, and keep V8's code for it. */
async function makeCache() {
  const source = fs.readFileSync(BUNDLE, "utf8");
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(LIB);
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, (id) => mod.require(id), mod, BUNDLE, LIB);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sothidua-cache-"));
  const quiet = { out: () => undefined, err: () => undefined, stderrIsTTY: false };
  try {
    // The register is made in another process: only what `validate` runs goes into the cache (a
    // larger cache is more to read and deserialise on every start). The demo register, not an empty
    // one: nominations, criteria sheets and history run the rules' code, which an empty register
    // leaves to be compiled on every start (bench: cli_cold_validate_vs_node).
    execFileSync(
      process.execPath,
      [path.join(ROOT, "bin", "so-thi-dua.js"), "demo", "--out", dir],
      {
        stdio: "ignore",
      }
    );
    // The demo's register (src/cli/commands/demo.ts DEMO_REGISTER_FILE), not its exports.
    const file = path.join(dir, "so-thi-dua-mau.xlsx");
    if ((await mod.exports.main(["validate", file], quiet)) > 1)
      throw new Error(`the warm-up could not validate ${file}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.writeFileSync(CACHE, script.createCachedData());
}

bundle()
  .then(makeCache)
  .catch((err) => {
    // The CLI works without the bundle (bin falls back to lib/cli/main.js): say so, do not fail.
    for (const f of [BUNDLE, CACHE]) fs.rmSync(f, { force: true });
    process.stderr.write(`bundle-cli: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 1;
  });
