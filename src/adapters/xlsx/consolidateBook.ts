/**
 * Consolidation without the file system (shared by the CLI and the task pane, which runs it in the
 * browser): an xlsx's bytes → a `ConsolidationSource` (or a `FailedSource` with the CLI's problem
 * codes), and already-read sources → the consolidated register as an ExcelJS workbook (merge in the
 * domain, register plan, rows, validation in memory, `Kết quả kiểm tra`, report sheets). Saving the
 * workbook is the caller's business (a file in Node, a download or a new Excel workbook in the pane).
 */
import type ExcelJS from "exceljs";
import {
  type ConsolidationSource,
  type DuplicateGroup,
  type FailedSource,
  findDuplicates,
  type Merged,
  mergeSources,
  reportUnit,
  type UnitReport,
} from "../../domain/consolidation/consolidate";
import { cellDisplay } from "../../domain/cell";
import { ANCHOR_LABEL, COMPLAINT_COL, HISTORY_COL, SHEET } from "../../domain/register/contract";
import { resultText } from "../../domain/results";
import type { CivilDate } from "../../domain/text/dates";
import { findingsByRow, validateRegister, type ValidationResult } from "../../domain/validate";
import {
  bandSettingsFill,
  type ConsolidationOverrides,
  consolidatedOptions,
  labelFillRows,
  nominationFillRows,
  planDuplicatesSheet,
  planFailuresSheet,
  planMergedSheet,
  planUnitsSheet,
  policyFill,
  sourceText,
  withSourceColumn,
} from "../../workbook/plan/consolidation";
import { FRESH_NOMINATION_LAYOUT } from "../../workbook/plan/layout";
import { planRegister } from "../../workbook/plan/register";
import { readRegister } from "../../workbook/read";
import { addSheet, workbookFromPlan } from "./apply";
import { InputError } from "./errors";
import { appendRows, setPolicy, setSettings } from "./fill";
import { gridsFromWorkbook, loadWorkbookBytes, registerOfWorkbook } from "./grids";
import { applyResults } from "./resultsColumn";

/** A register file larger than this is not read (a ward unit's register is well under 1 MB). */
export const MAX_REGISTER_FILE_BYTES = 50 * 1024 * 1024;

export interface BuildOptions extends ConsolidationOverrides {
  readonly today: CivilDate;
  /** The output's name, for error messages only. */
  readonly out?: string;
}

/** What the consolidation found and wrote (the CLI adds `files`, its per-file status). */
export interface ConsolidatedBook {
  readonly sources: readonly ConsolidationSource[];
  readonly reports: readonly UnitReport[];
  readonly failures: readonly FailedSource[];
  readonly merged: Merged;
  readonly duplicates: readonly DuplicateGroup[];
  /** Validation of the consolidated register (as `validate` will see the written file). */
  readonly validation: ValidationResult;
  /** Excel row in the consolidated `Đề nghị` → index of its source. */
  readonly sourceOfRow: ReadonlyMap<number, number>;
  /** Excel row → `Nguồn` text. */
  readonly sourceTextOfRow: ReadonlyMap<number, string>;
  /** Excel row → index in `merged.nominations`. */
  readonly indexOfRow: ReadonlyMap<number, number>;
}

/** A problem → the `FailedSource` the CLI would list (same codes and details). */
export function failedSource(file: string, fileName: string, e: unknown): FailedSource {
  const problem = e instanceof InputError ? e.problem : "corrupt";
  const detail = e instanceof InputError ? e.detail : e instanceof Error ? e.message : String(e);
  return { file, fileName, problem, detail };
}

/**
 * One unit's register from its bytes (a file the clerk chose in the pane): sniffed, loaded in memory,
 * read; the workbook is dropped, only the snapshot is kept. Never throws: a bad file is a `FailedSource`.
 */
export async function readSourceBytes(
  fileName: string,
  bytes: ArrayBuffer | Uint8Array,
  maxBytes = MAX_REGISTER_FILE_BYTES
): Promise<{ readonly source: ConsolidationSource } | { readonly failure: FailedSource }> {
  try {
    const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (buf.byteLength > maxBytes)
      throw new InputError("tooLarge", fileName, `${Math.round(buf.byteLength / 1024 / 1024)} MB`);
    const workbook = await loadWorkbookBytes(fileName, buf);
    const { snapshot } = registerOfWorkbook(workbook, fileName);
    return { source: { file: fileName, fileName, snapshot } };
  } catch (e) {
    return { failure: failedSource(fileName, fileName, e) };
  }
}

/** Merge the sources into one new register of the ward, validated, with its report sheets. `sources` must not be empty. */
export async function buildConsolidatedWorkbook(
  sources: readonly ConsolidationSource[],
  failures: readonly FailedSource[],
  options: BuildOptions
): Promise<{ readonly workbook: ExcelJS.Workbook; readonly result: ConsolidatedBook }> {
  const reports = sources.map((s, i) => reportUnit(i, s, options.today));
  const merged = mergeSources(sources);
  const base = merged.base === null ? null : sources[merged.base]!.snapshot;
  const regOptions = consolidatedOptions(merged, base, options, options.today);
  const { plan } = planRegister(regOptions);
  const layout = FRESH_NOMINATION_LAYOUT;
  const sheets = plan.sheets.map((s) =>
    s.name === SHEET.nominations ? withSourceColumn(s, layout.headerRow) : s
  );
  const wb = await workbookFromPlan({ ...plan, sheets });
  const settingsWs = wb.getWorksheet(SHEET.settings)!;
  setPolicy(settingsWs, policyFill(base));
  const bands = bandSettingsFill(base);
  if (Object.keys(bands).length) setSettings(settingsWs, bands);

  const textOf = (r: Merged["nominations"][number]) => sourceText(sources, reports, r);
  const written = appendRows(
    wb.getWorksheet(SHEET.nominations)!,
    nominationFillRows(merged, textOf),
    ANCHOR_LABEL
  );
  appendRows(
    wb.getWorksheet(SHEET.complaints)!,
    labelFillRows(merged.complaints, COMPLAINT_COL),
    ANCHOR_LABEL
  );
  appendRows(
    wb.getWorksheet(SHEET.history)!,
    labelFillRows(merged.history, HISTORY_COL),
    ANCHOR_LABEL
  );
  const sourceOfRow = new Map<number, number>();
  const sourceTextOfRow = new Map<number, string>();
  written.forEach((row, i) => {
    const r = merged.nominations[i]!;
    sourceOfRow.set(row, r.source);
    sourceTextOfRow.set(row, textOf(r));
  });

  // Validate the register exactly as it will be read back, then write its results and the reports.
  const validation = validateRegister(readRegister(gridsFromWorkbook(wb)), {
    today: options.today,
  });
  applyResults(wb, validation.findings, options.out ?? "");
  const duplicates = findDuplicates(validation, sourceOfRow);
  const byRow = findingsByRow(validation.findings);
  const results = new Map(written.map((row) => [row, resultText(byRow.get(row) ?? [])]));
  const dupBySource = new Map<number, number>();
  for (const g of duplicates)
    for (const row of g.rows)
      dupBySource.set(sourceOfRow.get(row)!, (dupBySource.get(sourceOfRow.get(row)!) ?? 0) + 1);
  const indexOfRow = new Map(written.map((row, i) => [row, i]));
  const unitOf = (row: number) =>
    cellDisplay(merged.nominations[indexOfRow.get(row) ?? -1]?.cells.proposingUnit);
  await addSheet(wb, planMergedSheet(merged, written[0] ?? layout.headerRow + 1, results, textOf));
  await addSheet(
    wb,
    planDuplicatesSheet(duplicates, (row) => ({
      unit: unitOf(row),
      source: sourceTextOfRow.get(row) ?? "",
    }))
  );
  await addSheet(wb, planUnitsSheet(reports, dupBySource));
  await addSheet(wb, planFailuresSheet(failures));
  return {
    workbook: wb,
    result: {
      sources,
      reports,
      failures,
      merged,
      duplicates,
      validation,
      sourceOfRow,
      sourceTextOfRow,
      indexOfRow,
    },
  };
}
