import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../../domain/i18n/render";
import { planRegister } from "../../workbook/plan/register";
import { planCriteriaSheet } from "../../workbook/plan/criteria";
import { resolveTemplates } from "./criteria";
import { defaultOptions } from "../../workbook/plan/options";
import { workbookFromPlan, writeMissingCells } from "../../adapters/xlsx/apply";
import { gridsFromWorkbook } from "../../adapters/xlsx/grids";
import { addChartParts } from "../../adapters/xlsx/charts";
import { planHistoryImport } from "../../workbook/edit/historyImport";
import { historyT } from "../messages-history";
import { historyRefusal, readLastYear, skippedLines } from "./history";
import { cliT } from "../messages";
import { describeFileProblem, fsProblem, guardOutput, isErrnoError } from "../files";
import type { Io } from "../io";
import { auditAction, CLI_ACTION } from "../audit";
import { PROVINCE_PROFILES, profileOf, profileValueLines } from "../../domain/policy/profiles";

export interface InitOptions {
  readonly year?: number;
  readonly unit?: string;
  readonly councilSize?: number;
  /** `--province`: the province's profile fills its settings (domain/policy/profiles.ts). */
  readonly province?: string;
  readonly criteria?: readonly string[];
  /** Last year's register: its history and decided rows go into the new `Lịch sử`. */
  readonly historyFrom?: string;
  readonly lang: Lang;
}

/** What `--province` wrote: the profile's values, or that the national defaults apply. */
function profileLine(province: string, t: ReturnType<typeof cliT>): string {
  const profile = profileOf(province);
  if (!profile)
    return t("init.noProfile", {
      province,
      known: PROVINCE_PROFILES.map((p) => p.name).join(", "),
    });
  const values = profileValueLines(profile);
  if (!values.length && !profile.regulation)
    return t("init.profileNone", { province: profile.name });
  return t("init.profile", {
    province: profile.name,
    regulation: profile.regulation ? ` (${profile.regulation.text})` : "",
    values: values.length ? values.join("; ") : "—",
  });
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
    // `tỉnh Bắc Ninh` → `Bắc Ninh`: a known province is written as its profile names it.
    ...(opts.province !== undefined
      ? { province: profileOf(opts.province)?.name ?? opts.province.trim() }
      : {}),
  });
  const sets = resolveTemplates(opts.criteria, opts.lang, io);
  if (!sets) return 2;
  const { plan } = planRegister(
    options,
    sets.map((set) => planCriteriaSheet({ set })),
    0,
    auditAction(CLI_ACTION.init)
  );
  // Before any work: a missing folder, a folder given as the file, an existing file (never overwritten).
  const problem = await guardOutput(file, [], { overwrite: false });
  if (problem) {
    io.err(
      problem.key === "outExists" ? t("init.exists", { file }) : describeFileProblem(problem, t)
    );
    return 2;
  }
  // Last year's register is read before anything is written: an unusable one writes nothing.
  const source =
    opts.historyFrom !== undefined ? await readLastYear(opts.historyFrom, opts.lang, io) : null;
  if (opts.historyFrom !== undefined && !source) return 2;
  const wb = await workbookFromPlan(plan);
  let history: { count: number; sheet: string; notes: string[] } | null = null;
  if (source && opts.historyFrom !== undefined) {
    const ht = historyT(opts.lang);
    const planned = planHistoryImport(gridsFromWorkbook(wb), source);
    if (planned.kind !== "ok") {
      io.err(historyRefusal(planned, file, opts.historyFrom, ht));
      return 2;
    }
    writeMissingCells(wb.getWorksheet(planned.sheet)!, planned.cells, []);
    history = {
      count: planned.rows.length,
      sheet: planned.sheet,
      notes: skippedLines(planned, opts.historyFrom, ht),
    };
  }
  const buffer = Buffer.from(
    addChartParts(new Uint8Array(await wb.xlsx.writeBuffer()), plan.sheets)
  );
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
  if (opts.province !== undefined) io.out(profileLine(options.province, t));
  if (history && opts.historyFrom !== undefined) {
    io.out(
      historyT(opts.lang)("history.initDone", {
        count: history.count,
        from: opts.historyFrom,
        sheet: history.sheet,
      })
    );
    for (const line of history.notes) io.err(line);
  }
  return 0;
}
