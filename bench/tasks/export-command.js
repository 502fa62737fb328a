"use strict";
// `so-thi-dua export FILE --out OUT --force` as the CLI runs it (src/cli/commands/export.ts); the
// generated register has errors on purpose, so --force (error rows listed, not proposed).
const fs = require("node:fs");
const path = require("node:path");
const { runExport } = require("../../lib/cli/commands/export");
const [file] = process.argv.slice(2);
const out = path.join(path.dirname(file), `export-${process.pid}.xlsx`);
const quiet = { out: () => undefined, err: () => undefined, stderrIsTTY: false };
const t0 = process.hrtime.bigint();
(async () => {
  const r = await runExport(file, { out, force: true, lang: "vi" }, quiet);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = fs.existsSync(out) ? fs.statSync(out).size : 0;
  fs.rmSync(out, { force: true });
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      code: r.code,
      proposed: r.proposed,
      ineligible: r.ineligible,
      bytes,
    })
  );
})();
