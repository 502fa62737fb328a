/**
 * LibreOffice headless as a second formula engine (Node only; tests and benchmarks).
 *
 * Usage in a test file — one conversion per file, LibreOffice starts slowly:
 *
 *   describeWithLibreOffice("my formulas", () => {
 *     let values: CellLookup;
 *     beforeAll(async () => {
 *       const dir = await fs.mkdtemp(path.join(os.tmpdir(), "my-test-"));
 *       await workbook.xlsx.writeFile(path.join(dir, "in.xlsx"));
 *       values = await readValuesWithExcelJs(await recalculateXlsx(path.join(dir, "in.xlsx"), path.join(dir, "out")));
 *     });
 *     it("computes", () => expect(values("Tổng hợp", "B2")).toBe(3));
 *   });
 *
 * Without LibreOffice the suite is skipped locally, but FAILS when CI=true.
 */
import { spawn } from "node:child_process";
import { accessSync, constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { cachedResultOf, CellResult, formulaOf, parseA1 } from "../../src/adapters/hyperformula";

/** Reads one computed cell: sheet name and A1 address. */
export type CellLookup = (sheet: string, a1: string) => CellResult;

export interface ConvertOptions {
  /** Kill LibreOffice after this long (default 120 s). */
  timeoutMs?: number;
  /** soffice executable (default: {@link findSoffice}). */
  soffice?: string;
  /** Force recalculation of every formula on load (default true; false keeps cached results). */
  recalculate?: boolean;
}

const DEFAULT_TIMEOUT_MS = 120_000;

const KNOWN_LOCATIONS = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice executable: $SOFFICE_PATH, then soffice/libreoffice on PATH, then usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.SOFFICE_PATH;
  if (override) return isExecutable(override) ? override : null;
  const onPath = (env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => ["soffice", "libreoffice"].map((exe) => path.join(dir, exe)));
  return [...onPath, ...KNOWN_LOCATIONS].find(isExecutable) ?? null;
}

const MISSING_MESSAGE =
  "LibreOffice (soffice) is required but was not found. Install it " +
  "(Debian/Ubuntu: apt-get install -y libreoffice-calc-nogui fonts-liberation poppler-utils) " +
  "or set SOFFICE_PATH.";

/**
 * The soffice path for a test. When LibreOffice is missing: throws under CI=true (so CI cannot
 * silently skip the proof), otherwise returns null so the caller can skip.
 */
export function requireLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const soffice = findSoffice(env);
  if (soffice === null && env.CI === "true") throw new Error(MISSING_MESSAGE);
  return soffice;
}

/**
 * `describe` when LibreOffice is available, `describe.skip` locally when it is not, and a
 * failing test under CI=true when it is not. `fn` receives the soffice path.
 */
export function describeWithLibreOffice(name: string, fn: (soffice: string) => void): void {
  let soffice: string | null;
  try {
    soffice = requireLibreOffice();
  } catch (error) {
    describe(name, () => {
      it("needs LibreOffice", () => {
        throw error;
      });
    });
    return;
  }
  if (soffice === null) describe.skip(`${name} (LibreOffice not installed)`, () => fn(""));
  else {
    const found = soffice;
    describe(name, () => fn(found));
  }
}

/**
 * A user profile that recalculates every formula when an xlsx (or ods) is loaded.
 * OOXMLRecalcMode/ODFRecalcMode: 0 = always, 1 = never (LibreOffice's default for xlsx), 2 = ask.
 */
function profileSettings(recalculate: boolean): string {
  const mode = recalculate ? 0 : 1;
  const prop = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    prop("OOXMLRecalcMode"),
    prop("ODFRecalcMode"),
    `</oor:items>`,
    ``,
  ].join("\n");
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs soffice in its own process group, so a timeout kills oosplash and soffice.bin too. */
function run(executable: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      reject(new Error(`LibreOffice timed out after ${timeoutMs} ms: ${executable} ${args.join(" ")}\n${output}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await fs.copyFile(from, to);
    await fs.unlink(from);
  }
}

/**
 * Converts `inputPath` with a fresh, private LibreOffice profile (parallel calls are safe) and
 * returns the path of `outDir/<input base name>.<format>`.
 */
async function convert(inputPath: string, outDir: string, format: "xlsx" | "pdf", options: ConvertOptions): Promise<string> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice === null) throw new Error(MISSING_MESSAGE);
  const input = path.resolve(inputPath);
  await fs.access(input).catch(() => {
    throw new Error(`No such file to convert: ${input}`);
  });
  const fileName = `${path.basename(input, path.extname(input))}.${format}`;
  const target = path.join(path.resolve(outDir), fileName);
  if (target === input) throw new Error(`Converting ${input} into its own folder would overwrite it; choose another outDir`);

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "sothidua-lo-"));
  try {
    const profile = path.join(work, "profile");
    const produced = path.join(work, "out");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.mkdir(produced);
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), profileSettings(options.recalculate ?? true));
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      format,
      "--outdir",
      produced,
      input,
    ];
    const result = await run(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const producedFile = path.join(produced, fileName);
    const exists = await fs.access(producedFile).then(
      () => true,
      () => false,
    );
    if (!exists) {
      throw new Error(
        `LibreOffice produced no ${format} for ${input} (exit code ${result.code}, signal ${result.signal}).\n${result.output}`,
      );
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await moveFile(producedFile, target);
    return target;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Opens an xlsx in LibreOffice, recalculates every formula, saves it as `outDir/<name>.xlsx`. */
export function recalculateXlsx(inputPath: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  return convert(inputPath, outDir, "xlsx", options);
}

/** Renders a workbook (recalculated) to `outDir/<name>.pdf`. */
export function convertToPdf(inputPath: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  return convert(inputPath, outDir, "pdf", options);
}

/**
 * Cached values of an xlsx recalculated by LibreOffice ({@link recalculateXlsx}): formula cells give
 * their stored result, dates give serial numbers, empty cells null. Throws on an unknown sheet.
 * A formula cell without a readable result is the empty text "": LibreOffice stores a value for
 * every formula, and ExcelJS drops only the empty `<v></v>` of a text result.
 */
export async function readValuesWithExcelJs(xlsxPath: string): Promise<CellLookup> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  return (sheet, a1) => {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet === undefined) throw new Error(`No sheet named "${sheet}" in ${xlsxPath}`);
    const { row, col } = parseA1(a1);
    const cell = worksheet.getCell(row + 1, col + 1);
    const value = cachedResultOf(cell);
    return value === null && formulaOf(cell) !== undefined ? "" : value;
  };
}
