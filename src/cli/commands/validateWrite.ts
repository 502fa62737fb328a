/**
 * `validate --write`: the check and the `Kết quả kiểm tra` column from one read of the file, written
 * in place through the package editor (with the print areas that follow the data). Loaded by
 * ./validate.ts only when `--write` is given.
 */
import { CLI_ACTION } from "../audit";
import type { Lang } from "../../domain/i18n/render";
import { COL, SHEET } from "../../domain/register/contract";
import { validateRegister, type ValidationResult } from "../../domain/validate";
import { bookEditOfResults } from "../../workbook/edit/book";
import { printAreaNames, registerAreas } from "../../workbook/edit/printAreas";
import { planResults, resultsColumn } from "../../workbook/edit/results";
import { findSheet } from "../../workbook/read";
import { InputError } from "../../adapters/xlsx/errors";
import { registerOfGrids } from "../../adapters/xlsx/register";
import { todayCivil } from "../clock";
import { editRegister } from "../editRegister";
import type { Io } from "../io";
import { cliT } from "../messages";

/** The check's result once written (or found up to date), or the exit code to stop with. */
export async function validateAndWrite(
  file: string,
  lang: Lang,
  io: Io,
  json = false
): Promise<{ readonly result: ValidationResult } | { readonly code: number }> {
  const t = cliT(lang);
  let result: ValidationResult | undefined;
  const outcome = await editRegister(file, lang, io, CLI_ACTION.validateWrite, (reg) => {
    const snapshot = registerOfGrids(reg.grids, file);
    // What the write reads of the grids is read first; the check then runs without them alive (on
    // a large register their garbage collection otherwise slows the check down by a sixth).
    const grid = findSheet(reg.grids, SHEET.nominations);
    const column = grid && snapshot.nominations ? resultsColumn(grid, snapshot.nominations) : null;
    // The print areas follow the data: `Đề nghị` to its last nomination, `TC …` to its candidates.
    const areas = column ? registerAreas(reg.grids, snapshot, column.column) : [];
    reg.releaseGrids();
    const checked = validateRegister(snapshot, { today: todayCivil() });
    result = checked;
    if (!column || !snapshot.nominations) throw new InputError("notRegister", file, COL.name);
    const write = planResults(column, checked.findings, snapshot.nominations);
    const names = printAreaNames(areas, reg.printAreas());
    return {
      edit: { ...bookEditOfResults(write), names },
      result: checked.counts.rows,
    };
  });
  if (!("written" in outcome) || !result) return { code: outcome.code };
  if (!json)
    io.err(
      outcome.written
        ? t("validate.written", { rows: outcome.result, file, backup: outcome.backup })
        : t("validate.upToDate", { file })
    );
  return { result };
}
