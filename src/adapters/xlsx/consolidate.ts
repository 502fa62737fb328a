/**
 * Consolidation with ExcelJS: read the units' registers ONE AT A TIME (each workbook is dropped as
 * soon as its snapshot is taken), merge them in the domain, write one new register of the ward from
 * the register plan, validate it in memory and add the report sheets.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
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
import { compareVietnameseText } from "../../domain/text/collate";
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
import { streamRegisterSnapshot } from "./stream";
import { InputError } from "./errors";
import { appendRows, setPolicy, setSettings } from "./fill";
import { gridsFromWorkbook, readRegisterFile } from "./read";
import { applyResults, saveWorkbook } from "./results";

/** A register file larger than this on disk is not read (a ward unit's register is well under 1 MB). */
export const MAX_REGISTER_FILE_BYTES = 50 * 1024 * 1024;
/** Files from this size on are read with the streaming reader (measured: faster from ~2 MB). */
const STREAM_FROM_BYTES = 2 * 1024 * 1024;

export interface ConsolidateOptions extends ConsolidationOverrides {
  readonly today: CivilDate;
  /** Called before each file is read (progress on a terminal). */
  readonly progress?: (n: number, total: number, file: string) => void;
  readonly maxFileBytes?: number;
}

export interface ConsolidationResult {
  /** Every input file in the order read, with what became of it. */
  readonly files: readonly { readonly file: string; readonly ok: boolean; readonly rows: number; readonly problem?: string; readonly detail?: string }[];
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

const isCandidate = (name: string) => /\.xlsx$/iu.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/**
 * The files to read: files as given, folders scanned (not recursively) for `*.xlsx`, skipping Excel
 * lock files (`~$…`), hidden files and the output itself; in natural Vietnamese order, each once.
 */
export async function expandInputs(inputs: readonly string[], out: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>([path.resolve(out)]);
  const add = (f: string) => {
    const key = path.resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const names = (await fs.readdir(input, { withFileTypes: true })).filter((d) => d.isFile() && isCandidate(d.name)).map((d) => d.name);
      for (const n of names.sort(compareVietnameseText)) add(path.join(input, n));
    } else add(input);
  }
  return { files, missing };
}

async function readSource(file: string, maxBytes: number): Promise<ConsolidationSource> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new InputError("missing", file);
  if (stat.size > maxBytes) throw new InputError("tooLarge", file, `${Math.round(stat.size / 1024 / 1024)} MB`);
  // Small unit registers load faster whole; large ones stream (less memory, faster past a few MB).
  const snapshot = stat.size < STREAM_FROM_BYTES ? (await readRegisterFile(file)).snapshot : await streamRegisterSnapshot(file);
  return { file, fileName: path.basename(file), snapshot };
}

/** Read, merge and write. Throws InputError("missing") only through `files`; bad files are reported, not thrown. */
export async function consolidateFiles(inputs: readonly string[], out: string, options: ConsolidateOptions): Promise<ConsolidationResult | { readonly files: ConsolidationResult["files"]; readonly failures: readonly FailedSource[]; readonly empty: true }> {
  const { files, missing } = await expandInputs(inputs, out);
  const sources: ConsolidationSource[] = [];
  const failures: FailedSource[] = missing.map((f) => ({ file: f, fileName: path.basename(f), problem: "missing", detail: "" }));
  const fileStatus: { file: string; ok: boolean; rows: number; problem?: string; detail?: string }[] = missing.map((f) => ({ file: f, ok: false, rows: 0, problem: "missing", detail: "" }));
  const maxBytes = options.maxFileBytes ?? MAX_REGISTER_FILE_BYTES;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    options.progress?.(i + 1, files.length, file);
    try {
      const s = await readSource(file, maxBytes);
      sources.push(s);
      fileStatus.push({ file, ok: true, rows: s.snapshot.nominations?.rows.length ?? 0 });
    } catch (e) {
      const problem = e instanceof InputError ? e.problem : "corrupt";
      const detail = e instanceof InputError ? e.detail : e instanceof Error ? e.message : String(e);
      failures.push({ file, fileName: path.basename(file), problem, detail });
      fileStatus.push({ file, ok: false, rows: 0, problem, detail });
    }
  }
  if (!sources.length) return { files: fileStatus, failures, empty: true };

  const reports = sources.map((s, i) => reportUnit(i, s, options.today));
  const merged = mergeSources(sources);
  const base = merged.base === null ? null : sources[merged.base]!.snapshot;
  const regOptions = consolidatedOptions(merged, base, options, options.today);
  const { plan } = planRegister(regOptions);
  const layout = FRESH_NOMINATION_LAYOUT;
  const sheets = plan.sheets.map((s) => (s.name === SHEET.nominations ? withSourceColumn(s, layout.headerRow) : s));
  const wb = await workbookFromPlan({ ...plan, sheets });
  const settingsWs = wb.getWorksheet(SHEET.settings)!;
  setPolicy(settingsWs, policyFill(base));
  const bands = bandSettingsFill(base);
  if (Object.keys(bands).length) setSettings(settingsWs, bands);

  const textOf = (r: Merged["nominations"][number]) => sourceText(sources, reports, r);
  const written = appendRows(wb.getWorksheet(SHEET.nominations)!, nominationFillRows(merged, textOf), ANCHOR_LABEL);
  appendRows(wb.getWorksheet(SHEET.complaints)!, labelFillRows(merged.complaints, COMPLAINT_COL), ANCHOR_LABEL);
  appendRows(wb.getWorksheet(SHEET.history)!, labelFillRows(merged.history, HISTORY_COL), ANCHOR_LABEL);
  const sourceOfRow = new Map<number, number>();
  const sourceTextOfRow = new Map<number, string>();
  written.forEach((row, i) => {
    const r = merged.nominations[i]!;
    sourceOfRow.set(row, r.source);
    sourceTextOfRow.set(row, textOf(r));
  });

  // Validate the register exactly as it will be read back, then write its results and the reports.
  const validation = validateRegister(readRegister(gridsFromWorkbook(wb)), { today: options.today });
  applyResults(wb, validation.findings, out);
  const duplicates = findDuplicates(validation, sourceOfRow);
  const byRow = findingsByRow(validation.findings);
  const results = new Map(written.map((row) => [row, resultText(byRow.get(row) ?? [])]));
  const dupBySource = new Map<number, number>();
  for (const g of duplicates) for (const row of g.rows) dupBySource.set(sourceOfRow.get(row)!, (dupBySource.get(sourceOfRow.get(row)!) ?? 0) + 1);
  const indexOfRow = new Map(written.map((row, i) => [row, i]));
  const unitOf = (row: number) => cellDisplay(merged.nominations[indexOfRow.get(row) ?? -1]?.cells.proposingUnit);
  await addSheet(wb, planMergedSheet(merged, written[0] ?? layout.headerRow + 1, results, textOf));
  await addSheet(wb, planDuplicatesSheet(duplicates, (row) => ({ unit: unitOf(row), source: sourceTextOfRow.get(row) ?? "" })));
  await addSheet(wb, planUnitsSheet(reports, dupBySource));
  await addSheet(wb, planFailuresSheet(failures));
  await saveWorkbook(wb, out);
  return { files: fileStatus, sources, reports, failures, merged, duplicates, validation, sourceOfRow, sourceTextOfRow, indexOfRow };
}
