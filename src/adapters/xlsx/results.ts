/**
 * `validate --write`: write `Kết quả kiểm tra` (and the row-colour rules if the sheet lacks them)
 * into the register, keeping `FILE.bak`. No other cell changes.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { Finding } from "../../domain/findings";
import { WRITE_OPTIONS } from "./styles";
import { loadWorkbook } from "./read";
import { applyResults } from "./resultsColumn";

export { applyResults } from "./resultsColumn";

export interface WriteResultsSummary {
  readonly rows: number;
  readonly backup: string;
}

/** Save a workbook atomically (temp file + rename) so a failure never leaves a half-written register. */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await wb.xlsx.writeFile(tmp, WRITE_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  await fs.rename(tmp, file);
}

/** Save bytes atomically, as `saveWorkbook`. */
export async function saveBytes(bytes: Uint8Array, file: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.writeFile(tmp, bytes);
  await fs.rename(tmp, file);
}

export async function writeResults(
  file: string,
  findings: readonly Finding[],
  options: { backup?: boolean } = {}
): Promise<WriteResultsSummary> {
  const wb = await loadWorkbook(file);
  const rows = applyResults(wb, findings, file);
  const backup = `${file}.bak`;
  if (options.backup !== false) await fs.copyFile(file, backup);
  await saveWorkbook(wb, file);
  return { rows, backup };
}
