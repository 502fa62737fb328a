import type { CivilDate } from "./text/dates";

/**
 * One cell value as the domain sees it, whatever engine it came from (ExcelJS, Office.js,
 * HyperFormula). Formula cells arrive as their cached result; rich text as plain text;
 * date-formatted numbers as `{ date }`; error values as `{ error: "#REF!" }`.
 */
export type Cell =
  null | string | number | boolean | { readonly date: CivilDate } | { readonly error: string };

export function isDateCell(c: Cell): c is { readonly date: CivilDate } {
  return typeof c === "object" && c !== null && "date" in c;
}

export function isErrorCell(c: Cell): c is { readonly error: string } {
  return typeof c === "object" && c !== null && "error" in c;
}

/** Empty = null, or text that is only whitespace. */
export function isEmptyCell(c: Cell | undefined): boolean {
  if (c === null || c === undefined) return true;
  return typeof c === "string" && c.trim() === "";
}

/** A readable rendering of any cell, used in messages and exports. */
export function cellDisplay(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") return c;
  if (typeof c === "number") return String(c);
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  if (isDateCell(c)) {
    const { day, month, year } = c.date;
    return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  }
  return c.error;
}
