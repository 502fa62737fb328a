/**
 * Issue #11: every .xlsx the command line writes is a valid OOXML package that strict readers open.
 * Through the real CLI: `init` (the default: all three criteria templates), `demo --out` (register,
 * council export, unit registers, consolidation), `export --force` of the demo register and
 * `consolidate` of the demo's unit registers. Each file must
 *
 * - keep to the schema in its worksheet XML (test/helpers/strictPackage.ts `strictProblems`: data
 *   validation types, operators and error styles from the schema's enumerations, no NaN/empty
 *   limits, no cell in two data validations or two merges);
 * - open in openpyxl (`load_workbook`, default options), which refuses values outside the schema —
 *   skipped locally without openpyxl, a failure under CI=true;
 * - open in LibreOffice (a couple of files; each conversion takes seconds) — same skip rule.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCliAsync, tempDir } from "./helpers/cli";
import { describeWithLibreOffice, recalculateXlsx } from "./helpers/libreoffice";
import {
  DATA_VALIDATION_ERROR_STYLES,
  openpyxlCheck,
  packageSheets,
  requireOpenpyxl,
  strictProblems,
} from "./helpers/strictPackage";

const dir = tempDir("strict-files-");
const INIT = path.join(dir, "init.xlsx");
const DEMO = path.join(dir, "demo");
const DEMO_REGISTER = path.join(DEMO, "so-thi-dua-mau.xlsx");
const EXPORT = path.join(dir, "export.xlsx");
const CONSOLIDATED = path.join(dir, "consolidated.xlsx");

let files: string[] = [];

async function xlsxFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { withFileTypes: true })) {
    const p = path.join(root, e.name);
    if (e.isDirectory()) out.push(...(await xlsxFiles(p)));
    else if (e.name.endsWith(".xlsx")) out.push(p);
  }
  return out.sort();
}

const rel = (f: string) => path.relative(dir, f);

beforeAll(async () => {
  const ok = (what: string, r: { code: number; stderr: string }, codes = [0]) => {
    if (!codes.includes(r.code)) throw new Error(`${what} exited ${r.code}: ${r.stderr}`);
  };
  const [init, demo] = await Promise.all([
    runCliAsync(["init", INIT]),
    runCliAsync(["demo", "--out", DEMO]),
  ]);
  ok("init", init);
  ok("demo", demo);
  const [exported, consolidated] = await Promise.all([
    runCliAsync(["export", DEMO_REGISTER, "--out", EXPORT, "--force"]),
    runCliAsync(["consolidate", path.join(DEMO, "don-vi"), "--out", CONSOLIDATED]),
  ]);
  ok("export --force", exported);
  // consolidate exits 1 when the merged register has errors (the demo units keep theirs).
  ok("consolidate", consolidated, [0, 1]);
  files = await xlsxFiles(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("files written by the command line are strict OOXML", () => {
  it("every command wrote its files", () => {
    const names = files.map(rel);
    for (const f of [INIT, DEMO_REGISTER, EXPORT, CONSOLIDATED]) expect(names).toContain(rel(f));
    // demo: register, export, consolidation and its unit registers.
    expect(
      names.filter((n) => n.startsWith(`demo${path.sep}don-vi${path.sep}`)).length
    ).toBeGreaterThan(1);
    expect(names.filter((n) => n.startsWith(`demo${path.sep}`)).length).toBeGreaterThanOrEqual(5);
  });

  it("worksheet XML: schema enumerations, real limits, one validation and one merge per cell", async () => {
    const found: Record<string, string[]> = {};
    for (const f of files) {
      const problems = strictProblems(await fs.readFile(f));
      if (problems.length) found[rel(f)] = problems;
    }
    expect(found).toEqual({});
  });

  it("the registers' validations are really there (the check is not vacuous)", async () => {
    const sheets = packageSheets(await fs.readFile(INIT));
    const byName = new Map(sheets.map((s) => [s.name, s]));
    expect(byName.get("Đề nghị")?.validations.length).toBeGreaterThan(10);
    const criteria = sheets.filter((s) => s.name.startsWith("TC "));
    expect(criteria).toHaveLength(3);
    for (const s of criteria) {
      expect(s.validations.length).toBeGreaterThan(5);
      // One range per scored row over every prepared candidate column (E:AH).
      for (const v of s.validations) expect(v.sqref).toMatch(/^E(\d+):AH\1$/);
    }
    const errorStyles = new Set(sheets.flatMap((s) => s.validations.map((v) => v.errorStyle)));
    expect(errorStyles.has("error")).toBe(false);
  });
});

let python: string | null = null;
let pythonError: unknown = null;
try {
  python = requireOpenpyxl();
} catch (e) {
  pythonError = e;
}

(python === null && pythonError === null ? describe.skip : describe)(
  `openpyxl opens every file${python === null && pythonError === null ? " (openpyxl not installed)" : ""}`,
  () => {
    it("load_workbook succeeds, and reads the error styles the schema allows", () => {
      if (pythonError) throw pythonError;
      const failed: Record<string, string> = {};
      for (const f of files) {
        const r = openpyxlCheck(f, python);
        if (!r.ok) {
          failed[rel(f)] = r.error ?? "";
          continue;
        }
        for (const s of r.sheets ?? [])
          for (const v of s.dataValidations)
            if (
              v.errorStyle !== null &&
              !(DATA_VALIDATION_ERROR_STYLES as readonly string[]).includes(v.errorStyle)
            )
              failed[`${rel(f)}!${s.name}!${v.sqref}`] = `errorStyle ${v.errorStyle}`;
      }
      expect(failed).toEqual({});
    });

    it("openpyxl sees the same validations the package holds", async () => {
      if (pythonError) throw pythonError;
      const r = openpyxlCheck(INIT, python);
      expect(r.ok).toBe(true);
      const ours = packageSheets(await fs.readFile(INIT)).map((s) => [
        s.name,
        s.validations.map((v) => v.sqref).sort(),
      ]);
      const theirs = (r.sheets ?? []).map((s) => [
        s.name,
        s.dataValidations.map((v) => v.sqref).sort(),
      ]);
      expect(theirs).toEqual(ours);
    });
  }
);

describeWithLibreOffice("LibreOffice opens the files", (soffice) => {
  it("converts the new register and the consolidation", async () => {
    const out = path.join(dir, "libreoffice");
    for (const f of [INIT, CONSOLIDATED]) {
      const converted = await recalculateXlsx(f, out, { soffice, recalculate: false });
      expect((await fs.stat(converted)).size).toBeGreaterThan(1000);
    }
  });
});
