/**
 * `export --mark-exported`: record the council export's date in the register's metadata sheet
 * (RG03), in place through the package editor — the one cell export ever writes into a register,
 * and only on request. The same planner as the task pane's (src/workbook/plan/meta.ts).
 */
import { META_SHEET } from "../domain/register/contract";
import type { Lang } from "../domain/i18n/render";
import type { CivilDate } from "../domain/text/dates";
import { NO_EDIT, sheetEdit } from "../workbook/edit/book";
import { planExportedOn } from "../workbook/plan/meta";
import { findSheet } from "../workbook/read";
import { editRegister, type EditOutcome } from "./editRegister";
import type { Io } from "./io";

export function markExported(
  file: string,
  date: CivilDate,
  lang: Lang,
  io: Io
): Promise<EditOutcome<null>> {
  return editRegister(file, lang, io, (reg) => {
    const e = planExportedOn(reg.grids, date);
    const sheet = findSheet(reg.grids, META_SHEET)?.name ?? META_SHEET;
    return {
      edit:
        e.kind === "sheet"
          ? { ...NO_EDIT, newSheets: [e.plan] }
          : { ...NO_EDIT, sheets: [sheetEdit(sheet, e.cells)] },
      result: null,
    };
  });
}
