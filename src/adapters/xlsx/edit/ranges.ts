/**
 * Cell ranges as rectangles: an `sqref` (`A1:B4 D2`) parsed, areas subtracted, written back. Used so
 * that a validation added to a sheet never covers a cell another validation covers already (Excel
 * keeps only one validation a cell; two make the file invalid for strict readers).
 */
import { columnLetter } from "../../../domain/findings";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1`, `$A$1`, `A:A`, `1:1` corners → a rectangle; null when it is not a reference. */
function parseArea(area: string): Rect | null {
  const parts = area.replace(/\$/gu, "").split(":");
  if (parts.length > 2 || !parts[0]) return null;
  const corner = (p: string) => {
    const m = /^([A-Za-z]{0,3})(\d*)$/u.exec(p);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? colNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const a = corner(parts[0]);
  const b = corner(parts[1] ?? parts[0]);
  if (!a || !b) return null;
  const top = Math.min(a.row || 1, b.row || 1);
  const bottom = Math.max(a.row || MAX_ROW, b.row || MAX_ROW);
  const left = Math.min(a.col || 1, b.col || 1);
  const right = Math.max(a.col || MAX_COL, b.col || MAX_COL);
  return { top, left, bottom, right };
}

/** The rectangles of a space-separated list of areas (unparseable areas are left out). */
export function parseSqref(sqref: string): Rect[] {
  return sqref
    .split(/\s+/u)
    .filter(Boolean)
    .map(parseArea)
    .filter((r): r is Rect => r !== null);
}

export function rectRef(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top}`;
  const b = `${columnLetter(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function formatSqref(rects: readonly Rect[]): string {
  return rects.map(rectRef).join(" ");
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** `a` less `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** The parts of `areas` that no rectangle of `taken` covers. */
export function uncovered(areas: readonly Rect[], taken: readonly Rect[]): Rect[] {
  let rest = [...areas];
  for (const t of taken) rest = rest.flatMap((r) => subtract(r, t));
  return rest;
}
