/** `so-thi-dua criteria import|add-candidates|link` — criteria sheets on an existing register. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { checkCriteriaSet, describeCriteriaProblem } from "../../domain/criteria/check";
import { TEMPLATES, templateByName } from "../../domain/criteria/templates";
import type { CriteriaSet } from "../../domain/criteria/types";
import type { Lang } from "../../domain/i18n/render";
import {
  addCandidates,
  addCriteriaSheet,
  criteriaSetFromCsv,
  linkScores,
} from "../../adapters/xlsx/criteria";
import { loadWorkbook } from "../../adapters/xlsx/read";
import { saveWorkbook } from "../../adapters/xlsx/results";
import { cliT } from "../messages";
import { type Io, reportInputError } from "../io";

/** Bundled templates by name (`Cá nhân` or `TC Cá nhân`); unknown names are reported, exit 2. */
export function resolveTemplates(
  names: readonly string[] | undefined,
  lang: Lang,
  io: Io
): CriteriaSet[] | null {
  if (!names) return [...TEMPLATES];
  const out: CriteriaSet[] = [];
  for (const n of names) {
    const t = templateByName(n);
    if (!t) {
      io.err(
        cliT(lang)("criteria.unknownTemplate", {
          name: n,
          available: TEMPLATES.map((x) => x.name.slice(3)).join(", "),
        })
      );
      return null;
    }
    out.push(t);
  }
  return out;
}

/** Load, change, back up and save a register; input problems → exit 2. */
async function editRegister(
  file: string,
  lang: Lang,
  io: Io,
  change: (wb: ExcelJS.Workbook) => Promise<number | null>
): Promise<number> {
  try {
    const wb = await loadWorkbook(file);
    const code = await change(wb);
    if (code !== null) return code;
    await fs.copyFile(file, `${file}.bak`);
    await saveWorkbook(wb, file);
    return 0;
  } catch (e) {
    return reportInputError(e, cliT(lang), io);
  }
}

export async function criteriaImportCommand(
  file: string,
  csv: string,
  opts: { name?: string; force?: boolean; lang: Lang },
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  const name =
    opts.name ??
    `TC ${path
      .basename(csv)
      .replace(/\.csv$/i, "")
      .replace(/^TC\s+/i, "")}`.slice(0, 31);
  let parsed;
  try {
    parsed = await criteriaSetFromCsv(csv, name);
  } catch (e) {
    return reportInputError(e, t, io);
  }
  if (parsed.problems.length) {
    for (const p of parsed.problems)
      io.err(
        t(`criteria.parse_${p.kind}`, {
          file: csv,
          ...(p.kind === "header" ? { missing: p.missing.join(", ") } : p),
        })
      );
    return 2;
  }
  const problems = checkCriteriaSet(parsed.set);
  if (problems.length && !opts.force) {
    io.err(t("criteria.problems", { name }));
    for (const p of problems) io.err(`  - ${describeCriteriaProblem(p, opts.lang)}`);
    return 1;
  }
  return editRegister(file, opts.lang, io, async (wb) => {
    if (!(await addCriteriaSheet(wb, parsed.set))) {
      io.err(t("criteria.exists", { name }));
      return 2;
    }
    io.out(t("criteria.imported", { name, rows: parsed.set.rows.length, file }));
    return null;
  });
}

export async function criteriaAddCandidatesCommand(
  file: string,
  names: readonly string[],
  opts: { sheet: string; lang: Lang },
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  return editRegister(file, opts.lang, io, async (wb) => {
    const plan = addCandidates(wb, opts.sheet, names);
    if (!plan) {
      io.err(t("criteria.noSheet", { name: opts.sheet }));
      return 2;
    }
    if (plan.added.length)
      io.out(
        t("criteria.added", {
          count: plan.added.length,
          name: opts.sheet,
          list: plan.added.map((a) => `${a.name} (${a.column})`).join(", "),
        })
      );
    if (plan.existing.length) io.out(t("criteria.existing", { list: plan.existing.join(", ") }));
    return plan.added.length ? null : 0;
  });
}

export async function criteriaLinkCommand(
  file: string,
  opts: { lang: Lang },
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  return editRegister(file, opts.lang, io, async (wb) => {
    const links = linkScores(wb);
    io.out(t("criteria.linked", { count: links.length }));
    for (const l of links)
      io.out(
        t("criteria.linkLine", {
          row: l.row,
          candidate: l.candidate,
          sheet: l.sheet,
          total: l.result,
        })
      );
    return links.length ? null : 0;
  });
}
