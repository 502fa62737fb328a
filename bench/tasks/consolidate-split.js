"use strict";
// Where consolidation spends its time: read (each unit's bytes → snapshot, as the task pane reads
// them), build (merge, validation, sheets), save (the .xlsx package, compressed with Node's zlib).
//   node bench/tasks/consolidate-split.js DIR OUT.xlsx   (after `npm run build:cli`)
const fs = require("node:fs");
const path = require("node:path");
const { expandInputs } = require("../../lib/adapters/xlsx/consolidate");
const {
  buildConsolidatedWorkbook,
  readSourceBytes,
} = require("../../lib/adapters/xlsx/consolidateBook");
const { nodeDeflater } = require("../../lib/adapters/xlsx/nodeZip");
const { saveBytes } = require("../../lib/adapters/xlsx/results");

const [dir, out] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e6;
(async () => {
  const t0 = now();
  const { files } = await expandInputs([dir], out);
  const sources = [];
  const failures = [];
  for (const f of files) {
    const r = await readSourceBytes(path.basename(f), await fs.promises.readFile(f));
    if ("source" in r) sources.push(r.source);
    else failures.push(r.failure);
  }
  const t1 = now();
  const { result, xlsx } = await buildConsolidatedWorkbook(sources, failures, {
    today: { year: 2026, month: 11, day: 25 },
    out,
  });
  const t2 = now();
  await saveBytes(await xlsx(nodeDeflater), out);
  const t3 = now();
  const ms = (x) => Math.round(x);
  process.stdout.write(
    JSON.stringify({
      read_ms: ms(t1 - t0),
      build_ms: ms(t2 - t1),
      save_ms: ms(t3 - t2),
      total_ms: ms(t3 - t0),
      rows: result.merged.nominations.length,
      files: files.length,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    })
  );
})();
