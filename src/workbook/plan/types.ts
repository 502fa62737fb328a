/**
 * The declarative plan of a register workbook: what setup must create. Adapters (ExcelJS,
 * Office.js, HyperFormula) apply it; none of them decides layout or formulas.
 * Formulas are written without the leading "=" (as OOXML and ExcelJS store them), Excel 2016-safe
 * and HyperFormula-safe (no XLOOKUP/FILTER/LET/IFS, no RANK, no table references, ASCII names).
 */
import type { CivilDate } from "../../domain/text/dates";

export type PlanValue =
  | string
  | number
  | boolean
  | null
  /** `result`: the value the formula gives, when the planner knows it (written as the cached result). */
  | { readonly formula: string; readonly result?: number | string }
  | { readonly date: CivilDate };

export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "input"
  | "note"
  | "formula"
  | "money"
  | "percent"
  | "date"
  | "guideHeading"
  | "guideText"
  | "sectionHeading"
  | "groupRow"
  | "resultRow";

export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  readonly style?: StyleName;
  /** Unlocked cells stay editable when the sheet is protected. */
  readonly unlocked?: boolean;
}

export type ValidationPlan =
  | {
      readonly type: "list";
      readonly range: string;
      /** A formula source, e.g. `'Danh mục'!$A$2:$A$4` (never an inline list: Excel caps those at 255 chars). */
      readonly source: string;
      readonly strict: boolean;
      readonly prompt?: Message;
      readonly error?: Message;
    }
  | {
      readonly type: "whole" | "decimal";
      readonly range: string;
      readonly min: number | string;
      readonly max?: number | string;
      readonly prompt?: Message;
      readonly error?: Message;
    }
  | { readonly type: "prompt"; readonly range: string; readonly prompt: Message };

export interface Message {
  readonly title: string;
  readonly text: string;
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** Formula relative to the top-left cell of `range`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. `4:4`. */
  readonly repeatRows?: string;
  /** Columns repeated on every printed page, e.g. `A:D`. */
  readonly repeatCols?: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly widths: readonly (number | undefined)[];
  readonly merges: readonly string[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print: PrintPlan;
  readonly protect: boolean;
  readonly state: "visible" | "veryHidden";
  readonly tabColor?: string;
}

export interface DefinedNamePlan {
  readonly name: string;
  /** Absolute reference, e.g. `'Cấu hình'!$B$4`. */
  readonly refersTo: string;
}

export interface RegisterPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedNamePlan[];
}

/** Quote a sheet name for a formula reference: `'Đề nghị'`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
