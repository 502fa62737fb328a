/**
 * “Lịch sử từ sổ năm trước” in the pane (issue #13 item 5): last year's register, chosen by the
 * clerk, read in the browser by the package reader every command and the consolidation use
 * (src/adapters/xlsx/registerBytes.ts), planned on this register's grids by the CLI's planner
 * (src/workbook/edit/historyImport.ts) and written with the port's `addCells` (only empty cells),
 * with its `Nhật ký` row.
 * Nothing leaves the machine. Loaded on demand, when a file is chosen.
 */
import { InputError, type InputProblem } from "../adapters/xlsx/errors";
import { blobBytes } from "./blobBytes";
import { registerOfBytes } from "../adapters/xlsx/registerBytes";
import { SHEET } from "../domain/register/contract";
import {
  type HistoryImportPlan,
  type HistoryImportRefusal,
  planHistoryImport,
} from "../workbook/edit/historyImport";
import type { WorkbookPort } from "../workbook/edit/port";
import { PANE_ACTION } from "../workbook/edit/audit";
import { paneAudit } from "./service";

export type HistoryOutcome =
  /** Planned and written (`plan.rows` empty: nothing to add, nothing written). */
  | { readonly kind: "ok"; readonly plan: HistoryImportPlan }
  | { readonly kind: "refused"; readonly refusal: HistoryImportRefusal }
  /** The chosen file is not a register that can be read. */
  | { readonly kind: "unreadable"; readonly problem: InputProblem };

/** Read last year's register (the chosen file), plan on this workbook, write the rows. */
export async function importHistoryFile(
  port: WorkbookPort,
  fileName: string,
  file: Blob
): Promise<HistoryOutcome> {
  const bytes = new Uint8Array(await blobBytes(file));
  let source;
  try {
    source = registerOfBytes(fileName, bytes);
  } catch (e) {
    if (e instanceof InputError) return { kind: "unreadable", problem: e.problem };
    throw e;
  }
  const grids = await port.readGrids([SHEET.settings, SHEET.history]);
  const plan = planHistoryImport(grids, source);
  if (plan.kind !== "ok") return { kind: "refused", refusal: plan };
  if (plan.cells.length)
    await port.addCells(plan.sheet, plan.cells, [], paneAudit(port, PANE_ACTION.historyImport));
  return { kind: "ok", plan };
}
