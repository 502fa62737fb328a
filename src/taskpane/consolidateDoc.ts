/**
 * Tổng hợp đơn vị in the pane: the units' registers chosen by the clerk, read and merged in the
 * browser by the CLI's own code (src/adapters/xlsx/consolidateBook.ts) — ExcelJS in a lazy chunk,
 * loaded when the first file is chosen. Nothing leaves the machine.
 */
import type { ConsolidationSource, FailedSource } from "../domain/consolidation/consolidate";
import type { CivilDate } from "../domain/text/dates";
import { buildConsolidatedWorkbook, readSourceBytes } from "../adapters/xlsx/consolidateBook";

export { readSourceBytes };

/** The download's name. */
export const CONSOLIDATED_FILE_NAME = "tong-hop-don-vi.xlsx";

export interface ConsolidatedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Registers merged. */
  readonly units: number;
  /** Nominations in the consolidated register. */
  readonly rows: number;
  /** Groups of nominees proposed by more than one unit (`Trùng lặp`). */
  readonly duplicates: number;
  /** Files listed in `Tệp lỗi`. */
  readonly failed: number;
  /** Findings of the consolidated register's own check. */
  readonly errors: number;
  readonly warnings: number;
}

/** The consolidated register as .xlsx bytes, exactly as `so-thi-dua consolidate` would write it. */
export async function buildConsolidatedFile(
  sources: readonly ConsolidationSource[],
  failures: readonly FailedSource[],
  today: CivilDate
): Promise<ConsolidatedFile> {
  const { xlsx, result } = await buildConsolidatedWorkbook(sources, failures, {
    today,
    out: CONSOLIDATED_FILE_NAME,
  });
  return {
    fileName: CONSOLIDATED_FILE_NAME,
    bytes: await xlsx(),
    units: sources.length,
    rows: result.merged.nominations.length,
    duplicates: result.duplicates.length,
    failed: failures.length,
    errors: result.validation.counts.error,
    warnings: result.validation.counts.warning,
  };
}

/** Bytes → base64 for `Excel.createWorkbook` (as the export's). */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
