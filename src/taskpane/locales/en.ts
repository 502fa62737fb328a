/**
 * The task pane's English text: exactly the keys of the Vietnamese (checked by the type `Shape`).
 * Loaded on demand when the pane is switched to English (or opened with `?lang=en`).
 */
import { SHELL_STRINGS } from "../shell";
import type { PaneStrings } from "./vi";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<PaneStrings> = {
  ...SHELL_STRINGS.en,
  underConstruction: "Under construction",
  busy: "Working…",
  dismiss: "Dismiss",
  setup: {
    intro:
      "Create the emulation register in the open workbook. A workbook with data only gets what is missing; no cell you entered is overwritten.",
    existing:
      "This workbook already has a register. “Add what is missing” adds missing sheets, columns and settings; data stays as it is.",
    year: "Evaluation year",
    unit: "Unit name",
    province: "Province/City",
    provinceProfile:
      "The register writes the settings of {{name}}'s regulation: {{values}} (sources in the “Căn cứ” column).",
    provinceRegulation: "The Tờ trình also cites “Căn cứ {{regulation}}”.",
    provinceUnconfirmed:
      "{{name}}: the province's own regulation could not be confirmed; the register uses the national defaults.",
    provinceUnknown:
      "No settings profile for this province yet (available: {{known}}): the register uses the national defaults.",
    councilSize: "Council members",
    councilHint: "Vote ratios are computed on the total membership.",
    submitTo: "Submission level",
    submitHint:
      "Where titles above the ward's authority are proposed (since 1 July 2025: the province/city).",
    templates: "Scoring criteria sets",
    create: "Create register",
    upgrade: "Add what is missing",
    created: "Register created: {{count}} sheets.",
    upgraded: "Added {{sheets}} sheets, {{names}} names, {{notes}} columns/settings.",
    nothing: "The register is complete; nothing to add.",
    kept: "{{count}} cells that already held data were kept.",
    invalidYear: "A year from 2000 to 2100.",
    warnings: "Page setup (A4, repeated titles) was refused by this Excel: {{list}}.",
    invalidCouncil: "A whole number of at least 1.",
    unitRequired:
      "Type the unit's name (e.g. “UBND phường Kiến Hưng”); it heads the Tờ trình and the lists.",
  },
  history: {
    title: "History from last year's register",
    intro:
      "Copy the “Lịch sử” sheet and the decided rows of last year's register into this register's “Lịch sử” sheet, so that the HS rules (Bằng khen, provincial emulation fighter) see every year. Rows already there are not copied again and no cell is overwritten. The file is read on this machine.",
    label: "Last year's register (.xlsx)",
    choose: "Choose last year's register…",
    none: "No file chosen",
    run: "Copy into the Lịch sử sheet",
    added:
      "Added {{count}} rows to sheet “{{sheet}}” (rows {{rows}}): {{fromHistory}} from sheet “Lịch sử” and {{fromDecided}} decided rows of {{year}} from “{{file}}”.",
    nothing: "Nothing to add: every row of “{{file}}” is already in sheet “{{sheet}}”.",
    empty: "“{{file}}” has no history row and no decided row to copy.",
    duplicates: "Skipped {{count}} row(s) already there.",
    skipped:
      "{{count}} rows of “{{file}}” have no name, year or title, so they were not copied: {{rows}}.",
    skippedRow: "sheet “{{sheet}}” row {{row}}",
    noTable:
      "This register has no “Lịch sử” sheet with the header row “Họ và tên / Tên tập thể”: click “Add what is missing” above and copy again.",
    columnsMissing:
      "Sheet “{{sheet}}” has no column “{{columns}}”: click “Add what is missing” above and copy again.",
    notEarlier:
      "“{{file}}” is the register of {{sourceYear}}, not of a year before this one ({{targetYear}}): choose last year's register. Nothing was written.",
    unreadable: "“{{file}}” cannot be used: {{reason}}. Nothing was written.",
    problems: {
      missing: "the file was not found",
      notFile: "it is not a file",
      empty: "the file is empty (0 bytes)",
      xls: "it is an Excel 97–2003 file (.xls): save it as .xlsx",
      encrypted: "it has an opening password: remove the password",
      ods: "it is an OpenDocument spreadsheet (.ods): save it as .xlsx",
      notXlsx: "it is not an Excel .xlsx file",
      corrupt: "the file is damaged and cannot be read",
      tooLarge: "the file is too large (over the safety limit)",
      notRegister: "it is not a Sổ Thi đua register (no “Cấu hình” or “Đề nghị” sheet)",
    },
  },
  criteria: {
    intro:
      "One “TC …” sheet per field: criteria as rows, the people or units scored as columns; totals, classification and ranks are formulas.",
    none: "No criteria sheet yet.",
    addTemplate: "Add a criteria sheet from a template",
    template: "Template",
    allAdded: "Every template is already in the register.",
    add: "Add sheet",
    fromCsv: "Or import a CSV file (Mã, Nội dung tiêu chí, Loại dòng, Điểm chuẩn)",
    chooseCsv: "Choose a CSV file…",
    noFile: "No file chosen",
    csvName: "Sheet name (after “TC ”)",
    importCsv: "Import CSV",
    added: "Sheet “{{name}}” added.",
    exists: "Sheet “{{name}}” already exists.",
    csvProblems: "{{count}} CSV lines could not be read: {{first}}",
    candidates: "Add people or units to score",
    candidatesHint: "One name per line.",
    sheet: "Sheet",
    addCandidates: "Add to sheet",
    candidatesAdded: "Added {{count}} columns; {{existing}} names were already there.",
    link: "Link scores into “Đề nghị”",
    linked: "Linked {{count}} “Điểm” cells to their “Tổng điểm”.",
    results: "Scores",
    name: "Name",
    total: "Total",
    class: "Class",
    rank: "Rank",
    refresh: "Reload",
    noCandidates: "Nobody scored yet.",
  },
  check: {
    intro:
      "Checks every nomination against the 2022 Law on Emulation and Commendation and the unit's policy; results go into the “Kết quả kiểm tra” column.",
    run: "Check",
    rerun: "Check again",
    counts: "{{error}} errors · {{warning}} warnings · {{rows}} nominations",
    ready: "Ready: no errors.",
    notReady: "Errors must be fixed before the council.",
    register: "Register structure",
    row: "Row {{row}}",
    goTo: "Select cell {{cell}} on sheet “{{sheet}}”",
    filterAll: "All",
    filterError: "Errors",
    filterWarning: "Warnings",
    filterLabel: "Filter",
    none: "No issues.",
    notRun: "Not checked yet.",
    rechecked: "Checked again after rows {{rows}} changed.",
    citation: "Basis",
    checkedAt: "Checked at {{time}}",
    deadlineDays: "Next deadline: {{drive}} — {{date}}, in {{days}} days",
    deadlineTomorrow: "Next deadline: {{drive}} — {{date}}, tomorrow",
    deadlineToday: "Next deadline: {{drive}} — {{date}}, today",
    noDeadline: "No dossier deadline ahead (sheet “Đợt thi đua”).",
  },
  summary: {
    notRun: "Run “Check” to see the summary.",
    byTitle: "By title or form",
    title: "Title / form",
    count: "Nominations",
    women: "Women",
    direct: "Direct workers",
    valid: "Valid",
    total: "Total",
    cap: "CSTĐCS / LĐTT ratio",
    capStatus: { none: "No cap applies", over: "Over the cap", within: "Within the cap" },
    capLine: "{{cstdcs}} CSTĐCS / {{ldtt}} LĐTT = {{ratio}} (cap {{limit}})",
    directShare: "Individuals who are direct workers",
    directLine: "{{direct}} / {{individual}} individuals ({{share}})",
    kinds: "Individuals {{individual}} · Collectives {{collective}} · Households {{household}}",
    bonus: "Estimated bonus (valid nominations)",
  },
  export: {
    intro:
      "Exports the submission letter, list, minutes, vote-count record, ballots (one per member voting) and summary to a new workbook in the Decree 30/2020 layout (the register is not changed).",
    needCheck: "Run “Check” first: only valid nominations with enough votes go on the list.",
    hasErrors:
      "The register still has {{error}} errors. Those rows go to the “Không đủ điều kiện” sheet with their rule IDs.",
    force: "Export even with errors",
    build: "Build the report file",
    built: "Report built: {{proposed}} proposed, {{ineligible}} ineligible.",
    download: "Download .xlsx",
    openInExcel: "Open in Excel",
    downloadFallback: "If the new workbook did not open, download the file:",
    opened: "The file is open as a new workbook in Excel.",
    mark: "Record the export date in the register (clears warning RG03)",
    marked: "The export date is recorded in the register.",
    drive: "Drive",
    driveAll: "All drives",
    driveHint:
      "The Tờ trình and the posting list hold only the chosen drive's nominations; the drive's name goes into the Tờ trình's subject.",
  },
  posting: {
    title: "Public posting list (Danh sách công khai)",
    intro:
      "The list posted at the ward office before submission (Decree 30/2020 format): nominee, unit, title, short achievement, posting period, where and until when comments are received. Only eligible nominations; the register is not changed.",
    build: "Make the posting list",
    built: "Posting list made: {{count}} nominations, posted from {{from}} to the end of {{to}}.",
    builtNoDates: "Posting list made: {{count}} nominations.",
    noStart:
      "“Ngày bắt đầu công khai” is blank on sheet “Cấu hình”: the posting dates are left to fill by hand.",
  },
  memberCopy: {
    title: "Council member's copy",
    intro:
      "A copy of the register to send to council members: every sheet and the workbook structure locked, formulas still live, a first sheet “Thông tin” with the unit, year, when the copy was made, the check summary and the register's SHA-256. The register is not changed.",
    build: "Make the council member's copy",
    built:
      "Council member's copy made (check summary in the copy: {{error}} error(s), {{warning}} warning(s), {{rows}} nomination(s)).",
  },
  decisionDocs: {
    title: "Draft decision and certificates",
    intro:
      "The ward Chairman's draft Quyết định (with its list) holds the nominations the council approved within the ward's authority; certificates are printed for the “Đã quyết định” rows, one per A4 landscape page. The register is not changed.",
    decision: "Build the draft decision",
    certificates: "Build the certificates",
    decisionDraft:
      "Draft decision built: {{count}} awards; its number and date are blank (record the decision above and build again, or fill them in by hand).",
    decisionNumbered: "Decision {{number}} built: {{count}} awards.",
    certificatesBuilt: "{{count}} certificates built (one per page).",
    incomplete:
      "Rows {{rows}} are “Đã quyết định” but lack the decision's number or date: no certificate.",
    notWard:
      "This is a unit's register: award decisions are issued by the ward Chairman — build it from the ward's (consolidated) register, or change “Cấp đơn vị” on the “Cấu hình” sheet.",
    noneDecided:
      "No “Đã quyết định” row of a ward title yet: record the decision above first, then build the certificates.",
  },
  decision: {
    title: "Record the award decision",
    intro:
      "Once the ward Chairman has signed the decision: record its number and date on every row the council approved (no errors, enough votes, a title the ward decides); “Trạng thái” becomes “Đã quyết định”.",
    number: "Decision number",
    numberHint: "Write number/QĐ-body, e.g. 123/QĐ-UBND.",
    date: "Date signed (day/month/year)",
    dateHint: "Write day/month/year, e.g. 20/12/2026.",
    record: "Record the decision",
    recorded:
      "Recorded decision {{number}} of {{date}} on {{count}} rows of sheet “Đề nghị” (rows {{rows}}).",
    upToDate: "Decision {{number}} is already recorded on rows {{rows}}: nothing to write.",
    kept: "Rows holding another decision were left as they are: {{rows}}.",
    badNumber: "The decision number “{{value}}” is not in the official form (e.g. 123/QĐ-UBND).",
    badDate: "The date “{{value}}” cannot be read: write day/month/year, e.g. 20/12/2026.",
    noTable:
      "The header row of the table on sheet “Đề nghị” was not found: run “Setup” to restore it.",
    columnsMissing:
      "Sheet “Đề nghị” has no column “{{columns}}”: run “Setup” to add it, then record the decision.",
    noneApproved:
      "No row was approved by the council yet (no errors, enough votes, a title the ward decides): nothing was written.",
    conflict:
      "Row {{row}} already records decision {{number}} of {{date}}: nothing was written. Edit or clear it on sheet “Đề nghị” to replace it.",
    allDecided:
      "Every approved row already records another decision ({{rows}}): nothing was written.",
    formula:
      "Cells {{cells}} of sheet “Đề nghị” hold formulas, which the tool never overwrites: remove them and try again.",
  },
  audit: {
    title: "Person recorded",
    prompt:
      "Each time the tool writes to the register, a row is added to sheet “Nhật ký”: enter the name to record (asked once, kept in the workbook).",
    save: "Save name",
  },
  errors: {
    title: "Could not complete",
    InvalidOperationInCellEditMode:
      "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    ItemNotFound:
      "A sheet or range the add-in needs was not found (deleted or renamed?). Run “Setup” to restore it.",
    AccessDenied:
      "The sheet is protected or the workbook is read-only. Unprotect the sheet (Review › Unprotect Sheet) and try again.",
    InvalidArgument: "Excel refused a value or an address.",
    InvalidReference: "A cell or range address is not valid.",
    MergedRangeConflict: "The target range has merged cells. Unmerge them and try again.",
    RequestPayloadSizeLimitExceeded:
      "The data sent to Excel is too large (Excel on the web's 5 MB limit).",
    ResponsePayloadSizeLimitExceeded:
      "The data read from Excel is too large (Excel on the web's 5 MB limit).",
    ItemAlreadyExists: "That sheet or name already exists.",
    ApiNotFound:
      "This version of Excel lacks a feature the add-in needs (Excel 2021 or later, Microsoft 365 or Excel on the web required).",
    Conflict: "Someone else changed the workbook at the same time. Try again.",
    GeneralException: "Excel reported a general error.",
    NotRegister: "The open workbook is not a register yet. Go to “Setup” to create one.",
    Unknown: "Unknown error.",
    undone: "The workbook is as it was before: what had been added was removed, you can try again.",
    partial: "Part of it was written to the workbook; run it again to add what is missing.",
    code: "Error code",
  },
};
