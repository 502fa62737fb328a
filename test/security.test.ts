/**
 * Security review as tests (issue: benchmarks and bad input, point 3):
 * - no eval / new Function, and no network API anywhere in the product's source;
 * - the manifest asks for ReadWriteDocument and nothing more; the npm `xlsx` package is not used;
 * - formula injection: text that would run as a formula never becomes a formula in ANY file this tool
 *   writes (validate --write, upgrade, criteria link, export, consolidate).
 */
import fs from "node:fs";
import path from "node:path";
import { COL } from "../src/domain/register/contract";
import { person, writeRegister } from "./helpers/registers";
import { sharedStrings, unzipEntries } from "./helpers/zip";
import { ROOT, runCli, tempDir } from "./helpers/cli";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory())
      return d.name === "testing" || d.name === "__tests__" ? [] : sourceFiles(p);
    return /\.(ts|tsx|html)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const SRC = sourceFiles(path.join(ROOT, "src"));
const strip = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

describe("source review", () => {
  it("scans the product's source", () => expect(SRC.length).toBeGreaterThan(50));

  it("never evaluates strings as code", () => {
    const bad = SRC.filter((f) =>
      /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]/.test(
        strip(fs.readFileSync(f, "utf8"))
      )
    );
    expect(bad).toEqual([]);
  });

  it("makes no network call at run time (only Office.js itself is loaded from Microsoft's CDN)", () => {
    const NETWORK =
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|from\s+["'](node:)?(http|https|net|tls|dgram|http2)["']|require\(["'](node:)?(http|https|net|tls|dgram|http2)["']\)/;
    const bad = SRC.filter((f) => NETWORK.test(strip(fs.readFileSync(f, "utf8"))));
    expect(bad).toEqual([]);
    const urls = SRC.flatMap((f) =>
      [...fs.readFileSync(f, "utf8").matchAll(/<script[^>]+src="(https?:[^"]+)"/g)].map((m) => m[1])
    );
    expect([...new Set(urls)]).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
  });

  it("sets a Content Security Policy without eval on the task pane and the preview", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/preview/preview.html"]) {
      const html = fs.readFileSync(path.join(ROOT, page), "utf8");
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect([
        page,
        /script-src 'self'/.test(csp),
        /unsafe-eval/.test(csp),
        /object-src 'none'/.test(csp),
      ]).toEqual([page, true, false, true]);
    }
  });

  it("asks Office for ReadWriteDocument and nothing more", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(
      ["ReadWriteDocument"]
    );
  });

  it("does not depend on the npm `xlsx` package", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    expect(Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/xlsx$/.test(p))).toEqual(
      []
    );
  });
});

describe("formula injection in every file the tool writes", () => {
  const dir = tempDir();
  const register = path.join(dir, "so.xlsx");
  const EVIL = ['=HYPERLINK("http://x","y")', "+84912345678", "-2+3", "@SUM(A1)", "=1+1"];

  beforeAll(async () => {
    await writeRegister(register, {
      rows: EVIL.map((e, i) =>
        person(`Người ${i}`, {
          [COL.position]: e,
          [COL.summaryText]: e,
          [COL.note]: e,
          [COL.proposingUnit]: i === 0 ? e : "Văn phòng",
        })
      ),
    });
  });

  /** No formula in the file mentions the payloads; each payload that is stored is a string cell. */
  function expectInert(file: string): void {
    const entries = unzipEntries(fs.readFileSync(file));
    const sheets = [...entries]
      .filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map(([, b]) => b.toString("utf8"));
    const formulas = sheets.flatMap((x) =>
      [...x.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]!)
    );
    for (const f of formulas)
      for (const e of ["HYPERLINK", "84912345678", "SUM(A1)"])
        expect([file, f.includes(e)]).toEqual([file, false]);
    const texts = [
      ...sharedStrings(entries),
      ...sheets.flatMap((x) =>
        [...x.matchAll(/<is><t[^>]*>([^<]*)<\/t><\/is>/g)].map((m) => m[1]!)
      ),
    ];
    expect([file, texts.some((t) => t.includes("HYPERLINK"))]).toEqual([file, true]);
  }

  it("validate --write", () => {
    const f = path.join(dir, "validate.xlsx");
    fs.copyFileSync(register, f);
    expect(runCli(["validate", f, "--write"]).code).toBeLessThan(2);
    expectInert(f);
  });

  it("upgrade and criteria link", () => {
    const f = path.join(dir, "upgrade.xlsx");
    fs.copyFileSync(register, f);
    expect(runCli(["upgrade", f]).code).toBe(0);
    expect(runCli(["criteria", "link", f]).code).toBe(0);
    expectInert(f);
  });

  it("export (and its leading-apostrophe neutralisation)", () => {
    const out = path.join(dir, "trinh.xlsx");
    expect(runCli(["export", register, "--out", out, "--force"]).code).toBe(0);
    expectInert(out);
    const texts = sharedStrings(unzipEntries(fs.readFileSync(out)));
    expect(texts.filter((t) => /^[=+\-@]/.test(t) && EVIL.includes(t))).toEqual([]);
  });

  it("consolidate", () => {
    const out = path.join(dir, "tong-hop.xlsx");
    expect(runCli(["consolidate", register, "--out", out]).code).toBe(0);
    expectInert(out);
  });
});
