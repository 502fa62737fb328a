import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../../domain/i18n/render";
import { planRegister } from "../../workbook/plan/register";
import { planCriteriaSheet } from "../../workbook/plan/criteria";
import { resolveTemplates } from "./criteria";
import { defaultOptions } from "../../workbook/plan/options";
import { workbookFromPlan } from "../../adapters/xlsx/apply";
import { cliT } from "../messages";
import { describeFileProblem, fsProblem, guardOutput, isErrnoError } from "../files";
import type { Io } from "../io";

export interface InitOptions {
  readonly year?: number;
  readonly unit?: string;
  readonly councilSize?: number;
  readonly criteria?: readonly string[];
  readonly lang: Lang;
}

export async function initCommand(file: string, opts: InitOptions, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  // A register is an .xlsx (case-insensitive): `init moi.txt` would write an .xlsx named .txt.
  if (path.extname(file).toLowerCase() !== ".xlsx") {
    io.err(t("init.notXlsx", { file }));
    return 2;
  }
  const options = defaultOptions({
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.unit !== undefined ? { unitName: opts.unit } : {}),
    ...(opts.councilSize !== undefined ? { councilSize: opts.councilSize } : {}),
  });
  const sets = resolveTemplates(opts.criteria, opts.lang, io);
  if (!sets) return 2;
  const { plan } = planRegister(
    options,
    sets.map((set) => planCriteriaSheet({ set }))
  );
  // Before any work: a missing folder, a folder given as the file, an existing file (never overwritten).
  const problem = await guardOutput(file, [], { overwrite: false });
  if (problem) {
    io.err(
      problem.key === "outExists" ? t("init.exists", { file }) : describeFileProblem(problem, t)
    );
    return 2;
  }
  const wb = await workbookFromPlan(plan);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  let created = false;
  try {
    const h = await fs.open(file, "wx"); // never overwrite, even a file created meanwhile
    created = true;
    try {
      await h.writeFile(buffer);
      await h.sync();
    } finally {
      await h.close();
    }
  } catch (e) {
    if (created) await fs.unlink(file).catch(() => undefined); // never half a register
    if ((e as NodeJS.ErrnoException).code === "EEXIST") {
      io.err(t("init.exists", { file }));
      return 2;
    }
    if (isErrnoError(e)) {
      io.err(describeFileProblem(fsProblem(e, file, "folder"), t));
      return 2;
    }
    throw e;
  }
  io.out(
    t("init.done", {
      file,
      year: options.year,
      sheets: plan.sheets.filter((s) => s.state === "visible").length,
    })
  );
  return 0;
}
