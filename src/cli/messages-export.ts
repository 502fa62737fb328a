/** Command-line texts of `export`, `consolidate` and the demo's export lines, Vietnamese first (`--lang en`). */
import i18next, { type TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";

const vi = {
  export: {
    refused:
      "Sổ “{{file}}” còn {{error}} lỗi: chưa xuất hồ sơ trình Hội đồng. Sửa các lỗi trên rồi xuất lại, hoặc dùng --force để vẫn xuất (các dòng lỗi được đưa vào sheet “Không đủ điều kiện”).",
    done: "Đã xuất hồ sơ trình Hội đồng: {{out}}",
    counts:
      "  {{proposed}} đề nghị đủ điều kiện ({{ward}} thuộc thẩm quyền Chủ tịch UBND, {{upward}} đề nghị {{submitTo}}); {{ineligible}} không đủ điều kiện (sheet “Không đủ điều kiện”).",
    forced:
      "Lưu ý: sổ còn {{error}} lỗi — đã xuất vì có --force; các dòng lỗi không được trình và được đánh dấu ở sheet “Không đủ điều kiện”.",
    untouched: "Sổ “{{file}}” không bị thay đổi.",
    marked: "Đã ghi ngày xuất {{date}} vào sổ “{{file}}” (bản sao lưu: {{backup}}).",
    markedRows:
      "Đã ghi “Trạng thái” = “Đã trình” cho {{count}} dòng đề nghị của sheet “Đề nghị” (dòng {{rows}}).",
    noStatusColumn:
      "Sheet “Đề nghị” của “{{file}}” chưa có cột “Trạng thái” nên các dòng chưa được đánh dấu “Đã trình”: chạy “so-thi-dua upgrade” để thêm cột.",
    skippedSubmitted:
      "Không xuất lại {{count}} dòng đã trình hoặc đã quyết định (sheet “Đề nghị”, dòng {{rows}}): thêm --include-submitted để xuất cả các dòng đó.",
    pdf: "Đã in ra PDF: {{pdf}}",
    noLibreOffice:
      "Không tìm thấy LibreOffice nên chưa tạo được PDF (tệp .xlsx đã ghi xong): cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) hoặc đặt biến SOFFICE_PATH trỏ tới chương trình soffice, rồi chạy lại lệnh với --pdf --overwrite.",
    pdfFailed:
      "LibreOffice không tạo được PDF “{{pdf}}” (tệp .xlsx đã ghi xong): chạy lại lệnh với --pdf --overwrite, hoặc mở tệp .xlsx bằng LibreOffice/Excel và in ra PDF (SO_THI_DUA_DEBUG=1 để xem chi tiết).",
    sameFile:
      "Tệp kết quả “{{out}}” trùng với sổ: xuất báo cáo không bao giờ ghi đè sổ. Chọn tên khác cho --out.",
    notXlsx: "Tệp kết quả phải có đuôi .xlsx: “{{out}}”.",
    oneDocument: "Chỉ dùng một trong --decision, --certificates và --posting trong một lần xuất.",
    unknownDrive:
      "Sổ “{{file}}” không có đợt “{{drive}}” (sheet “Đợt thi đua”): chọn một trong {{known}}.",
    postingDone:
      "Đã xuất Danh sách công khai ({{count}} trường hợp, niêm yết từ {{from}} đến hết {{to}}): {{out}}",
    postingNoStart:
      "Chưa ghi “Ngày bắt đầu công khai” ở sheet “Cấu hình” của sổ “{{file}}”: ngày niêm yết để trống, điền tay.",
    notWithDocument:
      "{{option}} chỉ dùng cho hồ sơ trình Hội đồng, không dùng cùng --decision hoặc --certificates.",
    decisionRefused:
      "Sổ “{{file}}” còn {{error}} lỗi: chưa xuất dự thảo quyết định. Sửa các lỗi trên rồi xuất lại, hoặc dùng --force (các dòng lỗi không có trong quyết định).",
    decisionNotWard:
      "Sổ “{{file}}” là sổ của đơn vị (Cấp đơn vị “{{level}}”): quyết định khen thưởng do Chủ tịch UBND phường, xã ban hành — xuất từ sổ của phường (sổ tổng hợp), hoặc sửa “Cấp đơn vị” ở sheet “Cấu hình”.",
    decisionDone:
      "Đã xuất dự thảo quyết định khen thưởng ({{count}} trường hợp thuộc thẩm quyền): {{out}}",
    decisionDraft:
      "  Số và ngày quyết định để trống (các dòng chưa ghi cùng một quyết định): ghi bằng “so-thi-dua decide” rồi xuất lại, hoặc điền tay.",
    decisionNumbered: "  Quyết định số {{number}} ngày {{date}} (đã ghi ở sheet “Đề nghị”).",
    decisionRejected:
      "Không đưa vào quyết định {{count}} dòng có “Trạng thái” = “Không đạt” (sheet “Đề nghị”, dòng {{rows}}).",
    noCertificates:
      "Sổ “{{file}}” chưa có dòng nào “Đã quyết định” thuộc thẩm quyền của phường: ghi quyết định trước (so-thi-dua decide SỔ --number … --date …), rồi in giấy khen.",
    certificatesDone: "Đã xuất {{count}} giấy khen (mỗi trang A4 ngang một giấy): {{out}}",
    certificatesIncomplete:
      "{{count}} dòng “Đã quyết định” thiếu số hoặc ngày quyết định nên chưa có giấy khen (sheet “Đề nghị”, dòng {{rows}}): điền “Số quyết định” và “Ngày quyết định”.",
  },
  consolidate: {
    reading: "Đang đọc {{n}}/{{total}}: {{file}}",
    noInput: "Không có tệp .xlsx nào để tổng hợp ({{paths}}).",
    skipped: "  ✗ {{message}}",
    done: "Đã tổng hợp {{rows}} đề nghị từ {{ok}} sổ vào “{{out}}”.",
    failed: "{{count}} tệp không dùng được, đã bỏ qua (xem sheet “Tệp lỗi”):",
    duplicates: "{{count}} nhóm đề nghị trùng lặp giữa các đơn vị (xem sheet “Trùng lặp”).",
    validation:
      "Sổ tổng hợp: {{error}} lỗi, {{warning}} cảnh báo (đã ghi “Kết quả kiểm tra”); có thể kiểm tra lại bằng “so-thi-dua validate” và xuất bằng “so-thi-dua export”.",
    outIsInput: "Tệp kết quả “{{out}}” là một trong các tệp đầu vào: chọn tên khác cho --out.",
    allFailed: "Không đọc được sổ nào: không có gì để tổng hợp.",
  },
  // Consolidation that refuses to mix (issue #11): years and settings of the units.
  mix: {
    disagree:
      "Các sổ đơn vị có năm đánh giá khác nhau — {{groups}}: chưa tổng hợp, không ghi tệp nào; chạy lại với --year NĂM (ví dụ --year {{example}}) để chọn năm tổng hợp, sổ của năm khác sẽ được liệt kê ở sheet “Tệp lỗi”.",
    unknownYear: "không rõ năm",
    otherYear:
      "Sổ “{{file}}”: năm đánh giá {{found}}, khác năm tổng hợp {{wanted}} — không tổng hợp.",
    noYear:
      "Sổ “{{file}}”: không đọc được năm đánh giá (ô “Năm đánh giá” trống hoặc không hợp lệ), năm tổng hợp {{wanted}} — không tổng hợp.",
    noneOfYear: "Không có sổ đơn vị nào của năm {{year}}: không có gì để tổng hợp.",
    yearOption: "Năm tổng hợp: {{year}} (theo --year).",
    yearUnits: "Năm tổng hợp: {{year}} (năm đánh giá của mọi sổ đơn vị).",
    settingsFrom:
      "Cấu hình của sổ tổng hợp (Hội đồng, bảng chính sách) lấy từ “{{file}}” (--settings-from).",
    settingsSame:
      "Các sổ đơn vị cùng cấu hình (Hội đồng, bảng chính sách): sổ tổng hợp giữ cấu hình đó.",
    settingsDiffer:
      "Các sổ đơn vị khác nhau ở {{count}} tham số cấu hình; sổ tổng hợp không theo sổ nào (thứ tự tệp không ảnh hưởng) mà dùng (ghi ở sheet “Theo đơn vị”):",
    settingsFromDiffer: "Các sổ đơn vị khác cấu hình đó ở {{count}} tham số:",
    line: "  • {{setting}}: {{values}} → {{used}} ({{from}})",
    blank: "(trống)",
    fromDefault: "mặc định",
    outIsSettings: "Tệp kết quả “{{out}}” là sổ --settings-from: chọn tên khác cho --out.",
  },
  demo: {
    exported:
      "Đã xuất hồ sơ trình Hội đồng: {{file}} (dùng --force vì sổ mẫu có lỗi cố ý; {{proposed}} đề nghị đủ điều kiện, {{ineligible}} ở sheet “Không đủ điều kiện”)",
    units: "Đã tách sổ mẫu theo đơn vị đề nghị thành {{count}} sổ đơn vị: {{dir}}",
    consolidated:
      "Đã tổng hợp các sổ đơn vị: {{file}} ({{rows}} đề nghị, {{duplicates}} nhóm trùng lặp)",
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof vi> = {
  export: {
    refused:
      "“{{file}}” has {{error}} errors: the council documents were not written. Fix the errors above and export again, or use --force to export anyway (rows with errors go to the “Không đủ điều kiện” sheet).",
    done: "Council documents written: {{out}}",
    counts:
      "  {{proposed}} nominations proposed ({{ward}} decided by the ward Chairman, {{upward}} proposed to {{submitTo}}); {{ineligible}} not eligible (sheet “Không đủ điều kiện”).",
    forced:
      "Note: the register has {{error}} errors — exported because of --force; rows with errors are not proposed and are marked on the “Không đủ điều kiện” sheet.",
    untouched: "The register “{{file}}” was not modified.",
    marked: "Recorded the export date {{date}} in “{{file}}” (backup: {{backup}}).",
    markedRows:
      "Set “Trạng thái” = “Đã trình” on {{count}} nomination rows of sheet “Đề nghị” (rows {{rows}}).",
    noStatusColumn:
      "Sheet “Đề nghị” of “{{file}}” has no “Trạng thái” column, so the rows were not marked “Đã trình”: run “so-thi-dua upgrade” to add it.",
    skippedSubmitted:
      "{{count}} rows already submitted or decided were not exported again (sheet “Đề nghị”, rows {{rows}}): add --include-submitted to export them too.",
    pdf: "PDF written: {{pdf}}",
    noLibreOffice:
      "LibreOffice was not found, so no PDF was made (the .xlsx is written): install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH to the soffice program, then run the command again with --pdf --overwrite.",
    pdfFailed:
      "LibreOffice could not make the PDF “{{pdf}}” (the .xlsx is written): run the command again with --pdf --overwrite, or open the .xlsx in LibreOffice/Excel and print it to PDF (SO_THI_DUA_DEBUG=1 shows the details).",
    sameFile:
      "The output “{{out}}” is the register itself: export never overwrites the register. Choose another --out.",
    notXlsx: "The output must end in .xlsx: “{{out}}”.",
    oneDocument: "Use only one of --decision, --certificates and --posting in one export.",
    unknownDrive:
      "Register “{{file}}” has no drive “{{drive}}” (sheet “Đợt thi đua”): choose one of {{known}}.",
    postingDone:
      "Public posting list written ({{count}} nominations, posted from {{from}} to the end of {{to}}): {{out}}",
    postingNoStart:
      "“Ngày bắt đầu công khai” is blank on sheet “Cấu hình” of “{{file}}”: the posting dates are left to fill by hand.",
    notWithDocument:
      "{{option}} is for the council dossier only; it cannot be used with --decision or --certificates.",
    decisionRefused:
      "The register “{{file}}” has {{error}} errors: no draft decision was written. Fix the errors above and export again, or use --force (rows with errors are not in the decision).",
    decisionNotWard:
      "The register “{{file}}” is a unit's register (Cấp đơn vị “{{level}}”): award decisions are issued by the ward Chairman — export from the ward's (consolidated) register, or change “Cấp đơn vị” on the “Cấu hình” sheet.",
    decisionDone:
      "Draft award decision written ({{count}} awards within the ward's authority): {{out}}",
    decisionDraft:
      "  Decision number and date left blank (the rows do not carry one same decision): record it with “so-thi-dua decide” and export again, or fill them in by hand.",
    decisionNumbered: "  Decision {{number}} of {{date}} (as recorded on “Đề nghị”).",
    decisionRejected:
      "{{count}} rows with “Trạng thái” = “Không đạt” are left out of the decision (sheet “Đề nghị”, rows {{rows}}).",
    noCertificates:
      "The register “{{file}}” has no “Đã quyết định” row of a ward title yet: record the decision first (so-thi-dua decide REGISTER --number … --date …), then print the certificates.",
    certificatesDone: "{{count}} certificates written (one per A4 landscape page): {{out}}",
    certificatesIncomplete:
      "{{count}} “Đã quyết định” rows lack the decision's number or date and get no certificate (sheet “Đề nghị”, rows {{rows}}): fill in “Số quyết định” and “Ngày quyết định”.",
  },
  consolidate: {
    reading: "Reading {{n}}/{{total}}: {{file}}",
    noInput: "No .xlsx file to consolidate ({{paths}}).",
    skipped: "  ✗ {{message}}",
    done: "Consolidated {{rows}} nominations from {{ok}} registers into “{{out}}”.",
    failed: "{{count}} files could not be used and were skipped (see the “Tệp lỗi” sheet):",
    duplicates:
      "{{count}} groups of nominations duplicated across units (see the “Trùng lặp” sheet).",
    validation:
      "Consolidated register: {{error}} errors, {{warning}} warnings (“Kết quả kiểm tra” written); validate it with “so-thi-dua validate” and export it with “so-thi-dua export”.",
    outIsInput: "The output “{{out}}” is one of the inputs: choose another --out.",
    allFailed: "No register could be read: nothing to consolidate.",
  },
  mix: {
    disagree:
      "The units' registers have different evaluation years — {{groups}}: nothing consolidated, no file written; run again with --year YEAR (e.g. --year {{example}}) to choose the consolidation year, registers of other years are then listed on the “Tệp lỗi” sheet.",
    unknownYear: "no readable year",
    otherYear: "“{{file}}”: evaluation year {{found}}, not {{wanted}} — not consolidated.",
    noYear:
      "“{{file}}”: no readable evaluation year (“Năm đánh giá” blank or invalid), not {{wanted}} — not consolidated.",
    noneOfYear: "No unit's register of {{year}}: nothing to consolidate.",
    yearOption: "Consolidation year: {{year}} (--year).",
    yearUnits: "Consolidation year: {{year}} (every unit's evaluation year).",
    settingsFrom:
      "Settings of the consolidated register (council, policy table) taken from “{{file}}” (--settings-from).",
    settingsSame:
      "The units' registers have the same settings (council, policy table): the consolidated register keeps them.",
    settingsDiffer:
      "The units' registers differ on {{count}} settings; the consolidated register follows none of them (file order does not matter) and uses (noted on the “Theo đơn vị” sheet):",
    settingsFromDiffer: "The units differ from those settings on {{count}} settings:",
    line: "  • {{setting}}: {{values}} → {{used}} ({{from}})",
    blank: "(blank)",
    fromDefault: "default",
    outIsSettings: "The output “{{out}}” is the --settings-from register: choose another --out.",
  },
  demo: {
    exported:
      "Council documents written: {{file}} (with --force because the sample has deliberate errors; {{proposed}} proposed, {{ineligible}} on the “Không đủ điều kiện” sheet)",
    units: "Split the sample by proposing unit into {{count}} unit registers: {{dir}}",
    consolidated:
      "Consolidated the unit registers: {{file}} ({{rows}} nominations, {{duplicates}} duplicate groups)",
  },
};

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { x: vi }, en: { x: en } },
  lng: "vi",
  fallbackLng: "vi",
  ns: ["x"],
  defaultNS: "x",
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function exportT(lang: Lang): TFunction {
  return instance.getFixedT(lang, "x");
}
