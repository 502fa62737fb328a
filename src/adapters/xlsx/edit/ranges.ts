/**
 * Cell ranges as rectangles for the package editor: an `sqref` (`A1:B4 D2`) read with the plan
 * checks' parser (src/workbook/plan/validationCheck.ts), areas subtracted, written back. Used so that
 * a validation added to a sheet never covers a cell another validation covers already (Excel keeps
 * only one validation a cell; two make the file invalid for strict readers).
 */
import { columnLetter } from "../../../domain/findings";
import { type CellRect, intersect, parseRef } from "../../../workbook/plan/validationCheck";

export type Rect = CellRect;

/** The rectangles of a space-separated list of areas (an unreadable area is left out). */
export function parseSqref(sqref: string): Rect[] {
  return sqref
    .split(/\s+/u)
    .filter(Boolean)
    .map(parseRef)
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

/** `a` less `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const o = intersect(a, b);
  if (!o) return [a];
  const out: Rect[] = [];
  if (a.top < o.top) out.push({ ...a, bottom: o.top - 1 });
  if (a.bottom > o.bottom) out.push({ ...a, top: o.bottom + 1 });
  if (a.left < o.left) out.push({ top: o.top, bottom: o.bottom, left: a.left, right: o.left - 1 });
  if (a.right > o.right)
    out.push({ top: o.top, bottom: o.bottom, left: o.right + 1, right: a.right });
  return out;
}

/** The parts of `areas` that no rectangle of `taken` covers. */
export function uncovered(areas: readonly Rect[], taken: readonly Rect[]): Rect[] {
  let rest = [...areas];
  for (const t of taken) rest = rest.flatMap((r) => subtract(r, t));
  return rest;
}
