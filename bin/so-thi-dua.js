#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run by `npm install`).
const debug = /^(1|true|yes)$/i.test(process.env.SO_THI_DUA_DEBUG || "");

// A reader that goes away (`so-thi-dua validate x.xlsx | head -1`) is not an error: the rest of the
// output is dropped and the command finishes (a write in progress is never cut short).
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err) => {
    if (debug && (!err || err.code !== "EPIPE")) console.error(err);
  });

/** The last resort, when the CLI itself could not run: one line, both languages. */
function fail(vi, en, err) {
  process.stderr.write(`${vi} / ${en}\n`);
  if (debug && err) process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
}

/**
 * The command line: lib/cli.bundle.js with V8's code cache when `npm run build:cli` made them
 * (scripts/bundle-cli.js: a cold start compiles nothing again), else the modules of lib/cli.
 */
function load() {
  const fs = require("node:fs");
  const path = require("node:path");
  const lib = path.join(__dirname, "..", "lib");
  const bundle = path.join(lib, "cli.bundle.js");
  let bytes;
  try {
    bytes = fs.readFileSync(bundle);
  } catch {
    return require("../lib/cli/main.js");
  }
  // The bundle is written ASCII only: read as latin1 it is a one-byte string, with no decoding.
  const { isAscii } = require("node:buffer");
  const source =
    typeof isAscii === "function" && isAscii(bytes) ? bytes.latin1Slice() : bytes.toString("utf8");
  let cachedData;
  try {
    cachedData = fs.readFileSync(path.join(lib, "cli.bundle.cache"));
  } catch {
    cachedData = undefined; // compiled as usual
  }
  const vm = require("node:vm");
  const Module = require("node:module");
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(lib);
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, (id) => mod.require(id), mod, bundle, lib);
  return mod.exports;
}

let cli;
try {
  cli = load();
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(String(err.message)))
    fail(
      "Chưa dựng dòng lệnh: chạy “npm run build:cli” rồi thử lại",
      "the command line is not built: run “npm run build:cli” and try again",
      err
    );
  else
    fail(
      "Lỗi ngoài dự kiến khi nạp dòng lệnh (chạy lại với SO_THI_DUA_DEBUG=1 để xem chi tiết)",
      "unexpected error loading the command line (run again with SO_THI_DUA_DEBUG=1 for details)",
      err
    );
}
if (cli)
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) =>
      fail(
        "Lỗi ngoài dự kiến: lệnh đã dừng (chạy lại với SO_THI_DUA_DEBUG=1 để xem chi tiết)",
        "unexpected error: the command stopped (run again with SO_THI_DUA_DEBUG=1 for details)",
        err
      )
  );
