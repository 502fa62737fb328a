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

/*
 * Parsed values are immutable, so the common ones are shared rather than made again for every cell:
 * a 100,000-row register holds ~25 of them a row until validation ends, and every one made is work
 * for the garbage collector (docs/decisions.md, "Reading a register fast").
 */
const INVALID = new Map<InvalidReason, Parsed<never>>();
export const invalid = (reason: InvalidReason): Parsed<never> => {
  let p = INVALID.get(reason);
  if (!p) INVALID.set(reason, (p = { state: "invalid", reason }));
  return p;
};

/** ok(n) for the small whole numbers registers are full of (months, members, votes, scores). */
const SMALL_INTS: readonly Parsed<number>[] = Array.from({ length: 1025 }, (_, n) => ok(n));
const okNumber = (n: number): Parsed<number> =>
  Number.isInteger(n) && n >= 0 && n <= 1024 && !Object.is(n, -0) ? SMALL_INTS[n]! : ok(n);

/** ok(text) of texts met again (units, positions, titles …), bounded like foldKey's cache. */
const TEXT_CACHE = new Map<string, Parsed<string>>();
const TEXT_CACHE_LIMIT = 4_096;
function okCleanText(raw: string): Parsed<string> {
  const hit = TEXT_CACHE.get(raw);
  if (hit) return hit;
  const p = ok(cleanText(raw));
  if (TEXT_CACHE.size >= TEXT_CACHE_LIMIT) TEXT_CACHE.clear();
  TEXT_CACHE.set(raw, p);
  return p;
}

export function okValue<T>(p: Parsed<T>): T | undefined {
  return p.state === "ok" ? p.value : undefined;
}

/** Text of a cell after cleaning; numbers become their decimal text. Empty → empty. */
export function parseText(c: Cell | undefined): Parsed<string> {
  if (isEmptyCell(c)) return EMPTY;
  if (typeof c === "string") return okCleanText(c);
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
    return Number.isFinite(c) ? okNumber(excelPrecision(c)) : invalid("notNumber");
  if (typeof c === "string") {
    const t = c
      .normalize("NFC")
      .replace(/[\s\u00a0\u200b]+/gu, "")
      .replace(/^'/u, "");
    if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/u.test(t))
      return okNumber(Number(t.replace(/\./gu, "").replace(",", ".")));
    if (/^[+-]?\d+([.,]\d+)?$/u.test(t)) return okNumber(Number(t.replace(",", ".")));
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

const LIST_INDEX = new WeakMap<object, Map<string, Parsed<string>>>();

/** foldKey of each entry's text → ok(the entry's key), one shared value per entry. */
function listIndex(list: Readonly<Record<string, string>>): Map<string, Parsed<string>> {
  let index = LIST_INDEX.get(list);
  if (!index) {
    index = new Map(Object.keys(list).map((k) => [foldKey(list[k]!), ok(k)]));
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
  const k = listIndex(list).get(foldKey(t.value)) as Parsed<K> | undefined;
  return k ?? invalid("notInList");
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
