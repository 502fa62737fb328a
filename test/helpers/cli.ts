/** Run the real command line (the built `bin/so-thi-dua.js`) as a child process. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
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

/**
 * Run the built command line with `args` in `cwd` and the test's environment plus `env`, as
 * `node bin/so-thi-dua.js` would: exit code, stdout and stderr. The CLI runs in a worker thread
 * that loads it once per Jest worker process (lib/cli.bundle.js, what bin/so-thi-dua.js loads), not in
 * a new Node process per call: a process spent ~0.4 s starting and loading ExcelJS, over ~1,500 calls of
 * the suite. What only a process can show (the launcher, exit on a closed pipe, a cold start) is
 * tested with `runCliProcess`, or `runCliAsync` with `process: true`, `bin` or `nodeArgs`.
 */
export function runCli(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  return cliHost().run(args, cwd, { ...process.env, NO_COLOR: "1", ...env });
}

/** `runCli` as a child process `node bin/so-thi-dua.js …`. */
export function runCliProcess(
  args: readonly string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = {}
): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface CliHost {
  run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): CliRun;
}

/**
 * One worker thread per test process, kept on `process` (each test file has its own module registry
 * and globals, but all files of a Jest worker share the process): started on first use, not keeping
 * the process alive.
 */
const HOST = Symbol.for("so-thi-dua.test.cliHost");
type WithHost = NodeJS.Process & { [HOST]?: CliHost };

function cliHost(): CliHost {
  const shared = process as WithHost;
  const existing = shared[HOST];
  if (existing) return existing;
  const worker = new Worker(path.join(__dirname, "cli-worker.js"), { workerData: { root: ROOT } });
  worker.unref();
  const run = (args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): CliRun => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const before = process.cwd();
    // Relative paths resolve against the process's folder, which the worker shares; this thread
    // waits until the command is done, so nothing else sees the change.
    process.chdir(cwd);
    try {
      worker.postMessage({ args: [...args], env, port: port2, flag }, [port2]);
      // A hang guard, not a speed bound (the command's own limits end it long before).
      if (Atomics.wait(flag, 0, 0, 600_000) === "timed-out") {
        void worker.terminate();
        delete shared[HOST];
        return { code: -1, stdout: "", stderr: `the command did not finish: ${args.join(" ")}` };
      }
      const reply = receiveMessageOnPort(port1)?.message as CliRun;
      return reply;
    } finally {
      port1.close();
      process.chdir(before);
    }
  };
  const host: CliHost = { run };
  shared[HOST] = host;
  return host;
}

export function tempDir(prefix = "stđ-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Test inputs kept in the repository (see test/fixtures/README.md). */
export const FIXTURES = path.join(ROOT, "test", "fixtures");

/**
 * `runCli` as a promise. With `process: true`, `bin` (another build of the CLI) or `nodeArgs` (for
 * Node, before the script, e.g. `-r probe.js`) it is a child process, so several run side by side;
 * otherwise the worker thread runs it, one command at a time. `env` is added to the environment;
 * `cwd` defaults to the repository.
 */
export function runCliAsync(
  args: readonly string[],
  options: {
    process?: boolean;
    bin?: string;
    nodeArgs?: readonly string[];
    env?: NodeJS.ProcessEnv;
    cwd?: string;
  } = {}
): Promise<CliRun> {
  if (!options.process && !options.bin && !options.nodeArgs)
    return Promise.resolve().then(() => runCli(args, options.cwd, options.env));
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
