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
 * A number in a percent-formatted cell as the text the clerk sees: 0.9 shown as 90% is read as
 * “90%”, not as 0.9 nor as 90. The register's percentage fields (`Tỷ lệ phiếu tối thiểu (%)`, …) hold
 * the percentage itself and the workbook's formulas read the cell's number (0.9): taking either number
 * would let the checks and the formulas disagree, so the text makes the cell a finding (RG02
 * `percentSign`, or the column's DL rule) that tells the clerk to type 90. 15 significant digits, with
 * a decimal comma, as Excel shows it in Vietnamese (0.125 → “12,5%”).
 */
export function percentText(n: number): string {
  return `${String(Number((n * 100).toPrecision(15))).replace(".", ",")}%`;
}
