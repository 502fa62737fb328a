"use strict";
// LibreOffice headless: open an xlsx (forcing recalculation of every formula) and save it again.
const path = require("node:path");
const { recalculateXlsx } = require("../../lib/adapters/libreoffice");
const [file, outDir] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
recalculateXlsx(file, outDir, { timeoutMs: 600_000 }).then((out) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, out: path.basename(out) }));
});
