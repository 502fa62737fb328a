import { promises as fs } from "node:fs";
import path from "node:path";
import { TITLES } from "../../domain/catalog/titles";
import type { Lang } from "../../domain/i18n/render";
import { summariseValidation } from "../../domain/summary";
import { validateRegister } from "../../domain/validate";
import { demoRegister } from "../../workbook/demo";
import { planSummarySheet } from "../../workbook/plan/summary";
import { buildDemoWorkbook } from "../../adapters/xlsx/demo";
import { registerOfWorkbook } from "../../adapters/xlsx/read";
import { applyResults, saveWorkbook } from "../../adapters/xlsx/results";
import type { CivilDate } from "../../domain/text/dates";
import { demoUnitRegisters } from "../../workbook/demoUnits";
import { consolidateFiles } from "../../adapters/xlsx/consolidate";
import { todayCivil } from "../clock";
import { exportT } from "../messages-export";
import { runExport } from "./export";
import { cliT } from "../messages";
import type { Io } from "../io";
import { auditAction, CLI_ACTION } from "../audit";

export const DEMO_REGISTER_FILE = "so-thi-dua-mau.xlsx";

export async function demoCommand(opts: { out: string; lang: Lang }, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  const today = todayCivil();
  const file = path.join(opts.out, DEMO_REGISTER_FILE);
  if ((await fs.stat(opts.out).catch(() => null))?.isDirectory() === false) {
    io.err(t("files.notFolder", { folder: opts.out, file }));
    return 2;
  }
  await fs.mkdir(opts.out, { recursive: true });
  // Built, checked and given its results in memory, then written once (a new file).
  const demo = demoRegister(today.year, today);
  const wb = await buildDemoWorkbook(demo, auditAction(CLI_ACTION.demo));
  const reg = registerOfWorkbook(wb, file);
  const result = validateRegister(reg.snapshot, { today });
  applyResults(wb, result.findings, file);
  await saveWorkbook(wb, file, [planSummarySheet(demo.options).sheet]);
  const s = summariseValidation(result, reg.snapshot.unitList);

  const money = new Intl.NumberFormat(opts.lang === "vi" ? "vi-VN" : "en-US").format(
    Math.round(s.total.bonus)
  );
  io.out(t("demo.wrote", { file }));
  io.out("");
  io.out(
    `${t("demo.summaryTitle")} — ${reg.snapshot.settings?.values.unitName?.value ?? ""} ${today.year}`
  );
  io.out(t("demo.byTitle"));
  for (const title of TITLES) {
    const c = s.byTitle[title.code];
    if (c.count) io.out(t("demo.line", { title: title.name, count: c.count, valid: c.valid }));
  }
  io.out(t("demo.findings", result.counts));
  io.out(
    t("demo.cap", {
      cstdcs: s.cap.cstdcs,
      ldtt: s.cap.ldtt,
      status:
        s.cap.status === "over"
          ? "vượt tỷ lệ"
          : s.cap.status === "within"
            ? "trong giới hạn"
            : "không áp dụng",
    })
  );
  io.out(t("demo.bonus", { amount: money }));
  io.out("");
  await demoExportAndConsolidate(opts, file, today, io);
  io.out("");
  io.out(t("demo.next"));
  return 0;
}

export const DEMO_EXPORT_FILE = "trinh-hoi-dong.xlsx";
export const DEMO_UNITS_DIR = "don-vi";
export const DEMO_CONSOLIDATED_FILE = "tong-hop-phuong.xlsx";

const quiet: Io = { out: () => undefined, err: () => undefined, stderrIsTTY: false };

/**
 * The council export of the sample (with --force: the sample keeps its deliberate errors, which the
 * export lists under `Không đủ điều kiện`), and a consolidation of the sample split into its units.
 */
async function demoExportAndConsolidate(
  opts: { out: string; lang: Lang },
  file: string,
  today: CivilDate,
  io: Io
): Promise<void> {
  const x = exportT(opts.lang);
  const exportFile = path.join(opts.out, DEMO_EXPORT_FILE);
  // The demo's own folder: a second run replaces the previous run's export.
  const exported = await runExport(
    file,
    { out: exportFile, force: true, overwrite: true, lang: opts.lang },
    quiet
  );
  io.out(
    x("demo.exported", {
      file: exportFile,
      proposed: exported.proposed ?? 0,
      ineligible: exported.ineligible ?? 0,
    })
  );

  const unitsDir = path.join(opts.out, DEMO_UNITS_DIR);
  await fs.rm(unitsDir, { recursive: true, force: true });
  await fs.mkdir(unitsDir, { recursive: true });
  const units = demoUnitRegisters(demoRegister(today.year, today));
  for (const u of units)
    await saveWorkbook(await buildDemoWorkbook(u.register), path.join(unitsDir, u.file), [
      planSummarySheet(u.register.options).sheet,
    ]);
  io.out(x("demo.units", { count: units.length, dir: unitsDir }));

  const consolidated = path.join(opts.out, DEMO_CONSOLIDATED_FILE);
  const r = await consolidateFiles([unitsDir], consolidated, { today });
  if (!("empty" in r))
    io.out(
      x("demo.consolidated", {
        file: consolidated,
        rows: r.merged.nominations.length,
        duplicates: r.duplicates.length,
      })
    );
}
