/**
 * Cell values between the register's plan/domain and Office.js — pure functions, no Office.js at
 * run time, so the in-memory preview adapter and the tests share them.
 */
import type { Cell } from "../../domain/cell";
import { fromExcelSerial, toExcelSerial } from "../../domain/text/dates";
import { isPercentFormat, percentText } from "../../workbook/numberFormat";
import type { PlanCell, PlanValue } from "../../workbook/plan/types";

export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * True for a number format that shows a date: it has a day, month-with-day or year token outside
 * quoted text, `[...]` sections and escaped characters (`dd/mm/yyyy`, `[$-vi-VN]d/m/yy`, `m/d/yyyy h:mm`).
 * Pure time formats (`h:mm`, `[h]:mm:ss`) and `General` are not dates.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || /^general$/i.test(format) || format === "@")
    return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  const firstSection = bare.split(";")[0] ?? "";
  return /[dy]/i.test(firstSection) || /(^|[^hs:])m{3,}/i.test(firstSection);
}

/** Text that Excel would turn into something else when typed: a formula, number, date, percentage or boolean. */
export function needsTextPrefix(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(t)) return true;
  if (/^[-+]?(\d[\d.,\s]*)(e[-+]?\d+)?%?$/i.test(t)) return true;
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  return /^(true|false)$/i.test(t);
}

/** A plan value as an entry of a `formulas` block (null = leave the cell alone). */
export function toFormulaEntry(v: PlanValue): string | number | boolean | null {
  if (v === null) return null;
  if (typeof v === "string") return needsTextPrefix(v) ? `'${v}` : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if ("formula" in v) return `=${v.formula.replace(/^=/, "")}`;
  return toExcelSerial(v.date);
}

/** The number format a plan cell needs for its value to read back right (dates), if any. */
export function formatForValue(c: PlanCell): string | null {
  const v = c.value;
  return v !== null && typeof v === "object" && "date" in v ? DATE_FORMAT : null;
}

/**
 * One loaded cell as a domain Cell: `valueType` and `numberFormat` as Office.js reports them.
 * Date-formatted numbers become dates; error values keep their code; empty text is empty.
 */
export function cellFromOffice(value: unknown, valueType: unknown, numberFormat: unknown): Cell {
  if (valueType === "Empty" || value === null || value === undefined || value === "") return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (isDateFormat(numberFormat)) {
      const date = fromExcelSerial(value);
      return date ? { date } : value;
    }
    return isPercentFormat(numberFormat) ? percentText(value) : value;
  }
  return String(value);
}
