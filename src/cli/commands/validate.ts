import type { Finding } from "../../domain/findings";
import type { Lang } from "../../domain/i18n/render";
import { renderMessage, severityLabel } from "../../domain/i18n/render";
import { validateRegister, type ValidationResult } from "../../domain/validate";
import { COL, SHEET } from "../../domain/register/contract";
import { bookEditOfResults } from "../../workbook/edit/book";
import { planResultsWrite } from "../../workbook/edit/results";
import { printAreaNames, registerAreas } from "../../workbook/edit/printAreas";
import { findSheet } from "../../workbook/read";
import { InputError } from "../../adapters/xlsx/errors";
import { registerOfGrids } from "../../adapters/xlsx/register";
import { streamRegisterSnapshot } from "../../adapters/xlsx/stream";
import { editRegister } from "../editRegister";
import { todayCivil } from "../clock";
import { cliT } from "../messages";
import { type Io, reportInputError, table } from "../io";

export interface ValidateOptions {
  readonly json?: boolean;
  readonly write?: boolean;
  readonly lang: Lang;
}

/** The `validate --json` document of cli.md. */
export function validationJson(file: string, result: ValidationResult, lang: Lang): unknown {
  return {
    file,
    ok: result.counts.error === 0,
    counts: result.counts,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      cell: f.cell,
      message: renderMessage(f, lang),
      citation: f.citation,
    })),
  };
}

/** Findings as the plain-text table `validate` prints (also used by `export` when it refuses). */
export function findingsTable(findings: readonly Finding[], lang: Lang): string {
  const h = cliT(lang)("validate.header", { returnObjects: true }) as Record<string, string>;
  const rows = findings.map((f) => [
    f.row === null ? f.sheet : `${f.sheet}:${f.row}`,
    f.cell ?? "",
    f.rule,
    severityLabel(f.severity, lang),
    renderMessage(f, lang),
  ]);
  return table([h.row!, h.cell!, h.rule!, h.severity!, h.message!], rows);
}

export async function validateCommand(
  file: string,
  opts: ValidateOptions,
  io: Io
): Promise<number> {
  const t = cliT(opts.lang);
  let result: ValidationResult | undefined;
  if (opts.write) {
    // The check and the results column from one read of the file.
    const outcome = await editRegister(file, opts.lang, io, (reg) => {
      const snapshot = registerOfGrids(reg.grids, file);
      const checked = validateRegister(snapshot, { today: todayCivil() });
      result = checked;
      const grid = findSheet(reg.grids, SHEET.nominations);
      const write =
        grid && snapshot.nominations
          ? planResultsWrite(grid, checked.findings, snapshot.nominations)
          : null;
      if (!write) throw new InputError("notRegister", file, COL.name);
      // The print areas follow the data: `Đề nghị` to its last nomination, `TC …` to its candidates.
      const names = printAreaNames(
        registerAreas(reg.grids, snapshot, write.column),
        reg.printAreas()
      );
      return {
        edit: { ...bookEditOfResults(write), names },
        result: checked.counts.rows,
      };
    });
    if (!("written" in outcome) || !result) return outcome.code;
    if (!opts.json)
      io.err(
        outcome.written
          ? t("validate.written", { rows: outcome.result, file, backup: outcome.backup })
          : t("validate.upToDate", { file })
      );
  } else {
    try {
      result = validateRegister(await streamRegisterSnapshot(file), { today: todayCivil() });
    } catch (e) {
      return reportInputError(e, t, io);
    }
  }
  if (opts.json) {
    io.out(JSON.stringify(validationJson(file, result, opts.lang), null, 2));
  } else {
    if (result.findings.length) io.out(findingsTable(result.findings, opts.lang));
    io.out(t("validate.summary", result.counts));
    io.out(result.counts.error === 0 ? t("validate.ready") : t("validate.notReady"));
  }
  return result.counts.error === 0 ? 0 : 1;
}
