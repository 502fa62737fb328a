/**
 * Text of the Tổng hợp đơn vị section, both languages (loaded with the section's chunk). The reasons
 * a file is skipped are the ones the consolidated register's `Tệp lỗi` sheet gives (FILE_PROBLEM_TEXT).
 */
import { FILE_PROBLEM_TEXT } from "../workbook/plan/consolidation";
import type { Language } from "./shell";

export interface ConsolidateStrings {
  intro: string;
  inputLabel: string;
  choose: string;
  filesHeading: (count: number) => string;
  none: string;
  reading: string;
  /** `year`: the register's `Năm đánh giá` (null: unreadable; undefined: not known yet). */
  readable: (rows: number, year?: number | null) => string;
  failed: string;
  remove: (name: string) => string;
  clear: string;
  run: string;
  progressRead: (n: number, total: number) => string;
  progressBuild: string;
  noneReadable: string;
  summaryHeading: string;
  units: string;
  rows: string;
  duplicates: string;
  failedFiles: string;
  findings: (errors: number, warnings: number) => string;
  download: (fileName: string) => string;
  openInExcel: string;
  /** Before the download link where the file opens as a new workbook (Excel on the Mac and the web). */
  downloadFallback: string;
  built: (rows: number, units: number) => string;
  problems: Readonly<Record<string, string>>;
  /** Units of different years (the CLI's sentence, with a choice instead of --year). */
  yearsDisagree: (groups: string) => string;
  unknownYear: string;
  yearLabel: string;
  yearPlaceholder: string;
  year: string;
  /** A unit left out for its year. */
  excluded: (fileName: string, year: number | null, wanted: number) => string;
  settingsDiffer: (count: number, settings: string) => string;
}

const vi: ConsolidateStrings = {
  intro:
    "Gộp sổ thi đua của các đơn vị (tổ dân phố, đoàn thể…) thành một sổ của phường: mọi đề nghị kèm cột “Nguồn”, các sheet “Trùng lặp”, “Theo đơn vị” và “Tệp lỗi”. Tệp được đọc ngay trên máy này, không gửi đi đâu.",
  inputLabel: "Sổ của các đơn vị (.xlsx)",
  choose: "Chọn tệp .xlsx…",
  filesHeading: (count) => `Tệp đã chọn (${count})`,
  none: "Chưa chọn tệp nào.",
  reading: "Đang đọc…",
  readable: (rows, year) =>
    `Đọc được — ${rows} đề nghị${year === undefined ? "" : year === null ? ", không rõ năm đánh giá" : `, năm ${year}`}`,
  failed: "Lỗi",
  remove: (name) => `Bỏ tệp ${name}`,
  clear: "Bỏ hết",
  run: "Tổng hợp",
  progressRead: (n, total) => `Đang đọc tệp ${n}/${total}…`,
  progressBuild: "Đang tổng hợp…",
  noneReadable: "Chưa có sổ nào đọc được để tổng hợp.",
  summaryHeading: "Kết quả tổng hợp",
  units: "Sổ đã gộp",
  rows: "Đề nghị đã gộp",
  duplicates: "Nhóm trùng lặp",
  failedFiles: "Tệp lỗi (bỏ qua)",
  findings: (errors, warnings) =>
    `Sổ tổng hợp: ${errors} lỗi, ${warnings} cảnh báo (xem cột “Kết quả kiểm tra”).`,
  download: (fileName) => `Tải về ${fileName}`,
  openInExcel: "Mở trong Excel",
  downloadFallback: "Nếu sổ mới không mở ra, tải tệp về:",
  built: (rows, units) => `Đã tổng hợp ${rows} đề nghị từ ${units} sổ.`,
  problems: FILE_PROBLEM_TEXT,
  yearsDisagree: (groups) =>
    `Các sổ đơn vị có năm đánh giá khác nhau — ${groups}: chưa tổng hợp. Chọn năm tổng hợp; sổ của năm khác sẽ được liệt kê ở sheet “Tệp lỗi”.`,
  unknownYear: "không rõ năm",
  yearLabel: "Năm tổng hợp",
  yearPlaceholder: "Chọn năm…",
  year: "Năm tổng hợp",
  excluded: (fileName, year, wanted) =>
    year === null
      ? `${fileName}: không đọc được năm đánh giá, năm tổng hợp ${wanted} — không tổng hợp`
      : `${fileName}: năm đánh giá ${year}, khác năm tổng hợp ${wanted} — không tổng hợp`,
  settingsDiffer: (count, settings) =>
    `Các sổ đơn vị khác nhau ở ${count} tham số cấu hình (${settings}): sổ tổng hợp không theo sổ nào mà dùng giá trị mặc định — xem sheet “Theo đơn vị”.`,
};

const en: ConsolidateStrings = {
  intro:
    "Merge the units' registers (residential groups, mass organisations…) into one register of the ward: every nomination with a “Nguồn” (source) column, and the sheets “Trùng lặp” (duplicates), “Theo đơn vị” (per unit) and “Tệp lỗi” (unreadable files). Files are read on this computer and sent nowhere.",
  inputLabel: "Units' registers (.xlsx)",
  choose: "Choose .xlsx files…",
  filesHeading: (count) => `Chosen files (${count})`,
  none: "No file chosen yet.",
  reading: "Reading…",
  readable: (rows, year) =>
    `Readable — ${rows} nominations${year === undefined ? "" : year === null ? ", no readable evaluation year" : `, year ${year}`}`,
  failed: "Error",
  remove: (name) => `Remove ${name}`,
  clear: "Remove all",
  run: "Consolidate",
  progressRead: (n, total) => `Reading file ${n}/${total}…`,
  progressBuild: "Consolidating…",
  noneReadable: "No readable register to consolidate yet.",
  summaryHeading: "Consolidation result",
  units: "Registers merged",
  rows: "Nominations merged",
  duplicates: "Duplicate groups",
  failedFiles: "Unreadable files (skipped)",
  findings: (errors, warnings) =>
    `Consolidated register: ${errors} errors, ${warnings} warnings (see the “Kết quả kiểm tra” column).`,
  download: (fileName) => `Download ${fileName}`,
  openInExcel: "Open in Excel",
  downloadFallback: "If the new workbook did not open, download the file:",
  built: (rows, units) => `Consolidated ${rows} nominations from ${units} registers.`,
  problems: {
    missing: "File not found",
    notFile: "Not a file",
    empty: "Empty file (0 bytes)",
    xls: "Excel 97–2003 format (.xls): save it again as .xlsx",
    encrypted: "Protected with an open password (encrypted): remove the password",
    ods: "OpenDocument spreadsheet (.ods): save it again as .xlsx",
    notXlsx: "Not an Excel .xlsx file",
    corrupt: "Damaged file, cannot be read",
    tooLarge: "File too large (over the safety limit)",
    notRegister: "Not a Sổ Thi đua register (no “Cấu hình” or “Đề nghị” sheet)",
    otherYear: "Evaluation year differs from the consolidation year",
    noYear: "No readable evaluation year",
  },
  yearsDisagree: (groups) =>
    `The units' registers have different evaluation years — ${groups}: nothing consolidated. Choose the consolidation year; registers of other years are then listed on the “Tệp lỗi” sheet.`,
  unknownYear: "no readable year",
  yearLabel: "Consolidation year",
  yearPlaceholder: "Choose a year…",
  year: "Consolidation year",
  excluded: (fileName, year, wanted) =>
    year === null
      ? `${fileName}: no readable evaluation year, not ${wanted} — not consolidated`
      : `${fileName}: evaluation year ${year}, not ${wanted} — not consolidated`,
  settingsDiffer: (count, settings) =>
    `The units' registers differ on ${count} settings (${settings}): the consolidated register follows none of them and uses the defaults — see the “Theo đơn vị” sheet.`,
};

export const CONSOLIDATE_STRINGS: Record<Language, ConsolidateStrings> = { vi, en };
