/**
 * Consolidation from files: read the units' registers ONE AT A TIME (each workbook is dropped as soon
 * as its snapshot is taken), then build the ward's register with the code the task pane shares
 * (./consolidateBook.ts: merge, register plan, validation in memory, report sheets) and save it,
 * compressed with Node's zlib.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { ConsolidationSource, FailedSource } from "../../domain/consolidation/consolidate";
import { decideYear, type YearDecision } from "../../domain/consolidation/mix";
import { SHEET } from "../../domain/register/contract";
import type { SettingsSnapshot } from "../../domain/snapshot";
import type { CivilDate } from "../../domain/text/dates";
import type { ConsolidationOverrides } from "../../workbook/plan/consolidation";
import {
  buildConsolidatedWorkbook,
  type ConsolidatedBook,
  failedSource,
  MAX_REGISTER_FILE_BYTES,
} from "./consolidateBook";
import { listRegisterFolder } from "./folder";
import { streamRegisterSnapshot } from "./stream";
import { InputError } from "./errors";
import { nodeDeflater } from "./nodeZip";
import { saveBytes } from "./results";

export { MAX_REGISTER_FILE_BYTES } from "./consolidateBook";

export interface ConsolidateOptions extends ConsolidationOverrides {
  readonly today: CivilDate;
  /** Called before each file is read (progress on a terminal). */
  readonly progress?: (n: number, total: number, file: string) => void;
  readonly maxFileBytes?: number;
}

export interface ConsolidationResult extends ConsolidatedBook {
  /** Every input file in the order read, with what became of it. */
  readonly files: readonly {
    readonly file: string;
    readonly ok: boolean;
    readonly rows: number;
    readonly problem?: string;
    readonly detail?: string;
    /** `otherYear` / `noYear`: the unit's year and the consolidation's. */
    readonly year?: FailedSource["year"];
  }[];
}

/** One key per file on disk: its real path (links and `..` followed), or the path as given if absent. */
const fileKey = (f: string): Promise<string> => fs.realpath(f).catch(() => path.resolve(f));

/**
 * The files to read: files as given, folders scanned (not recursively) for `*.xlsx` (./folder.ts:
 * links to files followed, lock and hidden files skipped), never the output itself; in natural
 * Vietnamese order, each file once (a link and its target are one file). A folder's link that leads
 * nowhere is `missing`, as is an input that does not exist.
 */
export async function expandInputs(
  inputs: readonly string[],
  out: string
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>([await fileKey(out)]);
  const add = async (f: string) => {
    const key = await fileKey(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const listing = await listRegisterFolder(input);
      for (const f of listing.files) await add(f);
      missing.push(...listing.broken);
    } else await add(input);
  }
  return { files, missing };
}

async function readSource(file: string, maxBytes: number): Promise<ConsolidationSource> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new InputError("missing", file);
  if (stat.size > maxBytes)
    throw new InputError("tooLarge", file, `${Math.round(stat.size / 1024 / 1024)} MB`);
  // The package reader (only the register's sheets, zlib): ~3× faster than loading the workbook.
  return { file, fileName: path.basename(file), snapshot: await streamRegisterSnapshot(file) };
}

/**
 * `--settings-from`: the `Cấu hình` of a register (the ward's own), read by the units' package
 * reader. Throws InputError: missing, unreadable, or no `Cấu hình` (`notRegister`).
 */
export async function readSettingsFrom(
  file: string,
  maxBytes = MAX_REGISTER_FILE_BYTES
): Promise<{ readonly file: string; readonly settings: SettingsSnapshot }> {
  const { snapshot } = await readSource(file, maxBytes);
  if (!snapshot.settings?.headerFound)
    throw new InputError("notRegister", file, `“${SHEET.settings}”`);
  return { file, settings: snapshot.settings };
}

/**
 * Read, merge and write. Throws InputError("missing") only through `files`; bad files are reported,
 * not thrown. Nothing is written when no register could be read, or when the units' years stop the
 * consolidation (`year`: they disagree and no year was given, or none has the year given).
 */
export async function consolidateFiles(
  inputs: readonly string[],
  out: string,
  options: ConsolidateOptions
): Promise<
  | ConsolidationResult
  | {
      readonly files: ConsolidationResult["files"];
      readonly failures: readonly FailedSource[];
      readonly empty: true;
      readonly year?: YearDecision;
    }
> {
  const { files, missing } = await expandInputs(inputs, out);
  const sources: ConsolidationSource[] = [];
  const failures: FailedSource[] = missing.map((f) => ({
    file: f,
    fileName: path.basename(f),
    problem: "missing",
    detail: "",
  }));
  const fileStatus: {
    file: string;
    ok: boolean;
    rows: number;
    problem?: string;
    detail?: string;
    year?: FailedSource["year"];
  }[] = missing.map((f) => ({ file: f, ok: false, rows: 0, problem: "missing", detail: "" }));
  const maxBytes = options.maxFileBytes ?? MAX_REGISTER_FILE_BYTES;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    options.progress?.(i + 1, files.length, file);
    try {
      const s = await readSource(file, maxBytes);
      sources.push(s);
      fileStatus.push({ file, ok: true, rows: s.snapshot.nominations?.rows.length ?? 0 });
    } catch (e) {
      const f = failedSource(file, path.basename(file), e);
      failures.push(f);
      fileStatus.push({ file, ok: false, rows: 0, problem: f.problem, detail: f.detail });
    }
  }
  if (!sources.length) return { files: fileStatus, failures, empty: true };

  // Units of another year are never merged silently (domain/consolidation/mix.ts).
  const year = decideYear(sources, options.year);
  if (year.ok)
    for (const f of year.excluded) {
      const status = fileStatus.find((s) => s.ok && s.file === f.file);
      if (status)
        Object.assign(status, {
          ok: false,
          rows: 0,
          problem: f.problem,
          detail: f.detail,
          year: f.year,
        });
    }
  if (!year.ok || !year.kept.length)
    return {
      files: fileStatus,
      failures: [...failures, ...(year.ok ? year.excluded : [])],
      empty: true,
      year,
    };

  const { xlsx, result } = await buildConsolidatedWorkbook(sources, failures, {
    ...options,
    out,
  });
  await saveBytes(await xlsx(nodeDeflater), out);
  return { files: fileStatus, ...result };
}
