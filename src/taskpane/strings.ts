/**
 * User-facing text of the task pane, Vietnamese first (i18next resources, namespace `pane`).
 * English must have exactly the same keys (checked by the type `PaneStrings`).
 * Rule messages come from the domain (`ruleResources`, namespace `domain`).
 */

export type Language = "vi" | "en";

export const LANGUAGES: readonly Language[] = ["vi", "en"];

/** Tabs of the pane, in display order. The ids double as `?tab=` values in manifest URLs. */
export const TAB_IDS = ["thiet-lap", "tieu-chi", "kiem-tra", "tong-hop", "xuat-bao-cao"] as const;
export type TabId = (typeof TAB_IDS)[number];

const vi = {
  appTitle: "Sổ Thi đua",
  languageLabel: "Ngôn ngữ",
  languageNames: { vi: "Tiếng Việt", en: "English" },
  tabsLabel: "Các mục của sổ",
  tabs: {
    "thiet-lap": "Thiết lập",
    "tieu-chi": "Tiêu chí",
    "kiem-tra": "Kiểm tra",
    "tong-hop": "Tổng hợp",
    "xuat-bao-cao": "Xuất báo cáo",
  },
  underConstruction: "Đang xây dựng",
  noWorkbook: "Mở ngăn này trong Excel (hoặc bản xem trước trên trình duyệt) để làm việc với sổ.",
  busy: "Đang xử lý…",
  dismiss: "Đóng",
  previewBadge: "Bản xem trước",
  setup: {
    intro:
      "Tạo sổ thi đua trong sổ Excel đang mở. Sổ có sẵn dữ liệu chỉ được bổ sung phần còn thiếu; không ô nào đã nhập bị ghi đè.",
    existing:
      "Sổ đã có. Bấm “Bổ sung phần còn thiếu” để thêm sheet, cột, tham số còn thiếu; dữ liệu giữ nguyên.",
    year: "Năm đánh giá",
    unit: "Tên đơn vị",
    province: "Tỉnh/Thành phố",
    councilSize: "Số thành viên Hội đồng",
    councilHint: "Tỷ lệ phiếu tính trên tổng số thành viên.",
    submitTo: "Cấp trình",
    submitHint:
      "Nơi trình các danh hiệu vượt thẩm quyền của phường (từ 01/7/2025: cấp tỉnh/thành phố).",
    templates: "Bộ tiêu chí chấm điểm",
    create: "Tạo sổ",
    upgrade: "Bổ sung phần còn thiếu",
    created: "Đã tạo sổ: {{count}} sheet.",
    upgraded: "Đã bổ sung {{sheets}} sheet, {{names}} tên vùng, {{notes}} cột/tham số.",
    nothing: "Sổ đã đầy đủ, không cần bổ sung.",
    kept: "{{count}} ô đã có dữ liệu được giữ nguyên.",
    invalidYear: "Năm từ 2000 đến 2100.",
    warnings: "Chưa đặt được trang in (khổ A4, lặp tiêu đề) trong phiên bản Excel này: {{list}}.",
    invalidCouncil: "Số nguyên từ 1 trở lên.",
  },
  criteria: {
    intro:
      "Mỗi lĩnh vực một sheet “TC …”: tiêu chí theo dòng, người/đơn vị được chấm theo cột; tổng điểm, xếp loại, xếp hạng là công thức.",
    none: "Chưa có sheet tiêu chí.",
    addTemplate: "Thêm sheet tiêu chí từ mẫu",
    template: "Mẫu",
    allAdded: "Đã có đủ các mẫu.",
    add: "Thêm sheet",
    fromCsv: "Hoặc nhập từ tệp CSV (Mã, Nội dung tiêu chí, Loại dòng, Điểm chuẩn)",
    csvName: "Tên sheet (sau “TC ”)",
    importCsv: "Nhập CSV",
    added: "Đã thêm sheet “{{name}}”.",
    exists: "Sheet “{{name}}” đã có.",
    csvProblems: "Tệp CSV có {{count}} dòng không đọc được: {{first}}",
    candidates: "Thêm người/đơn vị được chấm",
    candidatesHint: "Mỗi dòng một tên.",
    sheet: "Sheet",
    addCandidates: "Thêm vào sheet",
    candidatesAdded: "Đã thêm {{count}} cột; {{existing}} tên đã có.",
    link: "Liên kết điểm vào “Đề nghị”",
    linked: "Đã liên kết {{count}} ô “Điểm” với “Tổng điểm”.",
    results: "Kết quả chấm",
    name: "Tên",
    total: "Tổng điểm",
    class: "Xếp loại",
    rank: "Xếp hạng",
    refresh: "Tải lại",
    noCandidates: "Chưa có ai được chấm.",
  },
  check: {
    intro:
      "Kiểm tra mọi đề nghị theo Luật Thi đua, khen thưởng 2022 và quy chế của đơn vị; kết quả ghi vào cột “Kết quả kiểm tra”.",
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    counts: "{{error}} lỗi · {{warning}} cảnh báo · {{rows}} đề nghị",
    ready: "Sổ sẵn sàng: không có lỗi.",
    notReady: "Còn lỗi cần sửa trước khi trình Hội đồng.",
    register: "Cấu trúc sổ",
    row: "Dòng {{row}}",
    goTo: "Chọn ô {{cell}} trên sheet “{{sheet}}”",
    filterAll: "Tất cả",
    filterError: "Lỗi",
    filterWarning: "Cảnh báo",
    filterLabel: "Lọc",
    none: "Không có vấn đề nào.",
    notRun: "Chưa kiểm tra.",
    rechecked: "Đã kiểm tra lại sau khi dòng {{rows}} thay đổi.",
    citation: "Căn cứ",
    checkedAt: "Kiểm tra lúc {{time}}",
  },
  summary: {
    notRun: "Chạy “Kiểm tra” để xem số liệu tổng hợp.",
    byTitle: "Theo danh hiệu, hình thức",
    title: "Danh hiệu / Hình thức",
    count: "Đề nghị",
    women: "Nữ",
    direct: "LĐ trực tiếp",
    valid: "Hợp lệ",
    total: "Cộng",
    cap: "Tỷ lệ CSTĐCS / LĐTT",
    capStatus: { none: "Không áp dụng mức trần", over: "Vượt mức trần", within: "Trong mức trần" },
    capLine: "{{cstdcs}} CSTĐCS / {{ldtt}} LĐTT = {{ratio}} (mức trần {{limit}})",
    directShare: "Cá nhân là người lao động trực tiếp",
    directLine: "{{direct}} / {{individual}} cá nhân ({{share}})",
    kinds: "Cá nhân {{individual}} · Tập thể {{collective}} · Hộ gia đình {{household}}",
    bonus: "Dự kiến tiền thưởng (đề nghị hợp lệ)",
  },
  export: {
    intro:
      "Xuất Tờ trình, Danh sách, Biên bản, Tổng hợp ra một sổ mới theo thể thức Nghị định 30/2020 (sổ gốc không bị sửa).",
    needCheck:
      "Chạy “Kiểm tra” trước: chỉ những đề nghị hợp lệ và đủ phiếu mới vào danh sách trình.",
    hasErrors: "Sổ còn {{error}} lỗi. Các dòng lỗi sẽ nằm ở sheet “Không đủ điều kiện” kèm mã lỗi.",
    force: "Vẫn xuất khi còn lỗi",
    build: "Tạo tệp báo cáo",
    built: "Đã tạo báo cáo: {{proposed}} đề nghị trình, {{ineligible}} không đủ điều kiện.",
    download: "Tải tệp .xlsx",
    openInExcel: "Mở trong Excel",
  },
  errors: {
    title: "Không thực hiện được",
    InvalidOperationInCellEditMode:
      "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    ItemNotFound:
      "Không tìm thấy sheet hoặc vùng cần dùng (có thể đã bị xóa hoặc đổi tên). Chạy “Thiết lập” để bổ sung.",
    AccessDenied:
      "Sheet đang được bảo vệ hoặc sổ chỉ cho đọc. Bỏ bảo vệ sheet (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    InvalidArgument: "Excel từ chối một giá trị hoặc địa chỉ không hợp lệ.",
    InvalidReference: "Địa chỉ ô hoặc vùng không hợp lệ.",
    MergedRangeConflict: "Vùng cần ghi có ô đã gộp. Bỏ gộp ô ở vùng đó rồi thử lại.",
    RequestPayloadSizeLimitExceeded:
      "Dữ liệu gửi tới Excel quá lớn (giới hạn 5 MB của Excel trên web).",
    ResponsePayloadSizeLimitExceeded:
      "Dữ liệu đọc từ Excel quá lớn (giới hạn 5 MB của Excel trên web).",
    ItemAlreadyExists: "Sheet hoặc tên vùng này đã có.",
    ApiNotFound:
      "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng (cần Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web).",
    Conflict: "Sổ vừa được người khác sửa cùng lúc. Thử lại.",
    GeneralException: "Excel báo lỗi chung khi thực hiện.",
    NotRegister: "Sổ đang mở chưa phải sổ thi đua. Vào “Thiết lập” để tạo sổ.",
    Unknown: "Lỗi không xác định.",
    code: "Mã lỗi",
  },
};

export type PaneStrings = typeof vi;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<PaneStrings> = {
  appTitle: "Sổ Thi đua",
  languageLabel: "Language",
  languageNames: { vi: "Tiếng Việt", en: "English" },
  tabsLabel: "Register sections",
  tabs: {
    "thiet-lap": "Setup",
    "tieu-chi": "Criteria",
    "kiem-tra": "Check",
    "tong-hop": "Summary",
    "xuat-bao-cao": "Export reports",
  },
  underConstruction: "Under construction",
  noWorkbook: "Open this pane in Excel (or the browser preview) to work on a register.",
  busy: "Working…",
  dismiss: "Dismiss",
  previewBadge: "Preview",
  setup: {
    intro:
      "Create the emulation register in the open workbook. A workbook with data only gets what is missing; no cell you entered is overwritten.",
    existing:
      "This workbook already has a register. “Add what is missing” adds missing sheets, columns and settings; data stays as it is.",
    year: "Evaluation year",
    unit: "Unit name",
    province: "Province/City",
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
      "Exports the submission letter, list, minutes and summary to a new workbook in the Decree 30/2020 layout (the register is not changed).",
    needCheck: "Run “Check” first: only valid nominations with enough votes go on the list.",
    hasErrors:
      "The register still has {{error}} errors. Those rows go to the “Không đủ điều kiện” sheet with their rule IDs.",
    force: "Export even with errors",
    build: "Build the report file",
    built: "Report built: {{proposed}} proposed, {{ineligible}} ineligible.",
    download: "Download .xlsx",
    openInExcel: "Open in Excel",
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
    code: "Error code",
  },
};

export const PANE_STRINGS: Record<Language, PaneStrings> = { vi, en: en as PaneStrings };

export function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Reads `?tab=` and `?lang=` from a query string such as `location.search`; unknown values fall back. */
export function parseStartOptions(search: string): { tab: TabId; language: Language } {
  const params = new URLSearchParams(search);
  const tab = params.get("tab");
  const language = params.get("lang");
  return {
    tab: isTabId(tab) ? tab : "thiet-lap",
    language: isLanguage(language) ? language : "vi",
  };
}
