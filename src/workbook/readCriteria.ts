/** Read a `TC <name>` criteria sheet by label: the set's rows, and each named candidate column. */
import { matchRowKind } from "../domain/criteria/parse";
import { CRITERIA_COL, RESULT_ROW, type CriteriaRow } from "../domain/criteria/types";
import type { Cell } from "../domain/cell";
import type { CriteriaCandidate, CriteriaSheetSnapshot } from "../domain/snapshot";
import { foldKey, cleanText } from "../domain/text/normalize";
import { parseNumber } from "../domain/values";
import { type SheetGrid, gridCell, lastRow } from "./grid";

const text = (c: Cell | undefined): string =>
  typeof c === "string" ? cleanText(c) : typeof c === "number" ? String(c) : "";

export function readCriteriaSheet(grid: SheetGrid): CriteriaSheetSnapshot | null {
  const textKey = foldKey(CRITERIA_COL.text);
  let headerRow = 0;
  for (let r = 1; r <= Math.min(20, lastRow(grid)) && !headerRow; r++)
    if (grid.rows[r]?.some((c) => typeof c === "string" && foldKey(c) === textKey)) headerRow = r;
  if (!headerRow) return null;
  const header = grid.rows[headerRow] ?? [];
  const colOf = (label: string) =>
    header.findIndex((c) => typeof c === "string" && foldKey(c) === foldKey(label));
  const cCode = colOf(CRITERIA_COL.code);
  const cText = colOf(CRITERIA_COL.text);
  const cKind = colOf(CRITERIA_COL.kind);
  const cMax = colOf(CRITERIA_COL.maxPoints);
  if (cText < 0 || cKind < 0 || cMax < 0) return null;
  const firstCandidate = Math.max(cCode, cText, cKind, cMax) + 1;
  const totalKey = foldKey(RESULT_ROW.total);
  const rows: CriteriaRow[] = [];
  const rowNumbers: number[] = [];
  let totalRow: number | null = null;
  for (let r = headerRow + 1; r <= lastRow(grid); r++) {
    if (foldKey(text(gridCell(grid, r, cText))) === totalKey) {
      totalRow = r;
      break;
    }
    const kind = matchRowKind(text(gridCell(grid, r, cKind)));
    if (!kind) continue;
    const p = parseNumber(gridCell(grid, r, cMax));
    rows.push({
      code: cCode > 0 ? text(gridCell(grid, r, cCode)) : "",
      text: text(gridCell(grid, r, cText)),
      kind,
      maxPoints: p.state === "ok" ? p.value : null,
    });
    rowNumbers.push(r);
  }
  const candidates: CriteriaCandidate[] = [];
  for (let c = firstCandidate; c < header.length; c++) {
    const name = text(header[c]);
    if (!name) continue;
    candidates.push({ name, col: c, scores: rowNumbers.map((r) => grid.rows[r]?.[c]) });
  }
  return {
    sheet: grid.name,
    headerRow,
    set: { name: grid.name, rows },
    rowNumbers,
    totalRow,
    candidates,
    firstCandidateCol: firstCandidate,
  };
}
