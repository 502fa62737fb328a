"use strict";
// `so-thi-dua validate FILE [--write]` as the CLI runs it (src/cli/commands/validate.ts), on a fresh
// copy of FILE (copied before the clock starts, so that every run writes the whole results column).
const fs = require("node:fs");
const path = require("node:path");
const { validateCommand } = require("../../lib/cli/commands/validate");
const [file, mode] = process.argv.slice(2);
const copy = path.join(path.dirname(file), `run-${process.pid}-${path.basename(file)}`);
fs.copyFileSync(file, copy);
const quiet = { out: () => undefined, err: () => undefined, stderrIsTTY: false };
const t0 = process.hrtime.bigint();
(async () => {
  const code = await validateCommand(copy, { write: mode === "write", lang: "vi" }, quiet);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const f of fs.readdirSync(path.dirname(copy)))
    if (f.startsWith(path.basename(copy))) fs.rmSync(path.join(path.dirname(copy), f));
  process.stdout.write(
    JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, code })
  );
})();
