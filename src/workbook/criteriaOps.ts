/**
 * Pure planners for criteria-sheet operations: add candidates to a `TC` sheet without touching
 * entered scores, and link nominations' `Điểm` to their candidate's `Tổng điểm`.
 */

import { columnLetter } from "../domain/findings";
import { foldKey, cleanText } from "../domain/text/normalize";
import { RESULT_ROW } from "../domain/criteria/types";
import type { CriteriaSheetSnapshot, RegisterSnapshot } from "../domain/snapshot";
import { candidateTotals } from "../domain/rules/scoreLink";
import { readPolicy } from "../domain/policy";
import { isEmptyCell } from "../domain/cell";
import { type SheetGrid, cellKey, gridCell, lastRow } from "./grid";
import { candidateColumn, type CriteriaLayout } from "./plan/criteria";
import { listSource } from "./plan/lists";
import { defaultOptions } from "./plan/options";
import type { PlanCell, ValidationPlan } from "./plan/types";
import { sheetRef } from "./plan/types";

/** The layout of a criteria sheet as it is now (result rows found by their labels). */
export function layoutFromSheet(
  grid: SheetGrid,
  snap: CriteriaSheetSnapshot
): CriteriaLayout | null {
  if (snap.totalRow === null) return null;
  const textCol = (grid.rows[snap.headerRow] ?? []).findIndex(
    (c) => typeof c === "string" && foldKey(c) === foldKey("Nội dung tiêu chí")
  );
  const rowOf = (label: string): number | null => {
    for (let r = snap.totalRow!; r <= lastRow(grid); r++) {
      const c = gridCell(grid, r, textCol);
      if (typeof c === "string" && foldKey(c) === foldKey(label)) return r;
    }
    return null;
  };
  const eligibleRow = rowOf(RESULT_ROW.eligible);
  const classRow = rowOf(RESULT_ROW.classification);
  const rankRow = rowOf(RESULT_ROW.rank);
  if (eligibleRow === null || classRow === null || rankRow === null) return null;
  return {
    headerRow: snap.headerRow,
    rowNumbers: snap.rowNumbers,
    totalRow: snap.totalRow,
    eligibleRow,
    classRow,
    rankRow,
    firstCandidateCol: snap.firstCandidateCol,
  };
}

export interface AddCandidatesPlan {
  readonly cells: readonly PlanCell[];
  readonly validations: readonly ValidationPlan[];
  readonly added: readonly {
    readonly name: string;
    readonly column: string;
    readonly col: number;
  }[];
  /** Names already on the sheet (normalised), left alone. */
  readonly existing: readonly string[];
}

/**
 * Names go into prepared columns (a formula in the `Tổng điểm` row) whose header is empty, left to
 * right; past those, new columns are laid out with the same formulas and validation. Only header cells
 * and the new columns' formula cells are written: no score cell is touched.
 */
export function planAddCandidates(
  grid: SheetGrid,
  snap: CriteriaSheetSnapshot,
  names: readonly string[]
): AddCandidatesPlan | null {
  const L = layoutFromSheet(grid, snap);
  if (!L) return null;
  const have = new Map(snap.candidates.map((c) => [foldKey(c.name), c.name]));
  const existing: string[] = [];
  const wanted: string[] = [];
  for (const raw of names) {
    const n = cleanText(raw);
    if (!n) continue;
    const onSheet = have.get(foldKey(n));
    if (onSheet !== undefined) existing.push(onSheet);
    else {
      have.set(foldKey(n), n);
      wanted.push(n);
    }
  }
  const fc = grid.formulaCells ?? new Set<string>();
  let maxUsed = L.firstCandidateCol - 1;
  for (const row of grid.rows) if (row) maxUsed = Math.max(maxUsed, row.length - 1);
  const free: number[] = [];
  for (let c = L.firstCandidateCol; c <= maxUsed; c++) {
    if (fc.has(cellKey(L.totalRow, c)) && isEmptyCell(gridCell(grid, L.headerRow, c))) free.push(c);
  }
  const cells: PlanCell[] = [];
  const validations: ValidationPlan[] = [];
  const added: { name: string; column: string; col: number }[] = [];
  let next = maxUsed + 1;
  const conditionSource = listSource("condition", defaultOptions());
  for (const name of wanted) {
    let col = free.shift();
    if (col === undefined) {
      col = next++;
      const c = candidateColumn(snap.set, L, col, conditionSource);
      cells.push(...c.cells);
      validations.push(...c.validations);
    }
    cells.push({ row: L.headerRow, col, value: name, style: "header" });
    added.push({ name, column: columnLetter(col), col });
  }
  return { cells, validations, added, existing };
}

export interface ScoreLink {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  /** The domain's total, written as the cached result so readers without a calc engine see it. */
  readonly result: number;
  readonly sheet: string;
  readonly candidate: string;
}

/** Links for nominations whose `Điểm` is empty and whose name matches a criteria candidate. */
export function planScoreLinks(snapshot: RegisterSnapshot): ScoreLink[] {
  const table = snapshot.nominations;
  const scoreCol = table?.columns.score;
  const nameCol = table?.columns.name;
  if (!table || scoreCol === undefined || nameCol === undefined) return [];
  const totals = candidateTotals({
    criteria: snapshot.criteria,
    policy: readPolicy(snapshot.settings).policy,
  });
  const out: ScoreLink[] = [];
  for (const r of table.rows) {
    if (!isEmptyCell(r.cells.score) || r.formulas?.has("score")) continue;
    const name = r.cells.name;
    if (typeof name !== "string") continue;
    const t = totals.get(foldKey(name));
    if (!t) continue;
    const abs = t.cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    out.push({
      row: r.row,
      col: scoreCol,
      formula: `${sheetRef(t.sheet)}!${abs}`,
      result: t.total,
      sheet: t.sheet,
      candidate: t.candidate,
    });
  }
  return out;
}
