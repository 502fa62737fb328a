/**
 * The bad-input corpus (issue #7): every case with the outcome the real command line must give for
 * `so-thi-dua [ARGS] validate FILE --json`. The files themselves are written by ./generate.ts at test
 * time (nothing binary is committed); test/corpus.test.ts runs them all.
 *
 * Registers are the test helpers' `registerWorkbook` (header on row 4, data from row 5, council of 9,
 * evaluation year 2026) unless a case says otherwise, so rows 5, 6, 7 are the first three nominations.
 * Where a case shows a fixed bug or a judgement call, the note says so (docs/decisions.md, “Bad input”).
 */
import type { InputProblem } from "../../src/adapters/xlsx/errors";
import { COL, SETTING, SHEET } from "../../src/domain/register/contract";
import { SETTINGS_LAYOUT } from "../../src/workbook/plan/settings";

/** One expected finding: rule, and where given, row (null = register level), column, sheet, message. */
export interface FindingSpec {
  readonly rule: string;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly sheet?: string;
  /** A text the message must contain (in the case's language). */
  readonly message?: string;
}

export interface CaseSpec {
  readonly id: string;
  readonly description: string;
  /** File name in the corpus folder (a missing file, a folder, or a file ./generate.ts writes). */
  readonly file: string;
  /** Arguments before `validate`, e.g. `["--lang", "en"]`. */
  readonly args?: readonly string[];
  readonly exitCode: 0 | 1 | 2;
  /** Exit 2: the input problem whose message (src/cli/messages.ts) stderr must be. */
  readonly messageKey?: InputProblem;
  /** Exit 2: a text the message's detail must contain. */
  readonly detail?: string;
  /** Exit 0/1: the findings, exactly (default) or at least these (`match: "includes"`). */
  readonly findings?: readonly FindingSpec[];
  readonly match?: "exact" | "includes";
  /** Exit 0/1: rules that must not appear at all. */
  readonly mustNotInclude?: readonly string[];
  /** Exit 0/1: `counts.rows` (nomination rows read). */
  readonly rows?: number;
  /** The command must finish within this many seconds (default 20). */
  readonly maxSeconds?: number;
  /** Made by LibreOffice (skipped locally without it; fails under CI=true without it). */
  readonly needs?: "libreoffice" | "python-uno";
}

/** A generated case: `file` is the absolute path; `skipped` says why a case could not be made here. */
export interface CorpusCase extends CaseSpec {
  readonly file: string;
  readonly skipped?: string;
}

const EN = ["--lang", "en"] as const;

export const CASES: readonly CaseSpec[] = [
  // ---------------------------------------------------------------------------------------------
  // Unusable inputs: exit 2, the message of messages.ts, nothing on stdout.
  {
    id: "in-01",
    description: "a missing file",
    file: "khong-co.xlsx",
    exitCode: 2,
    messageKey: "missing",
  },
  {
    id: "in-01-en",
    description: "a missing file, in English",
    file: "khong-co.xlsx",
    args: EN,
    exitCode: 2,
    messageKey: "missing",
  },
  {
    id: "in-02",
    description: "a missing file whose name has Vietnamese letters, spaces and brackets",
    file: "Sổ thi đua 2026 (bản cuối).xlsx",
    exitCode: 2,
    messageKey: "missing",
  },
  {
    id: "in-03",
    description: "a folder named x.xlsx",
    file: "x.xlsx",
    exitCode: 2,
    messageKey: "notFile",
  },
  {
    id: "in-04",
    description: "an empty file (0 bytes)",
    file: "rong.xlsx",
    exitCode: 2,
    messageKey: "empty",
  },
  {
    id: "in-05",
    description: "a CSV export renamed to .xlsx (UTF-8 with BOM)",
    file: "danh-sach-csv.xlsx",
    exitCode: 2,
    messageKey: "notXlsx",
  },
  {
    id: "in-05-en",
    description: "a CSV renamed to .xlsx, in English",
    file: "danh-sach-csv.xlsx",
    args: EN,
    exitCode: 2,
    messageKey: "notXlsx",
  },
  {
    id: "in-06",
    description: "a PNG picture renamed to .xlsx",
    file: "anh-chup.xlsx",
    exitCode: 2,
    messageKey: "notXlsx",
  },
  {
    id: "in-07",
    description: "a zip of documents that is not an Office file",
    file: "ho-so-nen.xlsx",
    exitCode: 2,
    messageKey: "notXlsx",
  },
  {
    id: "in-08",
    description: "a Word .docx renamed to .xlsx (an Office zip without xl/)",
    file: "to-trinh-docx.xlsx",
    exitCode: 2,
    messageKey: "notXlsx",
  },
  {
    id: "in-09",
    description: "an Excel 97–2003 .xls (hand-made compound file)",
    file: "so-cu.xls",
    exitCode: 2,
    messageKey: "xls",
  },
  {
    id: "in-10",
    description: "an .xls renamed to .xlsx: the bytes decide",
    file: "so-cu-doi-ten.xlsx",
    exitCode: 2,
    messageKey: "xls",
  },
  {
    id: "in-11",
    description: "an .xls saved by LibreOffice from a register",
    file: "so-libreoffice.xls",
    exitCode: 2,
    messageKey: "xls",
    needs: "libreoffice",
  },
  {
    id: "in-12",
    description: "a password-protected xlsx (hand-made EncryptionInfo/EncryptedPackage)",
    file: "mat-khau.xlsx",
    exitCode: 2,
    messageKey: "encrypted",
  },
  {
    id: "in-12-en",
    description: "a password-protected xlsx, in English",
    file: "mat-khau.xlsx",
    args: EN,
    exitCode: 2,
    messageKey: "encrypted",
  },
  {
    id: "in-13",
    description: "a register encrypted by LibreOffice with a password (ECMA-376 Standard)",
    file: "so-mat-khau-lo.xlsx",
    exitCode: 2,
    messageKey: "encrypted",
    needs: "python-uno",
  },
  {
    id: "in-14",
    description: "a truncated download: the first half of a register",
    file: "cat-doi.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
    detail: "cắt ngang",
  },
  {
    id: "in-15",
    description: "a register missing only its last 10 bytes (the end of the zip directory)",
    file: "thieu-duoi.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
  },
  {
    id: "in-16",
    description: "a zip bomb: the central directory declares more than 1 GiB uncompressed",
    file: "bom.xlsx",
    exitCode: 2,
    messageKey: "tooLarge",
  },
  {
    id: "in-17",
    description: "an OpenDocument spreadsheet (hand-made .ods)",
    file: "bang-tinh.ods",
    exitCode: 2,
    messageKey: "ods",
  },
  {
    id: "in-18",
    description: "an .ods saved by LibreOffice from a register, renamed to .xlsx",
    file: "so-ods-doi-ten.xlsx",
    exitCode: 2,
    messageKey: "ods",
    needs: "libreoffice",
  },
  {
    id: "in-19",
    description: "an empty workbook (one empty sheet)",
    file: "so-trong.xlsx",
    exitCode: 2,
    messageKey: "notRegister",
  },
  {
    id: "in-19-en",
    description: "an empty workbook, in English",
    file: "so-trong.xlsx",
    args: EN,
    exitCode: 2,
    messageKey: "notRegister",
  },
  {
    id: "in-20",
    description: "a workbook with other sheets only (a staff list)",
    file: "danh-sach-can-bo.xlsx",
    exitCode: 2,
    messageKey: "notRegister",
  },
  {
    id: "in-21",
    description: "a register whose compressed bytes are overwritten (directory intact)",
    file: "hong-du-lieu.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
  },
  {
    id: "in-22",
    description:
      "`Đề nghị` XML cut short inside a valid zip (was read as a shorter sheet, exit 0: fixed)",
    file: "xml-cut.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
    detail: "cắt cụt",
  },
  {
    id: "in-23",
    description:
      "xl/workbook.xml missing from the package (was a JS TypeError as the detail: fixed)",
    file: "thieu-workbook.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
    detail: "xl/workbook.xml",
  },
  {
    id: "in-24",
    description:
      "xl/sharedStrings.xml missing (every text lost: was exit 1 with RG01 on every label: fixed)",
    file: "thieu-sharedstrings.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
    detail: "sharedStrings",
  },
  {
    id: "in-25",
    description:
      "the `Đề nghị` sheet listed in the workbook but its part missing (was RG01 “missing sheet”: fixed)",
    file: "thieu-phan-sheet.xlsx",
    exitCode: 2,
    messageKey: "corrupt",
    detail: "Đề nghị",
  },

  // ---------------------------------------------------------------------------------------------
  // Layout: headers, sheets, hidden and merged cells, far rows.
  {
    id: "st-01",
    description: "a clean register with three nominations (the baseline)",
    file: "chuan.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-02",
    description: "a register with zero nominations",
    file: "khong-de-nghi.xlsx",
    exitCode: 0,
    findings: [],
    rows: 0,
  },
  {
    id: "st-03",
    description: "header `Loại` renamed `Loai`: RG01 once, no DL01 on every row",
    file: "doi-ten-cot.xlsx",
    exitCode: 1,
    findings: [
      { rule: "RG01", row: null, column: COL.kind, sheet: SHEET.nominations, message: "“Loại”" },
    ],
    rows: 3,
  },
  {
    id: "st-03-en",
    description: "header renamed, in English",
    file: "doi-ten-cot.xlsx",
    args: EN,
    exitCode: 1,
    findings: [
      { rule: "RG01", row: null, column: COL.kind, message: "lacks the column/setting “Loại”" },
    ],
  },
  {
    id: "st-04",
    description: "column `Giới tính` deleted",
    file: "xoa-cot.xlsx",
    exitCode: 1,
    findings: [{ rule: "RG01", row: null, column: COL.gender }],
    rows: 3,
  },
  {
    id: "st-05",
    description:
      "`Loại` twice: the first (leftmost) column is read, the copy with other values ignored",
    file: "trung-cot.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-06",
    description:
      "columns in another order, header on row 6 under merged title rows: findings follow the moved columns",
    file: "xep-lai-cot.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 9, column: COL.gender, message: "“Nũ”" }],
    rows: 3,
  },
  {
    id: "st-07",
    description: "header on row 22 (beyond the first 20 rows): RG01, nothing read",
    file: "tieu-de-dong-22.xlsx",
    exitCode: 1,
    findings: [{ rule: "RG01", row: null, column: COL.name, sheet: SHEET.nominations }],
    rows: 0,
  },
  {
    id: "st-08",
    description: "header on row 20 exactly: found",
    file: "tieu-de-dong-20.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-09",
    description: "merged header cells (name over two columns, a two-row header band)",
    file: "gop-tieu-de.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-25",
    description:
      "a two-row header (personal details under “Thông tin cá nhân”, the other labels merged down two rows): read, data from the third row (was RG01: fixed)",
    file: "tieu-de-hai-dong.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 6, column: COL.gender }],
    rows: 3,
  },
  {
    id: "st-10",
    description:
      "merged data cells: `Loại` merged down three rows counts once (Excel's own COUNTIFS/sort/filter view); `Đơn vị đề nghị` merged is harmless",
    file: "gop-o-du-lieu.xlsx",
    exitCode: 1,
    findings: [
      { rule: "DL01", row: 6, column: COL.kind },
      { rule: "DL01", row: 7, column: COL.kind },
    ],
    rows: 3,
  },
  {
    id: "st-11",
    description: "a hidden row (with an error) and a hidden column are still read",
    file: "an-dong-cot.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 6, column: COL.gender }],
    rows: 3,
  },
  {
    id: "st-12",
    description: "every sheet protected without a password",
    file: "khoa-khong-mk.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-13",
    description: "every sheet protected with a password (sheet protection is not encryption)",
    file: "khoa-co-mk.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-14",
    description: "sheets named `đề nghị` in NFD and `CẤU HÌNH` in capitals: still found",
    file: "ten-sheet-khac.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-15",
    description:
      "a copy `Đề nghị (2)` full of errors next to the real sheet: only `Đề nghị` is read",
    file: "ban-sao-sheet.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-16",
    description: "`Đề nghị` hidden and `Cấu hình` very hidden: still read",
    file: "sheet-an.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-17",
    description:
      "header labels in capitals, with doubled and trailing spaces, NBSP and Alt+Enter line breaks",
    file: "nhan-tieu-de-khac.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-18",
    description:
      "extra user columns between contract columns, cell notes, and a row with only a user note",
    file: "cot-rieng.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "st-19",
    description:
      "blank rows between nominations and a row pasted far below (row 5000): Excel row numbers",
    file: "dong-trong-dong-xa.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 5000, column: COL.gender }],
    rows: 4,
  },
  {
    id: "st-20",
    description:
      "used range to row 1,048,576: a note in a user column on the last row, a styled cell at XFD1048576 in `Lịch sử`",
    file: "vung-mot-trieu-dong.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
    maxSeconds: 10,
  },
  {
    id: "st-21",
    description: "a nomination on row 1,048,576, the last row of a sheet",
    file: "dong-cuoi-cung.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 1048576, column: COL.gender }],
    rows: 4,
    maxSeconds: 10,
  },
  {
    id: "st-22",
    description:
      "100,000 empty formatted rows after the nominations (whole rows formatted by the clerk)",
    file: "dinh-dang-100k-dong.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
    maxSeconds: 10,
  },
  {
    id: "st-23",
    description: "`Cấu hình` deleted: RG01 names the sheet, rows still checked",
    file: "xoa-cau-hinh.xlsx",
    exitCode: 1,
    findings: [{ rule: "RG01", row: null, column: null, sheet: SHEET.settings }],
    rows: 3,
  },

  {
    id: "st-24",
    description: "a far `dimension` A1:XFD1048576 and all 16,384 columns formatted, no far cell",
    file: "dinh-dang-ca-trang.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
    maxSeconds: 10,
  },
  // ---------------------------------------------------------------------------------------------
  // `Cấu hình`
  {
    id: "cf-01",
    description: "`Năm đánh giá` typed as text “2026”: read as the year",
    file: "nam-dang-chu.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "cf-02",
    description:
      "`Số thành viên Hội đồng` “9 người”: RG02 (and no vote rule guesses a council size)",
    file: "hoi-dong-9-nguoi.xlsx",
    exitCode: 1,
    findings: [{ rule: "RG02", row: null, column: SETTING.councilSize }],
    mustNotInclude: ["DK09", "DL05"],
    rows: 3,
  },
  {
    id: "cf-03",
    description: "policy percentages out of range: vote threshold 150 %, CSTĐCS cap −5 %",
    file: "ty-le-ngoai-khoang.xlsx",
    exitCode: 1,
    findings: [
      { rule: "RG02", row: null, column: SETTING.cstdcsCapPct },
      {
        rule: "RG02",
        row: null,
        column: "Lao động tiên tiến — Tỷ lệ phiếu tối thiểu (%)",
        // `Tỷ lệ phiếu tối thiểu (%)` (column C) of the first policy row, Lao động tiên tiến.
        message: `C${SETTINGS_LAYOUT.policyHeaderRow + 1}`,
      },
    ],
    rows: 3,
  },
  {
    id: "cf-04",
    description:
      "`Mức lương cơ sở` typed as “2.340.000” (Vietnamese digit grouping; was RG02: fixed)",
    file: "luong-co-dau-cham.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },

  {
    id: "cf-05",
    description:
      "percentages typed with % (“90%”, “20%”: Excel stores 0.9 and 0.2, the formulas read 0.9 %): RG02 asks to type 90 (was read as 0.9 %, every vote passing: fixed)",
    file: "ty-le-go-phan-tram.xlsx",
    exitCode: 1,
    findings: [
      {
        rule: "RG02",
        row: null,
        column: SETTING.cstdcsCapPct,
        message: "Gõ lại 20 (không kèm dấu %)",
      },
      {
        rule: "RG02",
        row: null,
        column: "Lao động tiên tiến — Tỷ lệ phiếu tối thiểu (%)",
        message: "đang hiện 90%",
      },
    ],
    rows: 3,
  },

  // ---------------------------------------------------------------------------------------------
  // Text
  {
    id: "tx-01",
    description: "names and list values in NFD (decomposed Vietnamese): matched as NFC",
    file: "nfd.xlsx",
    exitCode: 0,
    findings: [],
    mustNotInclude: ["DL02"],
    rows: 3,
  },
  {
    id: "tx-02",
    description: "the same person typed once in NFC and once in NFD: a duplicate (DL07)",
    file: "nfd-trung.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL07", row: 6, column: COL.name }],
    rows: 2,
  },
  {
    id: "tx-03",
    description: "a name typed in TCVN3 (.VnTime)",
    file: "tcvn3.xlsx",
    exitCode: 0,
    findings: [{ rule: "DL08", row: 5, column: COL.name, message: "TCVN3" }],
    rows: 3,
  },
  {
    id: "tx-04",
    description: "a position and unit typed in VNI-Windows",
    file: "vni.xlsx",
    exitCode: 0,
    findings: [{ rule: "DL08", row: 6, column: COL.position, message: "VNI" }],
    rows: 3,
  },
  {
    id: "tx-05",
    description: "emoji in names and units",
    file: "emoji.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "tx-06",
    description:
      "NBSP and zero-width spaces in list values and names: cleaned; a name differing only by them is a duplicate",
    file: "khoang-trang-an.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL07", row: 7, column: COL.name }],
    mustNotInclude: ["DL02"],
    rows: 3,
  },
  {
    id: "tx-07",
    description: "32,767-character name and summary (Excel's cell limit)",
    file: "o-32767.xlsx",
    exitCode: 0,
    findings: [],
    rows: 2,
  },
  {
    id: "tx-08",
    description: "formula-looking text beginning with =, + and @ (stored as text): DL09",
    file: "giong-cong-thuc.xlsx",
    exitCode: 0,
    findings: [
      { rule: "DL09", row: 5, column: COL.name },
      { rule: "DL09", row: 6, column: COL.position },
      { rule: "DL09", row: 7, column: COL.proposingUnit },
    ],
    rows: 3,
  },
  {
    id: "tx-09",
    description:
      "real formulas with cached results (months, title, votes from a defined name, a date from DATE()): read as their values",
    file: "cong-thuc-that.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "tx-10",
    description: "shared formulas (a column filled down by dragging)",
    file: "cong-thuc-chung.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "tx-11",
    description:
      "formulas without a cached result (file written by a program that does not calculate): read as empty",
    file: "cong-thuc-chua-tinh.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL01", row: 5, column: COL.monthsWorked }],
    rows: 3,
  },
  {
    id: "tx-12",
    description:
      "#REF!, #N/A, #DIV/0! typed or pasted as values: a DL finding naming the error (name #REF! was accepted as a name, messages said [object Object]: fixed)",
    file: "gia-tri-loi.xlsx",
    exitCode: 1,
    findings: [
      { rule: "DL01", row: 5, column: COL.name },
      { rule: "DL02", row: 6, column: COL.kind, message: "“#N/A”" },
      { rule: "DL05", row: 7, column: COL.monthsWorked, message: "“#DIV/0!”" },
      { rule: "DL03", row: 8, column: COL.birthDate, message: "“#REF!”" },
      { rule: "DL02", row: 9, column: COL.title, message: "“#N/A”" },
    ],
    rows: 5,
  },
  {
    id: "tx-13",
    description:
      "formulas whose cached result is an error (VLOOKUP #N/A for Điểm: was read as empty and skipped the score gate: fixed)",
    file: "cong-thuc-loi.xlsx",
    exitCode: 1,
    findings: [
      { rule: "DL05", row: 5, column: COL.score, message: "“#N/A”" },
      { rule: "DL05", row: 6, column: COL.monthsWorked, message: "“#REF!”" },
      { rule: "DL02", row: 7, column: COL.title, message: "“#NAME?”" },
    ],
    rows: 3,
  },
  {
    id: "tx-14",
    description:
      "`Sáng kiến` holding #REF! is no initiative (was counted as one, hiding DK04: fixed)",
    file: "sang-kien-loi.xlsx",
    exitCode: 1,
    findings: [{ rule: "DK04", row: 6, column: COL.initiative }],
    rows: 4,
  },
  {
    id: "tx-15",
    description:
      "rich text in list cells, a hyperlink in a name, a boolean in `Loại` (quoted as TRUE, as Excel shows it; was “true”)",
    file: "rich-hyperlink.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 7, column: COL.kind, message: "TRUE" }],
    rows: 3,
  },
  {
    id: "tx-16",
    description:
      "inline strings (Apache POI style), one with several runs (only the last run was read: fixed) — the full name makes a DL07 with the shared-string copy",
    file: "chuoi-noi-dong.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL07", row: 8, column: COL.name, message: "5" }],
    rows: 4,
  },

  // ---------------------------------------------------------------------------------------------
  // Numbers
  {
    id: "nb-01",
    description: "numbers as text with spaces and a decimal comma: “ 12 ”, “8,5”, “ 9 ”",
    file: "so-dang-chu.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "nb-02",
    description:
      "Vietnamese digit grouping “1.000” members, “800” achievers (1.000 was read as 1: fixed); “1.000” votes is 1000, over the council",
    file: "so-co-dau-cham.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL05", row: 6, column: COL.votes, message: "“1.000”" }],
    rows: 3,
  },
  {
    id: "nb-03",
    description:
      "leading apostrophes kept in Text cells: “'12”, “'12/03/1985” (were DL05/DL03: now read)",
    file: "dau-nhay.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "nb-04",
    description:
      "formula float noise: 12.000000000000002 months, 79.99999999999999 points vs a minimum of 80 (were DL05 and DK11: fixed)",
    file: "sai-so-dau-phay.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "nb-05",
    description: "not numbers or out of range: “12 tháng”, 10 votes of 9, 101 points, 2.5 months",
    file: "so-sai.xlsx",
    exitCode: 1,
    findings: [
      { rule: "DL05", row: 5, column: COL.monthsWorked, message: "“12 tháng”" },
      { rule: "DL05", row: 6, column: COL.votes },
      { rule: "DL05", row: 7, column: COL.score },
      { rule: "DL05", row: 8, column: COL.monthsWorked },
    ],
    rows: 4,
  },

  // ---------------------------------------------------------------------------------------------
  // Dates
  {
    id: "dt-01",
    description: "“12/31/1990” (month first): DL03",
    file: "ngay-thang-dao.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL03", row: 5, column: COL.birthDate, message: "12/31/1990" }],
    rows: 3,
  },
  {
    id: "dt-02",
    description: "day-first text dates with /, - and . and without leading zeros",
    file: "ngay-dang-chu.xlsx",
    exitCode: 0,
    findings: [],
    rows: 4,
  },
  {
    id: "dt-03",
    description: "two-digit years “12/03/85”: DL03 (the century is not guessed)",
    file: "nam-hai-so.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL03", row: 5, column: COL.birthDate }],
    rows: 3,
  },
  {
    id: "dt-04",
    description:
      "a birth date as a serial number without a date format (31118): DL03, a plain number is not a date",
    file: "ngay-so-serial.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL03", row: 5, column: COL.birthDate, message: "31118" }],
    rows: 3,
  },
  {
    id: "dt-05",
    description: "real date cells, 1900 date system: ages 70 and 18 pass, 71 is DL04",
    file: "ngay-1900.xlsx",
    exitCode: 0,
    findings: [{ rule: "DL04", row: 7, column: COL.birthDate }],
    rows: 3,
  },
  {
    id: "dt-06",
    description: "the same dates in a 1904 date system workbook (Mac): the same ages",
    file: "ngay-1904.xlsx",
    exitCode: 0,
    findings: [{ rule: "DL04", row: 7, column: COL.birthDate }],
    rows: 3,
  },
  {
    id: "dt-07",
    description:
      "a real date after the evaluation year: DL03 quoting 01/01/2030 (said [object Object]: fixed)",
    file: "ngay-sau-nam.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL03", row: 5, column: COL.birthDate, message: "01/01/2030" }],
    rows: 3,
  },
  {
    id: "dt-08",
    description: "a date-time cell (12/03/1985 14:30) and a date with a custom dd/mm/yyyy format",
    file: "ngay-gio.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },

  // ---------------------------------------------------------------------------------------------
  // Packages
  {
    id: "pk-01",
    description: "worksheets stored before xl/workbook.xml in the zip (was `corrupt`: fixed)",
    file: "thu-tu-zip-1.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-02",
    description: "worksheets stored before xl/styles.xml: real dates stay dates (were DL03: fixed)",
    file: "thu-tu-zip-2.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-03",
    description:
      "absolute relationship targets `/xl/worksheets/sheet1.xml`, as openpyxl writes (was `notRegister`: fixed)",
    file: "openpyxl-dich-tuyet-doi.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-04",
    description: "zip entries in alphabetical order (re-zipped folder)",
    file: "zip-abc.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-05",
    description:
      "stored (uncompressed) zip entries (were intermittently `corrupt` under load: the workbook part came last and was sometimes lost; fixed by reading it first)",
    file: "zip-khong-nen.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-06",
    description: "upper-case extension .XLSX",
    file: "SO-2026.XLSX",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
  {
    id: "pk-07",
    description:
      "the register opened and saved by LibreOffice (its own zip order, styles, shared strings)",
    file: "luu-bang-libreoffice.xlsx",
    exitCode: 1,
    findings: [{ rule: "DL02", row: 6, column: COL.gender }],
    rows: 3,
    needs: "libreoffice",
  },
  {
    id: "pk-08",
    description:
      "a comment after the root element of every sheet and of the shared strings (legal XML, not a cut-off part)",
    file: "chu-thich-cuoi-xml.xlsx",
    exitCode: 0,
    findings: [],
    rows: 3,
  },
];
