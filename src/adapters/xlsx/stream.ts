/**
 * Streaming reader: the register's grids straight from the zip with ExcelJS's WorkbookReader, keeping
 * only the sheets `readRegister` needs. Faster and far smaller in memory than loading the workbook
 * (bench/validate-vs-read). `validate` uses it; commands that write still load the workbook.
 */
import ExcelJS from "exceljs";
import type { Cell } from "../../domain/cell";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { cellKey, type SheetGrid, type WorkbookGrids } from "../../workbook/grid";
import { isSheetToRead, readRegister } from "../../workbook/read";
import { SHEET } from "../../domain/register/contract";
import { fromExcelValue } from "./cells";
import { InputError } from "./errors";
import { readBytes } from "./read";
import { sniffXlsx } from "./sniff";

export async function streamGrids(file: string, buffer?: Buffer): Promise<WorkbookGrids> {
  const buf = buffer ?? (await readBytes(file));
  const problem = sniffXlsx(buf);
  if (problem) throw new InputError(problem, file);
  const { Readable } = await import("node:stream");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const sheetNames: string[] = [];
  const sheets = new Map<string, SheetGrid>();
  try {
    for await (const ws of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader & { name: string }>) {
      sheetNames.push(ws.name);
      if (!isSheetToRead(ws.name)) {
        for await (const _row of ws as AsyncIterable<ExcelJS.Row>) void _row; // drain
        continue;
      }
      const rows: (Cell[] | undefined)[] = [];
      const formulaCells = new Set<string>();
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const r = row.number;
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const isFormula = cell.type === ExcelJS.ValueType.Formula;
          if (isFormula) formulaCells.add(cellKey(r, c));
          const v = isFormula ? fromExcelValue(cell.result as ExcelJS.CellValue) : fromExcelValue(cell.value);
          if (v !== null) cells[c] = v;
        });
        if (cells.length) rows[r] = cells;
      }
      sheets.set(ws.name, { name: ws.name, rows, formulaCells });
    }
  } catch (e) {
    throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  return { sheetNames, sheets };
}

/** The register snapshot of a file, streamed; a workbook with none of the register's sheets is `notRegister`. */
export async function streamRegisterSnapshot(file: string): Promise<RegisterSnapshot> {
  const snapshot = readRegister(await streamGrids(file));
  if (!snapshot.nominations && !snapshot.settings) throw new InputError("notRegister", file, [SHEET.settings, SHEET.nominations].join(", "));
  return snapshot;
}
