/**
 * Every command that changes a register the clerk already has (`validate --write`, `upgrade`,
 * `criteria import|add-candidates|link`, `export --mark-exported`, `decide`, `history import`) goes
 * through here:
 * refuse a file that cannot be edited in place (read-only, macro-enabled…), read it with the
 * package reader, let the command plan a BookEdit on its grids, carry the edit out on the package
 * (src/adapters/xlsx/edit: only the parts the edit owns change), keep the previous versions
 * (`.bak`, `.bak.1`, …) and replace the file atomically. A refused or failed command leaves the file
 * byte-identical.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";
import { type BookEdit, isEmptyEdit } from "../workbook/edit/book";
import { auditGridsOf, withAuditRow } from "../workbook/edit/audit";
import type { WorkbookGrids } from "../workbook/grid";
import { readBytes } from "../adapters/xlsx/bytes";
import { InputError } from "../adapters/xlsx/errors";
import { EditRefusal, editPackage, printAreas, workbookNames } from "../adapters/xlsx/edit/package";
import { nodeDeflater } from "../adapters/xlsx/nodeZip";
import { ZipLimitError } from "../adapters/xlsx/package/zip";
import { gridsOfBytes } from "../adapters/xlsx/registerBytes";
import { MAX_UNCOMPRESSED_BYTES } from "../adapters/xlsx/sniff";
import { nodeInflateRaw } from "../adapters/xlsx/stream";
import {
  assertEditable,
  describeFileProblem,
  FileError,
  rotateBackups,
  writeAtomically,
} from "./files";
import { type Io, reportInputError } from "./io";
import { cliT } from "./messages";
import { auditAction, type CliAction } from "./audit";

/** What a command sees of the register it is about to edit. */
export interface RegisterBytes {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly grids: WorkbookGrids;
  /** The register sheets' parts as the reader inflated them (the editor reuses them). */
  readonly inflated: ReadonlyMap<string, Uint8Array>;
  /** Workbook-level defined names. */
  names(): Set<string>;
  /** Each sheet's print area as the file has it, by sheet name. */
  printAreas(): Map<string, string>;
  /**
   * The command is done with `grids` (reading them afterwards throws): a large register's grids
   * left alive make the garbage collection of the rest of the command (its check) much slower.
   */
  releaseGrids(): void;
}

/** A command's plan: the edit, or an exit code to stop with (nothing written). */
export type EditPlan<T> =
  { readonly edit: BookEdit; readonly result: T } | { readonly stop: number };

export type EditOutcome<T> =
  | { readonly code: number }
  | { readonly code: 0; readonly written: false; readonly result: T }
  | { readonly code: 0; readonly written: true; readonly result: T; readonly backup: string };

const PACKAGE_OPTIONS = { inflateRaw: nodeInflateRaw, maxUncompressed: MAX_UNCOMPRESSED_BYTES };

/** Read a register for editing; input problems are thrown as InputError. */
export async function readForEdit(file: string): Promise<RegisterBytes> {
  const bytes = await readBytes(file);
  const inflated = new Map<string, Uint8Array>();
  let grids: WorkbookGrids | null = gridsOfBytes(file, bytes, {
    inflateRaw: nodeInflateRaw,
    keepParts: inflated,
  });
  return {
    file,
    bytes,
    get grids(): WorkbookGrids {
      if (!grids) throw new Error("the register's grids were released");
      return grids;
    },
    releaseGrids: () => {
      grids = null;
    },
    inflated,
    names: () => workbookNames(bytes, PACKAGE_OPTIONS),
    printAreas: () => printAreas(bytes, PACKAGE_OPTIONS),
  };
}

/** Report any failure of an edit in one sentence (exit 2); rethrow what is not ours. */
export function reportEditError(e: unknown, file: string, t: TFunction, io: Io): number {
  if (e instanceof FileError) {
    io.err(describeFileProblem(e.problem, t));
    return 2;
  }
  if (e instanceof EditRefusal) {
    io.err(t(`edit.${e.kind}`, { file, detail: e.detail }));
    return 2;
  }
  if (e instanceof ZipLimitError) return reportInputError(new InputError("tooLarge", file), t, io);
  return reportInputError(e, t, io);
}

/**
 * Plan and carry out an edit of `file` in place. `plan` may stop the command (its exit code);
 * an empty edit writes nothing (the file is not even rewritten). Whatever is written is recorded
 * by one row appended to `Nhật ký` in the same edit (`action`, src/workbook/edit/audit.ts).
 */
export async function editRegister<T>(
  file: string,
  lang: Lang,
  io: Io,
  action: CliAction,
  plan: (reg: RegisterBytes) => EditPlan<T> | Promise<EditPlan<T>>
): Promise<EditOutcome<T>> {
  const t = cliT(lang);
  try {
    const problem = await assertEditable(file);
    if (problem) {
      io.err(describeFileProblem(problem, t));
      return { code: 2 };
    }
    const before = await fs.stat(file);
    const reg = await readForEdit(file);
    // Kept before `plan` runs: a command may release the grids when it has planned.
    const audit = auditGridsOf(reg.grids);
    const planned = await plan(reg);
    if ("stop" in planned) return { code: planned.stop };
    if (isEmptyEdit(planned.edit)) return { code: 0, written: false, result: planned.result };
    const edit = withAuditRow(audit, planned.edit, auditAction(action));
    let edited: Uint8Array;
    try {
      edited = (
        await editPackage(reg.bytes, edit, {
          ...PACKAGE_OPTIONS,
          deflater: nodeDeflater,
          inflated: reg.inflated,
        })
      ).bytes;
    } catch (e) {
      if (e instanceof EditRefusal || e instanceof ZipLimitError) throw e;
      throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
    }
    // Another program saved the file while we worked: writing now would lose its change.
    const now = await fs.stat(file);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) {
      io.err(t("edit.changed", { file }));
      return { code: 2 };
    }
    const backup = await rotateBackups(file);
    await writeAtomically(file, edited);
    return { code: 0, written: true, result: planned.result, backup: path.basename(backup) };
  } catch (e) {
    return { code: reportEditError(e, file, t, io) };
  }
}
