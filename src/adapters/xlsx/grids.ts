/**
 * An xlsx's bytes → ExcelJS workbook → the grids and snapshot the register reader takes. No Node
 * API (no fs, no Buffer): the task pane's consolidation runs this in the browser, the CLI in Node.
 */
import ExcelJS from "exceljs";
import type { Cell } from "../../domain/cell";
import { foldKey } from "../../domain/text/normalize";
import { cellKey, type SheetGrid, type WorkbookGrids } from "../../workbook/grid";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { isSheetToRead } from "../../workbook/read";
import { isPercentFormat, percentText } from "../../workbook/numberFormat";
import { fromExcelValue } from "./cells";
import { InputError } from "./errors";
import { MAX_UNCOMPRESSED_BYTES, sniffXlsx } from "./sniff";
import { registerOfGrids } from "./register";
import { checkInflatedSize, ZipLimitError } from "./package/zip";

/** Load an xlsx package from memory after sniffing its bytes; ExcelJS failures become `corrupt`. */
export async function loadWorkbookBytes(
  file: string,
  buf: Uint8Array,
  maxUncompressed = MAX_UNCOMPRESSED_BYTES
): Promise<ExcelJS.Workbook> {
  const problem = sniffXlsx(buf, maxUncompressed);
  if (problem) throw new InputError(problem, file);
  // ExcelJS inflates every part whole: first count what really comes out (a lying zip bomb stops here).
  try {
    checkInflatedSize(buf, maxUncompressed);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new InputError("tooLarge", file, e.message);
    throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  return wb;
}

/** A worksheet as a grid of domain cells (formula cells as their cached result). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (Cell[] | undefined)[] = [];
  const formulaCells = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // a merged range's value lives in its top-left cell only
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      if (isFormula) formulaCells.add(cellKey(r, c));
      const v = isFormula
        ? fromExcelValue(cell.result as ExcelJS.CellValue)
        : fromExcelValue(cell.value);
      if (v !== null)
        cells[c] = typeof v === "number" && isPercentFormat(cell.numFmt) ? percentText(v) : v;
    });
    if (cells.length) rows[r] = cells;
  });
  return { name: ws.name, rows, formulaCells };
}

/** Grids of the sheets the reader needs (matched by normalised name), plus every sheet name. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook, wanted?: readonly string[]): WorkbookGrids {
  const keys = wanted ? new Set(wanted.map(foldKey)) : null;
  const sheets = new Map<string, SheetGrid>();
  const sheetNames: string[] = [];
  wb.eachSheet((ws) => {
    sheetNames.push(ws.name);
    if (keys ? keys.has(foldKey(ws.name)) : isSheetToRead(ws.name))
      sheets.set(ws.name, gridFromWorksheet(ws));
  });
  return { sheetNames, sheets };
}

/** The register in a loaded workbook; a workbook with none of the register's sheets is `notRegister`. */
export function registerOfWorkbook(
  workbook: ExcelJS.Workbook,
  file: string
): { grids: WorkbookGrids; snapshot: RegisterSnapshot } {
  const grids = gridsFromWorkbook(workbook);
  return { grids, snapshot: registerOfGrids(grids, file) };
}
