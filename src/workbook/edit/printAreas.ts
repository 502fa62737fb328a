/**
 * The print areas of an existing register, kept in step with its data by the writers that know it
 * (`validate --write`, `criteria add-candidates`): `Đề nghị` down to its last nomination, each
 * `TC …` across its named candidates. An area is re-pointed only when the sheet has none or has one
 * this tool wrote (src/workbook/plan/print.ts mayRepointArea); the clerk's own area is left alone.
 * See docs/decisions.md, "Printing the register".
 */
import { isEmptyCell } from "../../domain/cell";
import type { NominationField } from "../../domain/register/contract";
import type { CriteriaSheetSnapshot, RegisterSnapshot, TableSnapshot } from "../../domain/snapshot";
import { layoutFromSheet } from "../criteriaOps";
import { findSheet } from "../read";
import type { SheetGrid, WorkbookGrids } from "../grid";
import {
  criteriaPrintArea,
  mayRepointArea,
  nominationsPrintArea,
  ownsCriteriaArea,
  ownsNominationsArea,
  printAreaName,
} from "../plan/print";
import type { DefinedNamePlan } from "../plan/types";

/** A sheet's print area as the data says, and how to recognise an area of that sheet as ours. */
export interface PlannedArea {
  readonly sheet: string;
  readonly area: string;
  readonly kind: "nominations" | "criteria";
}

/**
 * `Đề nghị`: every column of its header row (and `resultCol`, when the check adds that column) down
 * to the last nomination; null without nominations (the area stays as it is).
 */
export function nominationsArea(
  grid: SheetGrid,
  table: TableSnapshot<NominationField>,
  resultCol = 0
): PlannedArea | null {
  const last = table.rows[table.rows.length - 1];
  if (table.headerRow === null || !last) return null;
  let lastCol = resultCol;
  (grid.rows[table.headerRow] ?? []).forEach((c, i) => {
    if (i > 0 && !isEmptyCell(c ?? null)) lastCol = Math.max(lastCol, i);
  });
  return {
    sheet: grid.name,
    area: nominationsPrintArea(table.headerRow, lastCol, last.row),
    kind: "nominations",
  };
}

/** `TC …`: the criteria columns and the candidates (`moreCols`: columns given a name by this edit). */
export function criteriaArea(
  grid: SheetGrid,
  snap: CriteriaSheetSnapshot,
  moreCols: readonly number[] = []
): PlannedArea | null {
  const L = layoutFromSheet(grid, snap);
  if (!L) return null;
  const last = Math.max(L.firstCandidateCol, ...snap.candidates.map((c) => c.col), ...moreCols);
  return {
    sheet: grid.name,
    area: criteriaPrintArea(L.firstCandidateCol, last, L.rankRow),
    kind: "criteria",
  };
}

/** Every print area a check keeps in step: `Đề nghị` and the criteria sheets with candidates. */
export function registerAreas(
  grids: WorkbookGrids,
  snapshot: RegisterSnapshot,
  resultCol = 0
): PlannedArea[] {
  const out: PlannedArea[] = [];
  const table = snapshot.nominations;
  const grid = table ? findSheet(grids, table.sheet) : undefined;
  const n = grid && table ? nominationsArea(grid, table, resultCol) : null;
  if (n) out.push(n);
  for (const c of snapshot.criteria) {
    const g = findSheet(grids, c.sheet);
    const a = g && c.candidates.length ? criteriaArea(g, c) : null;
    if (a) out.push(a);
  }
  return out;
}

/**
 * The `_xlnm.Print_Area` names to write (`current`: each sheet's area as the file has it, by sheet
 * name): only areas that change, and only where the sheet's area is absent or ours.
 */
export function printAreaNames(
  planned: readonly PlannedArea[],
  current: ReadonlyMap<string, string>
): DefinedNamePlan[] {
  return planned
    .filter((p) =>
      mayRepointArea(
        current.get(p.sheet),
        p.area,
        p.kind === "nominations" ? ownsNominationsArea : ownsCriteriaArea
      )
    )
    .map((p) => printAreaName(p.sheet, p.area));
}
