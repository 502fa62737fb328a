/** Run the real command line (the built `bin/so-thi-dua.js`) as a child process. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "so-thi-dua.js");

/** The `validate --json` document of cli.md, as the tests read it. */
export interface ValidateJson {
  readonly file: string;
  readonly ok: boolean;
  readonly counts: { error: number; warning: number; rows: number };
  readonly findings: {
    rule: string;
    severity: string;
    sheet: string;
    row: number | null;
    column: string | null;
    cell: string | null;
    message: string;
    citation: string;
  }[];
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "stđ-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Test inputs kept in the repository (see test/fixtures/README.md). */
export const FIXTURES = path.join(ROOT, "test", "fixtures");

/**
 * `runCli`, asynchronous, so several commands run side by side. `bin` runs another build of the CLI;
 * `nodeArgs` go to Node before the script (e.g. `-r probe.js`); `env` is added to the environment;
 * `cwd` defaults to the repository.
 */
export function runCliAsync(
  args: readonly string[],
  options: {
    bin?: string;
    nodeArgs?: readonly string[];
    env?: NodeJS.ProcessEnv;
    cwd?: string;
  } = {}
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), options.bin ?? BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
      }
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
