/**
 * `export --mark-exported`: record the council export's date in the register's metadata sheet
 * (RG03) and `Trạng thái` = `Đã trình` on the rows the export proposed (issue #13), in place through
 * the package editor — the only cells export ever writes into a register, and only on request. The
 * same planner as the task pane's (src/workbook/edit/decision.ts).
 */
import { CLI_ACTION } from "./audit";
import type { Lang } from "../domain/i18n/render";
import type { CivilDate } from "../domain/text/dates";
import { bookEditOfRows, planSubmitted, type SubmittedPlan } from "../workbook/edit/decision";
import { editRegister, type EditOutcome } from "./editRegister";
import type { Io } from "./io";

export function markExported(
  file: string,
  date: CivilDate,
  rows: readonly number[],
  lang: Lang,
  io: Io
): Promise<EditOutcome<SubmittedPlan>> {
  return editRegister(file, lang, io, CLI_ACTION.markExported, (reg) => {
    const plan = planSubmitted(reg.grids, rows, date);
    return { edit: bookEditOfRows(reg.grids, plan), result: plan };
  });
}
