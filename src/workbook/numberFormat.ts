/**
 * What a cell's number format changes in what the clerk sees — shared by every reader (ExcelJS, the
 * package reader, Office.js, the in-memory engine) so all read a register the same way.
 */

/**
 * A percent format: `%` outside quoted text, brackets and escapes (`0%`, `0.0%`, `#,##0.00%`). Typing
 * “70%” into a cell makes Excel store 0.7 and apply `0%`.
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string" || !format.includes("%")) return false;
  return format
    .replace(/"[^"]*"/gu, "")
    .replace(/\[[^\]]*\]/gu, "")
    .replace(/\\./gu, "")
    .includes("%");
}

/**
 * The number a percent-formatted cell shows: 0.7 shown as 70% is read as 70, because the register's
 * percentage fields (`Tỷ lệ phiếu tối thiểu (%)`, `Tỷ lệ tối đa CSTĐCS so với LĐTT (%)`) hold the
 * percentage itself. 15 significant digits, as Excel shows it (0.07 × 100 is 7, not 7.000000000000001).
 */
export function shownPercent(n: number): number {
  return Number((n * 100).toPrecision(15));
}
