/**
 * An edit of an existing workbook as data: the cells, validations, conditional formats and column
 * widths to add to sheets it has, the sheets to add, the defined names to add or re-point. The
 * planners decide it (setup/upgrade, the results column, criteria, the export date); the CLI's
 * package editor (src/adapters/xlsx/edit) carries it out on the .xlsx file, changing nothing else.
 */
import type {
  ConditionalFormatPlan,
  DefinedNamePlan,
  PlanCell,
  SheetPlan,
  ValidationPlan,
} from "../plan/types";
import { COL } from "../../domain/register/contract";
import type { ResultsWrite } from "./port";
import type { WorkbookEdit } from "./setup";

export interface SheetEdit {
  /** An existing sheet (matched exactly, then by normalised name). */
  readonly sheet: string;
  /** Cells to set: only cells the edit owns (the planner has left the user's alone). */
  readonly cells: readonly PlanCell[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Widths for columns the sheet has given none. */
  readonly widths: readonly { readonly col: number; readonly width: number }[];
}

export interface BookEdit {
  readonly sheets: readonly SheetEdit[];
  /** Sheets to add after the last one. */
  readonly newSheets: readonly SheetPlan[];
  /** Workbook-level names: added, or re-pointed when a name of that spelling exists. */
  readonly names: readonly DefinedNamePlan[];
}

export const NO_EDIT: BookEdit = { sheets: [], newSheets: [], names: [] };

export function isEmptyEdit(e: BookEdit): boolean {
  return (
    !e.newSheets.length &&
    !e.names.length &&
    e.sheets.every(
      (s) =>
        !s.cells.length && !s.validations.length && !s.conditionalFormats.length && !s.widths.length
    )
  );
}

export function sheetEdit(
  sheet: string,
  cells: readonly PlanCell[],
  more: Partial<Omit<SheetEdit, "sheet" | "cells">> = {}
): SheetEdit {
  return {
    sheet,
    cells,
    validations: more.validations ?? [],
    conditionalFormats: more.conditionalFormats ?? [],
    widths: more.widths ?? [],
  };
}

/** Setup or upgrade (./setup.ts planSetup) as a book edit. */
export function bookEditOfSetup(edit: WorkbookEdit): BookEdit {
  return {
    sheets: edit.cellEdits.map((e) => sheetEdit(e.sheet, e.cells, { validations: e.validations })),
    newSheets: [...edit.newSheets].sort((a, b) => a.index - b.index).map((s) => s.plan),
    names: [...edit.names, ...edit.repointNames],
  };
}

/** Width of a `Kết quả kiểm tra` column the check adds. */
export const RESULTS_WIDTH = 50;

/** The results column (./results.ts planResultsWrite) as a book edit. */
export function bookEditOfResults(w: ResultsWrite): BookEdit {
  const cells: PlanCell[] = [];
  if (w.addHeader)
    cells.push({ row: w.headerRow, col: w.column, value: COL.result, style: "header" });
  w.values.forEach((v, i) => {
    if (v !== null) cells.push({ row: w.firstRow + i, col: w.column, value: v === "" ? null : v });
  });
  return {
    sheets: [
      sheetEdit(w.sheet, cells, {
        conditionalFormats: w.colourRules,
        widths: w.addHeader ? [{ col: w.column, width: RESULTS_WIDTH }] : [],
      }),
    ],
    newSheets: [],
    names: [],
  };
}
