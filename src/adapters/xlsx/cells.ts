import type ExcelJS from "exceljs";
import type { Cell } from "../../domain/cell";
import { fromJsDate, type CivilDate } from "../../domain/text/dates";
import type { PlanValue } from "../../workbook/plan/types";

/** ExcelJS stores dates as JS Dates at UTC midnight. */
export function civilToJsDate(d: CivilDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** A plan value as an ExcelJS cell value (formulas without "="; text that looks like a formula stays text). */
export function toExcelValue(v: PlanValue): ExcelJS.CellValue {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return v;
  if ("formula" in v) return { formula: v.formula } as ExcelJS.CellFormulaValue;
  return civilToJsDate(v.date);
}

type RawValue = ExcelJS.CellValue | undefined;

/** An ExcelJS cell value (or formula result) as a domain Cell. */
export function fromExcelValue(v: RawValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? { error: "#VALUE!" } : { date: fromJsDate(v) };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText))
      return v.richText.map((p) => p.text ?? "").join("");
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result as RawValue;
      return fromExcelValue(result);
    }
    if ("text" in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t)
        return fromExcelValue(t as ExcelJS.CellRichTextValue);
    }
  }
  return null;
}
