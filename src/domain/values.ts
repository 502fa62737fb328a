import { type Cell, isDateCell, isEmptyCell } from "./cell";
import { cleanText, foldKey } from "./text/normalize";
import { type CivilDate, parseDayFirst } from "./text/dates";

/**
 * The outcome of reading one input cell: empty, a valid value, or present but invalid.
 * Rules that need a field only look at `ok` values (rules.md: the DL finding stands alone).
 */
export type Parsed<T> =
  | { readonly state: "empty" }
  | { readonly state: "ok"; readonly value: T }
  | { readonly state: "invalid"; readonly reason: InvalidReason };

export type InvalidReason =
  "notInList" | "notNumber" | "notInteger" | "outOfRange" | "notDate" | "afterYear";

export const EMPTY: Parsed<never> = { state: "empty" };
export const ok = <T>(value: T): Parsed<T> => ({ state: "ok", value });
export const invalid = (reason: InvalidReason): Parsed<never> => ({ state: "invalid", reason });

export function okValue<T>(p: Parsed<T>): T | undefined {
  return p.state === "ok" ? p.value : undefined;
}

/** Text of a cell after cleaning; numbers become their decimal text. Empty → empty. */
export function parseText(c: Cell | undefined): Parsed<string> {
  if (isEmptyCell(c)) return EMPTY;
  if (typeof c === "string") return ok(cleanText(c));
  if (typeof c === "number" || typeof c === "boolean") return ok(String(c));
  if (c && isDateCell(c)) return ok(`${c.date.day}/${c.date.month}/${c.date.year}`);
  return ok(c ? (c as { error: string }).error : "");
}

/** A cell's text as parseText reads it; "" when the cell is empty. */
export function textOrEmpty(c: Cell | undefined): string {
  const t = parseText(c);
  return t.state === "ok" ? t.value : "";
}

/** Excel shows and compares 15 significant digits: a formula's 12.000000000000002 is the 12 the clerk sees. */
const excelPrecision = (n: number): number =>
  Number.isInteger(n) && Math.abs(n) < 1e15 ? n : Number(n.toPrecision(15));

/**
 * A number, possibly stored as text: `" 10 "`, `"8,5"` (decimal comma), `"8.5"`, Vietnamese digit
 * grouping `"1.000"` / `"2.340.000"` / `"1.234,5"` (a dot before groups of three digits), and one
 * leading apostrophe (`'12`, kept literally when typed into a Text-formatted cell) are read;
 * anything else is `notNumber`.
 */
export function parseNumber(c: Cell | undefined): Parsed<number> {
  if (isEmptyCell(c)) return EMPTY;
  if (typeof c === "number")
    return Number.isFinite(c) ? ok(excelPrecision(c)) : invalid("notNumber");
  if (typeof c === "string") {
    const t = c
      .normalize("NFC")
      .replace(/[\s\u00a0\u200b]+/gu, "")
      .replace(/^'/u, "");
    if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/u.test(t))
      return ok(Number(t.replace(/\./gu, "").replace(",", ".")));
    if (/^[+-]?\d+([.,]\d+)?$/u.test(t)) return ok(Number(t.replace(",", ".")));
    return invalid("notNumber");
  }
  return invalid("notNumber");
}

/** An integer within [min, max] (max may be Infinity). */
export function parseIntegerIn(c: Cell | undefined, min: number, max: number): Parsed<number> {
  const n = parseNumber(c);
  if (n.state !== "ok") return n;
  if (!Number.isInteger(n.value)) return invalid("notInteger");
  if (n.value < min || n.value > max) return invalid("outOfRange");
  return n;
}

/** A real number within [min, max]. */
export function parseNumberIn(c: Cell | undefined, min: number, max: number): Parsed<number> {
  const n = parseNumber(c);
  if (n.state !== "ok") return n;
  if (n.value < min || n.value > max) return invalid("outOfRange");
  return n;
}

const LIST_INDEX = new WeakMap<object, Map<string, string>>();

function listIndex(list: Readonly<Record<string, string>>): Map<string, string> {
  let index = LIST_INDEX.get(list);
  if (!index) {
    index = new Map(Object.keys(list).map((k) => [foldKey(list[k]!), k]));
    LIST_INDEX.set(list, index);
  }
  return index;
}

/** A value from a fixed list (matched by foldKey), returned as the list's key. */
export function parseListValue<K extends string>(
  c: Cell | undefined,
  list: Readonly<Record<K, string>>
): Parsed<K> {
  const t = parseText(c);
  if (t.state !== "ok") return t;
  const k = listIndex(list).get(foldKey(t.value)) as K | undefined;
  return k === undefined ? invalid("notInList") : ok(k);
}

/**
 * A date: a date cell, or text `d/m/yyyy` (day first, real calendar; one leading apostrophe, as typed
 * to keep Excel from turning it into a month-first date, is allowed). Plain numbers are not dates.
 */
export function parseDate(c: Cell | undefined): Parsed<CivilDate> {
  if (isEmptyCell(c)) return EMPTY;
  if (c && isDateCell(c)) return ok(c.date);
  if (typeof c === "string") {
    const d = parseDayFirst(c.replace(/^\s*'/u, ""));
    return d ? ok(d) : invalid("notDate");
  }
  return invalid("notDate");
}
