/**
 * The in-memory workbook written as .xlsx bytes (ExcelJS, loaded with the export chunk): what the
 * preview hands out as "the document's file", as Excel's `getFileAsync(Compressed)` does — every
 * sheet with its values, formulas (with their computed results, as a saved file caches them), number
 * formats and visibility, and the defined names. Styles, validations and formats are not written:
 * the preview's file is for reading (the council member's copy), not for a round trip.
 */
import ExcelJS from "exceljs";
import { toExcelSerial } from "../../domain/text/dates";
import type { MemoryWorkbook } from "./workbook";

export async function memoryWorkbookXlsx(workbook: MemoryWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of workbook.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const [k, cell] of s.cells) {
      const [row, col] = k.split(":").map(Number) as [number, number];
      const target = ws.getCell(row, col);
      const input = cell.input;
      if (input !== null && typeof input === "object") {
        const v = workbook.value(s.name, row, col);
        const result =
          typeof v === "number" || typeof v === "string" || typeof v === "boolean"
            ? v
            : v !== null && typeof v === "object" && "date" in v
              ? toExcelSerial(v.date)
              : undefined;
        target.value = {
          formula: input.formula.replace(/^=/u, ""),
          ...(result === undefined ? {} : { result }),
        } as ExcelJS.CellFormulaValue;
      } else if (input !== null && input !== "") target.value = input;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }
  }
  for (const [name, refersTo] of workbook.names) {
    try {
      wb.definedNames.add(refersTo, name);
    } catch {
      // A name ExcelJS cannot place (not a plain range) is left out of the preview's file.
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
