/**
 * The consolidated register (export.md "Consolidation"): a full register of the ward built from the
 * register plan — so `validate` and `export` work on it — whose `Đề nghị` gains a `Nguồn` column, plus
 * four report sheets: `Tổng hợp đề nghị`, `Trùng lặp`, `Theo đơn vị`, `Tệp lỗi`.
 */
import { type Cell, cellDisplay, isErrorCell } from "../../domain/cell";
import { NOMINEE_KIND } from "../../domain/catalog/lists";
import { isWardLevel } from "../../domain/catalog/levels";
import { TITLES } from "../../domain/catalog/titles";
import {
  addDistinct,
  type ConsolidationSource,
  type DuplicateGroup,
  type FailedSource,
  type Merged,
  type MergedRow,
  type UnitReport,
} from "../../domain/consolidation/consolidate";
import { columnLetter } from "../../domain/findings";
import { readPolicy } from "../../domain/policy";
import { profileOf } from "../../domain/policy/profiles";
import { defaultDriveNames, type Holiday } from "../../domain/drives";
import { foldKey } from "../../domain/text/normalize";
import { DEFAULT_QUORUM_PCT, type MeetingSettings } from "../../domain/policy/meeting";
import type { Parsed } from "../../domain/values";
import {
  COL,
  NOMINATION_FIELDS,
  POLICY_EXTRA,
  POLICY_HEADER,
  SETTING,
  VOTING_METHOD,
  type NominationField,
} from "../../domain/register/contract";
import type { SettingsSnapshot } from "../../domain/snapshot";
import {
  type SettingDifference,
  type WardSettings,
  type WardSettingsOptions,
  type YearDecision,
  unitValuesText,
} from "../../domain/consolidation/mix";
import { defaultOptions, type MeetingOptions, type RegisterOptions } from "./options";
import { acrossRow, areaTo, fitRows, parseArea } from "./print";
import type { PlanCell, PlanValue, SheetPlan } from "./types";

export const CONSOLIDATION_SHEET = {
  merged: "Tổng hợp đề nghị",
  duplicates: "Trùng lặp",
  units: "Theo đơn vị",
  failures: "Tệp lỗi",
} as const;

/** Extra column of `Đề nghị` and `Tổng hợp đề nghị`: the unit, file and row a nomination came from. */
export const SOURCE_LABEL = "Nguồn";

/** `Danh mục` keeps 200 units and 100 drives (lists.ts); longer lists are cut, free text still validates. */
const MAX_UNITS = 200;
const MAX_DRIVES = 100;

/** A value written into a register cell by label (ExcelJS `fill.ts`): errors become their text. */
export type FillCell =
  | string
  | number
  | boolean
  | null
  | { readonly date: { year: number; month: number; day: number } };

export function fillValue(c: Cell | undefined): FillCell {
  if (c === undefined || c === null) return null;
  if (isErrorCell(c)) return c.error;
  return c;
}

/** `Tổ dân phố số 1 — tdp-1.xlsx, dòng 7`. */
export function sourceText(
  sources: readonly ConsolidationSource[],
  reports: readonly UnitReport[],
  r: MergedRow<string>
): string {
  const s = sources[r.source];
  return `${reports[r.source]?.unitName ?? ""} — ${s?.fileName ?? ""}, dòng ${r.sourceRow}`;
}

/** `--unit`, `--council-size`, `--settings-from` (./mix.ts `wardSettings`) and `--year` (`decideYear`). */
export interface ConsolidationOverrides extends WardSettingsOptions {
  readonly year?: number;
}

/**
 * Settings of the consolidated register: the ward's settings decided by `wardSettings` (never the
 * first file's), the consolidation year, units and drives from every file.
 */
export function consolidatedOptions(
  merged: Merged,
  ward: SettingsSnapshot,
  year: number
): RegisterOptions {
  const p = readPolicy(ward).policy;
  return defaultOptions({
    year,
    unitName: p.unitName || "UBND phường",
    unitLevel: isWardLevel(p.unitLevel) ? p.unitLevel : "Phường",
    province: p.province,
    submitTo: p.submitTo,
    ...(p.councilSize.state === "ok" ? { councilSize: p.councilSize.value } : {}),
    meetingDate: p.meetingDate.state === "ok" ? p.meetingDate.value : null,
    deadline: p.deadline.state === "ok" ? p.deadline.value : null,
    submissionDate: p.submissionDate.state === "ok" ? p.submissionDate.value : null,
    signerCapacity: p.signer.capacity || null,
    signerTitle: p.signer.title || null,
    signerName: p.signer.name || null,
    meeting: meetingOptionsOf(p.meeting),
    ...(p.baseSalary.state === "ok" ? { baseSalary: p.baseSalary.value } : {}),
    ...(p.minMonths.state === "ok" ? { minMonths: p.minMonths.value } : {}),
    cstdcsCapPct:
      p.cstdcsCapPct.state === "ok"
        ? p.cstdcsCapPct.value
        : p.cstdcsCapPct.state === "empty"
          ? null
          : undefined,
    units: merged.units.slice(0, MAX_UNITS),
    // The ward's province's drive list (Hà Nội's 10/10 for a Hà Nội ward), then every file's drives.
    drives: driveNamesOf(profileOf(p.province)?.holidays ?? [], merged.drives).slice(0, MAX_DRIVES),
    preparedRows: Math.max(1000, merged.nominations.length + 100),
  });
}

/** The province's default drive names, then the merged ones not among them (consolidate.ts addDistinct). */
function driveNamesOf(holidays: readonly Holiday[], merged: readonly string[]): string[] {
  const names = [...defaultDriveNames(holidays)];
  addDistinct(names, new Set(names.map(foldKey)), merged);
  return names;
}

/** The ward's meeting settings as options (blank or invalid cells stay blank; defaults when blank). */
function meetingOptionsOf(m: MeetingSettings): MeetingOptions {
  const val = <T>(p: Parsed<T>): T | null => (p.state === "ok" ? p.value : null);
  return {
    start: val(m.start),
    end: val(m.end),
    place: m.place || null,
    chair: m.chair || null,
    secretary: m.secretary || null,
    present: val(m.present),
    written: val(m.written),
    quorumPct: m.quorumPct.state === "empty" ? DEFAULT_QUORUM_PCT : val(m.quorumPct),
    votingMethod:
      m.votingMethod.state === "ok" ? VOTING_METHOD[m.votingMethod.value] : VOTING_METHOD.ballot,
    members: [],
  };
}

/** The policy-table cells of the ward's settings, by title name and label (for `setPolicy`). */
export function policyFill(
  ward: SettingsSnapshot | null
): Record<string, Record<string, FillCell>> {
  const out: Record<string, Record<string, FillCell>> = {};
  for (const t of TITLES) {
    const row = ward?.policy[t.code];
    if (!row) continue;
    out[t.name] = {
      [POLICY_HEADER.minScore]: fillValue(row.minScore),
      [POLICY_HEADER.minVotePct]: fillValue(row.minVotePct),
      ...(row.bonus !== undefined ? { [POLICY_EXTRA.bonus]: fillValue(row.bonus) } : {}),
      ...(row.authority !== undefined
        ? { [POLICY_EXTRA.authority]: fillValue(row.authority) }
        : {}),
    };
  }
  return out;
}

/** The band settings of the ward's settings, when it has them (RegisterOptions carries the defaults). */
export function bandSettingsFill(ward: SettingsSnapshot | null): Record<string, FillCell> {
  const out: Record<string, FillCell> = {};
  for (const k of ["bandExcellent", "bandGood", "bandFair", "bandAverage"] as const) {
    const v = ward?.values[k];
    if (v && v.value !== null) out[SETTING[k]] = fillValue(v.value);
  }
  return out;
}

/** `Đề nghị` with the `Nguồn` column after the last one. */
export function withSourceColumn(sheet: SheetPlan, headerRow: number): SheetPlan {
  const last = Math.max(...sheet.cells.filter((c) => c.row === headerRow).map((c) => c.col));
  const widths = [...sheet.widths];
  widths[last + 1] = 40;
  const area = sheet.print.area ? parseArea(sheet.print.area) : null;
  return {
    ...sheet,
    cells: [
      ...sheet.cells,
      { row: headerRow, col: last + 1, value: SOURCE_LABEL, style: "header" },
    ],
    widths,
    ...(area ? { print: { ...sheet.print, area: areaTo(last + 1, area.lastRow) } } : {}),
  };
}

/** One nomination's cells for `Đề nghị` by label (input columns, then `Nguồn`), in the order written. */
export function eachNominationFill(
  r: MergedRow<NominationField>,
  source: (r: MergedRow<NominationField>) => string,
  visit: (label: string, value: FillCell) => void
): void {
  for (const [f, v] of Object.entries(r.cells) as [NominationField, Cell][])
    visit(COL[f], fillValue(v));
  visit(SOURCE_LABEL, source(r));
}

/** One nomination's label → value row for `Đề nghị` (input columns and `Nguồn`). */
export function nominationFillRow(
  r: MergedRow<NominationField>,
  source: (r: MergedRow<NominationField>) => string
): Record<string, FillCell> {
  const row: Record<string, FillCell> = {};
  eachNominationFill(r, source, (label, value) => {
    row[label] = value;
  });
  return row;
}

/** Label → value rows for `appendRows` into `Đề nghị` (input columns and `Nguồn`). */
export function nominationFillRows(
  merged: Merged,
  source: (r: MergedRow<NominationField>) => string
): Record<string, FillCell>[] {
  return merged.nominations.map((r) => nominationFillRow(r, source));
}

export function labelFillRows<F extends string>(
  rows: readonly MergedRow<F>[],
  labels: Readonly<Record<F, string>>
): Record<string, FillCell>[] {
  return rows.map((r) => {
    const row: Record<string, FillCell> = {};
    for (const [f, v] of Object.entries(r.cells) as [F, Cell][]) row[labels[f]] = fillValue(v);
    return row;
  });
}

function sheetOf(
  name: string,
  cells: PlanCell[],
  widths: (number | undefined)[],
  headerRow: number,
  lastCol: number,
  tabColor: string,
  moreMerges: readonly string[] = []
): SheetPlan {
  // The note under the title across the table; rows as tall as their wrapped text.
  return fitRows({
    name,
    cells,
    widths,
    merges: [`A1:${columnLetter(lastCol)}1`, acrossRow(2, lastCol), ...moreMerges],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: headerRow, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
    protect: false,
    state: "visible",
    tabColor,
  });
}

function header(cells: PlanCell[], row: number, labels: readonly string[]): void {
  labels.forEach((l, i) => cells.push({ row, col: i + 1, value: l, style: "header" }));
}

/** The header row of `Tổng hợp đề nghị`; its rows follow. */
export const MERGED_HEADER_ROW = 3;

/**
 * `Tổng hợp đề nghị` without its rows: title, note, header, widths, print setup. `firstRow` is the
 * first nomination row in the consolidated `Đề nghị`.
 */
export function planMergedSheetFrame(merged: Merged, firstRow: number): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "TỔNG HỢP ĐỀ NGHỊ CỦA CÁC ĐƠN VỊ", style: "title" },
    {
      row: 2,
      col: 1,
      value: `${merged.nominations.length} đề nghị, mỗi đề nghị một dòng; “${SOURCE_LABEL}” ghi đơn vị, tệp và dòng gốc. Dòng tương ứng ở sheet “Đề nghị” bắt đầu từ dòng ${firstRow}.`,
      style: "note",
    },
  ];
  const fields = NOMINATION_FIELDS;
  const H = MERGED_HEADER_ROW;
  header(cells, H, [...fields.map((f) => COL[f]), SOURCE_LABEL]);
  const widths = [
    undefined,
    ...fields.map((f) =>
      f === "name" || f === "position" || f === "proposingUnit" || f === "title"
        ? 26
        : f === "summaryText" || f === "result"
          ? 40
          : 12
    ),
    40,
  ];
  const sheet = sheetOf(
    CONSOLIDATION_SHEET.merged,
    cells,
    widths,
    H,
    fields.length + 1,
    "FF2E75B6"
  );
  // As wide as `Đề nghị`: printed the same way, two pages wide with STT and name repeated.
  return {
    ...sheet,
    print: { ...sheet.print, pagesWide: 2, pageOrder: "overThenDown", repeatCols: "A:B" },
  };
}

/**
 * The cells of nomination `i` in `Tổng hợp đề nghị` (row `MERGED_HEADER_ROW + 1 + i`), by column
 * (index 0 = column A): the `Đề nghị` columns (dates as dd/mm/yyyy text, `Kết quả kiểm tra` of the
 * consolidated register) and `Nguồn`; empty cells are null. All have the `label` style.
 */
export function mergedSheetRow(
  r: MergedRow<NominationField>,
  i: number,
  firstRow: number,
  results: ReadonlyMap<number, string>,
  source: (r: MergedRow<NominationField>) => string
): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = NOMINATION_FIELDS.map((f) => {
    let v: string | number | boolean | null;
    if (f === "stt") v = i + 1;
    else if (f === "result") v = results.get(firstRow + i) ?? "";
    else {
      const c = r.cells[f];
      v =
        c === undefined || c === null
          ? null
          : typeof c === "number" || typeof c === "boolean"
            ? c
            : cellDisplay(c);
    }
    return v === "" ? null : v;
  });
  out.push(source(r));
  return out;
}

/**
 * `Tổng hợp đề nghị`: every nomination as received, one row each, same columns as `Đề nghị` (dates
 * as dd/mm/yyyy text, `Kết quả kiểm tra` of the consolidated register) plus `Nguồn`.
 */
export function planMergedSheet(
  merged: Merged,
  firstRow: number,
  results: ReadonlyMap<number, string>,
  source: (r: MergedRow<NominationField>) => string
): SheetPlan {
  const frame = planMergedSheetFrame(merged, firstRow);
  const cells = [...frame.cells];
  merged.nominations.forEach((r, i) => {
    const row = MERGED_HEADER_ROW + 1 + i;
    mergedSheetRow(r, i, firstRow, results, source).forEach((value, k) => {
      if (value !== null) cells.push({ row, col: k + 1, value, style: "label" });
    });
  });
  return { ...frame, cells };
}

export function planDuplicatesSheet(
  groups: readonly DuplicateGroup[],
  rowInfo: (row: number) => { unit: string; source: string }
): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "ĐỀ NGHỊ TRÙNG LẶP GIỮA CÁC ĐƠN VỊ", style: "title" },
    {
      row: 2,
      col: 1,
      value: groups.length
        ? "Cùng người/tập thể (họ tên, loại, ngày sinh nếu có), cùng danh hiệu/hình thức, cùng đợt, do nhiều đơn vị đề nghị (quy tắc DL07). Văn phòng giữ một dòng, xóa các dòng còn lại ở sheet “Đề nghị”."
        : "Không có đề nghị trùng lặp giữa các đơn vị.",
      style: "note",
    },
  ];
  const H = 3;
  header(cells, H, [
    "Nhóm",
    "Họ và tên / Tên tập thể",
    "Loại",
    "Danh hiệu / Hình thức",
    "Đợt",
    "Dòng ở sheet “Đề nghị”",
    "Đơn vị đề nghị",
    SOURCE_LABEL,
  ]);
  let r = H + 1;
  groups.forEach((g, gi) => {
    for (const row of g.rows) {
      const info = rowInfo(row);
      const values: PlanValue[] = [
        gi + 1,
        g.name,
        NOMINEE_KIND[g.kind],
        g.title.name,
        g.drive || "Cả năm",
        row,
        info.unit,
        info.source,
      ];
      values.forEach((v, k) => cells.push({ row: r, col: k + 1, value: v, style: "label" }));
      r++;
    }
  });
  return sheetOf(
    CONSOLIDATION_SHEET.duplicates,
    cells,
    [undefined, 8, 28, 12, 28, 16, 12, 28, 44],
    H,
    8,
    "FFC55A11"
  );
}

/** The command-line flag of a setting given as an option. */
export function optionFlag(setting: string): string {
  return setting === SETTING.councilSize
    ? "--council-size"
    : setting === SETTING.unitName
      ? "--unit"
      : "";
}

/** `• Số thành viên Hội đồng: 7 (to-7.xlsx); 11 (to-11.xlsx) → 9 (mặc định)` (workbook content, Vietnamese). */
export function differenceLine(d: SettingDifference, fileName: (index: number) => string): string {
  const from =
    d.from === "default"
      ? "mặc định"
      : d.from === "option"
        ? optionFlag(d.setting) || "chỉ định khi tổng hợp"
        : d.from === "settingsFrom"
          ? "--settings-from"
          : "các đơn vị";
  return `• ${d.setting}: ${unitValuesText(d, fileName, "(trống)")} → ${cellDisplay(d.used) || "(trống)"} (${from})`;
}

const baseName = (file: string): string => file.split(/[\\/]/u).pop() ?? file;

/**
 * What `Theo đơn vị` says under its table: the consolidation year and where it comes from, where the
 * settings come from and every setting on which the units differ (Vietnamese, workbook content).
 */
export function consolidationNotes(
  year: Extract<YearDecision, { ok: true }>,
  ward: WardSettings,
  fileName: (index: number) => string
): string[] {
  const left = year.excluded.length;
  const notes = [
    year.from === "units"
      ? `Năm tổng hợp: ${year.year} (năm đánh giá của mọi sổ đơn vị).`
      : `Năm tổng hợp: ${year.year} (chọn khi tổng hợp)${left ? `; ${left} sổ có năm đánh giá khác hoặc không rõ năm không được tổng hợp (xem sheet “${CONSOLIDATION_SHEET.failures}”)` : ""}.`,
    ward.source === "settingsFrom"
      ? `Cấu hình (Hội đồng, bảng chính sách) lấy từ sổ “${baseName(ward.file ?? "")}”${ward.differing.length ? "; các sổ đơn vị khác ở:" : "."}`
      : ward.differing.length
        ? `Các sổ đơn vị khác nhau ở ${ward.differing.length} tham số cấu hình: sổ tổng hợp không theo sổ nào (thứ tự tệp không ảnh hưởng) mà dùng giá trị sau.`
        : "Các sổ đơn vị cùng cấu hình (Hội đồng, bảng chính sách): sổ tổng hợp giữ cấu hình đó.",
  ];
  for (const d of ward.differing) notes.push(differenceLine(d, fileName));
  return notes;
}

/** `Theo đơn vị`; `notes` (consolidationNotes) go under the table. */
export function planUnitsSheet(
  reports: readonly UnitReport[],
  duplicateRowsBySource: ReadonlyMap<number, number>,
  notes: readonly string[] = []
): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "THEO ĐƠN VỊ", style: "title" },
    {
      row: 2,
      col: 1,
      value:
        "Số liệu của từng sổ đơn vị theo kiểm tra của chính sổ đó (cấu hình, Hội đồng của đơn vị).",
      style: "note",
    },
  ];
  const H = 3;
  const labels = [
    "STT",
    "Đơn vị",
    "Tệp",
    "Số dòng",
    "Lỗi",
    "Cảnh báo",
    ...TITLES.map((t) => t.name),
    "Tỷ lệ CSTĐCS/LĐTT (%)",
    "Dòng trùng lặp",
  ];
  header(cells, H, labels);
  reports.forEach((u, i) => {
    const row = H + 1 + i;
    const values: PlanValue[] = [
      i + 1,
      u.unitName,
      u.fileName,
      u.rows,
      u.errors,
      u.warnings,
      ...TITLES.map((t) => u.byTitle[t.code]),
      u.cap.ratio === null ? "" : Math.round(u.cap.ratio * 10) / 10,
      duplicateRowsBySource.get(u.index) ?? 0,
    ];
    values.forEach((v, k) =>
      cells.push({
        row,
        col: k + 1,
        value: v,
        style: k === values.length - 2 ? "percent" : k >= 3 ? "formula" : "label",
      })
    );
  });
  const total = H + 1 + reports.length;
  cells.push({ row: total, col: 2, value: "Cộng", style: "header" });
  for (let k = 4; k <= labels.length; k++) {
    if (k === labels.length - 1) continue;
    const L = columnLetter(k);
    cells.push({
      row: total,
      col: k,
      value: reports.length ? { formula: `SUM(${L}${H + 1}:${L}${total - 1})` } : 0,
      style: "formula",
    });
  }
  // Each note across the table's width (wrapped text in one narrow cell would be a tall column).
  const widths = [undefined, 6, 32, 24, 9, 8, 10, ...TITLES.map(() => 12), 14, 12];
  const noteRows = notes.map((value, i) => {
    const row = total + 2 + i;
    cells.push({ row, col: 1, value, style: "note" });
    return acrossRow(row, labels.length);
  });
  return sheetOf(CONSOLIDATION_SHEET.units, cells, widths, H, labels.length, "FF548235", noteRows);
}

/** Why a file was skipped, in Vietnamese (workbook content). */
export const FILE_PROBLEM_TEXT: Readonly<Record<string, string>> = {
  missing: "Không tìm thấy tệp",
  notFile: "Không phải tệp",
  empty: "Tệp rỗng (0 byte)",
  xls: "Định dạng Excel 97–2003 (.xls): cần lưu lại dạng .xlsx",
  encrypted: "Tệp có mật khẩu mở (đã mã hóa): cần bỏ mật khẩu",
  ods: "Bảng tính OpenDocument (.ods): cần lưu lại dạng .xlsx",
  notXlsx: "Không phải tệp Excel .xlsx",
  corrupt: "Tệp hỏng, không đọc được",
  tooLarge: "Tệp quá lớn (vượt giới hạn an toàn)",
  notRegister: "Không phải Sổ Thi đua (không có sheet “Cấu hình”, “Đề nghị”)",
  otherYear: "Năm đánh giá khác năm tổng hợp",
  noYear: "Không đọc được năm đánh giá",
};

export function planFailuresSheet(failures: readonly FailedSource[]): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "TỆP LỖI (KHÔNG TỔNG HỢP ĐƯỢC)", style: "title" },
    {
      row: 2,
      col: 1,
      value: failures.length
        ? "Các tệp dưới đây bị bỏ qua; các tệp khác vẫn được tổng hợp. Sửa tệp rồi tổng hợp lại."
        : "Không có tệp lỗi.",
      style: "note",
    },
  ];
  const H = 3;
  header(cells, H, ["STT", "Tệp", "Lý do", "Chi tiết"]);
  failures.forEach((f, i) => {
    const values: PlanValue[] = [
      i + 1,
      f.file,
      FILE_PROBLEM_TEXT[f.problem] ?? f.problem,
      f.detail,
    ];
    values.forEach((v, k) => cells.push({ row: H + 1 + i, col: k + 1, value: v, style: "label" }));
  });
  return sheetOf(CONSOLIDATION_SHEET.failures, cells, [undefined, 6, 50, 50, 50], H, 4, "FFC00000");
}
