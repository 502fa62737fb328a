/**
 * Safe files for the command line (issue #11): never write over an input, never leave half a file,
 * keep the previous versions of a register edited in place, and explain every file-system problem in
 * one sentence (messages.ts, `files.*`) instead of Node's error text.
 *
 * - `sameFile`: two paths name one file (`..`, symbolic links, hard links, case on a case-insensitive
 *   file system);
 * - `guardOutput`: an `--out` that is not an input, not read from an input folder, in a folder that
 *   exists, not a folder itself, and not an existing file unless `--overwrite`;
 * - `writeAtomically`: temp file beside the REAL target, fsync, rename; a link stays a link;
 * - `rotateBackups`: `FILE.bak`, `FILE.bak.1`, … before an in-place edit;
 * - `assertEditable`: a register that can be written in place (not read-only, not macro-enabled);
 * - `fsProblem`: any Node file-system error → a message key.
 *
 * No messages here (callers render a `FileProblem` with `describeFileProblem`), so that any layer
 * above the adapters can use it.
 */
import { constants, promises as fs, type BigIntStats } from "node:fs";
import path from "node:path";
import type { TFunction } from "i18next";
import { listRegisterFolder } from "../adapters/xlsx/folder";

/** The keys of `files.*` in messages.ts. */
export type FileProblemKey =
  | "missing"
  | "noFolder"
  | "notFolder"
  | "isDir"
  | "notRegular"
  | "outIsInput"
  | "outInInputFolder"
  | "outExists"
  | "readOnly"
  | "folderReadOnly"
  | "macro"
  | "permission"
  | "readOnlyFs"
  | "noSpace"
  | "busy"
  | "exists"
  | "tooManyFiles"
  | "crossDevice"
  | "nameTooLong"
  | "loop"
  | "io"
  | "other";

/** A file that cannot be used: a message key and the paths the sentence names (as the user gave them). */
export interface FileProblem {
  readonly key: FileProblemKey;
  readonly file: string;
  /** The folder concerned (noFolder, notFolder, folderReadOnly). */
  readonly folder?: string;
  /** The input the output collides with (outIsInput, outInInputFolder). */
  readonly input?: string;
  /** The system error code, for `other` only. */
  readonly code?: string;
}

export type OutputProblem = FileProblem;
export type EditProblem = FileProblem;

/** A file-system failure already turned into a `FileProblem` (thrown by the helpers below). */
export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    options?: { cause?: unknown }
  ) {
    super(`${problem.key}: ${problem.file}`, options);
    this.name = "FileError";
  }
}

/** The sentence of a problem, in the language of `t` (cliT). */
export function describeFileProblem(p: FileProblem, t: TFunction): string {
  return t(`files.${p.key}`, {
    file: p.file,
    folder: p.folder ?? folderOf(p.file),
    input: p.input ?? "",
    code: p.code ?? "",
  });
}

/** The folder of a path as the user would name it (`.` for a bare name). */
function folderOf(file: string): string {
  return path.dirname(file);
}

// ───────────────────────── errors ─────────────────────────

export type ErrnoError = NodeJS.ErrnoException & { code: string; dest?: string };

/** A Node system error (duck-typed: `instanceof Error` fails across realms, e.g. under Jest). */
export function isErrnoError(e: unknown): e is ErrnoError {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code);
}

const CODE_KEYS: Readonly<Record<string, FileProblemKey>> = {
  EACCES: "permission",
  EPERM: "permission",
  EROFS: "readOnlyFs",
  ENOSPC: "noSpace",
  EDQUOT: "noSpace",
  EFBIG: "noSpace",
  EBUSY: "busy",
  ETXTBSY: "busy",
  EEXIST: "exists",
  ENOTEMPTY: "exists",
  EISDIR: "isDir",
  ENOTDIR: "notFolder",
  EMFILE: "tooManyFiles",
  ENFILE: "tooManyFiles",
  EXDEV: "crossDevice",
  ENAMETOOLONG: "nameTooLong",
  ELOOP: "loop",
  EIO: "io",
};

/**
 * The problem of a Node file-system error about `file` (the path as the user named it; default: the
 * error's own path). `context` says what was being done: `read` (ENOENT: the file is missing),
 * `write` (ENOENT: its folder is missing), `folder` (creating a file in `folder`: no permission means
 * the folder is not writable).
 */
export function fsProblem(
  e: unknown,
  file?: string,
  context: "read" | "write" | "folder" = "read",
  folder?: string
): FileProblem {
  const code = isErrnoError(e) ? e.code : "";
  const name = file ?? (isErrnoError(e) ? (e.dest ?? e.path ?? "") : "");
  const dir = folder ?? folderOf(name);
  if (code === "ENOENT")
    return context === "read"
      ? { key: "missing", file: name }
      : { key: "noFolder", file: name, folder: dir };
  if (code === "ENOTDIR") return { key: "notFolder", file: name, folder: dir };
  if ((code === "EACCES" || code === "EPERM") && context === "folder")
    return { key: "folderReadOnly", file: name, folder: dir };
  const key = CODE_KEYS[code];
  return key ? { key, file: name } : { key: "other", file: name, code: code || "?" };
}

/** Run `fn`; a file-system error becomes a FileError about `file`. */
async function guarded<T>(
  fn: () => Promise<T>,
  file: string,
  context: "read" | "write" | "folder",
  folder?: string
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isErrnoError(e)) throw new FileError(fsProblem(e, file, context, folder), { cause: e });
    throw e;
  }
}

// ───────────────────────── identity ─────────────────────────

/** `p` made absolute WITHOUT lexical `..` folding (the OS resolves `link/..` through the link). */
function absolute(p: string): string {
  return path.isAbsolute(p) ? p : `${process.cwd()}${path.sep}${p}`;
}

const absentCodes = new Set(["ENOENT", "ENOTDIR"]);

/**
 * The real path of `p`: links and `..` resolved by the OS. For a path that does not exist (yet): the
 * real path of its folder + its name, following a link that leads nowhere to where it leads.
 */
export async function resolveLoose(p: string, depth = 0): Promise<string> {
  const abs = absolute(p);
  try {
    return await fs.realpath(abs);
  } catch (e) {
    if (!isErrnoError(e) || !absentCodes.has(e.code) || depth > 40) return path.resolve(abs);
  }
  const link = await fs.lstat(abs).catch(() => null);
  if (link?.isSymbolicLink()) {
    const to = await fs.readlink(abs);
    return resolveLoose(
      path.isAbsolute(to) ? to : `${path.dirname(abs)}${path.sep}${to}`,
      depth + 1
    );
  }
  const parent = path.dirname(abs);
  if (parent === abs) return abs;
  return path.join(await resolveLoose(parent, depth + 1), path.basename(abs));
}

interface Identity {
  readonly real: string;
  readonly stat: BigIntStats | null;
}

async function identify(p: string): Promise<Identity> {
  const real = await resolveLoose(p);
  const stat = await fs.stat(real, { bigint: true }).catch(() => null);
  return { real, stat };
}

const sameInode = (a: BigIntStats, b: BigIntStats) => a.dev === b.dev && a.ino === b.ino;

const flipCase = (s: string) =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");

/**
 * Whether names in `dir` are case-insensitive: an entry with letters, looked up with its name's case
 * flipped, is the same file (or, in an empty folder, the folder itself within its parent).
 */
export async function isCaseInsensitive(dir: string): Promise<boolean> {
  const probe = async (p: string): Promise<boolean> => {
    const name = path.basename(p);
    const flipped = flipCase(name);
    if (flipped === name) return false;
    const [a, b] = await Promise.all([
      fs.stat(p, { bigint: true }).catch(() => null),
      fs.stat(path.join(path.dirname(p), flipped), { bigint: true }).catch(() => null),
    ]);
    return Boolean(a && b && sameInode(a, b));
  };
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const entry = names.find((n) => flipCase(n) !== n);
  if (entry) return probe(path.join(dir, entry));
  return path.dirname(dir) !== dir && probe(dir);
}

async function sameIdentity(a: Identity, b: Identity): Promise<boolean> {
  if (a.real === b.real) return true;
  if (a.stat && b.stat) return sameInode(a.stat, b.stat); // hard links; case on a case-insensitive FS
  if (a.stat || b.stat) return false; // on a case-insensitive FS the absent one would have been found
  // Neither exists yet: the same folder and the same name but for case, in a case-insensitive folder.
  const da = path.dirname(a.real);
  const db = path.dirname(b.real);
  const fold = (s: string) => s.normalize("NFC").toLowerCase();
  if (fold(path.basename(a.real)) !== fold(path.basename(b.real))) return false;
  const [sa, sb] = await Promise.all([
    fs.stat(da, { bigint: true }).catch(() => null),
    fs.stat(db, { bigint: true }).catch(() => null),
  ]);
  if (!(da === db || (sa && sb && sameInode(sa, sb)))) return false;
  return isCaseInsensitive(da);
}

/** Whether two paths name the same file (existing or not). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ia, ib] = await Promise.all([identify(a), identify(b)]);
  return sameIdentity(ia, ib);
}

// ───────────────────────── outputs ─────────────────────────

const noWriteBit = (mode: number | bigint) => (Number(mode) & 0o222) === 0;

/**
 * Why `out` cannot be written as a NEW output of a command that reads `inputs` (files or folders),
 * or null. Refused: an output that is an input, or one of the files an input folder will be read
 * from (a new file in an input folder is fine: it is not read); an output whose folder is missing or
 * is not a folder; an output that is a folder; an existing file unless `overwrite` (and then not a
 * read-only one).
 */
export async function guardOutput(
  out: string,
  inputs: readonly string[],
  opts: { overwrite?: boolean }
): Promise<OutputProblem | null> {
  const outId = await identify(out);
  const link = await fs.lstat(out).catch(() => null);
  // The folder the file will be written in: the link's target's, when `out` is a link.
  const folder = link?.isSymbolicLink() ? path.dirname(outId.real) : folderOf(out);
  let folderStat;
  try {
    folderStat = await fs.stat(path.dirname(outId.real));
  } catch (e) {
    return isErrnoError(e) && !absentCodes.has(e.code)
      ? fsProblem(e, out, "folder", folder)
      : { key: "noFolder", file: out, folder };
  }
  if (!folderStat.isDirectory()) return { key: "notFolder", file: out, folder };
  if (outId.stat?.isDirectory()) return { key: "isDir", file: out };

  for (const input of inputs) {
    const inStat = await fs.stat(input).catch(() => null);
    if (inStat?.isDirectory()) {
      const listing = await listRegisterFolder(input).catch(() => null);
      for (const f of listing ? [...listing.files, ...listing.broken] : [])
        if (await sameIdentity(outId, await identify(f)))
          return { key: "outInInputFolder", file: out, input };
    } else if (await sameIdentity(outId, await identify(input)))
      return { key: "outIsInput", file: out, input };
  }

  const exists = outId.stat !== null || link !== null;
  if (exists && !opts.overwrite) return { key: "outExists", file: out };
  if (outId.stat && !outId.stat.isFile()) return { key: "notRegular", file: out };
  if (outId.stat && noWriteBit(outId.stat.mode)) return { key: "readOnly", file: out };
  return null;
}

// ───────────────────────── writing ─────────────────────────

let tempCounter = 0;

/** A hidden temp name beside `real` (never listed as a register: it starts with a dot). */
function tempBeside(real: string, tag: string): string {
  const nonce = `${process.pid}-${Date.now().toString(36)}-${(tempCounter++).toString(36)}`;
  return path.join(path.dirname(real), `.${path.basename(real)}.${nonce}.${tag}`);
}

async function fsyncFile(file: string): Promise<void> {
  const h = await fs.open(file, "r+");
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Make a rename durable (best effort: some systems cannot open or sync a folder). */
async function fsyncFolder(dir: string): Promise<void> {
  const h = await fs.open(dir, "r").catch(() => null);
  if (!h) return;
  await h.sync().catch(() => undefined);
  await h.close().catch(() => undefined);
}

/**
 * Write `target` so that it is either the old file or the complete new one: the bytes (or whatever
 * `bytes(tmp)` writes to `tmp`) go to a temp file in the REAL target's folder (through a symbolic
 * link: the link stays a link and its target is replaced), which is synced and renamed over the
 * target. The temp file never survives a failure. An existing target's mode (and, as root, owner)
 * is kept. File-system failures are thrown as FileError about `target`.
 */
export async function writeAtomically(
  target: string,
  bytes: Uint8Array | ((tmp: string) => Promise<void>)
): Promise<void> {
  const real = await resolveLoose(target);
  const folder = path.dirname(real);
  const before = await fs.stat(real).catch(() => null);
  if (before && !before.isFile())
    throw new FileError({ key: before.isDirectory() ? "isDir" : "notRegular", file: target });
  const tmp = tempBeside(real, "tmp");
  let renamed = false;
  try {
    if (typeof bytes === "function") {
      await guarded(
        () => fs.writeFile(tmp, new Uint8Array(0), { flag: "wx" }),
        target,
        "folder",
        folder
      );
      await guarded(() => bytes(tmp), target, "write", folder);
      await guarded(() => fsyncFile(tmp), target, "write", folder);
    } else {
      await guarded(
        async () => {
          const h = await fs.open(tmp, "wx", before ? before.mode & 0o7777 : 0o666);
          try {
            await h.writeFile(bytes);
            await h.sync();
          } finally {
            await h.close();
          }
        },
        target,
        "folder",
        folder
      );
    }
    if (before) {
      await guarded(() => fs.chmod(tmp, before.mode & 0o7777), target, "write", folder);
      if (process.getuid?.() === 0)
        await fs.chown(tmp, before.uid, before.gid).catch(() => undefined);
    }
    await guarded(() => fs.rename(tmp, real), target, "write", folder);
    renamed = true;
    await fsyncFolder(folder);
  } finally {
    if (!renamed) await fs.unlink(tmp).catch(() => undefined);
  }
}

/** `FILE.bak`, then `FILE.bak.1`, `FILE.bak.2`, … */
export function backupName(file: string, n: number): string {
  return n === 0 ? `${file}.bak` : `${file}.bak.${n}`;
}

/**
 * Before an in-place edit of `file`: copy it (its REAL target, when it is a link) to `FILE.bak`,
 * the previous `.bak` becoming `.bak.1`, `.bak.1` → `.bak.2`, … keeping at most `limit` backups
 * (`FILE.bak` included; the oldest is dropped). The copy is complete and synced before any backup
 * moves, so a failure never loses the only good copy. Returns the new backup's path.
 */
export async function rotateBackups(file: string, limit = 5): Promise<string> {
  const keep = Math.max(1, Math.floor(limit));
  const real = await guarded(() => fs.realpath(file), file, "read");
  const bak = backupName(file, 0);
  const bakReal = await resolveLoose(bak);
  const tmp = tempBeside(bakReal, "bak");
  let placed = false;
  try {
    await guarded(
      () => fs.copyFile(real, tmp, constants.COPYFILE_EXCL),
      bak,
      "folder",
      path.dirname(bakReal)
    );
    await guarded(() => fsyncFile(tmp), bak, "write");
    // Shift the chain from the oldest: .bak.(keep-2) → .bak.(keep-1), …, .bak → .bak.1.
    for (let n = keep - 1; n >= 1; n--) {
      const from = backupName(file, n - 1);
      const to = backupName(file, n);
      if (await fs.lstat(from).catch(() => null))
        await guarded(() => fs.rename(from, to), to, "write");
    }
    await guarded(() => fs.rename(tmp, bak), bak, "write");
    placed = true;
    await fsyncFolder(path.dirname(bakReal));
  } finally {
    if (!placed) await fs.unlink(tmp).catch(() => undefined);
  }
  return bak;
}

// ───────────────────────── editing in place ─────────────────────────

const MACRO_ENABLED = /\.(xlsm|xltm)$/iu;

async function folderProblem(dir: string, file: string): Promise<EditProblem | null> {
  const st = await fs.stat(dir).catch(() => null);
  if (!st) return null;
  if (noWriteBit(st.mode)) return { key: "folderReadOnly", file, folder: dir };
  try {
    await fs.access(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    return isErrnoError(e) && e.code === "EROFS"
      ? { key: "readOnlyFs", file }
      : { key: "folderReadOnly", file, folder: dir };
  }
  return null;
}

/**
 * Why `file` cannot be edited in place (validate --write, upgrade, criteria, export
 * --mark-exported), or null: missing, not a regular file, macro-enabled (.xlsm/.xltm: refused by
 * every write command in this release), read-only (no write bit, whoever runs the command — root
 * passes `access(W_OK)` regardless), on a read-only file system, or in a folder where the temp file
 * and the backups cannot be created.
 */
export async function assertEditable(file: string): Promise<EditProblem | null> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (e) {
    return fsProblem(e, file, "read");
  }
  let st;
  try {
    st = await fs.stat(real);
  } catch (e) {
    return fsProblem(e, file, "read");
  }
  if (st.isDirectory()) return { key: "isDir", file };
  if (!st.isFile()) return { key: "notRegular", file };
  if (MACRO_ENABLED.test(file) || MACRO_ENABLED.test(real)) return { key: "macro", file };
  if (noWriteBit(st.mode)) return { key: "readOnly", file };
  try {
    await fs.access(real, constants.W_OK);
  } catch (e) {
    return isErrnoError(e) && e.code === "EROFS"
      ? { key: "readOnlyFs", file }
      : { key: "readOnly", file };
  }
  // The temp file goes beside the real file; the backups beside the path as given.
  const folders = new Set([path.dirname(real), path.dirname(await resolveLoose(file + ".bak"))]);
  for (const dir of folders) {
    const p = await folderProblem(dir, file);
    if (p) return p;
  }
  return null;
}
