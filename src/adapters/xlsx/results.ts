/**
 * Saving a NEW workbook (init, demo, export, consolidation) atomically: a temp file beside the
 * target, then a rename, so a failure never leaves half a file. Registers the clerk already has are
 * never saved through here: they are edited in place by the package editor (./edit).
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { WRITE_OPTIONS } from "./styles";

export { applyResults } from "./resultsColumn";
/** Save bytes atomically, as `saveWorkbook` (./save.ts: importing it loads no ExcelJS). */
export { saveBytes } from "./save";

/** Save a workbook atomically (temp file + rename; the temp file is removed on failure). */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await wb.xlsx.writeFile(tmp, WRITE_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>);
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
