/**
 * Sparse plan cells → few large writes (pure). Values go out as one 2-D block per sheet (holes are
 * `null`, which Office.js leaves untouched); formats go out per rectangle of cells sharing a style.
 */
import { columnLetter } from "../../domain/findings";
import type { PlanCell } from "../../workbook/plan/types";

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const rectAddress = (r: Rect): string =>
  r.rows === 1 && r.cols === 1
    ? `${columnLetter(r.col)}${r.row}`
    : `${columnLetter(r.col)}${r.row}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows - 1}`;

export interface Block<T> extends Rect {
  readonly data: (T | null)[][];
}

/** The bounding block of `cells` with `pick(cell)` at each cell (null elsewhere); null when nothing to write. */
export function toBlock<T>(
  cells: readonly PlanCell[],
  pick: (c: PlanCell) => T | null
): Block<T> | null {
  const used = cells.filter((c) => pick(c) !== null);
  if (!used.length) return null;
  let r0 = Infinity,
    c0 = Infinity,
    r1 = 0,
    c1 = 0;
  for (const c of used) {
    r0 = Math.min(r0, c.row);
    c0 = Math.min(c0, c.col);
    r1 = Math.max(r1, c.row);
    c1 = Math.max(c1, c.col);
  }
  const data: (T | null)[][] = Array.from({ length: r1 - r0 + 1 }, () =>
    Array<T | null>(c1 - c0 + 1).fill(null)
  );
  for (const c of used) data[c.row - r0]![c.col - c0] = pick(c);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1, data };
}

/** Split a block into row bands of at most `maxRows` rows (payload chunks). */
export function splitRows<T>(b: Block<T>, maxRows: number): Block<T>[] {
  if (b.rows <= maxRows) return [b];
  const out: Block<T>[] = [];
  for (let i = 0; i < b.rows; i += maxRows) {
    const data = b.data.slice(i, i + maxRows);
    out.push({ row: b.row + i, col: b.col, rows: data.length, cols: b.cols, data });
  }
  return out;
}

/**
 * Cells grouped by a key (style name, "unlocked", a number format) into rectangles: horizontal runs
 * per row, then runs with the same columns on consecutive rows merged.
 */
export function rectsByKey(
  cells: readonly PlanCell[],
  key: (c: PlanCell) => string | null
): Map<string, Rect[]> {
  const byKey = new Map<string, Map<number, number[]>>();
  for (const c of cells) {
    const k = key(c);
    if (k === null) continue;
    const rows = byKey.get(k) ?? new Map<number, number[]>();
    const cols = rows.get(c.row) ?? [];
    cols.push(c.col);
    rows.set(c.row, cols);
    byKey.set(k, rows);
  }
  const out = new Map<string, Rect[]>();
  for (const [k, rows] of byKey) {
    const runs: { row: number; c0: number; c1: number }[] = [];
    for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
      const sorted = [...new Set(cols)].sort((a, b) => a - b);
      let start = sorted[0]!;
      let prev = start;
      for (const c of sorted.slice(1)) {
        if (c === prev + 1) prev = c;
        else {
          runs.push({ row, c0: start, c1: prev });
          start = prev = c;
        }
      }
      runs.push({ row, c0: start, c1: prev });
    }
    const rects: Rect[] = [];
    const open = new Map<string, { row: number; col: number; rows: number; cols: number }>();
    for (const run of runs) {
      const id = `${run.c0}:${run.c1}`;
      const r = open.get(id);
      if (r && r.row + r.rows === run.row) r.rows++;
      else {
        if (r) rects.push({ ...r });
        open.set(id, { row: run.row, col: run.c0, rows: 1, cols: run.c1 - run.c0 + 1 });
      }
    }
    for (const r of open.values()) rects.push({ ...r });
    out.set(
      k,
      rects.sort((a, b) => a.row - b.row || a.col - b.col)
    );
  }
  return out;
}

/** JSON size of a write in UTF-8 bytes (Vietnamese letters weigh 2–3 bytes), see ./batch.ts. */
export { jsonBytes as payloadBytes } from "./batch";
