import type { Cell } from "../domain/cell";

/**
 * A sheet as the reader model sees it, whatever engine read it: rows and columns are 1-based
 * (index 0 unused), holes are empty cells. Adapters (ExcelJS, Office.js, HyperFormula) build these.
 */
export interface SheetGrid {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  /** Cells holding a formula (their value is the cached result), keyed `row:col`; absent = none known. */
  readonly formulaCells?: ReadonlySet<string>;
}

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

export interface WorkbookGrids {
  /** Every sheet name in workbook order (including ones not read). */
  readonly sheetNames: readonly string[];
  /** The grids that were read, by exact sheet name. */
  readonly sheets: ReadonlyMap<string, SheetGrid>;
}

export function gridCell(grid: SheetGrid, row: number, col: number): Cell {
  return grid.rows[row]?.[col] ?? null;
}

export function lastRow(grid: SheetGrid): number {
  return grid.rows.length - 1;
}
