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

let cli;
try {
  cli = require("../lib/cli/main.js");
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
