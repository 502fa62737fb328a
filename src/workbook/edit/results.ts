/**
 * What to write into `Kết quả kiểm tra` after a check — the one plan of it that
 * every writer executes (the pane's ports, the CLI's package editor, new workbooks) in one block write:
 * the result text of every nomination row, stale results cleared on rows that are no longer
 * nominations, and the header (plus row colours) when the column does not exist yet.
 * Cells whose text is already right are left alone (`null`), so a re-check writes only what changed.
 */
import { type Cell, isEmptyCell } from "../../domain/cell";
import type { Finding } from "../../domain/findings";
import { columnLetter } from "../../domain/findings";
import { COL, NON_INPUT_FIELDS, type NominationField } from "../../domain/register/contract";
import { isResultText, resultTexts } from "../../domain/results";
import type { TableSnapshot } from "../../domain/snapshot";
import { findingsByRow } from "../../domain/validate";
import { type SheetGrid, gridCell, lastRow } from "../grid";
import { readTable } from "../read";
import { resultColourRules } from "../plan/nominations";
import type { ResultsWrite } from "./port";

/**
 * What the results write reads of the sheet: the column, where it ends, what it holds. Taken apart
 * from the findings so that a caller can read it before the check and let go of the grid.
 */
export interface ResultsColumn {
  readonly sheet: string;
  readonly headerRow: number;
  /** The results column (the existing one, or the first right of everything of the clerk's). */
  readonly column: number;
  readonly addHeader: boolean;
  /** The rightmost column holding anything of the clerk's. */
  readonly width: number;
  /** The sheet's last row (at least the header's). */
  readonly last: number;
  /** The column's cells on rows headerRow + 1 … last. */
  readonly current: readonly Cell[];
}

/** The results column of the sheet; null when it has no nomination header (see planResultsWrite). */
export function resultsColumn(
  grid: SheetGrid,
  table: TableSnapshot<NominationField> = readTable(grid, COL, NON_INPUT_FIELDS)
): ResultsColumn | null {
  if (table.headerRow === null) return null;
  const h = table.headerRow;
  // A new column goes right of every column holding anything of the clerk's (a value or a formula,
  // ./userCell.ts), so unlabelled notes are never written over.
  let width = 0;
  for (const row of grid.rows) if (row) width = Math.max(width, row.length - 1);
  for (const key of grid.formulaCells ?? []) width = Math.max(width, Number(key.split(":")[1]));
  const existing = table.columns.result;
  const column = existing ?? width + 1;
  const last = Math.max(lastRow(grid), h);
  const current: Cell[] = [];
  for (let r = h + 1; r <= last; r++) current.push(gridCell(grid, r, column));
  return {
    sheet: grid.name,
    headerRow: h,
    column,
    addHeader: existing === undefined,
    width,
    last,
    current,
  };
}

/**
 * Null when the sheet has no nomination header (nothing can be written). `table`: the sheet's
 * nominations as the check read them (the snapshot's), so a large sheet is not read twice.
 */
export function planResultsWrite(
  grid: SheetGrid,
  findings: readonly Finding[],
  table: TableSnapshot<NominationField> = readTable(grid, COL, NON_INPUT_FIELDS)
): ResultsWrite | null {
  const col = resultsColumn(grid, table);
  return col && planResults(col, findings, table);
}

/** `planResultsWrite` from the column read beforehand (`resultsColumn`). */
export function planResults(
  col: ResultsColumn,
  findings: readonly Finding[],
  table: TableSnapshot<NominationField>
): ResultsWrite {
  const { headerRow: h, column, addHeader, width, last, current: cells } = col;
  const byRow = findingsByRow(findings);
  // The nomination rows, by row number.
  const data = new Uint8Array(last + 1);
  for (const { row } of table.rows) if (row <= last) data[row] = 1;
  const resultText = resultTexts();
  const values: (string | null)[] = [];
  let lastWritten = h;
  for (let r = h + 1; r <= last; r++) {
    const current = cells[r - h - 1];
    let next: string | null = null;
    if (data[r]) {
      const text = resultText(byRow.get(r) ?? []);
      if (current !== text) next = text;
    } else if (!isEmptyCell(current) && isResultText(current)) {
      next = ""; // a stale result on a row that is no longer a nomination
    }
    values.push(next);
    if (next !== null) lastWritten = r;
  }
  values.length = lastWritten - h; // nothing to write below the last change
  const lastCol = Math.max(width, column);
  const colourRules = addHeader
    ? resultColourRules(
        `A${h + 1}:${columnLetter(lastCol)}${Math.max(last, h + 1)}`,
        columnLetter(column),
        h + 1
      )
    : [];
  return {
    sheet: col.sheet,
    headerRow: h,
    column,
    addHeader,
    firstRow: h + 1,
    values,
    colourRules,
  };
}
