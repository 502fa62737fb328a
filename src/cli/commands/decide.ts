/**
 * `so-thi-dua decide FILE --number 123/QĐ-UBND --date 20/12/2026 [--rows 5,7,9-12] [--overwrite]`
 * (cli.md, issue #13): record the ward chairman's decision on the approved rows of `Đề nghị` —
 * `Số quyết định`, `Ngày quyết định`, `Trạng thái` = `Đã quyết định` — and the rows' fingerprints in
 * the metadata sheet (rule QT02), in place with a backup. The planner is the pane's
 * (src/workbook/edit/decision.ts); a refusal writes nothing.
 */
import { CLI_ACTION } from "../audit";
import type { TFunction } from "i18next";
import type { Lang } from "../../domain/i18n/render";
import { formatDdMmYyyy } from "../../domain/text/dates";
import { rowRanges } from "../../domain/text/ranges";
import { SHEET } from "../../domain/register/contract";
import {
  bookEditOfRows,
  type DecisionPlan,
  type DecisionRefusal,
  type NotApproved,
  heldDecisionsText,
  planDecision,
} from "../../workbook/edit/decision";
import { todayCivil } from "../clock";
import { editRegister } from "../editRegister";
import type { Io } from "../io";
import { cliT } from "../messages";

export interface DecideOptions {
  readonly number: string;
  readonly date: string;
  readonly rows?: readonly number[];
  readonly overwrite?: boolean;
  readonly lang: Lang;
}

function reasonOf(n: NotApproved, t: TFunction): string {
  return t(`decide.reason.${n.reason}`, { rules: n.rules.join(", ") });
}

/** The sentences of a refusal, and its exit code (2: the arguments or the file; 1: the rows). */
function refusal(
  r: DecisionRefusal,
  file: string,
  t: TFunction
): { lines: string[]; code: number } {
  const sheet = SHEET.nominations;
  switch (r.kind) {
    case "badNumber":
      return { lines: [t("decide.badNumber", { value: r.value })], code: 2 };
    case "badDate":
      return { lines: [t("decide.badDate", { value: r.value })], code: 2 };
    case "noTable":
      return { lines: [t("decide.noTable", { file, sheet })], code: 2 };
    case "columnsMissing":
      return {
        lines: [t("decide.columnsMissing", { file, sheet, columns: r.columns.join("”, “") })],
        code: 2,
      };
    case "notApproved":
      return {
        lines: r.rows.map((n) =>
          t("decide.notApproved", { file, sheet, row: n.row, reason: reasonOf(n, t) })
        ),
        code: 1,
      };
    case "noneApproved":
      return { lines: [t("decide.noneApproved", { file, sheet })], code: 1 };
    case "conflict":
      return {
        lines: r.rows.map((c) =>
          t("decide.conflict", { file, sheet, row: c.row, number: c.number, date: c.date })
        ),
        code: 1,
      };
    case "allDecided":
      return {
        lines: [
          t("decide.allDecided", {
            file,
            sheet,
            rows: heldDecisionsText(r.rows),
          }),
        ],
        code: 1,
      };
    case "formula":
      return { lines: [t("decide.formula", { file, sheet, cells: r.cells.join(", ") })], code: 1 };
  }
}

export async function decideCommand(file: string, opts: DecideOptions, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  const outcome = await editRegister<DecisionPlan>(
    file,
    opts.lang,
    io,
    CLI_ACTION.decide,
    (reg) => {
      const plan = planDecision(reg.grids, {
        number: opts.number,
        date: opts.date,
        ...(opts.rows ? { rows: opts.rows } : {}),
        ...(opts.overwrite ? { overwrite: true } : {}),
        today: todayCivil(),
      });
      if (plan.kind !== "ok") {
        const { lines, code } = refusal(plan, file, t);
        for (const line of lines) io.err(line);
        return { stop: code };
      }
      return { edit: bookEditOfRows(reg.grids, plan), result: plan };
    }
  );
  if (!("written" in outcome)) return outcome.code;
  const p = outcome.result;
  const what = { number: p.number, date: formatDdMmYyyy(p.date), file };
  if (outcome.written)
    io.out(
      t("decide.done", {
        ...what,
        count: p.rows.length,
        rows: rowRanges(p.rows),
        backup: outcome.backup,
      })
    );
  else io.out(t("decide.upToDate", { ...what, rows: rowRanges(p.rows) }));
  if (p.kept.length)
    io.err(
      t("decide.kept", {
        rows: heldDecisionsText(p.kept),
      })
    );
  return 0;
}
