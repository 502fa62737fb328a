#!/usr/bin/env node
/**
 * What is in the task pane's INITIAL JavaScript (the scripts taskpane.html loads before any lazy
 * chunk), attributed through the source maps to packages (node_modules) and to src/ folders.
 *
 *   node scripts/taskpane-profile.js            production build into a temp folder, then profile
 *   node scripts/taskpane-profile.js --dist     profile an existing dist/ (needs its .map files)
 *   node scripts/taskpane-profile.js --page preview.html   another page
 *   node scripts/taskpane-profile.js --lazy     also list every lazy chunk with its top sources
 *   node scripts/taskpane-profile.js --hello    the bench's React + Fluent "hello" baseline instead
 *   node scripts/taskpane-profile.js --files    also the largest source files
 *
 * Bytes are minified bytes; "gzip" is the gzip size of each group's code concatenated (an estimate:
 * gzip of the whole file is smaller than the sum of its parts).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { SourceMapConsumer } = require("source-map");

const { ROOT, build: buildPage, asHello, pageScripts } = require("../bench/lib/pages");

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Production build with source maps (of the hello baseline when `hello`). */
const build = (hello) =>
  buildPage(hello ? "profile-hello" : "profile", hello ? asHello : undefined, "source-map");

/** Package name (node_modules/@scope/name) or src folder (src/a/b) of a source path. */
function groupOf(source) {
  const s = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = s.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = s.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (s.startsWith("src/")) {
    const parts = s.split("/");
    return parts.length > 3
      ? parts.slice(0, 3).join("/") + "/"
      : parts.slice(0, -1).join("/") + "/";
  }
  if (s.startsWith("webpack/")) return "(webpack runtime)";
  if (s === ".") return "(unmapped: module glue)";
  return s;
}

/** Bytes of generated code per source file of one chunk. */
function attribute(code, map) {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split("\n");
  const perSource = new Map();
  const add = (src, text) => {
    const e = perSource.get(src) || { bytes: 0, parts: [] };
    e.bytes += Buffer.byteLength(text);
    e.parts.push(text);
    perSource.set(src, e);
  };
  let prev = null;
  consumer.eachMapping((m) => {
    if (prev && prev.line === m.generatedLine) {
      add(prev.source, lines[prev.line - 1].slice(prev.col, m.generatedColumn));
    } else if (prev) {
      add(prev.source, lines[prev.line - 1].slice(prev.col));
    }
    prev = { line: m.generatedLine, col: m.generatedColumn, source: m.source || "(no source)" };
  });
  if (prev) add(prev.source, lines[prev.line - 1].slice(prev.col));
  return perSource;
}

function profile(dir, files) {
  const groups = new Map();
  const sources = new Map();
  let total = 0;
  for (const f of files) {
    const code = fs.readFileSync(path.join(dir, f), "utf8");
    total += Buffer.byteLength(code);
    const mapFile = path.join(dir, `${f}.map`);
    if (!fs.existsSync(mapFile)) throw new Error(`${mapFile} missing (build with source maps)`);
    const per = attribute(code, JSON.parse(fs.readFileSync(mapFile, "utf8")));
    for (const [src, e] of per) {
      const g = groupOf(src);
      const ge = groups.get(g) || { bytes: 0, parts: [] };
      ge.bytes += e.bytes;
      ge.parts.push(...e.parts);
      groups.set(g, ge);
      const short = src.replace(/^webpack:\/\/[^/]*\//, "");
      sources.set(short, (sources.get(short) || 0) + e.bytes);
    }
  }
  return { groups, sources, total };
}

const kb = (n) => `${(n / 1024).toFixed(1)}`;

function report(title, dir, files, top = 25) {
  const { groups, sources, total } = profile(dir, files);
  const gz = files.reduce(
    (a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length,
    0
  );
  console.log(`\n## ${title}: ${files.join(", ")}`);
  console.log(`   ${kb(total)} KiB minified, ${kb(gz)} KiB gzip\n`);
  const rows = [...groups]
    .map(([g, e]) => ({
      g,
      bytes: e.bytes,
      gzip: zlib.gzipSync(e.parts.join(""), { level: 9 }).length,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  console.log("| package / src folder | KiB min | % | KiB gzip (est.) |");
  console.log("|---|---:|---:|---:|");
  for (const r of rows.slice(0, top)) {
    console.log(
      `| ${r.g} | ${kb(r.bytes)} | ${((100 * r.bytes) / total).toFixed(1)} | ${kb(r.gzip)} |`
    );
  }
  if (rows.length > top) {
    const rest = rows.slice(top).reduce((a, r) => a + r.bytes, 0);
    console.log(
      `| (${rows.length - top} more) | ${kb(rest)} | ${((100 * rest) / total).toFixed(1)} | |`
    );
  }
  if (process.argv.includes("--files")) {
    console.log("\nLargest source files:");
    for (const [s, b] of [...sources].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${kb(b).padStart(7)}  ${s}`);
  }
}

(async () => {
  const useDist = process.argv.includes("--dist");
  const page = arg("--page") || "taskpane.html";
  const dir = useDist ? path.join(ROOT, "dist") : await build(process.argv.includes("--hello"));
  try {
    const initial = pageScripts(dir, page);
    report(`Initial JS of ${page}`, dir, initial, Number(arg("--top") || 25));
    if (process.argv.includes("--lazy")) {
      const taken = new Set(initial);
      for (const f of fs
        .readdirSync(dir)
        .filter((x) => x.endsWith(".js") && !taken.has(x))
        .sort()) {
        report(`Other chunk`, dir, [f], 6);
      }
    }
  } finally {
    if (!useDist) fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
