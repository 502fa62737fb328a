/**
 * Consolidation without the file system (shared by the CLI and the task pane, which runs it in the
 * browser): an xlsx's bytes → a `ConsolidationSource` (or a `FailedSource` with the CLI's problem
 * codes), and already-read sources → the consolidated register (merge in the domain, register plan,
 * rows, validation in memory, `Kết quả kiểm tra`, report sheets) and its .xlsx bytes. Saving them is
 * the caller's business (a file in Node, a download or a new Excel workbook in the pane).
 *
 * The register holds every nomination twice (`Đề nghị` and `Tổng hợp đề nghị`): those rows are
 * written as sheet XML straight from the values (./bulk.ts), everything else through ExcelJS. The
 * file is cell for cell the one ExcelJS alone would write (`writer: "exceljs"`, kept to prove it).
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
import {
  ConsolidationYearError,
  decideYear,
  type WardSettings,
  type YearDecision,
  wardSettings,
} from "../../domain/consolidation/mix";
import { cellDisplay } from "../../domain/cell";
import {
  ANCHOR_LABEL,
  COL,
  COMPLAINT_COL,
  HISTORY_COL,
  SHEET,
} from "../../domain/register/contract";
import { isResultText, resultText } from "../../domain/results";
import type { CivilDate } from "../../domain/text/dates";
import { findingsByRow, validateRegister, type ValidationResult } from "../../domain/validate";
import {
  bandSettingsFill,
  CONSOLIDATION_SHEET,
  type ConsolidationOverrides,
  consolidatedOptions,
  consolidationNotes,
  labelFillRows,
  MERGED_HEADER_ROW,
  mergedSheetRow,
  eachNominationFill,
  nominationFillRows,
  planDuplicatesSheet,
  planFailuresSheet,
  planMergedSheet,
  planMergedSheetFrame,
  planUnitsSheet,
  policyFill,
  sourceText,
  withSourceColumn,
} from "../../workbook/plan/consolidation";
import { FRESH_NOMINATION_LAYOUT } from "../../workbook/plan/layout";
import { planRegister } from "../../workbook/plan/register";
import type { PlanCell } from "../../workbook/plan/types";
import type { WorkbookGrids } from "../../workbook/grid";
import { readRegister } from "../../workbook/read";
import { addSheet, workbookFromPlan } from "./apply";
import {
  type BulkSheet,
  type BulkStyle,
  PLAIN,
  prepareBulk,
  withBulkRows,
  writeWithBulk,
  type XlsxValue,
} from "./bulk";
import { addChartParts } from "./charts";
import { toExcelValue } from "./cells";
import { InputError } from "./errors";
import { appendRows, setPolicy, setSettings, tableTarget, toCellValue } from "./fill";
import { gridFromWorksheet, gridsFromWorkbook } from "./grids";
import { registerOfBytes } from "./registerBytes";
import { applyResults } from "./resultsColumn";
import { WRITE_OPTIONS } from "./styles";
import { type Deflater, fflateDeflater } from "./zip";

/** A register file larger than this is not read (a ward unit's register is well under 1 MB). */
export const MAX_REGISTER_FILE_BYTES = 50 * 1024 * 1024;

export interface BuildOptions extends ConsolidationOverrides {
  readonly today: CivilDate;
  /** The output's name, for error messages only. */
  readonly out?: string;
  /**
   * How the rows of `Đề nghị` and `Tổng hợp đề nghị` are written: `bulk` (default) as sheet XML
   * straight from the values; `exceljs` through ExcelJS's object model like the rest — slower, the
   * reference the bulk writer is tested against.
   */
  readonly writer?: "bulk" | "exceljs";
}

/** What the consolidation found and wrote (the CLI adds `files`, its per-file status). */
export interface ConsolidatedBook {
  /** The sources merged (those of the consolidation year), in the order given. */
  readonly sources: readonly ConsolidationSource[];
  readonly reports: readonly UnitReport[];
  /** The failures given, then the units left out for their year. */
  readonly failures: readonly FailedSource[];
  /** The consolidation year, where it comes from, every unit's year. */
  readonly year: Extract<YearDecision, { ok: true }>;
  /** The consolidated register's settings, where they come from, where the units differ. */
  readonly ward: WardSettings;
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

/** The consolidated register: what it holds, and its .xlsx bytes on demand. */
export interface ConsolidatedWorkbook {
  readonly result: ConsolidatedBook;
  /** The package; `deflater`: compression (the CLI passes Node's zlib; default fflate, for the browser). */
  xlsx(deflater?: Deflater): Promise<Uint8Array>;
}

/** A problem → the `FailedSource` the CLI would list (same codes and details). */
export function failedSource(file: string, fileName: string, e: unknown): FailedSource {
  const problem = e instanceof InputError ? e.problem : "corrupt";
  const detail = e instanceof InputError ? e.detail : e instanceof Error ? e.message : String(e);
  return { file, fileName, problem, detail };
}

/**
 * One unit's register from its bytes (a file the clerk chose in the pane): sniffed and read by the
 * package reader (fflate in the browser); only the snapshot is kept. Never throws: a bad file is a
 * `FailedSource`.
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
    return { source: { file: fileName, fileName, snapshot: registerOfBytes(fileName, buf) } };
  } catch (e) {
    return { failure: failedSource(fileName, fileName, e) };
  }
}

/** Plan styles as bulk cell styles, one object per (style, unlocked) pair. */
const BULK_STYLES = new Map<string, BulkStyle>();
function planStyle(c: PlanCell): BulkStyle {
  if (!c.style && !c.unlocked) return PLAIN;
  const key = `${c.style ?? ""}|${c.unlocked ? 1 : 0}`;
  let s = BULK_STYLES.get(key);
  if (!s) {
    s = Object.freeze({
      ...(c.style ? { style: c.style } : {}),
      ...(c.unlocked ? { unlocked: true } : {}),
    });
    BULK_STYLES.set(key, s);
  }
  return s;
}

const LABEL: BulkStyle = Object.freeze({ style: "label" });
const NONE: readonly never[] = [];

/** `Kết quả kiểm tra`: its column and the text of each row of the table. */
interface ResultColumn {
  readonly col: number;
  readonly text: ReadonlyMap<number, string>;
}

/**
 * The rows of the consolidated `Đề nghị` below its header, as the object model would hold them after
 * `workbookFromPlan` (the plan's prepared rows: STT formulas), `appendRows` (the nominations by
 * label) and — when `results` is given — `applyResults` (`Kết quả kiểm tra` on the table's rows,
 * stale results cleared on the others).
 */
function nominationRows(a: {
  readonly firstRow: number;
  readonly planCells: readonly PlanCell[];
  readonly dataRow: number;
  /** The nominations' cells by column, as `appendRows` sets them (`toCellValue`). */
  readonly fills: readonly (readonly (XlsxValue | undefined)[])[];
  readonly results?: ResultColumn;
}): BulkSheet {
  const planByRow = new Map<number, { col: number; value: XlsxValue; style: BulkStyle }[]>();
  let last = a.dataRow + a.fills.length - 1;
  let width = a.results?.col ?? 0;
  for (const c of a.planCells) {
    if (c.row < a.firstRow) throw new Error(`Plan cell above the bulk rows (row ${c.row})`);
    let list = planByRow.get(c.row);
    if (!list) planByRow.set(c.row, (list = []));
    list.push({ col: c.col, value: toExcelValue(c.value) as XlsxValue, style: planStyle(c) });
    last = Math.max(last, c.row);
    width = Math.max(width, c.col);
  }
  for (const f of a.fills) width = Math.max(width, f.length - 1);
  return {
    name: SHEET.nominations,
    firstRow: a.firstRow,
    emit(sink) {
      const values: XlsxValue[] = [];
      const styles: (BulkStyle | undefined)[] = [];
      for (let r = a.firstRow; r <= last; r++) {
        styles.fill(undefined, 0, width + 1);
        for (const c of planByRow.get(r) ?? NONE) {
          values[c.col] = c.value;
          styles[c.col] = c.style;
        }
        const fill = a.fills[r - a.dataRow];
        if (fill)
          for (let col = 1; col < fill.length; col++) {
            const v = fill[col];
            if (v === undefined) continue;
            values[col] = v;
            styles[col] ??= PLAIN;
          }
        if (a.results) {
          const k = a.results.col;
          const text = a.results.text.get(r);
          if (text !== undefined) {
            values[k] = text;
            styles[k] ??= PLAIN;
          } else if (styles[k] === undefined) {
            values[k] = null;
            styles[k] = PLAIN;
          } else if (isResultText(values[k])) values[k] = null;
        }
        sink.row(r);
        for (let col = 1; col <= width; col++) {
          const s = styles[col];
          if (s) sink.cell(col, values[col]!, s);
        }
        sink.end();
      }
    },
  };
}

/**
 * Merge the sources into one new register of the ward, validated, with its report sheets. Only the
 * units of the consolidation year are merged (`decideYear`: the others become failures); throws
 * `ConsolidationYearError` when the units' years disagree and no year is given, or when no unit has
 * the year given — ask `decideYear` first. `sources` must not be empty.
 */
export async function buildConsolidatedWorkbook(
  given: readonly ConsolidationSource[],
  failuresGiven: readonly FailedSource[],
  options: BuildOptions
): Promise<ConsolidatedWorkbook> {
  const year = decideYear(given, options.year);
  if (!year.ok || !year.kept.length) throw new ConsolidationYearError(year);
  const sources = year.kept.map((i) => given[i]!);
  const failures = [...failuresGiven, ...year.excluded];
  const bulk = options.writer !== "exceljs";
  const reports = sources.map((s, i) => reportUnit(i, s, options.today));
  const merged = mergeSources(sources);
  const ward = wardSettings(sources, options);
  const regOptions = consolidatedOptions(merged, ward.settings, year.year);
  const { plan } = planRegister(regOptions, [], merged.nominations.length);
  const layout = FRESH_NOMINATION_LAYOUT;
  const h = layout.headerRow;
  // In bulk mode the prepared rows under the header (STT formulas) are written with the nominations.
  const belowHeader: PlanCell[] = [];
  const sheets = plan.sheets.map((s) => {
    if (s.name !== SHEET.nominations) return s;
    const sheet = withSourceColumn(s, h);
    if (!bulk) return sheet;
    for (const c of sheet.cells) if (c.row > h) belowHeader.push(c);
    return { ...sheet, cells: sheet.cells.filter((c) => c.row <= h) };
  });
  const wb = await workbookFromPlan({ ...plan, sheets });
  const settingsWs = wb.getWorksheet(SHEET.settings)!;
  setPolicy(settingsWs, policyFill(ward.settings));
  const bands = bandSettingsFill(ward.settings);
  if (Object.keys(bands).length) setSettings(settingsWs, bands);

  // Each nomination's `Nguồn` text, made once (the same string then goes to both sheets).
  const sourceTexts = new Map(merged.nominations.map((r) => [r, sourceText(sources, reports, r)]));
  const textOf = (r: Merged["nominations"][number]) =>
    sourceTexts.get(r) ?? sourceText(sources, reports, r);
  const nominationsWs = wb.getWorksheet(SHEET.nominations)!;
  let written: number[];
  let bulkNominations: ((results: ResultColumn) => BulkSheet) | null = null;
  let grids: WorkbookGrids;
  // `Khiếu nại` and `Lịch sử khen thưởng` are small: ExcelJS writes them in both paths.
  const appendSideTables = () => {
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
  };
  if (bulk) {
    const table = tableTarget(nominationsWs, ANCHOR_LABEL);
    const fills = merged.nominations.map((r) => {
      const row: (XlsxValue | undefined)[] = [];
      eachNominationFill(r, textOf, (label, v) => {
        row[table.column(label)] = toCellValue(v) as XlsxValue;
      });
      return row;
    });
    written = fills.map((_, i) => table.firstRow + i);
    const rows = (results?: ResultColumn) =>
      nominationRows({
        firstRow: h + 1,
        planCells: belowHeader,
        dataRow: table.firstRow,
        fills,
        ...(results ? { results } : {}),
      });
    bulkNominations = rows;
    appendSideTables();
    // The grids as the reader will see the written file: the skeleton's, `Đề nghị` with its rows.
    const skeleton = gridsFromWorkbook(wb);
    const sheetsRead = new Map(skeleton.sheets);
    sheetsRead.set(nominationsWs.name, withBulkRows(gridFromWorksheet(nominationsWs), rows()));
    grids = { sheetNames: skeleton.sheetNames, sheets: sheetsRead };
  } else {
    written = appendRows(nominationsWs, nominationFillRows(merged, textOf), ANCHOR_LABEL);
    appendSideTables();
    grids = gridsFromWorkbook(wb);
  }
  const sourceOfRow = new Map<number, number>();
  const sourceTextOfRow = new Map<number, string>();
  written.forEach((row, i) => {
    const r = merged.nominations[i]!;
    sourceOfRow.set(row, r.source);
    sourceTextOfRow.set(row, textOf(r));
  });

  // Validate the register exactly as it will be read back, then write its results and the reports.
  const snapshot = readRegister(grids);
  const validation = validateRegister(snapshot, { today: options.today });
  const byRow = findingsByRow(validation.findings);
  const resultTexts = new Map<number, string>();
  const resultOf = (row: number) => {
    let text = resultTexts.get(row);
    if (text === undefined) resultTexts.set(row, (text = resultText(byRow.get(row) ?? [])));
    return text;
  };
  let nominationsBulk: BulkSheet | null = null;
  if (bulkNominations) {
    // `applyResults`: the result of every row of the table; the column and its colours are the plan's.
    const col = snapshot.nominations?.columns.result;
    if (col === undefined)
      throw new Error(`No “${COL.result}” column in the consolidated register`);
    nominationsBulk = bulkNominations({
      col,
      text: new Map(snapshot.nominations!.rows.map((r) => [r.row, resultOf(r.row)])),
    });
  } else applyResults(wb, validation.findings, options.out ?? "");
  const duplicates = findDuplicates(validation, sourceOfRow);
  const results = new Map(written.map((row) => [row, resultOf(row)]));
  const dupBySource = new Map<number, number>();
  for (const g of duplicates)
    for (const row of g.rows)
      dupBySource.set(sourceOfRow.get(row)!, (dupBySource.get(sourceOfRow.get(row)!) ?? 0) + 1);
  const indexOfRow = new Map(written.map((row, i) => [row, i]));
  const unitOf = (row: number) =>
    cellDisplay(merged.nominations[indexOfRow.get(row) ?? -1]?.cells.proposingUnit);
  const firstRow = written[0] ?? h + 1;
  await addSheet(
    wb,
    bulk
      ? planMergedSheetFrame(merged, firstRow)
      : planMergedSheet(merged, firstRow, results, textOf)
  );
  await addSheet(
    wb,
    planDuplicatesSheet(duplicates, (row) => ({
      unit: unitOf(row),
      source: sourceTextOfRow.get(row) ?? "",
    }))
  );
  await addSheet(
    wb,
    planUnitsSheet(
      reports,
      dupBySource,
      consolidationNotes(year, ward, (i) => sources[i]?.fileName ?? "")
    )
  );
  await addSheet(wb, planFailuresSheet(failures));
  const result: ConsolidatedBook = {
    sources,
    reports,
    failures,
    year,
    ward,
    merged,
    duplicates,
    validation,
    sourceOfRow,
    sourceTextOfRow,
    indexOfRow,
  };
  if (!nominationsBulk)
    return {
      result,
      xlsx: async () =>
        addChartParts(
          bytesOf(
            await wb.xlsx.writeBuffer(WRITE_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>)
          ),
          sheets
        ),
    };

  let mergedRows: ReturnType<typeof mergedSheetRow>[] | null = null;
  const mergedBulk: BulkSheet = {
    name: CONSOLIDATION_SHEET.merged,
    firstRow: MERGED_HEADER_ROW + 1,
    emit(sink) {
      mergedRows ??= merged.nominations.map((r, i) =>
        mergedSheetRow(r, i, firstRow, results, textOf)
      );
      for (let i = 0; i < mergedRows.length; i++) {
        const row = mergedRows[i]!;
        sink.row(MERGED_HEADER_ROW + 1 + i);
        for (let k = 0; k < row.length; k++) {
          const v = row[k]!;
          if (v !== null) sink.cell(k + 1, v, LABEL);
        }
        sink.end();
      }
    },
  };
  const prepared = [
    prepareBulk(nominationsWs, nominationsBulk),
    prepareBulk(wb.getWorksheet(CONSOLIDATION_SHEET.merged)!, mergedBulk),
  ];
  // `Tổng hợp`'s charts go into the skeleton, before the rows (a small package to unzip twice).
  return {
    result,
    xlsx: (deflater) =>
      writeWithBulk(wb, prepared, deflater ?? fflateDeflater, (pkg) => addChartParts(pkg, sheets)),
  };
}

function bytesOf(b: ArrayBuffer | Uint8Array): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}
