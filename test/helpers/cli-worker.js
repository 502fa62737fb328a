"use strict";
/**
 * The command line, loaded once, in a worker thread of a test process (see cliHost.ts): each job is
 * one `main(argv, io)` of the built CLI (lib/cli.bundle.js, as bin/so-thi-dua.js loads it), with the
 * job's environment, its output collected, and the result posted back on the job's port. The test
 * process's thread waits on `flag` meanwhile, so the call is synchronous for the test.
 */
const { parentPort, workerData } = require("node:worker_threads");
const path = require("node:path");

const lib = path.join(workerData.root, "lib");
let cli;
function load() {
  if (cli) return cli;
  try {
    cli = require(path.join(lib, "cli.bundle.js"));
  } catch (e) {
    if (!e || e.code !== "MODULE_NOT_FOUND") throw e;
    cli = require(path.join(lib, "cli", "main.js"));
  }
  return cli;
}

/** Replace this thread's environment with `env` (worker threads each have their own copy). */
function setEnv(env) {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
}

parentPort.on("message", async ({ args, env, port, flag }) => {
  let stdout = "";
  let stderr = "";
  const out = (t) => (stdout += `${t}\n`);
  const err = (t) => (stderr += `${t}\n`);
  // What a library prints would reach the process's stdout/stderr: keep it with the job's output.
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  console.log = console.info = (...a) => out(a.join(" "));
  console.warn = console.error = (...a) => err(a.join(" "));
  let code;
  try {
    setEnv(env);
    code = await load().main(args, { out, err, stderrIsTTY: false });
  } catch (e) {
    // bin/so-thi-dua.js would print one line and exit 2: keep the stack so the test shows the bug.
    err(`uncaught in the command line: ${e && e.stack ? e.stack : e}`);
    code = 2;
  } finally {
    Object.assign(console, saved);
  }
  port.postMessage({ code, stdout, stderr });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
