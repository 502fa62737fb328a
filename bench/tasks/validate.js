"use strict";
// Subject: read the register and run every validation rule (what `so-thi-dua validate` does).
const { readRegisterFile } = require("../../lib/adapters/xlsx/read");
const { validateRegister } = require("../../lib/domain/validate");
const [file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
(async () => {
  const reg = await readRegisterFile(file);
  const r = validateRegister(reg.snapshot, { today: { year: 2026, month: 11, day: 25 } });
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
