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
  readable: (rows: number) => string;
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
  built: (rows: number, units: number) => string;
  problems: Readonly<Record<string, string>>;
}

const vi: ConsolidateStrings = {
  intro:
    "Gộp sổ thi đua của các đơn vị (tổ dân phố, đoàn thể…) thành một sổ của phường: mọi đề nghị kèm cột “Nguồn”, các sheet “Trùng lặp”, “Theo đơn vị” và “Tệp lỗi”. Tệp được đọc ngay trên máy này, không gửi đi đâu.",
  inputLabel: "Sổ của các đơn vị (.xlsx)",
  choose: "Chọn tệp .xlsx…",
  filesHeading: (count) => `Tệp đã chọn (${count})`,
  none: "Chưa chọn tệp nào.",
  reading: "Đang đọc…",
  readable: (rows) => `Đọc được — ${rows} đề nghị`,
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
  built: (rows, units) => `Đã tổng hợp ${rows} đề nghị từ ${units} sổ.`,
  problems: FILE_PROBLEM_TEXT,
};

const en: ConsolidateStrings = {
  intro:
    "Merge the units' registers (residential groups, mass organisations…) into one register of the ward: every nomination with a “Nguồn” (source) column, and the sheets “Trùng lặp” (duplicates), “Theo đơn vị” (per unit) and “Tệp lỗi” (unreadable files). Files are read on this computer and sent nowhere.",
  inputLabel: "Units' registers (.xlsx)",
  choose: "Choose .xlsx files…",
  filesHeading: (count) => `Chosen files (${count})`,
  none: "No file chosen yet.",
  reading: "Reading…",
  readable: (rows) => `Readable — ${rows} nominations`,
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
  },
};

export const CONSOLIDATE_STRINGS: Record<Language, ConsolidateStrings> = { vi, en };
