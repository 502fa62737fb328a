/** A1 addresses of the in-memory workbook (pure; no engine). */

export function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) return null;
  const col = [...m[1]!.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** `A5:X1004` → corners (1-based), or null. */
export function parseRange(
  range: string
): { r0: number; c0: number; r1: number; c1: number } | null {
  const [a, b] = range.split(":");
  const p = parseA1(a ?? "");
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}
