/**
 * ExcelJS workbook (in memory) → engine-neutral model → HyperFormula results.
 * Also reads an ExcelJS cell's *cached* value (what Excel or LibreOffice last computed).
 */
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import { columnLetters } from "./a1";
import { evaluateWorkbook } from "./engine";
import {
  CellInput,
  CellResult,
  DefinedNameInput,
  EvaluatedWorkbook,
  SheetCells,
  WorkbookModel,
} from "./types";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900-system day 0 (1899-12-30, Lotus leap-year quirk included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** JS Date (ExcelJS dates are UTC-based) → Excel serial number in the 1900 date system. */
export function dateToExcelSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

/** Plain text of a string, rich text (`{ richText: [...] }`) or hyperlink text. */
function plainText(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) {
    const runs = (text as { richText: Array<{ text: string }> }).richText;
    return runs.map((run) => run.text).join("");
  }
  return String(text ?? "");
}

/** A merged cell other than the top-left one is empty for Excel, though ExcelJS repeats the value. */
function isMergeFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

/** A cell's formula text (no "="), shared-formula followers included; undefined for non-formula cells. */
export function formulaOf(cell: Cell): string | undefined {
  const value = cell.value;
  if (typeof value !== "object" || value === null) return undefined;
  if (!("formula" in value) && !("sharedFormula" in value)) return undefined;
  // `cell.formula` translates a shared formula from its master (B2: A2*2 from B1: A1*2).
  return cell.formula || undefined;
}

/** Non-formula content → CellInput (dates become serials, rich text and hyperlinks become text). */
function constantInput(value: CellValue | undefined): CellResult {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToExcelSerial(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return plainText(value);
  if ("hyperlink" in value) return plainText(value.text);
  return null;
}

/** What an ExcelJS cell holds, as evaluation input: formula or constant. */
export function cellInputOf(cell: Cell): CellInput {
  if (isMergeFollower(cell)) return null;
  const formula = formulaOf(cell);
  if (formula !== undefined) return { formula };
  const value = cell.value;
  // A formula without text (broken shared reference) keeps its cached value.
  if (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    return constantInput(value.result as CellValue | undefined);
  }
  return constantInput(value);
}

/**
 * The value a cell shows, as last computed and stored in the file (`cell.result` for formulas;
 * a cached 0 or FALSE is not in `cell.value` but is in `cell.result`). A formula never computed is null.
 */
export function cachedResultOf(cell: Cell): CellResult {
  if (isMergeFollower(cell)) return null;
  const value = cell.value;
  const stored =
    typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value)
      ? (cell.result as CellValue | undefined)
      : value;
  return constantInput(stored);
}

function sheetCells(worksheet: Worksheet): SheetCells {
  const cells = new Map<string, CellInput>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const input = cellInputOf(cell);
      if (input !== null) cells.set(`${columnLetters(colNumber - 1)}${rowNumber}`, input);
    });
  });
  return { name: worksheet.name, cells };
}

/**
 * Workbook defined names as ExcelJS keeps them: single-range names only (ExcelJS drops
 * constants, formulas, whole-column ranges and sheet scope; multi-area names are skipped here).
 */
function definedNames(workbook: Workbook): { names: DefinedNameInput[]; skipped: string[] } {
  const names: DefinedNameInput[] = [];
  const skipped: string[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    if (name.startsWith("_xlnm.")) continue;
    const [only, ...rest] = ranges;
    if (only === undefined || rest.length > 0) skipped.push(name);
    else names.push({ name, refersTo: only });
  }
  return { names, skipped };
}

/** The model of an ExcelJS workbook; `skippedNames` lists defined names that could not be carried over. */
export function excelJsToModel(workbook: Workbook): WorkbookModel & { skippedNames: string[] } {
  const { names, skipped } = definedNames(workbook);
  return { sheets: workbook.worksheets.map(sheetCells), names, skippedNames: skipped };
}

/** Computes every formula of an ExcelJS workbook with HyperFormula (cached results are ignored). */
export function evaluateExcelJsWorkbook(workbook: Workbook): EvaluatedWorkbook {
  const { sheets, names } = excelJsToModel(workbook);
  return evaluateWorkbook(sheets, names);
}
