#!/usr/bin/env node
"use strict";
/**
 * Renders the demo's filled `TC Tổ dân phố` sheet to docs/criteria-to-dan-pho.png through
 * LibreOffice headless (xlsx → PDF) and pdftoppm (PDF → PNG). Run after `npm run build:cli`:
 *   node scripts/render-criteria-png.js
 * LibreOffice recalculates every formula on load, so the picture shows computed totals and ranks.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { demoRegister } = require("../lib/workbook/demo");
const { planCriteriaSheet } = require("../lib/workbook/plan/criteria");
const { planSettingsSheet, planSettingsNames } = require("../lib/workbook/plan/settings");
const { workbookFromPlan } = require("../lib/adapters/xlsx/apply");
const { convertToPdf } = require("../lib/adapters/libreoffice");

(async () => {
  const reg = demoRegister(2026);
  const tdp = reg.criteria.find((c) => c.set.name === "TC Tổ dân phố");
  const sheet = planCriteriaSheet({
    set: tdp.set,
    candidates: tdp.candidates,
    scores: tdp.scores,
    candidateCols: tdp.candidates.length,
  });
  const printable = { ...sheet, print: { ...sheet.print, fitToWidth: true } };
  const settings = { ...planSettingsSheet(reg.options), state: "veryHidden" };
  const wb = await workbookFromPlan({ sheets: [printable, settings], names: planSettingsNames() });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-"));
  const xlsx = path.join(dir, "tc.xlsx");
  await wb.xlsx.writeFile(xlsx);
  const pdf = await convertToPdf(xlsx, dir);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    path.join(dir, "page"),
  ]);
  const out = path.join(__dirname, "..", "docs", "criteria-to-dan-pho.png");
  fs.copyFileSync(path.join(dir, "page.png"), out);
  process.stdout.write(`${out}\n`);
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
