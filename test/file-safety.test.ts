/**
 * Safe files (issue #11), through the REAL command line (`npm run build:cli` first) and on the helpers
 * of src/cli/files.ts:
 * - an output is never an input, by any name (`./x/../r.xlsx`, a link, a hard link, another case on a
 *   case-insensitive file system), nor a register an input folder is read from; an existing output
 *   needs --overwrite; a missing folder is named;
 * - a register that cannot be written in place (read-only, .xlsm) is refused by the write commands;
 * - a reader that goes away (EPIPE) and an unexpected error end quietly: one sentence, no stack;
 * - rotateBackups keeps the previous versions, writeAtomically writes through a link and leaves no
 *   temp file behind.
 * Every refusal: exit 2, ONE line naming the path (no "Error:", stack or Node error code), and every
 * input byte-identical.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import {
  assertEditable,
  describeFileProblem,
  FileError,
  fsProblem,
  guardOutput,
  rotateBackups,
  sameFile,
  writeAtomically,
  type FileProblemKey,
} from "../src/cli/files";
import { cliT } from "../src/cli/messages";
import { sha256 } from "./helpers/badfiles";
import { ROOT, runCli, tempDir, type CliRun } from "./helpers/cli";
import { person, writeRegister } from "./helpers/registers";

const BIN = path.join(ROOT, "bin", "so-thi-dua.js");

/** A refusal: exit 2, one line on stderr naming `names`, nothing of Node's own, nothing on stdout. */
function expectRefused(r: CliRun, ...names: string[]): void {
  expect(r.code).toBe(2);
  const text = r.stderr.trim();
  expect(text.split("\n")).toHaveLength(1);
  for (const n of names) expect(text).toContain(n);
  expectNoNodeText(text);
  expect(r.stdout).toBe("");
}

function expectNoNodeText(text: string): void {
  expect(text).not.toMatch(/\bError:|^\s+at |node:internal|\bE[A-Z]{3,}\b/mu);
}

/** sha256 of every file in `dir` (links read through), to prove nothing changed. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (existsSync(p) && statSync(p).isFile()) out[n] = sha256(p);
  }
  return out;
}

/** Whether the file system of `dir` ignores case (macOS, Windows by default; not Linux). */
function caseInsensitive(dir: string): boolean {
  const probe = path.join(dir, "case-probe.txt");
  writeFileSync(probe, "x");
  return existsSync(path.join(dir, "CASE-PROBE.TXT"));
}

const dir = tempDir("stđ-files-");
const register = path.join(dir, "r.xlsx");

beforeAll(async () => {
  await writeRegister(register, {
    rows: [person("Nguyễn Văn An"), person("Trần Thị Bình", { "Số phiếu đồng ý": 2 })],
  });
});

describe("export --out is never the register", () => {
  const before = () => sha256(register);
  let hash = "";
  beforeAll(() => {
    hash = before();
    mkdirSync(path.join(dir, "x"), { recursive: true });
  });
  afterEach(() => expect(sha256(register)).toBe(hash));

  it("by its path", () => {
    expectRefused(runCli(["export", register, "--out", register, "--force"]), register);
  });

  it("by ./x/../r.xlsx", () => {
    const r = runCli(["export", "r.xlsx", "--out", "./x/../r.xlsx", "--force"], dir);
    expectRefused(r, "./x/../r.xlsx");
  });

  it("by a symbolic link (the link stays a link)", () => {
    const link = path.join(dir, "link.xlsx");
    symlinkSync("r.xlsx", link);
    expectRefused(runCli(["export", register, "--out", link, "--force", "--overwrite"]), link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("by a link to its folder, and by a hard link", () => {
    const folderLink = path.join(dir, "via");
    symlinkSync(dir, folderLink);
    const viaLink = path.join(folderLink, "r.xlsx");
    expectRefused(
      runCli(["export", register, "--out", viaLink, "--force", "--overwrite"]),
      viaLink
    );
    const hard = path.join(dir, "hard.xlsx");
    linkSync(register, hard);
    expectRefused(runCli(["export", register, "--out", hard, "--force", "--overwrite"]), hard);
  });

  (caseInsensitive(dir) ? it : it.skip)("by another case on a case-insensitive file system", () => {
    const upper = path.join(dir, "R.XLSX");
    expectRefused(runCli(["export", register, "--out", upper, "--force", "--overwrite"]), upper);
  });

  it("English too", () => {
    const r = runCli(["export", register, "--out", register, "--force", "--lang", "en"]);
    expectRefused(r, register);
    expect(r.stderr).toContain("is the register itself");
  });
});

describe("an existing --out needs --overwrite; a missing folder is named", () => {
  it("export: refused without --overwrite (the old output kept), replaced with it", () => {
    const out = path.join(dir, "trinh.xlsx");
    writeFileSync(out, "old");
    const hash = sha256(register);
    const r = runCli(["export", register, "--out", out, "--force"]);
    expectRefused(r, out, "--overwrite");
    expect(readFileSync(out, "utf8")).toBe("old");
    const en = runCli(["export", register, "--out", out, "--force", "--lang", "en"]);
    expectRefused(en, out, "--overwrite");
    expect(en.stderr).toContain("already exists");

    const ok = runCli(["export", register, "--out", out, "--force", "--overwrite"]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(sha256(register)).toBe(hash);
  });

  it("consolidate: refused without --overwrite, replaced with it", () => {
    const out = path.join(dir, "tong-hop.xlsx");
    writeFileSync(out, "old");
    const hash = sha256(register);
    expectRefused(runCli(["consolidate", register, "--out", out]), out, "--overwrite");
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(runCli(["consolidate", register, "--out", out, "--overwrite"]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(sha256(register)).toBe(hash);
  });

  it("a missing folder: export, consolidate and init say which folder", () => {
    const missing = path.join(dir, "chua-co");
    const out = path.join(missing, "o.xlsx");
    const hash = sha256(register);
    expectRefused(runCli(["export", register, "--out", out, "--force"]), missing);
    expectRefused(runCli(["consolidate", register, "--out", out]), missing);
    expectRefused(runCli(["init", out]), missing);
    expect(existsSync(missing)).toBe(false);
    expect(sha256(register)).toBe(hash);
  });

  it("a folder as --out", () => {
    const folder = path.join(dir, "thu-muc.xlsx");
    mkdirSync(folder);
    expectRefused(runCli(["export", register, "--out", folder, "--force", "--overwrite"]), folder);
  });

  it("init still refuses an existing file", () => {
    const hash = sha256(register);
    expectRefused(runCli(["init", register]), register);
    expect(sha256(register)).toBe(hash);
  });
});

describe("consolidate never writes over a register it reads", () => {
  const units = path.join(dir, "don-vi");
  beforeAll(() => {
    mkdirSync(units);
    copyFileSync(register, path.join(units, "a.xlsx"));
    copyFileSync(register, path.join(units, "b.xlsx"));
  });

  it("dir --out dir/a.xlsx (an existing input) is refused, even with --overwrite", () => {
    const before = hashes(units);
    const out = path.join(units, "a.xlsx");
    expectRefused(runCli(["consolidate", units, "--out", out]), out, units);
    expectRefused(runCli(["consolidate", units, "--out", out, "--overwrite"]), out, units);
    expectRefused(runCli(["consolidate", register, "--out", register, "--overwrite"]), register);
    expect(hashes(units)).toEqual(before);
  });

  it("dir --out dir/new.xlsx is written and not read as an input", () => {
    const before = hashes(units);
    const out = path.join(units, "moi.xlsx");
    const r = runCli(["consolidate", units, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files.map((f) => path.basename(f))).toEqual(["a.xlsx", "b.xlsx"]);
    expect(existsSync(out)).toBe(true);
    for (const [n, h] of Object.entries(before)) expect(sha256(path.join(units, n))).toBe(h);
    // A second run would read it: refused.
    expectRefused(runCli(["consolidate", units, "--out", out, "--overwrite"]), out);
  });

  it("a folder's linked registers are read; a broken link is listed in Tệp lỗi", () => {
    const linked = path.join(dir, "lien-ket");
    mkdirSync(linked);
    copyFileSync(register, path.join(linked, "a.xlsx"));
    symlinkSync(register, path.join(linked, "b.xlsx"));
    symlinkSync(path.join(dir, "khong-co.xlsx"), path.join(linked, "c.xlsx"));
    const r = runCli(["consolidate", linked, "--out", path.join(dir, "lk.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string; ok: boolean }[] }).files;
    const status = Object.fromEntries(files.map((f) => [path.basename(f.file), f.ok]));
    expect(status).toEqual({ "a.xlsx": true, "b.xlsx": true, "c.xlsx": false });
  });
});

describe("a register that cannot be written in place", () => {
  it("read-only (mode 0444, even for root): validate --write refuses, nothing changes", () => {
    const ro = path.join(dir, "chi-doc.xlsx");
    copyFileSync(register, ro);
    chmodSync(ro, 0o444);
    const hash = sha256(ro);
    expectRefused(runCli(["validate", ro, "--write"]), ro);
    expect(sha256(ro)).toBe(hash);
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    expect(existsSync(`${ro}.bak`)).toBe(false);
  });

  it(".xlsm: validate --write and upgrade refuse, saying to save a copy as .xlsx", () => {
    const xlsm = path.join(dir, "macro.xlsm");
    copyFileSync(register, xlsm);
    const hash = sha256(xlsm);
    for (const args of [
      ["validate", xlsm, "--write"],
      ["upgrade", xlsm],
    ]) {
      const r = runCli(args);
      expectRefused(r, xlsm, ".xlsx");
      expect(sha256(xlsm)).toBe(hash);
    }
    expect(existsSync(`${xlsm}.bak`)).toBe(false);
  });
});

describe("the top level: one sentence, never a stack", () => {
  it("EPIPE: a reader that goes away early ends the command quietly", async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, "validate", register], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.destroy(); // the reader is gone before the first line
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
  });

  it("EPIPE through a shell pipe (| head -1)", () => {
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" validate "${register}" --json | head -1`],
      { encoding: "utf8" }
    );
    if (r.error) return; // no sh
    expect(r.stdout.trim()).toBe("{");
    expect(r.stderr).toBe("");
  });

  const probe = path.join(dir, "probe.js");
  beforeAll(() =>
    writeFileSync(
      probe,
      [
        "const fs = require('node:fs');",
        "if (process.env.PROBE === 'bug') {",
        "  const stringify = JSON.stringify;",
        "  JSON.stringify = function (v, ...a) {",
        "    if (v && v.findings) throw new TypeError('planted bug');",
        "    return stringify.call(this, v, ...a);",
        "  };",
        "}",
        "if (process.env.PROBE === 'emfile') {",
        "  fs.promises.readdir = async (p) => {",
        "    throw Object.assign(new Error(`EMFILE: too many open files, scandir '${p}'`), { code: 'EMFILE', syscall: 'scandir', path: String(p) });",
        "  };",
        "}",
      ].join("\n")
    )
  );
  const runProbe = (what: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, ["-r", probe, BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", PROBE: what, ...env },
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it("an unexpected error: one sentence (exit 2); the stack only with SO_THI_DUA_DEBUG=1", () => {
    const r = runProbe("bug", ["validate", register, "--json"], { SO_THI_DUA_DEBUG: "" });
    expectRefused(r, "SO_THI_DUA_DEBUG=1");
    expect(r.stderr).not.toContain("planted bug");
    const d = runProbe("bug", ["validate", register, "--json"], { SO_THI_DUA_DEBUG: "1" });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("planted bug");
  });

  it("a file-system error nobody caught: one sentence naming the path", () => {
    const units = path.join(dir, "don-vi");
    const r = runProbe("emfile", ["consolidate", units, "--out", path.join(dir, "em.xlsx")]);
    expectRefused(r, units);
  });
});

// ───────────────────────── the helpers ─────────────────────────

describe("rotateBackups", () => {
  it("three edits: .bak, .bak.1, .bak.2 hold the three previous versions", async () => {
    const d = tempDir("stđ-bak-");
    const f = path.join(d, "so.xlsx");
    for (const v of ["v1", "v2", "v3"]) {
      writeFileSync(f, v);
      expect(await rotateBackups(f)).toBe(`${f}.bak`);
      writeFileSync(f, `${v}-edited`);
    }
    expect(readFileSync(`${f}.bak`, "utf8")).toBe("v3");
    expect(readFileSync(`${f}.bak.1`, "utf8")).toBe("v2");
    expect(readFileSync(`${f}.bak.2`, "utf8")).toBe("v1");
    expect(readdirSync(d).sort()).toEqual([
      "so.xlsx",
      "so.xlsx.bak",
      "so.xlsx.bak.1",
      "so.xlsx.bak.2",
    ]);
  });

  it("keeps at most `limit` backups, the oldest dropped", async () => {
    const d = tempDir("stđ-bak-");
    const f = path.join(d, "so.xlsx");
    for (const v of ["v1", "v2", "v3", "v4"]) {
      writeFileSync(f, v);
      await rotateBackups(f, 2);
    }
    expect(readdirSync(d).sort()).toEqual(["so.xlsx", "so.xlsx.bak", "so.xlsx.bak.1"]);
    expect(readFileSync(`${f}.bak`, "utf8")).toBe("v4");
    expect(readFileSync(`${f}.bak.1`, "utf8")).toBe("v3");
    for (const v of ["v5", "v6"]) {
      writeFileSync(f, v);
      await rotateBackups(f, 1);
    }
    expect(readFileSync(`${f}.bak`, "utf8")).toBe("v6");
    expect(readFileSync(`${f}.bak.1`, "utf8")).toBe("v3"); // beyond limit 1: left alone
  });

  it("backs up the real target of a link, beside the link", async () => {
    const d = tempDir("stđ-bak-");
    mkdirSync(path.join(d, "that"));
    const real = path.join(d, "that", "so.xlsx");
    const link = path.join(d, "so.xlsx");
    writeFileSync(real, "real");
    symlinkSync(real, link);
    expect(await rotateBackups(link)).toBe(`${link}.bak`);
    expect(lstatSync(`${link}.bak`).isFile()).toBe(true);
    expect(readFileSync(`${link}.bak`, "utf8")).toBe("real");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("a failure moves no backup and leaves no temp file", async () => {
    const d = tempDir("stđ-bak-");
    const f = path.join(d, "so.xlsx");
    writeFileSync(`${f}.bak`, "only good copy");
    await expect(rotateBackups(f)).rejects.toBeInstanceOf(FileError);
    expect(readdirSync(d)).toEqual(["so.xlsx.bak"]);
    expect(readFileSync(`${f}.bak`, "utf8")).toBe("only good copy");
  });
});

describe("writeAtomically", () => {
  it("writes through a link: the link is kept, its target replaced, its mode kept", async () => {
    const d = tempDir("stđ-atomic-");
    mkdirSync(path.join(d, "real"));
    const target = path.join(d, "real", "so.xlsx");
    const link = path.join(d, "so.xlsx");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    symlinkSync(target, link);
    await writeAtomically(link, new TextEncoder().encode("new"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(d, "real"))).toEqual(["so.xlsx"]);
    // The callback form writes the temp file itself.
    await writeAtomically(link, async (tmp) => writeFileSync(tmp, "newer"));
    expect(readFileSync(target, "utf8")).toBe("newer");
    expect(readdirSync(path.join(d, "real"))).toEqual(["so.xlsx"]);
  });

  it("a failing writer leaves the target as it was and no temp file", async () => {
    const d = tempDir("stđ-atomic-");
    const f = path.join(d, "so.xlsx");
    writeFileSync(f, "old");
    const boom = new Error("writer failed");
    await expect(
      writeAtomically(f, async (tmp) => {
        writeFileSync(tmp, "half");
        throw boom;
      })
    ).rejects.toBe(boom);
    expect(readFileSync(f, "utf8")).toBe("old");
    expect(readdirSync(d)).toEqual(["so.xlsx"]);
  });

  it("a missing folder is a FileError naming it", async () => {
    const d = tempDir("stđ-atomic-");
    const f = path.join(d, "chua-co", "so.xlsx");
    const e = await writeAtomically(f, new Uint8Array([1])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).problem).toMatchObject({ key: "noFolder", file: f });
  });
});

describe("sameFile", () => {
  const d = tempDir("stđ-same-");
  const a = path.join(d, "a.xlsx");
  beforeAll(() => {
    writeFileSync(a, "a");
    writeFileSync(path.join(d, "b.xlsx"), "b");
    mkdirSync(path.join(d, "sub"));
    symlinkSync(a, path.join(d, "la.xlsx"));
    symlinkSync(path.join(d, "sub"), path.join(d, "lsub"));
    mkdirSync(path.join(d, "deep", "inner"), { recursive: true });
    symlinkSync(path.join(d, "deep", "inner"), path.join(d, "lfar"));
    linkSync(a, path.join(d, "ha.xlsx"));
  });

  it.each([
    ["the same path", a, true],
    ["via ..", path.join(d, "sub") + "/../a.xlsx", true],
    ["a link", path.join(d, "la.xlsx"), true],
    ["a hard link", path.join(d, "ha.xlsx"), true],
    ["another file", path.join(d, "b.xlsx"), false],
    ["a missing file", path.join(d, "c.xlsx"), false],
  ])("%s", async (_what, other, same) => {
    expect(await sameFile(a, other as string)).toBe(same);
  });

  it("missing files through a linked folder", async () => {
    expect(await sameFile(path.join(d, "lsub", "n.xlsx"), path.join(d, "sub", "n.xlsx"))).toBe(
      true
    );
    // `..` after a link is the link target's parent (deep/), not the folder of the link.
    expect(await sameFile(`${d}/lfar/../a.xlsx`, a)).toBe(false);
    expect(await sameFile(`${d}/lfar/../a.xlsx`, path.join(d, "deep", "a.xlsx"))).toBe(true);
    expect(await sameFile(`${d}/lsub/../a.xlsx`, a)).toBe(true);
  });
});

describe("guardOutput and assertEditable", () => {
  const d = tempDir("stđ-guard-");
  const f = path.join(d, "so.xlsx");
  beforeAll(() => writeFileSync(f, "x"));

  it("guardOutput", async () => {
    expect(await guardOutput(path.join(d, "new.xlsx"), [f], {})).toBeNull();
    expect(await guardOutput(f, [f], { overwrite: true })).toMatchObject({ key: "outIsInput" });
    expect(await guardOutput(f, [d], { overwrite: true })).toMatchObject({
      key: "outInInputFolder",
      input: d,
    });
    expect(await guardOutput(path.join(d, "new.xlsx"), [d], {})).toBeNull();
    expect(await guardOutput(f, [], {})).toMatchObject({ key: "outExists" });
    expect(await guardOutput(f, [], { overwrite: true })).toBeNull();
    expect(await guardOutput(path.join(d, "no", "x.xlsx"), [], {})).toMatchObject({
      key: "noFolder",
      folder: path.join(d, "no"),
    });
    expect(await guardOutput(path.join(f, "x.xlsx"), [], {})).toMatchObject({ key: "notFolder" });
    expect(await guardOutput(d, [], { overwrite: true })).toMatchObject({ key: "isDir" });
  });

  it("assertEditable", async () => {
    expect(await assertEditable(f)).toBeNull();
    expect(await assertEditable(path.join(d, "none.xlsx"))).toMatchObject({ key: "missing" });
    expect(await assertEditable(d)).toMatchObject({ key: "isDir" });
    const m = path.join(d, "so.xlsm");
    copyFileSync(f, m);
    expect(await assertEditable(m)).toMatchObject({ key: "macro", file: m });
    const ro = path.join(d, "ro.xlsx");
    writeFileSync(ro, "x");
    chmodSync(ro, 0o444);
    expect(await assertEditable(ro)).toMatchObject({ key: "readOnly", file: ro });
    const sub = path.join(d, "locked");
    mkdirSync(sub);
    writeFileSync(path.join(sub, "so.xlsx"), "x");
    chmodSync(sub, 0o555);
    try {
      expect(await assertEditable(path.join(sub, "so.xlsx"))).toMatchObject({
        key: "folderReadOnly",
        folder: sub,
      });
    } finally {
      chmodSync(sub, 0o755);
    }
  });
});

describe("file-system errors → one sentence", () => {
  const err = (code: string, p = "/tmp/x/so.xlsx") =>
    Object.assign(new Error(`${code}: something, open '${p}'`), { code, path: p, syscall: "open" });

  it.each<[string, "read" | "write" | "folder", FileProblemKey]>([
    ["EACCES", "read", "permission"],
    ["EACCES", "folder", "folderReadOnly"],
    ["EPERM", "read", "permission"],
    ["EROFS", "write", "readOnlyFs"],
    ["ENOSPC", "write", "noSpace"],
    ["EBUSY", "write", "busy"],
    ["EEXIST", "write", "exists"],
    ["ENOENT", "read", "missing"],
    ["ENOENT", "write", "noFolder"],
    ["EISDIR", "read", "isDir"],
    ["ENOTDIR", "write", "notFolder"],
    ["EMFILE", "read", "tooManyFiles"],
    ["EXDEV", "write", "crossDevice"],
    ["ELOOP", "read", "loop"],
    ["EIO", "read", "io"],
    ["EWHATEVER", "read", "other"],
  ])("%s (%s) → %s, in both languages", (code, context, key) => {
    const p = fsProblem(err(code), undefined, context);
    expect(p.key).toBe(key);
    for (const lang of ["vi", "en"] as const) {
      const s = describeFileProblem(p, cliT(lang));
      expect(s).toContain(key === "noFolder" || key === "notFolder" ? "/tmp/x" : "/tmp/x/so.xlsx");
      expect(s).not.toMatch(/\{\{|files\.|something/u);
      expect(s.split("\n")).toHaveLength(1);
    }
  });
});
