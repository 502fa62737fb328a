"use strict";
// Baseline: only parse every .xlsx of a folder with ExcelJS (one workbook at a time, in memory).
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");
const [dir, mode] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
(async () => {
  let cells = 0;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  for (const f of files) {
    if (mode === "stream") {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path.join(dir, f), {
        sharedStrings: "cache",
        styles: "cache",
        hyperlinks: "ignore",
        worksheets: "emit",
        entries: "emit",
      });
      for await (const ws of reader) for await (const row of ws) cells += row.cellCount;
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, f));
      wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      cells,
      files: files.length,
    })
  );
})();
