/**
 * The task pane's Vietnamese text (i18next namespace `pane`): the shell's own labels
 * (src/taskpane/shell.ts) and everything the sections say. Loaded on demand, with the sections.
 */
import { SHELL_STRINGS } from "../shell";

export const vi = {
  ...SHELL_STRINGS.vi,
  underConstruction: "Đang xây dựng",
  busy: "Đang xử lý…",
  dismiss: "Đóng",
  setup: {
    intro:
      "Tạo sổ thi đua trong sổ Excel đang mở. Sổ có sẵn dữ liệu chỉ được bổ sung phần còn thiếu; không ô nào đã nhập bị ghi đè.",
    existing:
      "Sổ đã có. Bấm “Bổ sung phần còn thiếu” để thêm sheet, cột, tham số còn thiếu; dữ liệu giữ nguyên.",
    year: "Năm đánh giá",
    unit: "Tên đơn vị",
    province: "Tỉnh/Thành phố",
    provinceProfile:
      "Sổ ghi tham số theo quy định của {{name}}: {{values}} (nguồn ở cột “Căn cứ”).",
    provinceRegulation: "Tờ trình in thêm dòng “Căn cứ {{regulation}}”.",
    provinceUnconfirmed:
      "{{name}}: chưa xác minh được quy định riêng của tỉnh, sổ dùng mức chung toàn quốc.",
    provinceUnknown:
      "Chưa có bộ tham số riêng của tỉnh này (có sẵn: {{known}}): sổ dùng mức chung toàn quốc.",
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
    unitRequired:
      "Ghi tên đơn vị (ví dụ “UBND phường Kiến Hưng”), tên này đứng đầu Tờ trình và Danh sách.",
  },
  history: {
    title: "Lịch sử từ sổ năm trước",
    intro:
      "Chép sheet “Lịch sử” và các dòng đã quyết định của sổ năm trước vào sheet “Lịch sử” của sổ này, để các quy tắc HS (Bằng khen, CSTĐ cấp tỉnh) thấy đủ các năm. Dòng đã có không chép lại, không ô nào bị ghi đè. Tệp được đọc ngay trên máy này.",
    label: "Sổ năm trước (.xlsx)",
    choose: "Chọn sổ năm trước…",
    none: "Chưa chọn tệp",
    run: "Chép vào sheet Lịch sử",
    added:
      "Đã thêm {{count}} dòng vào sheet “{{sheet}}” (dòng {{rows}}): {{fromHistory}} dòng từ sheet “Lịch sử” và {{fromDecided}} dòng đã quyết định năm {{year}} của “{{file}}”.",
    nothing: "Không có gì để thêm: mọi dòng của “{{file}}” đã có trong sheet “{{sheet}}”.",
    empty: "“{{file}}” không có dòng lịch sử hay dòng đã quyết định nào để chép.",
    duplicates: "Bỏ qua {{count}} dòng đã có.",
    skipped:
      "{{count}} dòng của “{{file}}” thiếu họ tên, năm hoặc danh hiệu nên không chép được: {{rows}}.",
    skippedRow: "sheet “{{sheet}}” dòng {{row}}",
    noTable:
      "Sổ này chưa có sheet “Lịch sử” với dòng tiêu đề “Họ và tên / Tên tập thể”: bấm “Bổ sung phần còn thiếu” ở trên rồi chép lại.",
    columnsMissing:
      "Sheet “{{sheet}}” chưa có cột “{{columns}}”: bấm “Bổ sung phần còn thiếu” ở trên rồi chép lại.",
    notEarlier:
      "“{{file}}” là sổ năm {{sourceYear}}, không phải năm trước của sổ này (năm {{targetYear}}): chọn sổ của năm trước. Chưa ghi gì.",
    unreadable: "Không dùng được “{{file}}”: {{reason}}. Chưa ghi gì.",
    problems: {
      missing: "không tìm thấy tệp",
      notFile: "không phải tệp",
      empty: "tệp rỗng (0 byte)",
      xls: "định dạng Excel 97–2003 (.xls), cần lưu lại dạng .xlsx",
      encrypted: "tệp có mật khẩu mở, cần bỏ mật khẩu",
      ods: "bảng tính OpenDocument (.ods), cần lưu lại dạng .xlsx",
      notXlsx: "không phải tệp Excel .xlsx",
      corrupt: "tệp hỏng, không đọc được",
      tooLarge: "tệp quá lớn (vượt giới hạn an toàn)",
      notRegister: "không phải Sổ Thi đua (không có sheet “Cấu hình”, “Đề nghị”)",
    },
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
    chooseCsv: "Chọn tệp CSV…",
    noFile: "Chưa chọn tệp",
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
    deadlineDays: "Hạn nộp gần nhất: {{drive}} — {{date}}, còn {{days}} ngày",
    deadlineTomorrow: "Hạn nộp gần nhất: {{drive}} — {{date}}, còn 1 ngày (ngày mai)",
    deadlineToday: "Hạn nộp gần nhất: {{drive}} — {{date}}, hôm nay",
    noDeadline: "Không còn hạn nộp hồ sơ nào sắp tới (sheet “Đợt thi đua”).",
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
      "Xuất Tờ trình, Danh sách, Biên bản, Biên bản kiểm phiếu, Phiếu bầu (mỗi thành viên biểu quyết một phiếu), Tổng hợp ra một sổ mới theo thể thức Nghị định 30/2020 (sổ gốc không bị sửa).",
    needCheck:
      "Chạy “Kiểm tra” trước: chỉ những đề nghị hợp lệ và đủ phiếu mới vào danh sách trình.",
    hasErrors: "Sổ còn {{error}} lỗi. Các dòng lỗi sẽ nằm ở sheet “Không đủ điều kiện” kèm mã lỗi.",
    force: "Vẫn xuất khi còn lỗi",
    build: "Tạo tệp báo cáo",
    built: "Đã tạo báo cáo: {{proposed}} đề nghị trình, {{ineligible}} không đủ điều kiện.",
    download: "Tải tệp .xlsx",
    openInExcel: "Mở trong Excel",
    downloadFallback: "Nếu sổ mới không mở ra, tải tệp về:",
    opened: "Đã mở tệp thành một sổ mới trong Excel.",
    mark: "Ghi ngày xuất báo cáo vào sổ (không còn cảnh báo RG03)",
    marked: "Đã ghi ngày xuất báo cáo vào sổ.",
    drive: "Đợt thi đua",
    driveAll: "Tất cả các đợt",
    driveHint:
      "Tờ trình và Danh sách công khai chỉ gồm đề nghị của đợt đã chọn; tên đợt ghi vào trích yếu Tờ trình.",
  },
  posting: {
    title: "Danh sách công khai",
    intro:
      "Danh sách niêm yết tại trụ sở trước khi trình (thể thức Nghị định 30/2020): người được đề nghị, đơn vị, danh hiệu, tóm tắt thành tích, thời gian niêm yết, nơi và hạn nhận ý kiến. Chỉ gồm đề nghị đủ điều kiện; sổ gốc không bị sửa.",
    build: "Tạo danh sách công khai",
    built: "Đã tạo danh sách công khai: {{count}} đề nghị, niêm yết từ {{from}} đến hết {{to}}.",
    builtNoDates: "Đã tạo danh sách công khai: {{count}} đề nghị.",
    noStart:
      "“Ngày bắt đầu công khai” ở sheet “Cấu hình” còn trống: ngày niêm yết để trống, điền tay.",
  },
  memberCopy: {
    title: "Bản gửi Hội đồng",
    intro:
      "Một bản của sổ để gửi thành viên Hội đồng: mọi sheet và cấu trúc sổ bị khóa, công thức vẫn tính, sheet đầu “Thông tin” ghi đơn vị, năm, thời điểm tạo bản, kết quả kiểm tra và mã SHA-256 của sổ. Sổ gốc không bị sửa.",
    build: "Tạo bản gửi Hội đồng",
    built:
      "Đã tạo bản gửi Hội đồng (kết quả kiểm tra ghi trong bản: {{error}} lỗi, {{warning}} cảnh báo, {{rows}} đề nghị).",
  },
  decisionDocs: {
    title: "Dự thảo quyết định và giấy khen",
    intro:
      "Dự thảo Quyết định của Chủ tịch UBND phường (kèm danh sách) gồm các đề nghị Hội đồng đã thông qua thuộc thẩm quyền của phường; giấy khen in cho các dòng “Đã quyết định”, mỗi trang A4 ngang một giấy. Sổ gốc không bị sửa.",
    decision: "Tạo dự thảo quyết định",
    certificates: "Tạo giấy khen",
    decisionDraft:
      "Đã tạo dự thảo quyết định: {{count}} trường hợp; số và ngày quyết định để trống (ghi quyết định ở trên rồi tạo lại, hoặc điền tay).",
    decisionNumbered: "Đã tạo quyết định số {{number}}: {{count}} trường hợp.",
    certificatesBuilt: "Đã tạo {{count}} giấy khen (mỗi trang một giấy).",
    incomplete:
      "Các dòng {{rows}} “Đã quyết định” nhưng thiếu số hoặc ngày quyết định: chưa có giấy khen.",
    notWard:
      "Sổ này là sổ của đơn vị: quyết định khen thưởng do Chủ tịch UBND phường ban hành — tạo từ sổ của phường (sổ tổng hợp), hoặc sửa “Cấp đơn vị” ở sheet “Cấu hình”.",
    noneDecided:
      "Chưa có dòng nào “Đã quyết định” thuộc thẩm quyền của phường: ghi quyết định ở trên trước, rồi tạo giấy khen.",
  },
  decision: {
    title: "Ghi quyết định khen thưởng",
    intro:
      "Sau khi Chủ tịch UBND ký quyết định: ghi số và ngày quyết định vào mọi dòng Hội đồng đã thông qua (không lỗi, đủ phiếu, danh hiệu do phường quyết định); “Trạng thái” chuyển thành “Đã quyết định”.",
    number: "Số quyết định",
    numberHint: "Viết dạng số/QĐ-cơ quan, ví dụ 123/QĐ-UBND.",
    date: "Ngày ký (ngày/tháng/năm)",
    dateHint: "Viết ngày/tháng/năm, ví dụ 20/12/2026.",
    record: "Ghi quyết định",
    recorded:
      "Đã ghi quyết định số {{number}} ngày {{date}} cho {{count}} dòng của sheet “Đề nghị” (dòng {{rows}}).",
    upToDate: "Quyết định số {{number}} đã được ghi đủ cho dòng {{rows}}: không cần ghi lại.",
    kept: "Giữ nguyên các dòng đã có quyết định khác: {{rows}}.",
    badNumber: "Số quyết định “{{value}}” không đúng thể thức (ví dụ 123/QĐ-UBND).",
    badDate: "Ngày “{{value}}” không đọc được: viết ngày/tháng/năm, ví dụ 20/12/2026.",
    noTable: "Không tìm thấy dòng tiêu đề của bảng ở sheet “Đề nghị”: chạy “Thiết lập” để bổ sung.",
    columnsMissing:
      "Sheet “Đề nghị” chưa có cột “{{columns}}”: chạy “Thiết lập” để bổ sung cột rồi ghi quyết định.",
    noneApproved:
      "Chưa có dòng nào được Hội đồng thông qua (không lỗi, đủ phiếu, danh hiệu do phường quyết định): chưa ghi gì.",
    conflict:
      "Dòng {{row}} đã ghi quyết định số {{number}} ngày {{date}}: chưa ghi gì. Sửa hoặc xóa ở sheet “Đề nghị” nếu cần thay.",
    allDecided: "Mọi dòng được thông qua đã ghi quyết định khác ({{rows}}): chưa ghi gì.",
    formula:
      "Ô {{cells}} của sheet “Đề nghị” chứa công thức, công cụ không ghi đè: xóa công thức rồi thử lại.",
  },
  audit: {
    title: "Người thực hiện",
    prompt:
      "Mỗi lần công cụ ghi vào sổ, một dòng được thêm vào sheet “Nhật ký”: nhập tên người thực hiện (hỏi một lần, lưu trong sổ).",
    save: "Lưu tên",
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
    undone: "Sổ vẫn như trước khi bấm: phần vừa thêm dở đã được gỡ, có thể thử lại.",
    partial: "Một phần đã được ghi vào sổ; bấm lại để bổ sung phần còn thiếu.",
    code: "Mã lỗi",
  },
};

export type PaneStrings = typeof vi;
