#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: each goal measured side by side with its baseline in the same run (alternating,
 * median of N), printed as a table and written to bench/results.json (other keys kept).
 * Every measurement runs in a fresh child process, so peak memory (maxRSS) is its own.
 *   node bench/run.js [--quick] [--only key,key…]
 *   (--quick: smaller sizes, 1 repetition — a smoke run; --only: just the sections recording those
 *   keys, the other keys of results.json kept as they were)
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync, spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const QUICK = process.argv.includes("--quick");
const REPS = QUICK ? 1 : 3;
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? "").split(",").filter(Boolean) : null;
/** Whether a section recording any of `keys` runs. */
const wanted = (...keys) => !ONLY || keys.some((k) => ONLY.includes(k));
const RESULTS = path.join(__dirname, "results.json");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "sothidua-bench-"));

/** GNU time, when installed, gives the peak memory of a task's whole process tree (LibreOffice too). */
const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((t) => fs.existsSync(t)) ?? null;

function task(script, ...args) {
  const argv = ["--max-old-space-size=8192", path.join(__dirname, "tasks", script), ...args];
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "SOTHIDUA_TREE_MAXRSS_KB=%M", process.execPath, ...argv], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const tree = /SOTHIDUA_TREE_MAXRSS_KB=(\d+)/u.exec(r.stderr ?? "");
  // The largest process of the tree (Node itself for most tasks, soffice.bin for recalc).
  if (tree) out.maxRssMB = Math.max(out.maxRssMB ?? 0, Number(tree[1]) / 1024);
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Run subject and baseline alternately REPS times; medians of time and peak memory. */
function pair(subject, baseline) {
  const s = [];
  const b = [];
  for (let i = 0; i < REPS; i++) {
    b.push(baseline());
    s.push(subject());
  }
  const pick = (xs, k) => median(xs.map((x) => x[k] ?? 0));
  return {
    subject: { ms: pick(s, "ms"), maxRssMB: pick(s, "maxRssMB"), last: s[s.length - 1] },
    baseline: { ms: pick(b, "ms"), maxRssMB: pick(b, "maxRssMB"), last: b[b.length - 1] },
  };
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const results = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, "utf8")) : {};
const stamp = { measured: new Date().toISOString().slice(0, 10), machine };
const rows = [];

function record(key, goal, ratio, extra) {
  results[key] = {
    ...stamp,
    goal,
    ratio: Math.round(ratio * 1000) / 1000,
    met: ratio <= goal,
    ...extra,
  };
  rows.push([key, ratio.toFixed(2), `≤ ${goal}`, ratio <= goal ? "yes" : "NO", extra.note ?? ""]);
}

/**
 * A cold `validate` of the demo register against a bare `node -e ""`: each a fresh process (the
 * launcher, the code cache, the modules, the read, the rules and the printing all counted), run
 * alternately; these are short runs, so many of them and the median.
 */
function coldStart() {
  const dir = path.join(work, "cold");
  fs.mkdirSync(dir);
  const bin = path.join(ROOT, "bin", "so-thi-dua.js");
  execFileSync(process.execPath, [bin, "demo"], { cwd: dir, stdio: "ignore" });
  const demo = path.join(dir, "demo-output", "so-thi-dua-mau.xlsx");
  const time = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: dir, stdio: "ignore" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
    return ms;
  };
  const runs = QUICK ? 5 : 31;
  const cli = [];
  const node = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(["-e", ""]));
    cli.push(time([bin, "validate", demo]));
  }
  const c = median(cli);
  const n = median(node);
  record("cli_cold_validate_vs_node", 2.5, c / n, {
    runs,
    validate_ms: Math.round(c * 10) / 10,
    node_ms: Math.round(n * 10) / 10,
    note: `validate of the demo register ${Math.round(c)} ms ÷ node -e "" ${Math.round(n)} ms (medians of ${runs})`,
  });
}

async function main() {
  execFileSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const { writeBigRegister, saveAsValues } = require("./lib/bigRegister");

  // 0. cli_cold_validate_vs_node: `so-thi-dua validate` of the demo register, a fresh process each
  // time, ÷ a bare `node -e ""` — what a clerk waits for at the prompt beyond Node's own start.
  if (wanted("cli_cold_validate_vs_node")) coldStart();

  const nRows = QUICK ? 10_000 : 100_000;
  const big = path.join(work, "big.xlsx");
  if (
    wanted("validate_vs_read", "validate_vs_stream_read", "write_vs_validate", "export_vs_validate")
  )
    await writeBigRegister(big, nRows);
  // 1. validate_vs_read: a 100,000-row register.
  if (wanted("validate_vs_read", "validate_vs_stream_read")) {
    const v = pair(
      () => task("validate.js", big),
      () => task("read-exceljs.js", big, "memory")
    );
    const vs = pair(
      () => task("validate.js", big),
      () => task("read-exceljs.js", big, "stream")
    );
    record("validate_vs_read", 1.1, v.subject.ms / v.baseline.ms, {
      rows: nRows,
      validate_ms: v.subject.ms,
      read_ms: v.baseline.ms,
      validate_rows_per_s: Math.round(nRows / (v.subject.ms / 1000)),
      read_rows_per_s: Math.round(nRows / (v.baseline.ms / 1000)),
      validate_peak_mb: Math.round(v.subject.maxRssMB),
      read_peak_mb: Math.round(v.baseline.maxRssMB),
      ratio_vs_streaming_read: Math.round((vs.subject.ms / vs.baseline.ms) * 1000) / 1000,
      note: `vs ExcelJS workbook read; vs its streaming read: ${(vs.subject.ms / vs.baseline.ms).toFixed(2)}`,
    });
    // Issue #15: ahead of the fastest JavaScript reader a user could pick (ExcelJS's streaming read).
    record("validate_vs_stream_read", 1.0, vs.subject.ms / vs.baseline.ms, {
      rows: nRows,
      validate_ms: vs.subject.ms,
      stream_read_ms: vs.baseline.ms,
      validate_peak_mb: Math.round(vs.subject.maxRssMB),
      stream_read_peak_mb: Math.round(vs.baseline.maxRssMB),
      note: `validate ${Math.round(vs.subject.ms)} ms ÷ ExcelJS streaming read ${Math.round(vs.baseline.ms)} ms`,
    });
  }

  // 1b. write_vs_validate: `validate --write` ÷ `validate` of the same 100,000-row register (the
  // results column of every row written in place by the package editor).
  if (wanted("write_vs_validate")) {
    const w = pair(
      () => task("validate-command.js", big, "write"),
      () => task("validate-command.js", big, "read")
    );
    if (w.subject.last.code !== 1 && w.subject.last.code !== 0)
      throw new Error(`validate --write exited ${w.subject.last.code}`);
    record("write_vs_validate", 1.3, w.subject.ms / w.baseline.ms, {
      rows: nRows,
      write_ms: w.subject.ms,
      validate_ms: w.baseline.ms,
      write_peak_mb: Math.round(w.subject.maxRssMB),
      validate_peak_mb: Math.round(w.baseline.maxRssMB),
      note: `validate --write ${Math.round(w.subject.ms)} ms, ${Math.round(w.subject.maxRssMB)} MB ÷ validate ${Math.round(w.baseline.ms)} ms, ${Math.round(w.baseline.maxRssMB)} MB`,
    });
  }

  // 1c. export_vs_validate: `export --force` (validate + the five council sheets written) ÷
  // `validate` of the same register; and its growth: time per row at N ÷ time per row at N/10
  // (the Biên bản's merges once made export quadratic: 2,000 rows took 41 s, 10,000 rows 36 min).
  if (wanted("export_vs_validate")) {
    const e = pair(
      () => task("export-command.js", big),
      () => task("validate.js", big)
    );
    const small = path.join(work, "small.xlsx");
    await writeBigRegister(small, nRows / 10);
    const e10 = pair(
      () => task("export-command.js", small),
      () => task("validate.js", small)
    );
    const growth = e.subject.ms / nRows / (e10.subject.ms / (nRows / 10));
    record("export_vs_validate", 3, e.subject.ms / e.baseline.ms, {
      rows: nRows,
      export_ms: e.subject.ms,
      validate_ms: e.baseline.ms,
      export_rows_per_s: Math.round(nRows / (e.subject.ms / 1000)),
      export_peak_mb: Math.round(e.subject.maxRssMB),
      per_row_growth_10x: Math.round(growth * 1000) / 1000,
      note: `export ${(e.subject.ms / 1000).toFixed(1)} s, ${Math.round(e.subject.maxRssMB)} MB ÷ validate ${(e.baseline.ms / 1000).toFixed(1)} s; time per row at ${nRows} ÷ at ${nRows / 10}: ${growth.toFixed(2)}`,
    });
  }

  // 2. consolidate_vs_parse: 200 unit files × 200 rows.
  if (wanted("consolidate_vs_parse")) {
    const nFiles = QUICK ? 20 : 200;
    const units = path.join(work, "units");
    fs.mkdirSync(units);
    for (let i = 0; i < nFiles; i++)
      await writeBigRegister(path.join(units, `don-vi-${String(i).padStart(3, "0")}.xlsx`), 200, {
        seed: i,
      });
    const out = path.join(work, "tong-hop.xlsx");
    const c = pair(
      () => task("consolidate.js", units, out),
      () => task("parse-many.js", units, "memory")
    );
    record("consolidate_vs_parse", 1.3, c.subject.ms / c.baseline.ms, {
      files: nFiles,
      rows: nFiles * 200,
      consolidate_ms: c.subject.ms,
      parse_ms: c.baseline.ms,
      consolidate_rows_per_s: Math.round((nFiles * 200) / (c.subject.ms / 1000)),
      parse_rows_per_s: Math.round((nFiles * 200) / (c.baseline.ms / 1000)),
      consolidate_peak_mb: Math.round(c.subject.maxRssMB),
      parse_peak_mb: Math.round(c.baseline.maxRssMB),
    });
  }

  // 3. recalc_vs_values: LibreOffice recalculation of a 10,000-row register vs the same saved as values.
  if (wanted("recalc_vs_values")) {
    const recRows = QUICK ? 2_000 : 10_000;
    const withF = path.join(work, "formulas.xlsx");
    const values = path.join(work, "values.xlsx");
    await writeBigRegister(withF, recRows, { withFormulas: true, sttFormulas: true });
    // "The same sheet saved as values": recalculate once, then replace every formula by its result.
    await saveAsValues(path.join(work, "lo-0", path.basename(withF)), values).catch(async () => {
      task("recalc.js", withF, path.join(work, "lo-0"));
      await saveAsValues(path.join(work, "lo-0", path.basename(withF)), values);
    });
    const r = pair(
      () => task("recalc.js", withF, path.join(work, "lo-f")),
      () => task("recalc.js", values, path.join(work, "lo-v"))
    );
    record("recalc_vs_values", 2, r.subject.ms / r.baseline.ms, {
      rows: recRows,
      formulas_ms: r.subject.ms,
      values_ms: r.baseline.ms,
      formulas_rows_per_s: Math.round(recRows / (r.subject.ms / 1000)),
      values_rows_per_s: Math.round(recRows / (r.baseline.ms / 1000)),
      ...(GNU_TIME
        ? {
            formulas_peak_mb: Math.round(r.subject.maxRssMB),
            values_peak_mb: Math.round(r.baseline.maxRssMB),
          }
        : {}),
      note: "LibreOffice headless, forced recalculation on load",
    });
  }

  // 4. context.sync() counts of the Office adapter (office-addin-mock), measured by a Jest run.
  if (
    wanted("syncs_setup", "syncs_validate_10", "syncs_validate_10000", "setup_request_bytes_max")
  ) {
    const syncFile = path.join(work, "syncs.json");
    const j = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "jest"),
      [
        "--rootDir",
        ROOT,
        "--roots",
        "<rootDir>/bench",
        "--testMatch",
        "**/bench/syncs.bench.ts",
        "--coverage=false",
        "--reporters=default",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, BENCH_SYNCS_OUT: syncFile },
      }
    );
    if (j.status !== 0) throw new Error(`sync bench failed:\n${j.stdout}\n${j.stderr}`);
    // On the strict Excel host model (test/addin/fakeExcel.ts): Excel on the web unless said otherwise;
    // the 10,000-row goal is the desktop's (the web's 5 MB responses make that read come in chunks).
    const syncs = JSON.parse(fs.readFileSync(syncFile, "utf8"));
    for (const [key, goal] of [
      ["syncs_setup", 3],
      ["syncs_validate_10", 2],
      ["syncs_validate_10000", 2],
      ["syncs_validate_10000_web", null],
      ["syncs_validate_10000_web_again", null],
    ]) {
      const s = syncs[key];
      results[key] = {
        ...stamp,
        goal,
        syncs: s.syncs,
        met: goal === null ? null : s.syncs <= goal,
        platform: s.platform,
        ms: s.ms,
        peak_heap_mb: s.heapMB,
        request_bytes_max: s.request_bytes_max,
        response_bytes_max: s.response_bytes_max,
      };
      rows.push([
        key,
        String(s.syncs),
        goal === null ? "—" : `≤ ${goal}`,
        goal === null ? "" : s.syncs <= goal ? "yes" : "NO",
        `${Math.round(s.ms)} ms, Excel ${s.platform} (strict model)`,
      ]);
    }
    // The largest single request of a full setup with the three criteria templates (JSON bytes).
    const setupMax = syncs.setup_request_bytes_max;
    const MB4 = 4 * 1024 * 1024;
    results.setup_request_bytes_max = {
      ...stamp,
      goal: MB4,
      bytes: setupMax.request_bytes_max,
      met: setupMax.request_bytes_max <= MB4,
      syncs: setupMax.syncs,
      note: "largest context.sync() request (UTF-8 JSON) of setUp with all three criteria templates, strict host model",
    };
    rows.push([
      "setup_request_bytes_max",
      `${Math.round(setupMax.request_bytes_max / 1024)} KiB`,
      "≤ 4 MiB",
      setupMax.request_bytes_max <= MB4 ? "yes" : "NO",
      `${setupMax.syncs} syncs, Excel web (strict model)`,
    ]);
  }

  // 5. Task pane initial JS (bench/taskpane-size.js builds both pages with webpack).
  if (wanted("taskpane_initial_js_gzip_vs_hello")) {
    execFileSync(process.execPath, [path.join(__dirname, "taskpane-size.js")], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const tp = JSON.parse(fs.readFileSync(RESULTS, "utf8")).taskpane_initial_js_gzip_vs_hello;
    results.taskpane_initial_js_gzip_vs_hello = { ...tp, goal: 1.3, met: tp.ratio <= 1.3 };
    rows.push([
      "taskpane_initial_js_gzip_vs_hello",
      tp.ratio.toFixed(2),
      "≤ 1.3",
      tp.ratio <= 1.3 ? "yes" : "NO",
      `${Math.round(tp.taskpane_gzip_bytes / 1024)} KiB vs ${Math.round(tp.hello_gzip_bytes / 1024)} KiB gzip`,
    ]);
  }

  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const widths = [34, 7, 7, 4, 60];
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  process.stdout.write(
    `\nSổ Thi đua — benchmarks (${stamp.measured}, ${machine}${QUICK ? ", QUICK" : ""})\n`
  );
  process.stdout.write(
    `${line(["key", "ratio", "goal", "met", "note"])}\n${line(widths.map((w) => "-".repeat(w)))}\n`
  );
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
