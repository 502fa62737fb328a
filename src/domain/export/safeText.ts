/**
 * Text from the register that lands in an exported document must not be able to run as a formula
 * (export.md). In the xlsx itself a string cell can never execute: only a cell with an `<f>` element
 * is a formula, and the adapters write every string as a string. The danger is what happens next:
 * a clerk presses F2 + Enter in the cell, the sheet is saved as CSV, or the text is copied and pasted
 * as text — then Excel and LibreOffice parse a leading `=`, `+`, `-` or `@` (and a leading tab or CR
 * is how CSV-injection payloads hide the sign). The neutralised text starts with an apostrophe, which
 * Excel and LibreOffice read as "text follows" when the cell is re-entered, and which keeps a CSV
 * field from starting with a sign.
 */

/** A leading `=`, `+`, `-`, `@` (leading spaces ignored, as DL09 does), or a leading tab or CR. */
export function wouldRunAsFormula(text: string): boolean {
  return /^(?:[\t\r]|\s*[=+\-@])/u.test(text);
}

export const NEUTRAL_PREFIX = "'";

/** The text, with an apostrophe in front when it would run as a formula. */
export function neutraliseFormulaText(text: string): string {
  return wouldRunAsFormula(text) ? `${NEUTRAL_PREFIX}${text}` : text;
}
