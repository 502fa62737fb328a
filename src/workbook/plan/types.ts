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
  | "inputText"
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

/**
 * How a sheet prints (A4, margins and the `Trang n/N` footer are the same for every sheet). Every
 * writer applies it: ExcelJS (new files), the package editor (sheets added to a register), Office.js.
 */
export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** Scale to fit `pagesWide` pages wide (and `fitToHeight` pages tall); false: print at `scale`. */
  readonly fitToWidth: boolean;
  /** Pages wide when fitting (default 1). */
  readonly pagesWide?: number;
  /** Pages tall when fitting (default 0: as many as the rows need). */
  readonly fitToHeight?: number;
  /** Fixed scale in percent when not fitting (default 100). */
  readonly scale?: number;
  /**
   * The print area, one A1 range of this sheet (`A1:K23`), written as the sheet's
   * `_xlnm.Print_Area`. Absent: the engine prints the used range. Data-dependent areas are set by
   * the writers that know the rows and columns (./print.ts), see docs/decisions.md.
   */
  readonly area?: string;
  /** Page order when the sheet is more than one page wide and tall (default down, then over). */
  readonly pageOrder?: "downThenOver" | "overThenDown";
  /** Rows repeated on every printed page, e.g. `4:4`. */
  readonly repeatRows?: string;
  /** Columns repeated on every printed page, e.g. `A:D`. */
  readonly repeatCols?: string;
}

/** An explicit row height in points (wrapped text: LibreOffice does not grow rows a file sizes). */
export interface RowHeightPlan {
  readonly row: number;
  readonly height: number;
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
  /** Rows given a height (wrapped or merged text); the others keep the default height. */
  readonly rowHeights?: readonly RowHeightPlan[];
  readonly protect: boolean;
  readonly state: "visible" | "veryHidden";
  readonly tabColor?: string;
  /** Native charts on the sheet (./charts.ts): `Tổng hợp`'s bar charts. */
  readonly charts?: readonly ChartPlan[];
}

/**
 * A native bar chart over ranges of its own sheet (./charts.ts), written as DrawingML parts by the
 * CLI and added with `charts.add` by the pane. One series: `values` against `categories`.
 */
export interface ChartPlan {
  /** The chart's object name (the pane finds an existing chart by it). */
  readonly name: string;
  readonly title: string;
  readonly type: "barClustered";
  /** The series name: one cell, e.g. `C5`, and the text it holds (Office.js names a series by text). */
  readonly seriesName: string;
  readonly seriesLabel: string;
  /** Category labels, one column, e.g. `A6:A16`. */
  readonly categories: string;
  /** Values, one column as long as `categories`, e.g. `C6:C16`. */
  readonly values: string;
  /** Top-left and bottom-right cells the chart covers (0-based column and row, as DrawingML). */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

export interface DefinedNamePlan {
  readonly name: string;
  /** Absolute reference, e.g. `'Cấu hình'!$B$4`. */
  readonly refersTo: string;
  /** The sheet a local name belongs to (`localSheetId`), e.g. a `_xlnm.Print_Area`; absent: workbook-level. */
  readonly sheet?: string;
}

export interface RegisterPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedNamePlan[];
}

/** Quote a sheet name for a formula reference: `'Đề nghị'`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
