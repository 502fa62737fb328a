/** `so-thi-dua criteria import|add-candidates|link` — criteria sheets on an existing register. */
import { CLI_ACTION } from "../audit";
import path from "node:path";
import { checkCriteriaSet, describeCriteriaProblem } from "../../domain/criteria/check";
import { TEMPLATES, templateByName } from "../../domain/criteria/templates";
import type { CriteriaSet } from "../../domain/criteria/types";
import type { Lang } from "../../domain/i18n/render";
import { foldKey } from "../../domain/text/normalize";
import { NO_EDIT, sheetEdit } from "../../workbook/edit/book";
import { emptyTargets, isUserCell } from "../../workbook/edit/userCell";
import { criteriaArea, printAreaNames } from "../../workbook/edit/printAreas";
import {
  type AddCandidatesPlan,
  planAddCandidates,
  planScoreLinks,
} from "../../workbook/criteriaOps";
import { planCriteriaSheet } from "../../workbook/plan/criteria";
import { findSheet } from "../../workbook/read";
import { readCriteriaSheet } from "../../workbook/readCriteria";
import { criteriaSetFromCsv } from "../../adapters/xlsx/criteria";
import { registerOfGrids } from "../../adapters/xlsx/register";
import { editRegister } from "../editRegister";
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
  const outcome = await editRegister(file, opts.lang, io, CLI_ACTION.criteriaImport, (reg) => {
    if (reg.grids.sheetNames.some((n) => foldKey(n) === foldKey(parsed.set.name))) {
      io.err(t("criteria.exists", { name }));
      return { stop: 2 };
    }
    return {
      edit: { ...NO_EDIT, newSheets: [planCriteriaSheet({ set: parsed.set })] },
      result: null,
    };
  });
  if ("written" in outcome)
    io.out(t("criteria.imported", { name, rows: parsed.set.rows.length, file }));
  return outcome.code;
}

export async function criteriaAddCandidatesCommand(
  file: string,
  names: readonly string[],
  opts: { sheet: string; lang: Lang },
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  const outcome = await editRegister<AddCandidatesPlan>(
    file,
    opts.lang,
    io,
    CLI_ACTION.addCandidates,
    (reg) => {
      const grid = findSheet(reg.grids, opts.sheet);
      const snap = grid ? readCriteriaSheet(grid) : null;
      const plan = grid && snap ? planAddCandidates(grid, snap, names) : null;
      if (!grid || !plan) {
        io.err(t("criteria.noSheet", { name: opts.sheet }));
        return { stop: 2 };
      }
      const cells = emptyTargets(grid, plan.cells);
      // The print area takes in the new candidates' columns.
      const area = criteriaArea(
        grid,
        snap!,
        plan.added.map((a) => a.col)
      );
      return {
        edit: {
          ...NO_EDIT,
          sheets: [sheetEdit(grid.name, cells, { validations: plan.validations })],
          names: area ? printAreaNames([area], reg.printAreas()) : [],
        },
        result: plan,
      };
    }
  );
  if (!("written" in outcome)) return outcome.code;
  const plan = outcome.result;
  if (plan.added.length)
    io.out(
      t("criteria.added", {
        count: plan.added.length,
        name: opts.sheet,
        list: plan.added.map((a) => `${a.name} (${a.column})`).join(", "),
      })
    );
  if (plan.existing.length) io.out(t("criteria.existing", { list: plan.existing.join(", ") }));
  return 0;
}

export async function criteriaLinkCommand(
  file: string,
  opts: { lang: Lang },
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  const outcome = await editRegister(file, opts.lang, io, CLI_ACTION.link, (reg) => {
    const snapshot = registerOfGrids(reg.grids, file);
    const grid = snapshot.nominations
      ? findSheet(reg.grids, snapshot.nominations.sheet)
      : undefined;
    // Only score cells that are empty (no value, no formula) are linked.
    const links = grid
      ? planScoreLinks(snapshot).filter((l) => !isUserCell(grid, l.row, l.col))
      : [];
    const cells = links.map((l) => ({
      row: l.row,
      col: l.col,
      value: { formula: l.formula, result: l.result },
    }));
    return {
      edit: grid ? { ...NO_EDIT, sheets: [sheetEdit(grid.name, cells)] } : NO_EDIT,
      result: links,
    };
  });
  if (!("written" in outcome)) return outcome.code;
  const links = outcome.result;
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
  return 0;
}
