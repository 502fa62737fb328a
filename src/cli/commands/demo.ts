import { promises as fs } from "node:fs";
import path from "node:path";
import { TITLES } from "../../domain/catalog/titles";
import type { Lang } from "../../domain/i18n/render";
import { summariseValidation } from "../../domain/summary";
import { validateRegister } from "../../domain/validate";
import { demoRegister } from "../../workbook/demo";
import { buildDemoWorkbook } from "../../adapters/xlsx/demo";
import { readRegisterFile } from "../../adapters/xlsx/read";
import { saveWorkbook, writeResults } from "../../adapters/xlsx/results";
import { todayCivil } from "../clock";
import { cliT } from "../messages";
import type { Io } from "../io";

export const DEMO_REGISTER_FILE = "so-thi-dua-mau.xlsx";

export async function demoCommand(opts: { out: string; lang: Lang }, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  const today = todayCivil();
  await fs.mkdir(opts.out, { recursive: true });
  const file = path.join(opts.out, DEMO_REGISTER_FILE);
  const wb = await buildDemoWorkbook(demoRegister(today.year));
  await saveWorkbook(wb, file);
  const reg = await readRegisterFile(file);
  const result = validateRegister(reg.snapshot, { today });
  await writeResults(file, result.findings, { backup: false });
  const s = summariseValidation(result, reg.snapshot.unitList);

  const money = new Intl.NumberFormat(opts.lang === "vi" ? "vi-VN" : "en-US").format(Math.round(s.total.bonus));
  io.out(t("demo.wrote", { file }));
  io.out("");
  io.out(`${t("demo.summaryTitle")} — ${reg.snapshot.settings?.values.unitName?.value ?? ""} ${today.year}`);
  io.out(t("demo.byTitle"));
  for (const title of TITLES) {
    const c = s.byTitle[title.code];
    if (c.count) io.out(t("demo.line", { title: title.name, count: c.count, valid: c.valid }));
  }
  io.out(t("demo.findings", result.counts));
  io.out(t("demo.cap", { cstdcs: s.cap.cstdcs, ldtt: s.cap.ldtt, status: s.cap.status === "over" ? "vượt tỷ lệ" : s.cap.status === "within" ? "trong giới hạn" : "không áp dụng" }));
  io.out(t("demo.bonus", { amount: money }));
  io.out(t("demo.next"));
  return 0;
}
