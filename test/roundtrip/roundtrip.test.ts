/**
 * Issue #11, "never harm the clerk's workbook": every command that writes into an existing register
 * (`decide` and the `Đã trình` marks after an `upgrade` that adds their columns to these older
 * registers), run through the REAL command line on files made by OTHER programs (test/roundtrip/fixtures, made by
 * scripts/roundtrip/make-corpus.sh — see test/roundtrip/README.md), must change only what it owns:
 *
 * - exit 0 (validate: 0 or 1), or a documented refusal (exit 2, a message, no stack trace) that
 *   leaves the input byte-identical;
 * - every zip entry it does not own is byte-identical afterwards (drawings, charts, media, comments,
 *   tables, custom XML, vbaProject.bin, docProps, sharedStrings, theme, the sheets it does not edit);
 * - inside each sheet it edits, every element other than sheetData/dimension/cols/
 *   conditionalFormatting/dataValidations is byte-identical, every pre-existing validation and
 *   conditional format is still there, and every cell it does not own keeps value, formula and format;
 * - workbook.xml keeps its sheets (new ones appended), protection, extLst and defined names, the
 *   content types and relationships keep every part;
 * - no NaN in a validation formula, no cell under two validations (test/helpers/strictPackage.ts);
 * - openpyxl still opens the result, and LibreOffice reads the same values (validate --write only:
 *   LibreOffice is slow to start).
 *
 * Each command runs once per fixture (in beforeAll, two at a time); the tests only look at the files.
 * ROUNDTRIP_KEEP=1 keeps the output folders (their paths are printed); ROUNDTRIP_CLI=…/bin/so-thi-dua.js
 * runs another build of the command line.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";
import {
  ANCHOR_LABEL,
  AUDIT_SHEET,
  COL,
  META_SHEET,
  SHEET,
} from "../../src/domain/register/contract";
import { ROOT, runCliAsync, tempDir, type CliRun } from "../helpers/cli";
import { describeWithLibreOffice, recalculateXlsx } from "../helpers/libreoffice";
import {
  colLetters,
  comparePackages,
  findHeader,
  hasContent,
  readPackage,
  sheetOf,
  splitRef,
  styleEnumProblems,
  type CellInfo,
  type OwnedSpec,
  type Package,
  type Report,
} from "../helpers/roundtripPackage";
import { requireOpenpyxl, strictProblems } from "../helpers/strictPackage";

const FIXTURE_DIR = path.join(__dirname, "fixtures");
const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((f) => /\.xls[xm]$/i.test(f))
  .sort();
const CSV = path.join(FIXTURE_DIR, "tc-moi.csv");
const INSPECT = path.join(ROOT, "scripts", "roundtrip", "inspect_openpyxl.py");
const KEEP = process.env.ROUNDTRIP_KEEP === "1";
/** ROUNDTRIP_CLI=…/bin/so-thi-dua.js runs the commands of another build (e.g. an older commit's). */
const BIN = process.env.ROUNDTRIP_CLI;
const cli = (args: readonly string[]) => runCliAsync(args, BIN ? { bin: path.resolve(BIN) } : {});
const CONCURRENCY = 2;

const NEW_SET = "TC Mới";
/** Nominations the corpus made wrong on purpose (test/roundtrip/README.md). */
const ERROR_ROWS = new Set(["Phạm Quốc Dũng", "Đặng Thu Hà", "Tổ dân phố số 3", "Vũ Đức Thắng"]);
const CANDIDATE_SHEET = "TC Cá nhân";
const REGISTER_SHEETS = new Set<string>([...Object.values(SHEET), META_SHEET]);

// ------------------------------------------------------------------------------------------ commands

const headers = new WeakMap<Package, ReturnType<typeof findHeader>>();
function nominationsHeader(pkg: Package) {
  if (!headers.has(pkg)) {
    const s = sheetOf(pkg, SHEET.nominations);
    headers.set(pkg, s ? findHeader(s.cells, ANCHOR_LABEL) : null);
  }
  return headers.get(pkg) ?? null;
}

/**
 * Cells of one `Đề nghị` column under the header (the column found by its label; when the sheet
 * lacks it, any column right of the header, header row included: the command may add it).
 */
function nominationColumn(label: string, onlyEmpty: boolean): OwnedSpec["ownsCell"] {
  return (sheet, ref, cell, before) => {
    if (sheet !== SHEET.nominations) return false;
    const h = nominationsHeader(before);
    if (!h) return false;
    const { row, col } = splitRef(ref);
    const at = h.labels.get(label);
    const inColumn = at !== undefined ? col === at && row > h.row : col > h.lastCol && row >= h.row;
    return inColumn && (!onlyEmpty || !hasContent(cell));
  };
}

const emptyBefore =
  (sheets: ReadonlySet<string>): OwnedSpec["ownsCell"] =>
  (sheet, _ref, cell) =>
    sheets.has(sheet) && !hasContent(cell);

/**
 * Every writing command also appends its row to `Nhật ký` (issue #14): the sheet is owned, but only
 * its cells that were empty before (earlier rows are never rewritten).
 */
const withAudit = (owned: OwnedSpec): OwnedSpec => ({
  ...owned,
  sheets: (before) => new Set([...owned.sheets(before), AUDIT_SHEET]),
  ownsCell: (sheet, ref, cell, before) =>
    sheet === AUDIT_SHEET ? !hasContent(cell) : owned.ownsCell(sheet, ref, cell, before),
});

interface Command {
  readonly id: string;
  /**
   * A command run first, whose result is the "before" (e.g. `upgrade`, which adds the workflow
   * columns these older fixtures lack): the foreign program's parts still have to survive.
   */
  readonly prepare?: (file: string) => string[];
  readonly args: (file: string, dir: string) => string[];
  /** Exit codes of a run that wrote (2 = refusal is always checked separately). */
  readonly codes: readonly number[];
  readonly owned: OwnedSpec;
}

const OWN_COMMANDS: readonly Command[] = [
  {
    id: "validate --write",
    args: (f) => ["validate", f, "--write"],
    codes: [0, 1],
    owned: {
      sheets: () => new Set([SHEET.nominations]),
      ownsCell: nominationColumn(COL.result, false),
    },
  },
  {
    id: "upgrade",
    args: (f) => ["upgrade", f],
    codes: [0],
    owned: {
      sheets: () => REGISTER_SHEETS,
      ownsCell: emptyBefore(REGISTER_SHEETS),
      repoints: (name) => /^(CH|CS)_/.test(name),
    },
  },
  {
    id: "criteria import",
    args: (f) => ["criteria", "import", f, CSV, "--name", NEW_SET],
    codes: [0],
    owned: { sheets: () => new Set(), ownsCell: () => false },
  },
  {
    id: "criteria add-candidates",
    args: (f) => ["criteria", "add-candidates", f, "--sheet", CANDIDATE_SHEET, "Lê Văn Mới"],
    codes: [0],
    owned: {
      sheets: () => new Set([CANDIDATE_SHEET]),
      ownsCell: emptyBefore(new Set([CANDIDATE_SHEET])),
    },
  },
  {
    id: "criteria link",
    args: (f) => ["criteria", "link", f],
    codes: [0],
    owned: {
      sheets: () => new Set([SHEET.nominations]),
      ownsCell: nominationColumn(COL.score, true),
    },
  },
  {
    id: "export --force --mark-exported",
    args: (f, dir) => [
      "export",
      f,
      "--out",
      path.join(dir, "ho-so-trinh.xlsx"),
      "--force",
      "--mark-exported",
    ],
    codes: [0],
    owned: {
      sheets: () => new Set([META_SHEET]),
      ownsCell: (sheet) => sheet === META_SHEET,
    },
  },
  {
    id: "upgrade, then decide",
    prepare: (f) => ["upgrade", f],
    args: (f) => ["decide", f, "--number", "123/QĐ-UBND", "--date", "20/12/2026"],
    codes: [0],
    owned: {
      sheets: () => new Set([SHEET.nominations, META_SHEET]),
      ownsCell: (sheet, ref, cell, before) =>
        sheet === META_SHEET ||
        [COL.status, COL.decisionNo, COL.decisionDate].some((label) =>
          nominationColumn(label, false)(sheet, ref, cell, before)
        ),
    },
  },
  {
    id: "upgrade, then export --force --mark-exported",
    prepare: (f) => ["upgrade", f],
    args: (f, dir) => [
      "export",
      f,
      "--out",
      path.join(dir, "ho-so-trinh.xlsx"),
      "--force",
      "--mark-exported",
    ],
    codes: [0],
    owned: {
      sheets: () => new Set([SHEET.nominations, META_SHEET]),
      ownsCell: (sheet, ref, cell, before) =>
        sheet === META_SHEET || nominationColumn(COL.status, false)(sheet, ref, cell, before),
    },
  },
];
const COMMANDS = OWN_COMMANDS.map((c) => ({ ...c, owned: withAudit(c.owned) }));

// ------------------------------------------------------------------------------------------ runs

interface Outcome {
  readonly fixture: string;
  readonly command: Command;
  readonly file: string;
  readonly run: CliRun;
  readonly before: Buffer;
  readonly after: Buffer;
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const key = (fixture: string, command: string) => `${fixture} × ${command}`;

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    })
  );
}

const outcomes = new Map<string, Outcome>();
const dirs: string[] = [];
let openpyxl: Record<
  string,
  { ok: boolean; error?: string; sheets?: string[]; epoch1904?: boolean; names?: unknown[] }
> | null = null;
let openpyxlSkip = "";
/** The project's own writer, through the same strict checks: a fresh `init` and the demo register. */
const OWN = ["fresh init", "demo register"] as const;
const own = new Map<(typeof OWN)[number], { file: string; run?: CliRun }>();

async function runCase(fixture: string, command: Command): Promise<void> {
  const dir = tempDir("stđ-roundtrip-");
  dirs.push(dir);
  const file = path.join(dir, fixture);
  copyFileSync(path.join(FIXTURE_DIR, fixture), file);
  if (command.prepare) {
    // A refused preparation (exit 2: the macro-enabled fixture) leaves the file as it was; the
    // command then runs on the fixture itself and must refuse as well.
    const prepared = await cli(command.prepare(file));
    if (prepared.code !== 0 && prepared.code !== 2)
      throw new Error(`${key(fixture, command.id)}: preparing failed: ${prepared.stderr}`);
  }
  const before = readFileSync(file);
  const run = await cli(command.args(file, dir));
  outcomes.set(key(fixture, command.id), {
    fixture,
    command,
    file,
    run,
    before,
    after: existsSync(file) ? readFileSync(file) : Buffer.alloc(0),
  });
}

beforeAll(async () => {
  const cases = FIXTURES.flatMap((f) => COMMANDS.map((c) => [f, c] as const));
  // The demo register and a fresh `init` (the project's own writer) go through the strict checks too.
  const demoDir = tempDir("stđ-roundtrip-demo-");
  dirs.push(demoDir);
  const init = { file: path.join(demoDir, "init.xlsx") } as { file: string; run?: CliRun };
  const demo = { file: path.join(demoDir, "demo", "so-thi-dua-mau.xlsx") } as typeof init;
  own.set("fresh init", init).set("demo register", demo);
  const jobs: (() => Promise<void>)[] = [
    async () => {
      demo.run = await cli(["demo", "--out", path.dirname(demo.file)]);
    },
    async () => {
      init.run = await cli([
        "init",
        init.file,
        "--year",
        "2026",
        "--unit",
        "UBND phường Kiến Hưng",
      ]);
    },
    ...cases.map(
      ([f, c]) =>
        () =>
          runCase(f, c)
    ),
  ];
  await pool(jobs, CONCURRENCY, (job) => job());

  // openpyxl: one process for the fixtures and every changed result.
  let python: string | null = null;
  try {
    python = requireOpenpyxl();
  } catch (e) {
    openpyxlSkip = e instanceof Error ? e.message : String(e);
  }
  if (python === null)
    openpyxlSkip ||= "openpyxl not available (skipped locally; required under CI=true)";
  else {
    const files = [
      ...FIXTURES.map((f) => path.join(FIXTURE_DIR, f)),
      ...[...outcomes.values()].filter((o) => !o.after.equals(o.before)).map((o) => o.file),
    ];
    const r = spawnSync(python, [INSPECT, ...files], {
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 64 << 20,
    });
    if (r.status !== 0) throw new Error(`${INSPECT} failed: ${r.stderr}`);
    openpyxl = JSON.parse(r.stdout) as NonNullable<typeof openpyxl>;
  }
  if (KEEP) process.stdout.write(`round-trip outputs kept in:\n${dirs.join("\n")}\n`);
  if (process.env.ROUNDTRIP_VERBOSE === "1")
    process.stdout.write(
      [...outcomes.values()]
        .map((o) => {
          const what = isRefusal(o) ? "refused" : o.after.equals(o.before) ? "unchanged" : "wrote";
          const first = (o.run.stderr.trim() || o.run.stdout.trim()).split("\n")[0] ?? "";
          return `${key(o.fixture, o.command.id)}: exit ${o.run.code}, ${what} — ${first.slice(0, 140)}`;
        })
        .join("\n") + "\n"
    );
});

afterAll(() => {
  if (!KEEP) for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// ------------------------------------------------------------------------------------------ helpers

/**
 * The fixtures (or their prepared copies), read once (their parsed sheets are memoised on the
 * package); keyed by content, since a prepared "before" is not the fixture itself.
 */
const fixturePackages = new Map<string, Package>();
function fixturePackage(o: Outcome): Package {
  const k = sha(o.before);
  let p = fixturePackages.get(k);
  if (!p) fixturePackages.set(k, (p = readPackage(o.before)));
  return p;
}

const reports = new Map<string, Report>();
function reportOf(o: Outcome): Report {
  const k = key(o.fixture, o.command.id);
  let r = reports.get(k);
  if (!r) {
    r = o.after.equals(o.before)
      ? { entries: [], sheets: [], workbook: [] }
      : comparePackages(fixturePackage(o), o.after, o.command.owned);
    reports.set(k, r);
  }
  return r;
}

const isRefusal = (o: Outcome) => o.run.code === 2;
const wrote = (o: Outcome) => !isRefusal(o) && !o.after.equals(o.before);

/** Names in the `Đề nghị` name column under the header, up to the first empty one. */
function nominationNames(pkg: Package): string[] {
  const s = sheetOf(pkg, SHEET.nominations);
  const h = nominationsHeader(pkg);
  if (!s || !h) return [];
  const col = h.labels.get(COL.name)!;
  const out: string[] = [];
  for (let r = h.row + 1; ; r++) {
    const c: CellInfo | undefined = s.cells.cells.get(`${colLetters(col)}${r}`);
    if (!c || c.value === null || c.value === "") return out;
    out.push(c.value);
  }
}

function cellText(pkg: Package, sheet: string, ref: string): string | null {
  return sheetOf(pkg, sheet)?.cells.cells.get(ref)?.value ?? null;
}

// ------------------------------------------------------------------------------------------ tests

describe("round-trip corpus", () => {
  it("has the fixtures and the criteria CSV, each small", () => {
    expect(FIXTURES).toEqual(
      expect.arrayContaining([
        "libreoffice-features.xlsx",
        "macro.xlsm",
        "openpyxl-1904.xlsx",
        "openpyxl-features.xlsx",
        "raw-x14.xlsx",
      ])
    );
    expect(existsSync(CSV)).toBe(true);
    for (const f of FIXTURES)
      expect([f, statSync(path.join(FIXTURE_DIR, f)).size < 200 * 1024]).toEqual([f, true]);
  });

  it.each(FIXTURES)(
    "%s itself passes the strict checks (so any problem after a write is the writer's)",
    (f) => {
      expect(strictProblems(readFileSync(path.join(FIXTURE_DIR, f)))).toEqual([]);
    }
  );

  it.each(FIXTURES)("%s itself opens in openpyxl", (f) => {
    if (!openpyxl) return void console.warn(openpyxlSkip);
    const r = openpyxl[path.join(FIXTURE_DIR, f)];
    expect(r?.error ?? null).toBeNull();
    expect(r?.names?.length).toBeGreaterThan(0);
  });
});

describe("the project's own writer", () => {
  it.each(OWN)("%s: no NaN in a validation, no cell under two validations", (name) => {
    const d = own.get(name)!;
    expect({ code: d.run?.code, stderr: d.run?.code === 0 ? "" : d.run?.stderr }).toEqual({
      code: 0,
      stderr: "",
    });
    expect(strictProblems(readFileSync(d.file))).toEqual([]);
  });
});

describe.each(FIXTURES)("%s", (fixture) => {
  describe.each(COMMANDS)("$id", (command) => {
    const o = () => {
      const out = outcomes.get(key(fixture, command.id));
      if (!out) throw new Error(`no outcome for ${key(fixture, command.id)} (beforeAll failed?)`);
      return out;
    };

    it("exits as documented; a refusal (exit 2) explains itself and leaves the file byte-identical", () => {
      const r = o();
      const summary = {
        code: r.run.code,
        stderr: r.run.stderr.trim().split("\n").slice(0, 4).join("\n"),
      };
      if (isRefusal(r)) {
        expect({
          ...summary,
          message: r.run.stderr.trim() !== "",
          stackTrace: /\n\s+at /.test(r.run.stderr),
        }).toEqual({
          ...summary,
          message: true,
          stackTrace: false,
        });
        expect({ sha256: sha(r.after) }).toEqual({ sha256: sha(r.before) });
      } else
        expect(command.codes.includes(r.run.code) ? "documented exit code" : summary).toBe(
          "documented exit code"
        );
      expect(readdirSync(path.dirname(r.file)).filter((n) => n.includes(".tmp-"))).toEqual([]);
    });

    it("keeps every zip entry it does not own byte-identical", () => {
      expect(reportOf(o()).entries).toEqual([]);
    });

    it("inside the sheets it edits: other elements, validations, formats and unowned cells unchanged", () => {
      expect(reportOf(o()).sheets).toEqual([]);
    });

    it("keeps workbook.xml's sheets, protection, extLst and names, and every relationship and content type", () => {
      expect(reportOf(o()).workbook).toEqual([]);
    });

    it("leaves no NaN in a validation and no cell under two validations", () => {
      const r = o();
      if (!wrote(r)) return;
      expect(strictProblems(r.after)).toEqual([]);
    });

    it("still opens in openpyxl with the same nominations and date system", () => {
      const r = o();
      if (!wrote(r)) return;
      if (!openpyxl) return void console.warn(openpyxlSkip);
      const now = openpyxl[r.file];
      const was = openpyxl[path.join(FIXTURE_DIR, fixture)];
      const hints = now?.error ? styleEnumProblems(readPackage(r.after)) : [];
      expect({ error: now?.error ?? null, hints }).toEqual({ error: null, hints: [] });
      expect(now?.names).toEqual(was?.names);
      expect(now?.epoch1904).toBe(was?.epoch1904);
      expect(now?.sheets).toEqual(expect.arrayContaining(was?.sheets ?? []));
    });
  });
});

describe.each(FIXTURES)(
  "%s: the workflow columns written by decide and mark-exported",
  (fixture) => {
    /** `Trạng thái` of each nomination, by name. */
    const statuses = (pkg: Package) => {
      const h = nominationsHeader(pkg)!;
      const col = colLetters(h.labels.get(COL.status)!);
      return Object.fromEntries(
        nominationNames(pkg).map((n, i) => [
          n,
          cellText(pkg, SHEET.nominations, `${col}${h.row + 1 + i}`),
        ])
      );
    };

    it.each([
      ["upgrade, then decide", "Đã quyết định"],
      ["upgrade, then export --force --mark-exported", "Đã trình"],
    ])("%s: the valid rows get “%s”, the rows with errors nothing", (id, status) => {
      const o = outcomes.get(key(fixture, id))!;
      if (isRefusal(o)) return; // the macro-enabled fixture: refused, checked above
      if (!nominationsHeader(fixturePackage(o))?.labels.has(COL.status)) {
        // `upgrade` was refused (a structure-locked workbook): no column to mark, and it says so.
        expect(o.run.stderr).toContain("chưa có cột “Trạng thái”");
        return;
      }
      const after = statuses(readPackage(o.after));
      const names = Object.keys(after);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n) => ERROR_ROWS.has(n)).map((n) => [n, after[n]])).toEqual(
        names.filter((n) => ERROR_ROWS.has(n)).map((n) => [n, null])
      );
      expect(names.filter((n) => after[n] === status).length).toBeGreaterThan(0);
    });
  }
);

describeWithLibreOffice(
  "LibreOffice reads the registers written by validate --write",
  (soffice) => {
    const converted = new Map<string, Package | Error>();

    beforeAll(async () => {
      const todo = FIXTURES.map((f) => outcomes.get(key(f, "validate --write"))!).filter(
        (r) => r && wrote(r)
      );
      await pool(todo, CONCURRENCY, async (r) => {
        const out = path.join(path.dirname(r.file), "libreoffice");
        mkdirSync(out, { recursive: true });
        try {
          const file = await recalculateXlsx(r.file, out, { soffice });
          converted.set(r.fixture, readPackage(readFileSync(file)));
        } catch (e) {
          converted.set(r.fixture, e instanceof Error ? e : new Error(String(e)));
        }
      });
    });

    it.each(FIXTURES)(
      "%s: names, results and the unit name as the written file has them",
      (fixture) => {
        const r = outcomes.get(key(fixture, "validate --write"))!;
        if (!wrote(r)) return;
        const lo = converted.get(fixture);
        if (lo instanceof Error) throw lo;
        expect(lo).toBeDefined();
        const written = readPackage(r.after);
        const fixturePkg = readPackage(r.before);
        const names = nominationNames(fixturePkg);
        expect(names.length).toBeGreaterThan(0);
        expect(nominationNames(lo!)).toEqual(names);
        const results = (pkg: Package) => {
          const h = nominationsHeader(pkg)!;
          const col = colLetters(h.labels.get(COL.result) ?? 0);
          return names.map((_, i) => cellText(pkg, SHEET.nominations, `${col}${h.row + 1 + i}`));
        };
        const writtenResults = results(written);
        // The rows the corpus made wrong (test/roundtrip/README.md) say so, on their own rows.
        expect(
          Object.fromEntries(names.map((n, i) => [n, writtenResults[i]?.slice(0, 3)]))
        ).toEqual(
          Object.fromEntries(names.map((n) => [n, ERROR_ROWS.has(n) ? "Lỗi" : expect.any(String)]))
        );
        expect(results(lo!)).toEqual(writtenResults);
        expect(cellText(lo!, SHEET.settings, "B5")).toBe("UBND phường Kiến Hưng");
      }
    );
  }
);
