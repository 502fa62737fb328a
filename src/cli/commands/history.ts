/**
 * `so-thi-dua history import FILE --from LAST.xlsx` (cli.md, issue #13 item 5): last year's
 * `Lịch sử` rows and decided nominations appended to this year's `Lịch sử`, de-duplicated, in place
 * with a backup — the edit path of `decide` (../editRegister.ts). The planner is the pane's and
 * `init --history-from`'s (src/workbook/edit/historyImport.ts); a refusal writes nothing.
 */
import type { TFunction } from "i18next";
import type { Lang } from "../../domain/i18n/render";
import type { HistoryOrigin } from "../../domain/historyImport";
import { SHEET } from "../../domain/register/contract";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { rowRanges } from "../../domain/text/ranges";
import {
  bookEditOfHistory,
  type HistoryImportPlan,
  type HistoryImportRefusal,
  planHistoryImport,
} from "../../workbook/edit/historyImport";
import { streamRegisterSnapshot } from "../../adapters/xlsx/stream";
import { CLI_ACTION } from "../audit";
import { editRegister } from "../editRegister";
import { sameFile } from "../files";
import { type Io, reportInputError } from "../io";
import { cliT } from "../messages";
import { historyT } from "../messages-history";

export interface HistoryImportOptions {
  readonly from: string;
  readonly lang: Lang;
}

/** Last year's register, read as every command reads one; null (reported, exit 2) when unusable. */
export async function readLastYear(
  from: string,
  lang: Lang,
  io: Io
): Promise<RegisterSnapshot | null> {
  try {
    return await streamRegisterSnapshot(from);
  } catch (e) {
    reportInputError(e, cliT(lang), io);
    return null;
  }
}

/** The sentence of a refusal (always exit 2: the wrong file or a register to upgrade). */
export function historyRefusal(
  r: HistoryImportRefusal,
  file: string,
  from: string,
  t: TFunction
): string {
  switch (r.kind) {
    case "noTable":
      return t("history.noTable", { file, sheet: SHEET.history });
    case "columnsMissing":
      return t("history.columnsMissing", {
        file,
        sheet: r.sheet,
        columns: r.columns.join("”, “"),
      });
    case "notEarlier":
      return t("history.notEarlier", {
        file,
        from,
        sourceYear: r.sourceYear,
        targetYear: r.targetYear,
      });
  }
}

/** Source rows that could not be copied, one sentence each (stderr). */
export function skippedLines(plan: HistoryImportPlan, from: string, t: TFunction): string[] {
  const sheetOf = (o: HistoryOrigin) => plan.sourceSheets[o];
  return plan.skipped.map((s) =>
    t("history.skipped", {
      from,
      sheet: sheetOf(s.origin),
      row: s.sourceRow,
      reason: t(`history.reason.${s.reason}`),
    })
  );
}

export async function historyImportCommand(
  file: string,
  opts: HistoryImportOptions,
  io: Io
): Promise<number> {
  const t = historyT(opts.lang);
  if (await sameFile(file, opts.from)) {
    io.err(t("history.sameFile", { file, from: opts.from }));
    return 2;
  }
  const source = await readLastYear(opts.from, opts.lang, io);
  if (!source) return 2;
  const outcome = await editRegister<HistoryImportPlan>(
    file,
    opts.lang,
    io,
    CLI_ACTION.historyImport,
    (reg) => {
      const plan = planHistoryImport(reg.grids, source);
      if (plan.kind !== "ok") {
        io.err(historyRefusal(plan, file, opts.from, t));
        return { stop: 2 };
      }
      return { edit: bookEditOfHistory(plan), result: plan };
    }
  );
  if (!("written" in outcome)) return outcome.code;
  const p = outcome.result;
  if (outcome.written)
    io.out(
      t("history.done", {
        count: p.rows.length,
        sheet: p.sheet,
        file,
        rows: rowRanges(p.rows),
        fromHistory: p.fromHistory,
        historySheet: p.sourceSheets.history,
        fromDecided: p.fromDecided,
        decidedSheet: p.sourceSheets.decided,
        from: opts.from,
        year: p.sourceYear ?? "?",
        backup: outcome.backup,
      })
    );
  else
    io.out(
      t(p.duplicates.length ? "history.nothing" : "history.empty", {
        sheet: p.sheet,
        file,
        from: opts.from,
      })
    );
  if (p.duplicates.length) io.out(t("history.duplicates", { count: p.duplicates.length }));
  for (const line of skippedLines(p, opts.from, t)) io.err(line);
  return 0;
}
