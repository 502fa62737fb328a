/**
 * The command line as one file with V8's code cache (scripts/bundle-cli.js): the cache is one this
 * Node accepts, and the launcher gives the same answers from the bundle as from lib/cli's modules
 * (the fallback when the bundle is absent).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import path from "node:path";
import vm from "node:vm";
import { ROOT, runCli, tempDir } from "./helpers/cli";

const LIB = path.join(ROOT, "lib");
const BUNDLE = path.join(LIB, "cli.bundle.js");
const CACHE = path.join(LIB, "cli.bundle.cache");

describe("the bundled command line", () => {
  it("is built with a code cache this Node accepts", () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, "utf8")), {
      filename: BUNDLE,
      cachedData: readFileSync(CACHE),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("is ASCII only, which the launcher reads as a one-byte string", () => {
    const bytes = readFileSync(BUNDLE);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // Vietnamese texts survive as \u escapes: the CLI still speaks Vietnamese.
    expect(runCli(["--help"], ROOT).stdout).toContain("Cách dùng");
  });

  it("a plain `validate` loads neither ExcelJS, HyperFormula nor child_process", () => {
    const dir = tempDir("stđ-bundle-");
    try {
      const file = path.join(dir, "so.xlsx");
      expect(runCli(["init", file, "--unit", "UBND phường Mẫu", "--year", "2026"], dir).code).toBe(
        0
      );
      // A preload that lists every module request the process makes, printed at exit.
      const hook = path.join(dir, "hook.js");
      writeFileSync(
        hook,
        `const M = require("node:module"); const seen = new Set(); const load = M._load;
         M._load = function (id, ...rest) { seen.add(id); return load.call(this, id, ...rest); };
         process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify([...seen])));`
      );
      const r = spawnSync(
        process.execPath,
        ["--require", hook, path.join(ROOT, "bin", "so-thi-dua.js"), "validate", file],
        { cwd: dir, encoding: "utf8" }
      );
      expect([r.status, r.stderr.split("\nLOADED")[0]]).toEqual([0, ""]);
      const loaded = JSON.parse(/LOADED (.*)$/u.exec(r.stderr)![1]!) as string[];
      expect(loaded).toContain("node:zlib"); // the hook sees the bundle's requests
      for (const heavy of ["exceljs", "hyperformula", "node:child_process", "child_process"])
        expect(loaded).not.toContain(heavy);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers as lib/cli's modules do, which the launcher uses when there is no bundle", () => {
    const dir = tempDir("stđ-bundle-");
    try {
      // A copy of the package without the bundle: bin/ and lib/ minus cli.bundle.*.
      const copy = path.join(dir, "pkg");
      cpSync(path.join(ROOT, "bin"), path.join(copy, "bin"), { recursive: true });
      cpSync(LIB, path.join(copy, "lib"), {
        recursive: true,
        filter: (src) => !path.basename(src).startsWith("cli.bundle."),
      });
      symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
      expect(existsSync(path.join(copy, "lib", "cli.bundle.js"))).toBe(false);
      const unbundled = (args: string[]) =>
        spawnSync(process.execPath, [path.join(copy, "bin", "so-thi-dua.js"), ...args], {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        });

      const file = path.join(dir, "so.xlsx");
      expect(runCli(["init", file, "--unit", "UBND phường Mẫu", "--year", "2026"], dir).code).toBe(
        0
      );
      for (const args of [
        ["validate", file, "--json"],
        ["validate", file, "--lang", "en"],
        ["validate", path.join(dir, "khong-co.xlsx")],
        ["--help"],
        ["validatee"],
      ]) {
        const a = runCli(args, dir);
        const b = unbundled(args);
        expect([b.status, b.stdout, b.stderr]).toEqual([a.code, a.stdout, a.stderr]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
