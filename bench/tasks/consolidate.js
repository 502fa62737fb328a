"use strict";
// Subject: consolidate a folder of unit registers into one (what `so-thi-dua consolidate DIR --out` does).
const { consolidateFiles } = require("../../lib/adapters/xlsx/consolidate");
const [dir, out] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
(async () => {
  const r = await consolidateFiles([dir], out, { today: { year: 2026, month: 11, day: 25 } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      rows: r.merged ? r.merged.nominations.length : 0,
      files: r.files.length,
    })
  );
})();
