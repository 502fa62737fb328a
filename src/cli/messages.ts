/** Command-line texts, Vietnamese first (`--lang en` for English). */
import i18next, { type TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";

const vi = {
  input: {
    missing: "Không tìm thấy tệp “{{file}}”.",
    notFile: "“{{file}}” không phải là tệp.",
    empty: "Tệp “{{file}}” rỗng (0 byte).",
    xls: "Tệp “{{file}}” là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và “Lưu thành” .xlsx rồi thử lại.",
    encrypted:
      "Tệp “{{file}}” đang được đặt mật khẩu mở. Hãy bỏ mật khẩu (File › Info › Protect Workbook) rồi thử lại.",
    ods: "Tệp “{{file}}” là bảng tính OpenDocument (.ods). Hãy lưu lại dạng .xlsx.",
    notXlsx: "Tệp “{{file}}” không phải tệp Excel .xlsx (có thể là CSV hoặc tệp khác bị đổi đuôi).",
    corrupt: "Tệp “{{file}}” bị hỏng hoặc không đọc được ({{detail}}).",
    tooLarge:
      "Tệp “{{file}}” quá lớn khi giải nén (vượt giới hạn an toàn) — có thể là tệp độc hại.",
    notRegister:
      "Tệp “{{file}}” không phải Sổ Thi đua: không có sheet {{detail}}. Dùng “so-thi-dua init” để tạo sổ mới hoặc “so-thi-dua upgrade” để bổ sung.",
  },
  init: {
    exists:
      "Tệp “{{file}}” đã tồn tại: không ghi đè. Chọn tên khác hoặc dùng “so-thi-dua upgrade”.",
    done: "Đã tạo sổ “{{file}}” (năm {{year}}, {{sheets}} sheet).",
  },
  upgrade: {
    nothing: "Sổ “{{file}}” đã đúng cấu trúc hiện hành, không cần bổ sung.",
    added: "Đã bổ sung vào “{{file}}” (bản sao lưu: {{backup}}):",
    sheet: "sheet “{{name}}”",
    column: "cột “{{name}}” ở sheet “{{sheet}}”",
    setting: "tham số “{{name}}” ở sheet “{{sheet}}”",
    policy: "dòng chính sách “{{name}}”",
    definedName: "tên vùng {{name}}",
    meta: "thông tin phiên bản sổ",
  },
  validate: {
    header: { row: "Dòng", cell: "Ô", rule: "Mã", severity: "Mức", message: "Nội dung" },
    summary: "{{error}} lỗi, {{warning}} cảnh báo, {{rows}} dòng đề nghị.",
    ready: "Sổ sẵn sàng trình Hội đồng (không có lỗi).",
    notReady: "Sổ còn lỗi: sửa các dòng trên rồi kiểm tra lại.",
    written:
      "Đã ghi “Kết quả kiểm tra” cho {{rows}} dòng vào “{{file}}” (bản sao lưu: {{backup}}).",
  },
  demo: {
    wrote: "Đã tạo sổ mẫu: {{file}}",
    summaryTitle: "Tóm tắt sổ mẫu",
    byTitle: "Theo danh hiệu, hình thức:",
    line: "  • {{title}}: {{count}} đề nghị, {{valid}} hợp lệ",
    findings:
      "Kiểm tra: {{error}} lỗi, {{warning}} cảnh báo trên {{rows}} dòng (lỗi cố ý để minh họa).",
    cap: "Tỷ lệ CSTĐCS/LĐTT: {{cstdcs}}/{{ldtt}} — {{status}}",
    bonus: "Dự kiến tiền thưởng (các dòng hợp lệ): {{amount}} đồng",
    next: "Mở tệp bằng Excel hoặc LibreOffice; xem hướng dẫn ở sheet “Hướng dẫn”.",
  },
  criteria: {
    unknownTemplate: "Không có bộ tiêu chí mẫu “{{name}}”. Các bộ có sẵn: {{available}}.",
    parse_header: "Tệp CSV “{{file}}” thiếu cột: {{missing}}.",
    parse_rowKind:
      "Tệp CSV “{{file}}”, dòng {{line}}, cột “Loại dòng”: “{{value}}” không phải Nhóm, Tiêu chí, Điểm cộng, Điểm trừ hoặc Điều kiện.",
    parse_points: "Tệp CSV “{{file}}”, dòng {{line}}, cột “Điểm chuẩn”: “{{value}}” không phải số.",
    problems: "Bộ tiêu chí “{{name}}” chưa hợp lệ (dùng --force để vẫn nhập):",
    exists: "Sổ đã có sheet “{{name}}”: không ghi đè. Chọn tên khác bằng --name.",
    imported: "Đã thêm sheet “{{name}}” ({{rows}} dòng tiêu chí) vào “{{file}}”.",
    noSheet:
      "Không tìm thấy sheet tiêu chí “{{name}}” (cần dòng tiêu đề có “Nội dung tiêu chí” và dòng “Tổng điểm”, “Đạt điều kiện”, “Xếp loại”, “Xếp hạng”).",
    added: "Đã thêm {{count}} người/đơn vị vào “{{name}}”: {{list}}.",
    existing: "Đã có sẵn, giữ nguyên: {{list}}.",
    linked: "Đã liên kết {{count}} ô “Điểm” với Tổng điểm ở sheet tiêu chí.",
    linkLine: "  • dòng {{row}}: {{candidate}} → {{sheet}} ({{total}} điểm)",
  },
  args: {
    bad: "Tham số không hợp lệ: {{detail}}",
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof vi> = {
  input: {
    missing: "File “{{file}}” not found.",
    notFile: "“{{file}}” is not a file.",
    empty: "File “{{file}}” is empty (0 bytes).",
    xls: "“{{file}}” is an Excel 97–2003 (.xls) file. Open it in Excel, “Save As” .xlsx and try again.",
    encrypted:
      "“{{file}}” is protected with an open password. Remove the password (File › Info › Protect Workbook) and try again.",
    ods: "“{{file}}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx.",
    notXlsx: "“{{file}}” is not an Excel .xlsx file (maybe a CSV or another file renamed).",
    corrupt: "“{{file}}” is damaged or unreadable ({{detail}}).",
    tooLarge:
      "“{{file}}” is too large when uncompressed (over the safety limit) — possibly a malicious file.",
    notRegister:
      "“{{file}}” is not a Sổ Thi đua register: no sheet {{detail}}. Use “so-thi-dua init” to create one or “so-thi-dua upgrade” to add what is missing.",
  },
  init: {
    exists:
      "“{{file}}” already exists: not overwritten. Choose another name or use “so-thi-dua upgrade”.",
    done: "Created register “{{file}}” (year {{year}}, {{sheets}} sheets).",
  },
  upgrade: {
    nothing: "“{{file}}” already has the current layout; nothing added.",
    added: "Added to “{{file}}” (backup: {{backup}}):",
    sheet: "sheet “{{name}}”",
    column: "column “{{name}}” on sheet “{{sheet}}”",
    setting: "setting “{{name}}” on sheet “{{sheet}}”",
    policy: "policy row “{{name}}”",
    definedName: "defined name {{name}}",
    meta: "register version information",
  },
  validate: {
    header: { row: "Row", cell: "Cell", rule: "Rule", severity: "Severity", message: "Message" },
    summary: "{{error}} errors, {{warning}} warnings, {{rows}} nomination rows.",
    ready: "The register is ready for the council (no errors).",
    notReady: "The register has errors: fix the rows above and validate again.",
    written: "Wrote “Kết quả kiểm tra” for {{rows}} rows into “{{file}}” (backup: {{backup}}).",
  },
  demo: {
    wrote: "Sample register written: {{file}}",
    summaryTitle: "Sample register summary",
    byTitle: "By title or form:",
    line: "  • {{title}}: {{count}} nominations, {{valid}} valid",
    findings:
      "Validation: {{error}} errors, {{warning}} warnings over {{rows}} rows (deliberate, to show the checks).",
    cap: "CSTĐCS/LĐTT ratio: {{cstdcs}}/{{ldtt}} — {{status}}",
    bonus: "Estimated bonus (valid rows): {{amount}} VND",
    next: "Open the file in Excel or LibreOffice; see the “Hướng dẫn” sheet.",
  },
  criteria: {
    unknownTemplate: "No bundled criteria set “{{name}}”. Available: {{available}}.",
    parse_header: "CSV file “{{file}}” lacks the columns: {{missing}}.",
    parse_rowKind:
      "CSV file “{{file}}”, line {{line}}, column “Loại dòng”: “{{value}}” is not Nhóm, Tiêu chí, Điểm cộng, Điểm trừ or Điều kiện.",
    parse_points:
      "CSV file “{{file}}”, line {{line}}, column “Điểm chuẩn”: “{{value}}” is not a number.",
    problems: "Criteria set “{{name}}” is not valid (use --force to import anyway):",
    exists: "The register already has a sheet “{{name}}”: not overwritten. Choose another --name.",
    imported: "Added sheet “{{name}}” ({{rows}} criteria rows) to “{{file}}”.",
    noSheet:
      "No criteria sheet “{{name}}” (it needs a header row with “Nội dung tiêu chí” and rows “Tổng điểm”, “Đạt điều kiện”, “Xếp loại”, “Xếp hạng”).",
    added: "Added {{count}} candidates to “{{name}}”: {{list}}.",
    existing: "Already there, left as is: {{list}}.",
    linked: "Linked {{count}} “Điểm” cells to the criteria sheets' totals.",
    linkLine: "  • row {{row}}: {{candidate}} → {{sheet}} ({{total}} points)",
  },
  args: {
    bad: "Invalid arguments: {{detail}}",
  },
};

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { cli: vi }, en: { cli: en } },
  lng: "vi",
  fallbackLng: "vi",
  ns: ["cli"],
  defaultNS: "cli",
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function cliT(lang: Lang): TFunction {
  return instance.getFixedT(lang, "cli");
}
