/**
 * The one answer to "is this cell the user's?", for every edit that must never overwrite a user
 * cell (setup, upgrade, added cells): it is when it holds a value (src/domain/cell.ts isEmptyCell:
 * whitespace-only text counts as empty) or any formula (`grid.formulaCells`), whatever the
 * formula's cached result — including an empty text or none at all.
 */
import { isEmptyCell } from "../../domain/cell";
import { type SheetGrid, cellKey, gridCell } from "../grid";
import type { PlanCell } from "../plan/types";

/** True when the cell at `row`, `col` (1-based) holds a value or a formula; false without a grid. */
export function isUserCell(grid: SheetGrid | undefined, row: number, col: number): boolean {
  if (!grid) return false;
  return (
    !isEmptyCell(gridCell(grid, row, col)) || (grid.formulaCells?.has(cellKey(row, col)) ?? false)
  );
}

/** The cells of `cells` whose target in `grid` is not the user's (no value, no formula). */
export function emptyTargets(grid: SheetGrid | undefined, cells: readonly PlanCell[]): PlanCell[] {
  return cells.filter((c) => !isUserCell(grid, c.row, c.col));
}
