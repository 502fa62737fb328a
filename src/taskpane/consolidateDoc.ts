/**
 * Tổng hợp đơn vị in the pane: the units' registers chosen by the clerk, read and merged in the
 * browser by the CLI's own code (src/adapters/xlsx/consolidateBook.ts) — ExcelJS in a lazy chunk,
 * loaded when the first file is chosen. Nothing leaves the machine.
 */
import type { ConsolidationSource, FailedSource } from "../domain/consolidation/consolidate";
import { decideYear, unitYears, yearGroupsText } from "../domain/consolidation/mix";
import type { CivilDate } from "../domain/text/dates";
import { buildConsolidatedWorkbook, readSourceBytes } from "../adapters/xlsx/consolidateBook";

export { readSourceBytes, decideYear, yearGroupsText };

/** A register's `Năm đánh giá` (null: blank or invalid), shown beside the file. */
export const yearOf = (source: ConsolidationSource): number | null => unitYears([source])[0]!.year;

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
  /** The consolidation year: chosen by the clerk, or every unit's. */
  readonly year: number;
  readonly yearFrom: "option" | "units";
  /** Units left out for their year (also counted in `failed`). */
  readonly excluded: readonly { readonly fileName: string; readonly year: number | null }[];
  /** Settings on which the units differ (`Cấu hình` labels): the register uses the defaults there. */
  readonly differing: readonly string[];
}

/**
 * The consolidated register as .xlsx bytes, exactly as `so-thi-dua consolidate` would write it
 * (`year`: as `--year`; ask `decideYear` first: units whose years disagree are not consolidated).
 */
export async function buildConsolidatedFile(
  sources: readonly ConsolidationSource[],
  failures: readonly FailedSource[],
  today: CivilDate,
  year?: number
): Promise<ConsolidatedFile> {
  const { xlsx, result } = await buildConsolidatedWorkbook(sources, failures, {
    today,
    out: CONSOLIDATED_FILE_NAME,
    ...(year !== undefined ? { year } : {}),
  });
  return {
    fileName: CONSOLIDATED_FILE_NAME,
    bytes: await xlsx(),
    units: result.sources.length,
    rows: result.merged.nominations.length,
    duplicates: result.duplicates.length,
    failed: result.failures.length,
    errors: result.validation.counts.error,
    warnings: result.validation.counts.warning,
    year: result.year.year,
    yearFrom: result.year.from,
    excluded: result.year.excluded.map((f) => ({
      fileName: f.fileName,
      year: f.year?.found ?? null,
    })),
    differing: result.ward.differing.map((d) => d.setting),
  };
}

/** Bytes → base64 for `Excel.createWorkbook` (as the export's). */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
