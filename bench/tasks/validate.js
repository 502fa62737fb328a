"use strict";
// Subject: read the register and run every validation rule, as `so-thi-dua validate` does
// (src/cli/commands/validate.ts: streamRegisterSnapshot, then validateRegister).
const { streamRegisterSnapshot } = require("../../lib/adapters/xlsx/stream");
const { validateRegister } = require("../../lib/domain/validate");
const [file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
(async () => {
  const snapshot = await streamRegisterSnapshot(file);
  const r = validateRegister(snapshot, { today: { year: 2026, month: 11, day: 25 } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      rows: r.counts.rows,
      findings: r.findings.length,
    })
  );
})();
