#!/usr/bin/env node
/**
 * Initial JavaScript of the task pane (the scripts taskpane.html loads before any lazy chunk),
 * gzip-compressed, next to a plain React + Fluent UI "hello" page built with the same webpack
 * settings (same config, same split chunks, production mode).
 *
 *   node bench/taskpane-size.js            build both into temp folders and report
 *   node bench/taskpane-size.js --dist     measure the task pane from an existing dist/ (hello still built)
 *
 * Writes bench/results.json key `taskpane_initial_js_gzip_vs_hello` (other keys kept).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { ROOT, build, asHello, pageScripts } = require("./lib/pages");

function measure(dir, page) {
  const files = pageScripts(dir, page).map((f) => {
    const buf = fs.readFileSync(path.join(dir, f));
    return { file: f, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
  const initial = new Set(files.map((f) => f.file));
  const lazy = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !initial.has(f))
    .map((f) => ({
      file: f,
      gzip: zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length,
    }));
  return {
    files,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
    lazy,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

(async () => {
  const useDist = process.argv.includes("--dist");
  const paneDir = useDist ? path.join(ROOT, "dist") : await build("taskpane");
  if (!fs.existsSync(path.join(paneDir, "taskpane.html")))
    throw new Error(`${paneDir}/taskpane.html not found: run npm run build first, or drop --dist`);
  const helloDir = await build("hello", asHello);
  const pane = measure(paneDir, "taskpane.html");
  const hello = measure(helloDir, "taskpane.html");

  const rows = [
    ["page", "initial JS files", "raw", "gzip"],
    ["task pane (taskpane.html)", String(pane.files.length), kb(pane.bytes), kb(pane.gzip)],
    ["React + Fluent hello", String(hello.files.length), kb(hello.bytes), kb(hello.gzip)],
    ["difference", "", kb(pane.bytes - hello.bytes), kb(pane.gzip - hello.gzip)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`
  );
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(
    `\nTask pane initial files: ${pane.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(", ")}`
  );
  console.log(
    `Loaded later (lazy chunks and other pages): ${pane.lazy.map((f) => `${f.file} ${kb(f.gzip)}`).join(", ")}`
  );

  const resultsFile = path.join(__dirname, "results.json");
  const results = fs.existsSync(resultsFile)
    ? JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    : {};
  results.taskpane_initial_js_gzip_vs_hello = {
    measured: new Date().toISOString().slice(0, 10),
    node: process.version,
    taskpane_gzip_bytes: pane.gzip,
    hello_gzip_bytes: hello.gzip,
    difference_gzip_bytes: pane.gzip - hello.gzip,
    ratio: Math.round((pane.gzip / hello.gzip) * 100) / 100,
    taskpane_raw_bytes: pane.bytes,
    hello_raw_bytes: hello.bytes,
    taskpane_files: pane.files,
    hello_files: hello.files,
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nWritten to ${path.relative(ROOT, resultsFile)} (key taskpane_initial_js_gzip_vs_hello).`
  );
  if (!useDist) for (const d of [paneDir, helloDir]) fs.rmSync(d, { recursive: true, force: true });
  else fs.rmSync(helloDir, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
