/**
 * `so-thi-dua export FILE --out OUT.xlsx [--pdf] [--force] [--mark-exported]` (cli.md, export.md):
 * the council dossier; with `--decision` the draft Quyết định of the ward Chairman and its list, with
 * `--certificates` one certificate a page for each decided row (issue #13).
 */
import path from "node:path";
import { buildCouncilExport, proposedRows } from "../../domain/export/council";
import { postingListOf } from "../../domain/export/posting";
import {
  type DriveChoice,
  findDrive,
  knownDriveNames,
  parseDrives,
  rowDriveNames,
} from "../../domain/drives";
import { planPostingDocument } from "../../workbook/plan/export/posting";
import type { Lang } from "../../domain/i18n/render";
import { formatDdMmYyyy } from "../../domain/text/dates";
import { rowRanges } from "../../domain/text/ranges";
import { validateRegister } from "../../domain/validate";
import { buildCertificates, buildDecisionExport } from "../../domain/export/decision";
import { planCouncilExport } from "../../workbook/plan/export";
import { planCertificatesDocument } from "../../workbook/plan/export/certificates";
import { planDecisionDocument } from "../../workbook/plan/export/decision";
import type { DocumentPlan } from "../../workbook/plan/export/document";
import type { RegisterSnapshot } from "../../domain/snapshot";
import type { ValidationResult } from "../../domain/validate";
import type { CivilDate } from "../../domain/text/dates";
import { LibreOfficeMissingError } from "../../adapters/libreoffice";
import { printDocument, writeDocument } from "../../adapters/xlsx/export";
import { streamRegisterSnapshot } from "../../adapters/xlsx/stream";
import { todayCivil } from "../clock";
import { assertEditable, describeFileProblem, guardOutput } from "../files";
import { markExported } from "../markExported";
import { debugging, fileErrorSentence, type Io, reportInputError } from "../io";
import { cliT } from "../messages";
import { exportT } from "../messages-export";
import { findingsTable } from "./validate";

export interface ExportOptions {
  readonly out: string;
  readonly pdf?: boolean;
  readonly force?: boolean;
  readonly markExported?: boolean;
  /** Export rows already `Đã trình` / `Đã quyết định` again. */
  readonly includeSubmitted?: boolean;
  /** Replace an existing --out (and its PDF). */
  readonly overwrite?: boolean;
  /** The draft Quyết định of the ward Chairman instead of the council dossier. */
  readonly decision?: boolean;
  /** The certificates of the decided rows instead of the council dossier. */
  readonly certificates?: boolean;
  /** Only the rows of this drive (`Đợt thi đua`, issue #14). */
  readonly drive?: string;
  /** The list to post at the ward office (`Danh sách công khai`) instead of the council dossier. */
  readonly posting?: boolean;
  readonly lang: Lang;
}

const pdfPath = (out: string): string => out.replace(/\.xlsx$/iu, ".pdf");

export interface ExportOutcome {
  readonly code: number;
  readonly proposed?: number;
  readonly ineligible?: number;
}

/** The export, with its figures (the demo prints them). */
export async function runExport(file: string, opts: ExportOptions, io: Io): Promise<ExportOutcome> {
  const t = exportT(opts.lang);
  if ([opts.decision, opts.certificates, opts.posting].filter(Boolean).length > 1) {
    io.err(t("export.oneDocument"));
    return { code: 2 };
  }
  const other = opts.decision || opts.certificates || opts.posting;
  if (other && (opts.markExported || opts.includeSubmitted)) {
    io.err(
      t("export.notWithDocument", {
        option: opts.markExported ? "--mark-exported" : "--include-submitted",
      })
    );
    return { code: 2 };
  }
  if ((opts.decision || opts.certificates) && opts.drive !== undefined) {
    io.err(t("export.notWithDocument", { option: "--drive" }));
    return { code: 2 };
  }
  if (path.extname(opts.out).toLowerCase() !== ".xlsx") {
    io.err(t("export.notXlsx", { out: opts.out }));
    return { code: 2 };
  }
  // The register by any name (`./x/../r.xlsx`, a link, a hard link, another case) is never the output;
  // an existing output (and PDF) is replaced only with --overwrite.
  const outputs = [opts.out, ...(opts.pdf ? [pdfPath(opts.out)] : [])];
  for (const out of outputs) {
    const problem = await guardOutput(out, [file], { overwrite: Boolean(opts.overwrite) });
    if (problem) {
      io.err(
        problem.key === "outIsInput"
          ? t("export.sameFile", { out })
          : describeFileProblem(problem, cliT(opts.lang))
      );
      return { code: 2 };
    }
  }
  const today = todayCivil();
  try {
    if (opts.markExported) {
      // The register will be written: refuse now, before any output, if it cannot be.
      const problem = await assertEditable(file);
      if (problem) {
        io.err(describeFileProblem(problem, cliT(opts.lang)));
        return { code: 2 };
      }
    }
    const snapshot = await streamRegisterSnapshot(file);
    const result = validateRegister(snapshot, { today });
    const drives = parseDrives(snapshot.drives);
    let drive: DriveChoice | undefined;
    if (opts.drive !== undefined) {
      const rowDrives = rowDriveNames(result.nominations);
      const found = findDrive(drives, rowDrives, opts.drive);
      if (!found) {
        io.err(
          t("export.unknownDrive", {
            drive: opts.drive,
            file,
            known: knownDriveNames(drives, rowDrives).join(", "),
          })
        );
        return { code: 2 };
      }
      drive = found;
    }
    if (opts.posting) {
      const list = postingListOf(snapshot, result, today, drive);
      const plan = planPostingDocument(list, path.basename(file));
      await writeDocument(plan, opts.out);
      io.out(
        t("export.postingDone", {
          out: opts.out,
          count: list.entries.length,
          from: list.from ? formatDdMmYyyy(list.from) : "…",
          to: list.to ? formatDdMmYyyy(list.to) : "…",
        })
      );
      if (!list.from) io.err(t("export.postingNoStart", { file }));
      io.out(t("export.untouched", { file }));
      if (opts.pdf && !(await printPdf(plan, opts, io))) return { code: 2 };
      return { code: 0, proposed: list.entries.length };
    }
    if (opts.decision || opts.certificates)
      return await documentExport(file, snapshot, result, today, opts, io);
    if (result.counts.error > 0 && !opts.force) {
      io.out(
        findingsTable(
          result.findings.filter((f) => f.severity === "error"),
          opts.lang
        )
      );
      io.err(t("export.refused", { file, error: result.counts.error }));
      return { code: 1 };
    }
    const model = buildCouncilExport(snapshot, result, {
      documentDate: today,
      forced: Boolean(opts.force),
      ...(opts.includeSubmitted ? { includeSubmitted: true } : {}),
      ...(drive ? { drive } : {}),
    });
    const plan = planCouncilExport(model, { fileName: path.basename(file) });
    await writeDocument(plan, opts.out);
    const count = (gs: readonly { count: number }[]) => gs.reduce((a, g) => a + g.count, 0);
    io.out(t("export.done", { out: opts.out }));
    io.out(
      t("export.counts", {
        proposed: model.counts.proposed,
        ward: count(model.ward),
        upward: count(model.upward),
        submitTo: model.header.submitTo,
        ineligible: model.counts.ineligible,
      })
    );
    if (model.forced) io.err(t("export.forced", { error: result.counts.error }));
    if (model.submitted.length)
      io.err(
        t("export.skippedSubmitted", {
          count: model.submitted.length,
          rows: rowRanges(model.submitted),
        })
      );
    if (opts.markExported) {
      const marked = await markExported(file, today, proposedRows(model), opts.lang, io);
      if (!("written" in marked)) return { code: marked.code };
      io.out(
        t("export.marked", {
          file,
          date: formatDdMmYyyy(today),
          backup: marked.written ? marked.backup : "—",
        })
      );
      const m = marked.result;
      if (m.marked.length)
        io.out(t("export.markedRows", { count: m.marked.length, rows: rowRanges(m.marked) }));
      else if (!m.hasStatusColumn) io.err(t("export.noStatusColumn", { file }));
    } else io.out(t("export.untouched", { file }));
    const figures = { proposed: model.counts.proposed, ineligible: model.counts.ineligible };
    if (opts.pdf && !(await printPdf(plan, opts, io))) return { code: 2, ...figures };
    return { code: 0, ...figures };
  } catch (e) {
    return { code: reportInputError(e, cliT(opts.lang), io) };
  }
}

/**
 * The .xlsx is written; a PDF that could not be printed is still a failure of the command (exit 2),
 * told in one sentence (LibreOffice's own output only with SO_THI_DUA_DEBUG=1).
 */
async function printPdf(plan: DocumentPlan, opts: ExportOptions, io: Io): Promise<boolean> {
  const t = exportT(opts.lang);
  try {
    const pdf = await printDocument(plan, pdfPath(opts.out));
    io.out(t("export.pdf", { pdf }));
    return true;
  } catch (e) {
    if (e instanceof LibreOfficeMissingError) io.err(t("export.noLibreOffice"));
    else {
      io.err(
        fileErrorSentence(e, cliT(opts.lang)) ?? t("export.pdfFailed", { pdf: pdfPath(opts.out) })
      );
      if (debugging()) io.err(e instanceof Error && e.stack ? e.stack : String(e));
    }
    return false;
  }
}

/** `--decision` and `--certificates`: the register is only read. */
async function documentExport(
  file: string,
  snapshot: RegisterSnapshot,
  result: ValidationResult,
  today: CivilDate,
  opts: ExportOptions,
  io: Io
): Promise<ExportOutcome> {
  const t = exportT(opts.lang);
  const source = { fileName: path.basename(file) };
  let plan: DocumentPlan;
  if (opts.decision) {
    // Rows with errors are never listed; the register's own errors are told as for the dossier.
    if (result.counts.error > 0 && !opts.force) {
      io.out(
        findingsTable(
          result.findings.filter((f) => f.severity === "error"),
          opts.lang
        )
      );
      io.err(t("export.decisionRefused", { file, error: result.counts.error }));
      return { code: 1 };
    }
    const x = buildDecisionExport(snapshot, result, today);
    if (!x.header.wardLevel) {
      io.err(t("export.decisionNotWard", { file, level: x.header.unitLevel }));
      return { code: 2 };
    }
    plan = planDecisionDocument(x, source);
    await writeDocument(plan, opts.out);
    io.out(t("export.decisionDone", { out: opts.out, count: x.count }));
    io.out(
      t(x.decision ? "export.decisionNumbered" : "export.decisionDraft", {
        number: x.decision?.number ?? "",
        date: x.decision ? formatDdMmYyyy(x.decision.date) : "",
      })
    );
    if (x.rejected.length)
      io.err(
        t("export.decisionRejected", { count: x.rejected.length, rows: rowRanges(x.rejected) })
      );
  } else {
    const x = buildCertificates(snapshot, result, today);
    if (!x.certificates.length) {
      io.err(t("export.noCertificates", { file }));
      return { code: 1 };
    }
    plan = planCertificatesDocument(x, source);
    await writeDocument(plan, opts.out);
    io.out(t("export.certificatesDone", { out: opts.out, count: x.certificates.length }));
    if (x.incomplete.length)
      io.err(
        t("export.certificatesIncomplete", {
          count: x.incomplete.length,
          rows: rowRanges(x.incomplete),
        })
      );
  }
  io.out(t("export.untouched", { file }));
  if (opts.pdf && !(await printPdf(plan, opts, io))) return { code: 2 };
  return { code: 0 };
}

export async function exportCommand(file: string, opts: ExportOptions, io: Io): Promise<number> {
  return (await runExport(file, opts, io)).code;
}
