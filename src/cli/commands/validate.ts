import type { Finding } from "../../domain/findings";
import type { Lang } from "../../domain/i18n/render";
import { renderMessage, severityLabel } from "../../domain/i18n/render";
import { validateRegister, type ValidationResult } from "../../domain/validate";
import { streamRegisterSnapshot } from "../../adapters/xlsx/stream";
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
    // The write path (package editor, results planning) is loaded only when asked: a plain
    // `validate` starts faster without it.
    const { validateAndWrite } = await import("./validateWrite");
    const outcome = await validateAndWrite(file, opts.lang, io, opts.json);
    if ("code" in outcome) return outcome.code;
    result = outcome.result;
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
