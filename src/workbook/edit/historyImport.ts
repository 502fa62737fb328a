/**
 * Last year's register into this year's `Lịch sử` (issue #13 item 5), the same for the CLI
 * (`history import`, `init --history-from`) and the task pane (“Lịch sử từ sổ năm trước”): the rows
 * src/domain/historyImport.ts says to add, appended below the last row of the sheet that holds
 * anything, each value into an empty cell (./userCell.ts: never a cell the clerk owns). Dates are
 * written as dates. A refusal (as data, explained by each shell) writes nothing.
 */
import { type Cell, isDateCell, isEmptyCell } from "../../domain/cell";
import {
  type DuplicateHistoryRow,
  type HistoryCandidate,
  type HistoryOrigin,
  mergeHistory,
  type SkippedHistoryRow,
} from "../../domain/historyImport";
import { readPolicy } from "../../domain/policy";
import { HISTORY_COL, type HistoryField, SHEET } from "../../domain/register/contract";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { type SheetGrid, type WorkbookGrids, lastRow } from "../grid";
import { findSheet, readRegister } from "../read";
import type { PlanCell, PlanValue } from "../plan/types";
import { type BookEdit, NO_EDIT, sheetEdit } from "./book";
import { emptyTargets } from "./userCell";

export type HistoryImportRefusal =
  /** The target has no `Lịch sử` sheet, or no header row in it: `upgrade` adds it. */
  | { readonly kind: "noTable" }
  /** `Lịch sử` lacks columns (an older or hand-made register): `upgrade` adds them. */
  | { readonly kind: "columnsMissing"; readonly sheet: string; readonly columns: readonly string[] }
  /** The source is not of an earlier year than the target (the wrong file, most likely). */
  | { readonly kind: "notEarlier"; readonly sourceYear: number; readonly targetYear: number };

export interface HistoryImportPlan {
  readonly kind: "ok";
  /** The target's `Lịch sử` sheet, as named in the workbook. */
  readonly sheet: string;
  /** Cells to write (empty: nothing to add). */
  readonly cells: readonly PlanCell[];
  /** Target rows written, one per row added, ascending. */
  readonly rows: readonly number[];
  /** Rows added from the source's `Lịch sử`, and from its decided nominations. */
  readonly fromHistory: number;
  readonly fromDecided: number;
  readonly duplicates: readonly DuplicateHistoryRow[];
  readonly skipped: readonly SkippedHistoryRow[];
  readonly sourceYear: number | null;
  /** The sheets of the source the rows come from (for messages). */
  readonly sourceSheets: Readonly<Record<HistoryOrigin, string>>;
}

/** The last row holding a value or a formula (0 for an empty sheet). */
function lastUsedRow(grid: SheetGrid): number {
  let last = 0;
  for (let r = lastRow(grid); r > 0; r--)
    if (grid.rows[r]?.some((c) => !isEmptyCell(c))) {
      last = r;
      break;
    }
  for (const key of grid.formulaCells ?? []) last = Math.max(last, Number(key.split(":")[0]));
  return last;
}

function planValue(c: Cell): PlanValue {
  if (isDateCell(c)) return { date: c.date };
  return c as PlanValue;
}

/** Plan adding `source`'s history and decided rows to the `Lịch sử` of the workbook read as `grids`. */
export function planHistoryImport(
  grids: WorkbookGrids,
  source: RegisterSnapshot
): HistoryImportPlan | HistoryImportRefusal {
  const snapshot = readRegister(grids);
  const table = snapshot.history;
  const grid = findSheet(grids, SHEET.history);
  if (!table || table.headerRow === null || !grid) return { kind: "noTable" };
  const fields = Object.keys(HISTORY_COL) as HistoryField[];
  const missing = fields.filter((f) => table.columns[f] === undefined).map((f) => HISTORY_COL[f]);
  if (missing.length) return { kind: "columnsMissing", sheet: grid.name, columns: missing };

  const merge = mergeHistory(table, source);
  const target = readPolicy(snapshot.settings).policy.year;
  if (merge.sourceYear !== null && target.state === "ok" && merge.sourceYear >= target.value)
    return { kind: "notEarlier", sourceYear: merge.sourceYear, targetYear: target.value };

  const first = lastUsedRow(grid) + 1;
  const cells: PlanCell[] = [];
  const rows: number[] = [];
  merge.added.forEach((c: HistoryCandidate, i) => {
    const row = first + i;
    rows.push(row);
    for (const f of fields) {
      const v = c.cells[f];
      if (v === undefined || v === null) continue;
      cells.push({
        row,
        col: table.columns[f]!,
        value: planValue(v),
        ...(isDateCell(v) ? { style: "date" as const } : {}),
      });
    }
  });
  return {
    kind: "ok",
    sheet: grid.name,
    // Below everything the sheet holds, so every target is empty; the one predicate says so anyway.
    cells: emptyTargets(grid, cells),
    rows,
    fromHistory: merge.added.filter((c) => c.origin === "history").length,
    fromDecided: merge.added.filter((c) => c.origin === "decided").length,
    duplicates: merge.duplicates,
    skipped: merge.skipped,
    sourceYear: merge.sourceYear,
    sourceSheets: {
      history: source.history?.sheet ?? SHEET.history,
      decided: source.nominations?.sheet ?? SHEET.nominations,
    },
  };
}

/** The import as a book edit (the CLI's package editor). */
export function bookEditOfHistory(plan: HistoryImportPlan): BookEdit {
  return plan.cells.length ? { ...NO_EDIT, sheets: [sheetEdit(plan.sheet, plan.cells)] } : NO_EDIT;
}
