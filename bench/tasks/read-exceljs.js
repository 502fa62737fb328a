"use strict";
// Baseline: only read the file with ExcelJS (mode: "memory" = workbook.xlsx.readFile, "stream" = WorkbookReader).
const ExcelJS = require("exceljs");
const [file, mode] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
(async () => {
  let cells = 0;
  if (mode === "stream") {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const ws of reader) for await (const row of ws) cells += row.cellCount;
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, cells })
  );
})();
