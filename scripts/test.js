#!/usr/bin/env node
"use strict";
/**
 * `npm test`: the type check, the lint and the CLI build side by side, then Jest with coverage.
 *
 * The three checks share nothing (the build's tsc writes lib/, the others only read), and each
 * uses one core: side by side on a 2-core machine they take ~30 s where one after another took
 * ~47 s. Each one's output is printed whole, in a fixed order, once all three have finished; if
 * any fails, Jest does not run and the exit code is 1. Arguments go to Jest
 * (`npm test -- test/print.test.ts`).
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const CHECKS = ["typecheck", "lint", "build:cli"];

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(NPM, ["run", script], { cwd: ROOT, shell: process.platform === "win32" });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) =>
      resolve({ script, code: 1, output: `${output}${e.message}\n`, seconds: 0 })
    );
    child.on("close", (code) =>
      resolve({ script, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 })
    );
  });
}

async function main() {
  const results = await Promise.all(CHECKS.map(run));
  for (const r of results) {
    process.stdout.write(r.output);
    process.stdout.write(
      `[${r.script}: ${r.code === 0 ? "ok" : `failed (exit ${r.code})`}, ${r.seconds.toFixed(1)} s]\n\n`
    );
  }
  if (results.some((r) => r.code !== 0)) return 1;
  const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [jest, "--coverage", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then((code) => process.exit(code));
