/**
 * LibreOffice headless (Node only): recalculate an xlsx, or render it to PDF. Used by `export --pdf`
 * and by the tests (test/helpers/libreoffice.ts) as a second formula engine.
 *
 * Each conversion runs with its own fresh user profile (parallel runs are safe; a shared profile
 * makes them fail silently), in its own process group (a timeout kills oosplash and soffice.bin too),
 * and never relies on $HOME.
 */
import { spawn } from "node:child_process";
import { accessSync, constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface ConvertOptions {
  /** Kill LibreOffice after this long (default 120 s). */
  timeoutMs?: number;
  /** soffice executable (default: {@link findSoffice}). */
  soffice?: string;
  /** Force recalculation of every formula on load (default true; false keeps cached results). */
  recalculate?: boolean;
  /** Locale for number and date formats, e.g. `vi-VN` (default: LibreOffice's own). */
  locale?: string;
  /** Font replacement table (Tools › Options › Fonts), e.g. `{ Calibri: "Liberation Serif" }`. */
  replaceFonts?: Readonly<Record<string, string>>;
}

const DEFAULT_TIMEOUT_MS = 120_000;

const KNOWN_LOCATIONS = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
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

export const MISSING_MESSAGE =
  "LibreOffice (soffice) is required but was not found. Install it " +
  "(Debian/Ubuntu: apt-get install -y libreoffice-calc-nogui fonts-liberation poppler-utils) " +
  "or set SOFFICE_PATH.";

/** Thrown when LibreOffice is not installed (callers tell the user clearly; the rest still works). */
export class LibreOfficeMissingError extends Error {
  constructor() {
    super(MISSING_MESSAGE);
    this.name = "LibreOfficeMissingError";
  }
}

/**
 * A user profile that recalculates every formula when an xlsx (or ods) is loaded.
 * OOXMLRecalcMode/ODFRecalcMode: 0 = always, 1 = never (LibreOffice's default for xlsx), 2 = ask.
 */
function profileSettings(
  recalculate: boolean,
  locale?: string,
  replaceFonts: Readonly<Record<string, string>> = {}
): string {
  const mode = recalculate ? 0 : 1;
  const prop = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  const localeItem = locale
    ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`
    : "";
  const pairs = Object.entries(replaceFonts);
  const fontItems = pairs.length
    ? [
        `<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>`,
        ...pairs.map(
          ([from, to], i) =>
            `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
            `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop><prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
            `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${from}</value></prop><prop oor:name="SubstituteFont" oor:op="fuse"><value>${to}</value></prop></node></item>`
        ),
      ]
    : [];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    prop("OOXMLRecalcMode"),
    prop("ODFRecalcMode"),
    localeItem,
    ...fontItems,
    `</oor:items>`,
    ``,
  ].join("\n");
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function run(executable: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, {
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          if (process.platform === "win32") child.kill("SIGKILL");
          else process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      reject(
        new Error(
          `LibreOffice timed out after ${timeoutMs} ms: ${executable} ${args.join(" ")}\n${output}`
        )
      );
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
 * Converts `inputPath` with a fresh, private LibreOffice profile and returns the path of
 * `outDir/<input base name>.<format>` (an existing file there is replaced).
 */
async function convert(
  inputPath: string,
  outDir: string,
  format: "xlsx" | "pdf",
  options: ConvertOptions
): Promise<string> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice === null) throw new LibreOfficeMissingError();
  const input = path.resolve(inputPath);
  await fs.access(input).catch(() => {
    throw new Error(`No such file to convert: ${input}`);
  });
  const fileName = `${path.basename(input, path.extname(input))}.${format}`;
  const target = path.join(path.resolve(outDir), fileName);
  if (target === input)
    throw new Error(
      `Converting ${input} into its own folder would overwrite it; choose another outDir`
    );

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "sothidua-lo-"));
  try {
    const profile = path.join(work, "profile");
    const produced = path.join(work, "out");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.mkdir(produced);
    await fs.writeFile(
      path.join(profile, "user", "registrymodifications.xcu"),
      profileSettings(options.recalculate ?? true, options.locale, options.replaceFonts)
    );
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
      () => false
    );
    if (!exists) {
      throw new Error(
        `LibreOffice produced no ${format} for ${input} (exit code ${result.code}, signal ${result.signal}).\n${result.output}`
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
export function recalculateXlsx(
  inputPath: string,
  outDir: string,
  options: ConvertOptions = {}
): Promise<string> {
  return convert(inputPath, outDir, "xlsx", options);
}

/** Renders a workbook (every visible sheet, as its print setup says) to `outDir/<name>.pdf`. */
export function convertToPdf(
  inputPath: string,
  outDir: string,
  options: ConvertOptions = {}
): Promise<string> {
  return convert(inputPath, outDir, "pdf", options);
}
