import { META_SHEET, SCHEMA_VERSION } from "../../domain/register/contract";
import type { CivilDate } from "../../domain/text/dates";
import type { WorkbookGrids } from "../grid";
import { findSheet } from "../read";
import type { PlanCell, SheetPlan } from "./types";

/** The hidden metadata sheet: schema version (for in-place upgrades) and the last export date (RG03). */
export function planMetaSheet(): SheetPlan {
  return {
    name: META_SHEET,
    cells: [
      { row: 1, col: 1, value: "schemaVersion" },
      { row: 1, col: 2, value: SCHEMA_VERSION },
      { row: 2, col: 1, value: "createdBy" },
      { row: 2, col: 2, value: "Sổ Thi đua" },
      { row: 3, col: 1, value: "exportedOn" },
      { row: 3, col: 2, value: null },
    ],
    widths: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
    protect: false,
    state: "veryHidden",
  };
}

/** Where recording an export date writes: a new metadata sheet, or cells of the existing one. */
export type ExportedOnEdit =
  | { readonly kind: "sheet"; readonly plan: SheetPlan }
  | { readonly kind: "cells"; readonly cells: readonly PlanCell[] };

/**
 * Record the council export's date in the metadata sheet (RG03: the register was exported), the same
 * way for the CLI's `export --mark-exported` and the task pane: the `exportedOn` row (any case),
 * else a new row under the last; a register without the sheet gets it, very hidden.
 */
export function planExportedOn(grids: WorkbookGrids, date: CivilDate): ExportedOnEdit {
  const grid = findSheet(grids, META_SHEET);
  if (!grid) {
    const plan = planMetaSheet();
    return {
      kind: "sheet",
      plan: {
        ...plan,
        cells: plan.cells.map((c) => (c.row === 3 && c.col === 2 ? { ...c, value: { date } } : c)),
      },
    };
  }
  let row = grid.rows.findIndex(
    (r, i) => i > 0 && typeof r?.[1] === "string" && r[1].trim().toLowerCase() === "exportedon"
  );
  if (row < 1) row = Math.max(1, grid.rows.length);
  return {
    kind: "cells",
    cells: [
      { row, col: 1, value: "exportedOn" },
      { row, col: 2, value: { date } },
    ],
  };
}
