/**
 * Streaming reader: the register's grids straight from the zip with ExcelJS's WorkbookReader, keeping
 * only the sheets `readRegister` needs. Faster and far smaller in memory than loading the workbook
 * (bench/validate-vs-read). `validate` uses it; commands that write still load the workbook.
 */
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
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

/** ExcelJS's rule for a date number format: date letters outside quotes and brackets. */
function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * The cached result of a formula cell. ExcelJS's in-memory reader turns the number cached by a
 * date-formatted formula (`=DATE(1985,3,12)`, a lookup into a staff list) into a Date, as it does
 * for plain date cells; its streaming reader does not, so do it here (same 1900/1904 serial rule).
 */
function formulaResult(cell: ExcelJS.Cell, date1904: boolean): ExcelJS.CellValue {
  const r = cell.result as ExcelJS.CellValue;
  if (typeof r !== "number" || !isDateFormat(cell.numFmt)) return r;
  return new Date(Math.round((r - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The two private steps of ExcelJS 4.4's WorkbookReader that hand zip bytes to its XML parser. */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * ExcelJS 4.4's streaming reader decodes every inflated zip chunk on its own (utils/parse-sax.js), so
 * a letter whose UTF-8 bytes straddle two chunks becomes "��" — in a Vietnamese register, a few names
 * or list values per thousand rows of shared strings or inline strings. Give its XML parser text
 * decoded across chunk boundaries instead (its parser passes strings through unchanged).
 */
function decodeAcrossChunks(reader: object): void {
  const r = reader as ReaderInternals;
  if (typeof r._parseWorksheet !== "function" || typeof r._parseSharedStrings !== "function") {
    throw new Error("ExcelJS WorkbookReader internals changed: check src/adapters/xlsx/stream.ts");
  }
  const parseWorksheet = r._parseWorksheet;
  const parseSharedStrings = r._parseSharedStrings;
  r._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, utf8Text(iterator), sheetNo);
  };
  r._parseSharedStrings = function (entry) {
    return parseSharedStrings.call(this, Readable.from(utf8Text(entry as AsyncIterable<Buffer>)));
  };
}

export async function streamGrids(file: string, buffer?: Buffer): Promise<WorkbookGrids> {
  const buf = buffer ?? (await readBytes(file));
  const problem = sniffXlsx(buf);
  if (problem) throw new InputError(problem, file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  decodeAcrossChunks(reader);
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
      const date1904 = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 === true;
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const r = row.number;
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const isFormula = cell.type === ExcelJS.ValueType.Formula;
          if (isFormula) formulaCells.add(cellKey(r, c));
          const v = fromExcelValue(isFormula ? formulaResult(cell, date1904) : cell.value);
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
