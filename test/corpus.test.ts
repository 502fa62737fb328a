/**
 * The bad-input corpus (test/corpus/cases.ts, files written by test/corpus/generate.ts) through the
 * REAL command line: `so-thi-dua [ARGS] validate FILE --json` for every case (build it first:
 * `npm run build:cli`). Each case must give its exit code; exit 2 prints exactly the message of
 * src/cli/messages.ts for its input problem and nothing on stdout; exit 0/1 prints one JSON document
 * with the expected findings and nothing on stderr. Nothing may crash (no stack trace), no case may
 * take long, and every input is byte-identical afterwards (sha256), with nothing left beside it.
 *
 * CORPUS_DIR=/some/folder keeps the generated files there for a look; CORPUS_CLI=path/to/bin/so-thi-dua.js
 * runs them through another build.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cliT } from "../src/cli/messages";
import { CASES, type CorpusCase, type FindingSpec } from "./corpus/cases";
import { generateCorpus } from "./corpus/generate";
import { ROOT, runCliAsync, tempDir, type CliRun, type ValidateJson } from "./helpers/cli";

/** CORPUS_CLI=…/bin/so-thi-dua.js runs the corpus against another build (e.g. an older commit's). */
const BIN = process.env.CORPUS_CLI ?? path.join(ROOT, "bin", "so-thi-dua.js");
const BUILT = path.join(path.dirname(BIN), "..", "lib", "cli", "main.js");

type JsonReport = ValidateJson;

interface Outcome {
  readonly run: CliRun;
  readonly seconds: number;
  /** sha256 (or "dir:<entries>" / "absent") of the input and the listing of its folder, before and after. */
  readonly before: string;
  readonly after: string;
  readonly folderBefore: string[];
  readonly folderAfter: string[];
}

function fingerprint(file: string): string {
  if (!existsSync(file)) return "absent";
  if (statSync(file).isDirectory()) return `dir:${readdirSync(file).join("|")}`;
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Run `work` over `items`, `limit` at a time. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!);
      }
    })
  );
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole stderr an input problem must print: the messages.ts text with the file, any detail. */
function inputMessage(c: CorpusCase): RegExp {
  const lang = c.args?.includes("en") ? "en" : "vi";
  const text = cliT(lang)(`input.${c.messageKey}`, { file: "\u0001", detail: "\u0002" });
  const pattern = escapeRegExp(text)
    .replace("\u0001", escapeRegExp(c.file))
    .replace("\u0002", c.detail ? `[^\\n]*${escapeRegExp(c.detail)}[^\\n]*` : "[^\\n]*");
  return new RegExp(`^${pattern}\\n$`, "u");
}

/** A stack trace or an uncaught JavaScript error in the output. */
const CRASH =
  /\n\s+at .+:\d+:\d+|\b(TypeError|ReferenceError|RangeError|SyntaxError|Error):|Unhandled|node:internal/u;

function matches(spec: FindingSpec, f: JsonReport["findings"][number]): boolean {
  return (
    f.rule === spec.rule &&
    (spec.row === undefined || f.row === spec.row) &&
    (spec.column === undefined || f.column === spec.column) &&
    (spec.sheet === undefined || f.sheet === spec.sheet) &&
    (spec.message === undefined || f.message.includes(spec.message))
  );
}

const show = (f: { rule: string; row?: number | null; column?: string | null }) =>
  `${f.rule} ${f.row ?? "-"} ${f.column ?? "-"}`;

const keep = process.env.CORPUS_DIR;
const dir = keep ? path.resolve(keep) : tempDir("stđ-corpus-");
let corpus: CorpusCase[] = [];
const outcomes = new Map<string, Outcome>();
let timing = "";

beforeAll(async () => {
  if (!existsSync(BUILT))
    throw new Error(`The CLI is not built (${BUILT}): run “npm run build:cli” first.`);
  if (keep) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const started = Date.now();
  corpus = await generateCorpus(dir);
  const generated = Date.now();
  const runnable = corpus.filter((c) => !c.skipped);
  await pool(runnable, Math.max(2, os.cpus().length), async (c) => {
    const folder = path.dirname(c.file);
    const folderBefore = readdirSync(folder).sort();
    const before = fingerprint(c.file);
    const t0 = Date.now();
    // CORPUS_CLI: another build, as a process; else the built CLI in this file's worker thread.
    const run = await runCliAsync([...(c.args ?? []), "validate", c.file, "--json"], {
      ...(process.env.CORPUS_CLI ? { bin: BIN } : {}),
    });
    const seconds = (Date.now() - t0) / 1000;
    outcomes.set(c.id, {
      run,
      seconds,
      before,
      after: fingerprint(c.file),
      folderBefore,
      folderAfter: readdirSync(folder).sort(),
    });
  });
  const slowest = [...outcomes].sort((a, b) => b[1].seconds - a[1].seconds).slice(0, 3);
  timing =
    `corpus: ${corpus.length} cases (${corpus.length - runnable.length} skipped), generated in ${((generated - started) / 1000).toFixed(1)} s, ` +
    `validated in ${((Date.now() - generated) / 1000).toFixed(1)} s; slowest ${slowest.map(([id, o]) => `${id} ${o.seconds.toFixed(1)} s`).join(", ")}`;
  console.log(timing);
});

afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

it("has at least 60 cases with unique ids, each generated", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  expect(corpus.map((c) => c.id)).toEqual(CASES.map((c) => c.id));
  const skipped = corpus.filter((c) => c.skipped);
  for (const c of skipped) expect(c.needs).toBeDefined(); // only LibreOffice-made files may be missing
});

describe.each(CASES.map((c) => [c.id, c] as const))("%s", (id, spec) => {
  it(`${spec.description} → exit ${spec.exitCode}${spec.messageKey ? ` (${spec.messageKey})` : ""}`, () => {
    const c = corpus.find((x) => x.id === id)!;
    if (c.skipped) {
      console.warn(`${id} skipped: ${c.skipped}`);
      return;
    }
    const o = outcomes.get(id)!;
    const { run } = o;

    // Nothing crashes; the input and its folder are as they were.
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.stdout).not.toMatch(CRASH);
    expect(o.after).toBe(o.before);
    expect(o.folderAfter).toEqual(o.folderBefore);
    expect(o.seconds).toBeLessThan(spec.maxSeconds ?? 20);

    if (spec.exitCode === 2) {
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
      expect(run.stderr).toMatch(inputMessage(c));
      return;
    }

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: spec.exitCode, stderr: "" });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.ok).toBe(spec.exitCode === 0);
    expect(report.counts.error > 0).toBe(spec.exitCode === 1);
    if (spec.rows !== undefined) expect(report.counts.rows).toBe(spec.rows);
    if (spec.findings) {
      const unmatched = spec.findings.filter((f) => !report.findings.some((x) => matches(f, x)));
      expect(unmatched.map(show)).toEqual([]);
      if ((spec.match ?? "exact") === "exact") {
        const extra = report.findings.filter((x) => !spec.findings!.some((f) => matches(f, x)));
        expect(extra.map((f) => `${show(f)}: ${f.message}`)).toEqual([]);
        expect(report.findings).toHaveLength(spec.findings.length);
      }
    }
    for (const rule of spec.mustNotInclude ?? [])
      expect(report.findings.filter((f) => f.rule === rule).map(show)).toEqual([]);
  });
});
