/**
 * Pure checks of a sheet plan's data validations (issue #11): OOXML lets a cell carry at most one
 * `<dataValidation>` (strict readers such as openpyxl, and Excel's own repair, object to a cell in two
 * sqrefs), and every limit must be a real formula text — never `NaN`, `undefined` or empty.
 * Ranges are compared as rectangles, never expanded cell by cell.
 */
import { columnLetter } from "../../domain/findings";
import type { SheetPlan, ValidationPlan } from "./types";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** One sqref item (`B5`, `B5:D9`, `C:C`, `4:4`, `$A$1:$B$2`) as a rectangle; null when unreadable. */
export function parseRef(ref: string): CellRect | null {
  const s = ref.trim();
  const cols = COLS.exec(s);
  if (cols) {
    const [a, b] = [colNumber(cols[1]!), colNumber(cols[2]!)];
    return { top: 1, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = ROWS.exec(s);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COL };
  }
  const [from, to, ...rest] = s.split(":");
  if (rest.length || from === undefined) return null;
  const p = CELL.exec(from);
  const q = CELL.exec(to ?? from);
  if (!p || !q) return null;
  const [r1, c1, r2, c2] = [Number(p[2]), colNumber(p[1]!), Number(q[2]), colNumber(q[1]!)];
  if (r1 < 1 || r2 < 1 || c1 > MAX_COL || c2 > MAX_COL || r1 > MAX_ROW || r2 > MAX_ROW) return null;
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}

/** A space-separated sqref as rectangles; null when any item is unreadable. */
export function parseSqref(sqref: string): CellRect[] | null {
  const out: CellRect[] = [];
  for (const item of sqref.trim().split(/\s+/)) {
    if (!item) continue;
    const r = parseRef(item);
    if (!r) return null;
    out.push(r);
  }
  return out.length ? out : null;
}

export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, bottom, left, right } : null;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/**
 * Cells lying in two or more of the given sqrefs (each sqref one rule: its own items may not overlap
 * either), as A1 addresses block by block, at most `cap` of them. Rectangles are intersected pairwise
 * after sorting by top row, so a thousand-row range costs nothing.
 */
export function overlappingCells(sqrefs: readonly string[], cap = 20): string[] {
  const hits = pairwiseHits(sqrefs);
  if (!hits.length) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  hits.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const h of hits) {
    for (let r = h.top; r <= h.bottom && out.length < cap; r++)
      for (let c = h.left; c <= h.right && out.length < cap; c++) {
        const k = cellAddress(r, c);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(k);
        }
      }
    if (out.length >= cap) break;
  }
  return out;
}

/** How many cells lie in two or more of the sqrefs (counted from the rectangles, not cell by cell). */
export function overlapCount(sqrefs: readonly string[]): number {
  return unionArea(pairwiseHits(sqrefs));
}

/** Every pairwise intersection of the sqrefs' rectangles (sorted by top row, so far rows are skipped). */
function pairwiseHits(sqrefs: readonly string[]): CellRect[] {
  const rects: CellRect[] = [];
  for (const s of sqrefs) rects.push(...(parseSqref(s) ?? []));
  rects.sort((a, b) => a.top - b.top);
  const hits: CellRect[] = [];
  for (let i = 0; i < rects.length; i++) {
    const a = rects[i]!;
    for (let j = i + 1; j < rects.length && rects[j]!.top <= a.bottom; j++) {
      const x = intersect(a, rects[j]!);
      if (x) hits.push(x);
    }
  }
  return hits;
}

/** The number of cells in the union of rectangles (row bands × merged column intervals). */
export function unionArea(rects: readonly CellRect[]): number {
  if (!rects.length) return 0;
  const edges = [...new Set(rects.flatMap((r) => [r.top, r.bottom + 1]))].sort((a, b) => a - b);
  let total = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const [y0, y1] = [edges[k]!, edges[k + 1]!];
    const spans = rects
      .filter((r) => r.top <= y0 && r.bottom >= y1 - 1)
      .map((r) => [r.left, r.right] as const)
      .sort((a, b) => a[0] - b[0]);
    let width = 0;
    let cur: [number, number] | null = null;
    for (const [l, r] of spans) {
      if (cur && l <= cur[1] + 1) cur[1] = Math.max(cur[1], r);
      else {
        if (cur) width += cur[1] - cur[0] + 1;
        cur = [l, r];
      }
    }
    if (cur) width += cur[1] - cur[0] + 1;
    total += width * (y1 - y0);
  }
  return total;
}

/** Cells of the sheet covered by two of its validations, as A1 addresses (at most `cap`). */
export function overlappingValidations(plan: SheetPlan, cap = 20): string[] {
  return overlappingCells(
    plan.validations.map((v) => v.range),
    cap
  );
}

/**
 * Pairs of identical validations (same rule, limits and messages) on ranges that would form one
 * rectangle together — side by side over the same rows, or one above the other over the same
 * columns — as `E5 + F5`. A plan should write them as one range: fewer `<dataValidation>` elements,
 * and ExcelJS's own squeezing of per-cell validations (which sorts addresses as text, so `AA5`
 * comes before `E5`, and grows ranges over cells already used) never gets to produce overlaps.
 */
export function mergeableValidations(plan: SheetPlan, cap = 20): string[] {
  const items = plan.validations.flatMap((v) => {
    const rects = parseSqref(v.range);
    if (!rects || rects.length !== 1) return [];
    const rule = JSON.stringify({ ...v, range: "" });
    return [{ range: v.range, rect: rects[0]!, rule }];
  });
  const out: string[] = [];
  for (let i = 0; i < items.length && out.length < cap; i++)
    for (let j = i + 1; j < items.length && out.length < cap; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.rule !== b.rule) continue;
      const sideBySide =
        a.rect.top === b.rect.top &&
        a.rect.bottom === b.rect.bottom &&
        (a.rect.right + 1 === b.rect.left || b.rect.right + 1 === a.rect.left);
      const stacked =
        a.rect.left === b.rect.left &&
        a.rect.right === b.rect.right &&
        (a.rect.bottom + 1 === b.rect.top || b.rect.bottom + 1 === a.rect.top);
      if (sideBySide || stacked) out.push(`${a.range} + ${b.range}`);
    }
  return out;
}

const badLimit = (x: unknown): boolean =>
  x === undefined ||
  x === null ||
  (typeof x === "number" && !Number.isFinite(x)) ||
  (typeof x === "string" && (x.trim() === "" || x.trim() === "NaN" || x.includes("undefined")));

/**
 * Other problems of a sheet's validations, in words: a range that is not an A1 reference, a list
 * without a source, a limit that is NaN/undefined/empty (a name or a cell reference as a limit is fine).
 */
export function validationProblems(plan: SheetPlan): string[] {
  const out: string[] = [];
  const where = (v: ValidationPlan) => `${plan.name}!${v.range} (${v.type})`;
  for (const v of plan.validations) {
    if (!parseSqref(v.range)) out.push(`${where(v)}: range is not an A1 reference`);
    if (v.type === "list") {
      if (badLimit(v.source)) out.push(`${where(v)}: empty list source`);
    } else if (v.type === "whole" || v.type === "decimal") {
      if (badLimit(v.min)) out.push(`${where(v)}: minimum is ${String(v.min)}`);
      if (v.max !== undefined && badLimit(v.max))
        out.push(`${where(v)}: maximum is ${String(v.max)}`);
      if (v.type === "whole" && typeof v.min === "number" && !Number.isInteger(v.min))
        out.push(`${where(v)}: whole-number minimum ${v.min}`);
    } else if (!v.prompt?.title && !v.prompt?.text) out.push(`${where(v)}: empty prompt`);
  }
  return out;
}
