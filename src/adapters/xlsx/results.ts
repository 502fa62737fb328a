/**
 * Saving a NEW workbook (init, demo, export, consolidation) atomically: a temp file beside the
 * target, then a rename, so a failure never leaves half a file. Registers the clerk already has are
 * never saved through here: they are edited in place by the package editor (./edit).
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../workbook/plan/types";
import { addChartParts } from "./charts";
import { saveBytes } from "./save";
import { WRITE_OPTIONS } from "./styles";

export { applyResults } from "./resultsColumn";
/** Save bytes atomically, as `saveWorkbook` (./save.ts: importing it loads no ExcelJS). */
export { saveBytes } from "./save";

/**
 * Save a workbook atomically (temp file + rename; the temp file is removed on failure), with the
 * charts of `planned` sheets added to the package (./charts.ts).
 */
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  file: string,
  planned: readonly SheetPlan[] = []
): Promise<void> {
  if (planned.some((s) => s.charts?.length)) {
    const buf = await wb.xlsx.writeBuffer(
      WRITE_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>
    );
    await saveBytes(addChartParts(new Uint8Array(buf), planned), file);
    return;
  }
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await wb.xlsx.writeFile(tmp, WRITE_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>);
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
