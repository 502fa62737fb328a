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
    notXlsx:
      "Tên tệp sổ “{{file}}” phải có đuôi .xlsx: chọn tên như “so-2026.xlsx” rồi chạy lại (chưa ghi gì).",
    profile:
      "Tham số theo quy định của {{province}}{{regulation}}: {{values}}. Nguồn ghi ở cột “Căn cứ” của sheet Cấu hình.",
    profileNone:
      "{{province}}: chưa xác minh được quy định thi đua, khen thưởng của tỉnh theo Nghị định 152/2025/NĐ-CP, sổ dùng mức chung toàn quốc; khi có quy định, sửa tham số và thêm dòng “Căn cứ” ở sheet Cấu hình.",
    noProfile:
      "Chưa có bộ tham số riêng của “{{province}}” (có sẵn: {{known}}): sổ dùng mức chung toàn quốc; sửa các tham số ở sheet Cấu hình theo quy định của tỉnh.",
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
  decide: {
    done: "Đã ghi quyết định số {{number}} ngày {{date}} cho {{count}} dòng của sheet “Đề nghị” trong “{{file}}” (dòng {{rows}}; bản sao lưu: {{backup}}).",
    upToDate:
      "Quyết định số {{number}} ngày {{date}} đã được ghi đủ cho dòng {{rows}} trong “{{file}}”: không cần ghi lại.",
    kept: "Giữ nguyên các dòng đã có quyết định khác: {{rows}} (muốn thay thì chọn dòng bằng --rows và thêm --overwrite).",
    badNumber:
      "Số quyết định “{{value}}” không đúng thể thức: viết dạng số/QĐ-cơ quan, ví dụ --number 123/QĐ-UBND (chưa ghi gì).",
    badDate:
      "Ngày quyết định “{{value}}” không đọc được: viết ngày/tháng/năm, ví dụ --date 20/12/2026 (chưa ghi gì).",
    noTable:
      "Tệp “{{file}}”, sheet “{{sheet}}”: không tìm thấy dòng tiêu đề của bảng đề nghị: chạy “so-thi-dua upgrade” hoặc sửa tiêu đề rồi thử lại (chưa ghi gì).",
    columnsMissing:
      "Tệp “{{file}}”, sheet “{{sheet}}” chưa có cột “{{columns}}”: chạy “so-thi-dua upgrade {{file}}” để thêm cột rồi ghi quyết định (chưa ghi gì).",
    notApproved:
      "Tệp “{{file}}”, sheet “{{sheet}}”, dòng {{row}}: {{reason}}, nên không ghi quyết định được; bỏ dòng này khỏi --rows hoặc sửa rồi chạy lại (chưa ghi gì).",
    noneApproved:
      "Tệp “{{file}}”, sheet “{{sheet}}”: không có dòng nào được Hội đồng thông qua (không lỗi, đủ phiếu, danh hiệu do phường quyết định) để ghi quyết định (chưa ghi gì).",
    conflict:
      "Tệp “{{file}}”, sheet “{{sheet}}”, dòng {{row}} đã ghi quyết định số {{number}} ngày {{date}}: thêm --overwrite để thay, hoặc bỏ dòng khỏi --rows (chưa ghi gì).",
    formula:
      "Tệp “{{file}}”, sheet “{{sheet}}”: ô {{cells}} chứa công thức, công cụ không ghi đè công thức; xóa công thức rồi chạy lại (chưa ghi gì).",
    allDecided:
      "Tệp “{{file}}”, sheet “{{sheet}}”: mọi dòng được thông qua đã ghi quyết định khác ({{rows}}): muốn thay thì chọn dòng bằng --rows và thêm --overwrite (chưa ghi gì).",
    badRows:
      "Giá trị “{{value}}” của tùy chọn --rows không hợp lệ: ghi số dòng Excel cách nhau bằng dấu phẩy, có thể dùng khoảng, ví dụ --rows 5,7,9-12.",
    reason: {
      notRow: "không phải dòng đề nghị",
      errors: "dòng còn lỗi {{rules}}",
      notVoted: "chưa có số phiếu đồng ý (DK10)",
      belowThreshold: "số phiếu chưa đạt tỷ lệ của danh hiệu (DK09)",
      upward: "danh hiệu do cấp trên quyết định (trình tỉnh trong Tờ trình)",
      rejected: "Trạng thái là “Không đạt”",
    },
  },
  validate: {
    header: { row: "Dòng", cell: "Ô", rule: "Mã", severity: "Mức", message: "Nội dung" },
    summary: "{{error}} lỗi, {{warning}} cảnh báo, {{rows}} dòng đề nghị.",
    ready: "Sổ sẵn sàng trình Hội đồng (không có lỗi).",
    notReady: "Sổ còn lỗi: sửa các dòng trên rồi kiểm tra lại.",
    written:
      "Đã ghi “Kết quả kiểm tra” cho {{rows}} dòng vào “{{file}}” (bản sao lưu: {{backup}}).",
    upToDate:
      "“Kết quả kiểm tra” trong “{{file}}” đã đúng với lần kiểm tra này: không cần ghi lại.",
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
  // Arguments and options (src/cli/usage.ts): one sentence naming what to do, exit 2.
  args: {
    bad: "Tham số không hợp lệ: {{detail}}",
    other: "Tham số không hợp lệ: xem cách dùng bằng “{{help}}”.",
    missingArgument: "Lệnh “{{command}}” còn thiếu {{argument}}: viết đủ theo mẫu “{{usage}}”.",
    excessArguments:
      "Lệnh “{{command}}” có tham số thừa “{{extra}}”: bỏ phần thừa (tên có dấu cách thì đặt trong ngoặc kép), viết theo mẫu “{{usage}}”.",
    unknownOption:
      "Lệnh “{{command}}” không có tùy chọn “{{option}}”{{suggestion}}: xem các tùy chọn bằng “{{help}}”.",
    unknownCommand:
      "Không có lệnh “{{name}}”{{suggestion}}: chọn một trong {{list}} (xem “{{help}}”).",
    suggestion: " (có phải “{{name}}”?)",
    missingCommand:
      "Chưa có tên lệnh: viết “{{usage}}”, với <lệnh> là một trong các lệnh dưới đây.",
    missingValue:
      "Tùy chọn “{{option}}” của lệnh “{{command}}” cần một giá trị {{value}} viết ngay sau nó (xem “{{help}}”).",
    missingOption:
      "Lệnh “{{command}}” cần tùy chọn “{{flags}}”: thêm tùy chọn đó vào lệnh (xem “{{help}}”).",
    badInteger:
      "Giá trị “{{value}}” của tùy chọn {{option}} không hợp lệ: cần một số nguyên từ {{min}} đến {{max}}.",
    badLang:
      "Giá trị “{{value}}” của tùy chọn --lang không hợp lệ: chọn vi (tiếng Việt) hoặc en (tiếng Anh).",
    emptyValue:
      "Tùy chọn {{option}} không được để trống: ghi {{value}} ngay sau nó, ví dụ {{example}}.",
    extraHelp: "Lệnh “{{command}}” không có lệnh con “{{extra}}”: bỏ phần thừa, viết “{{help}}”.",
  },
  // Help (`--help`, `help LỆNH`): section titles, placeholders, descriptions.
  help: {
    usage: "Cách dùng:",
    arguments: "Tham số:",
    options: "Tùy chọn:",
    globalOptions: "Tùy chọn chung:",
    commands: "Lệnh:",
    optionsTerm: "[tùy chọn]",
    commandTerm: "<lệnh>",
    helpOption: "hiện hướng dẫn của lệnh",
    versionOption: "hiện phiên bản của công cụ",
    program: "Sổ Thi đua — sổ bình xét thi đua, khen thưởng (Excel .xlsx)",
    lang: "ngôn ngữ của thông báo: vi (mặc định) hoặc en",
    demo: "tạo sổ mẫu, kiểm tra và xuất báo cáo",
    demoOut: "thư mục kết quả (mặc định ./demo-output)",
    init: "tạo sổ mới (tên tệp có đuôi .xlsx; không ghi đè tệp có sẵn)",
    year: "năm đánh giá, từ 2000 đến 2100 (mặc định năm nay)",
    unit: "tên đơn vị (mặc định “UBND phường”)",
    councilSize: "số thành viên Hội đồng, từ 1 đến 200 (mặc định 9)",
    province:
      "tỉnh/thành phố: ghi tham số theo quy định của tỉnh (có sẵn: {{known}}; mặc định Hà Nội)",
    criteriaSets: "bộ tiêu chí mẫu: Cá nhân, Tổ dân phố, Đoàn thể (mặc định cả ba)",
    criteria: "sheet tiêu chí chấm điểm",
    criteriaImport: "thêm bộ tiêu chí từ tệp CSV",
    criteriaName: "tên sheet “TC …”",
    criteriaForce: "vẫn nhập khi bộ tiêu chí chưa hợp lệ",
    addCandidates: "thêm người/đơn vị được chấm (không đụng tới điểm đã nhập)",
    addCandidatesSheet: "sheet tiêu chí “TC …”",
    link: "điền công thức Điểm theo Tổng điểm ở sheet tiêu chí",
    upgrade: "bổ sung cấu trúc còn thiếu, không sửa dữ liệu đã nhập",
    decide: "ghi quyết định khen thưởng vào các dòng được Hội đồng thông qua (giữ SỔ.xlsx.bak)",
    decideNumber: "số quyết định, ví dụ 123/QĐ-UBND",
    decideDate: "ngày ký quyết định, ngày/tháng/năm",
    decideRows:
      "chỉ các dòng này của sheet Đề nghị, ví dụ 5,7,9-12 (mặc định mọi dòng được thông qua)",
    decideOverwrite: "thay quyết định khác đã ghi ở dòng được chọn",
    validate: "kiểm tra sổ",
    json: "kết quả dạng JSON",
    write: "ghi Kết quả kiểm tra vào sổ (giữ SỔ.xlsx.bak)",
    export: "xuất hồ sơ trình Hội đồng ra tệp mới (sổ không bị sửa)",
    exportOut: "tệp .xlsx kết quả",
    pdf: "in thêm ra PDF bằng LibreOffice",
    exportForce: "vẫn xuất khi sổ còn lỗi, đánh dấu các dòng lỗi",
    markExported:
      "ghi ngày xuất và “Đã trình” cho các dòng được đề nghị vào sổ (RG03, giữ SỔ.xlsx.bak)",
    includeSubmitted: "xuất cả các dòng đã trình hoặc đã quyết định",
    exportDecision: "xuất dự thảo quyết định khen thưởng của Chủ tịch UBND phường (kèm danh sách)",
    exportCertificates: "xuất giấy khen của các dòng đã quyết định (mỗi trang A4 ngang một giấy)",
    exportDrive: "chỉ xuất các dòng của một đợt thi đua (tên ở sheet “Đợt thi đua”)",
    exportPosting: "xuất Danh sách công khai để niêm yết trước khi trình",
    overwrite: "ghi đè tệp --out đã có",
    consolidate: "tổng hợp sổ của nhiều đơn vị (tệp hoặc thư mục)",
    consolidateOut: "sổ tổng hợp .xlsx",
    consolidateJson: "kết quả dạng JSON",
    consolidateUnit: "tên đơn vị của sổ tổng hợp",
    consolidateYear: "năm tổng hợp, từ 2000 đến 2100",
    consolidateCouncil: "số thành viên Hội đồng của phường, từ 1 đến 200",
    settingsFrom: "lấy cấu hình từ sổ này",
    help: "hiện hướng dẫn của một lệnh",
    // Placeholders (no spaces; a trailing “...” means one or more).
    file: "sổ.xlsx",
    csv: "tệp.csv",
    names: "tên...",
    inputs: "tệp-hoặc-thư-mục...",
    command: "lệnh...",
    dir: "thư-mục",
    out: "tệp.xlsx",
    yearValue: "năm",
    number: "số",
    decisionNumber: "số/QĐ-...",
    date: "ngày/tháng/năm",
    rows: "dòng",
    name: "tên",
    drive: "tên đợt",
    sheet: "sheet",
    langValue: "vi|en",
    password: "mật-khẩu",
    unitExample: '--unit "UBND phường Kiến Hưng"',
    sheetExample: '--sheet "TC Cá nhân"',
    nameExample: '--name "TC Cá nhân"',
  },
  // Editing a register in place (src/cli/editRegister.ts): why a planned edit cannot be made.
  edit: {
    structureLocked:
      "Sổ “{{file}}” đang khóa cấu trúc (Review › Protect Workbook) nên không thêm được sheet: bỏ khóa cấu trúc rồi chạy lại.",
    noSheet:
      "Sổ “{{file}}” không có phần dữ liệu “{{detail}}” mà lệnh cần sửa: tệp có thể bị hỏng; mở bằng Excel, lưu lại rồi thử lại.",
    strict:
      "Sổ “{{file}}” được lưu dạng “Strict Open XML”: hãy mở bằng Excel và “Lưu thành” Excel Workbook (.xlsx) thông thường rồi chạy lại.",
    changed:
      "Sổ “{{file}}” đã bị chương trình khác thay đổi trong lúc lệnh đang chạy: không ghi gì. Đóng tệp ở chương trình kia rồi chạy lại.",
  },
  // Safe files (src/cli/files.ts): one sentence per file-system problem, naming the path.
  files: {
    missing: "Không tìm thấy tệp “{{file}}”.",
    noFolder:
      "Thư mục “{{folder}}” không tồn tại nên không ghi được “{{file}}”: tạo thư mục đó trước hoặc chọn chỗ lưu khác.",
    notFolder:
      "“{{folder}}” không phải là thư mục nên không ghi được “{{file}}”: kiểm tra lại đường dẫn.",
    isDir: "“{{file}}” là một thư mục, không phải là tệp: hãy ghi rõ tên tệp .xlsx.",
    notRegular:
      "“{{file}}” không phải tệp thông thường (thiết bị, ống dẫn…): hãy chỉ ra một tệp .xlsx.",
    outIsInput:
      "Tệp kết quả “{{file}}” chính là tệp đầu vào “{{input}}”: không bao giờ ghi đè tệp đầu vào, hãy chọn tên khác cho --out.",
    outInInputFolder:
      "Tệp kết quả “{{file}}” là một sổ trong thư mục đầu vào “{{input}}” và sẽ được đọc để tổng hợp: chọn tên khác cho --out hoặc đặt tệp kết quả ngoài thư mục đó.",
    outExists:
      "Tệp “{{file}}” đã có: không ghi đè. Chọn tên khác cho --out hoặc thêm --overwrite để thay tệp đó.",
    readOnly:
      "Tệp “{{file}}” đang ở chế độ chỉ đọc nên không ghi được: bỏ chế độ chỉ đọc của tệp (hoặc làm việc trên một bản sao) rồi thử lại.",
    folderReadOnly:
      "Không ghi được vào thư mục “{{folder}}” (chỉ đọc hoặc không có quyền) nên không ghi được “{{file}}”: chép tệp sang thư mục khác rồi thử lại.",
    macro:
      "Sổ “{{file}}” là tệp có macro (.xlsm/.xltm): phiên bản này không ghi vào tệp có macro. Hãy mở bằng Excel, “Lưu thành” một bản .xlsx (Excel Workbook) rồi chạy lại với bản đó.",
    permission:
      "Không có quyền truy cập “{{file}}”: kiểm tra quyền của tệp và thư mục (hoặc đóng chương trình đang khóa tệp) rồi thử lại.",
    readOnlyFs:
      "“{{file}}” nằm trên ổ đĩa chỉ đọc nên không ghi được: chép sang ổ khác rồi thử lại.",
    noSpace:
      "Ổ đĩa không còn đủ chỗ trống nên không ghi được “{{file}}”: giải phóng dung lượng rồi thử lại.",
    busy: "“{{file}}” đang được chương trình khác sử dụng (có thể đang mở trong Excel): đóng tệp rồi thử lại.",
    exists: "“{{file}}” đã tồn tại: không ghi đè, hãy chọn tên khác.",
    tooManyFiles:
      "Máy đang mở quá nhiều tệp nên không mở được “{{file}}”: đóng bớt chương trình rồi thử lại.",
    crossDevice:
      "Không chuyển được tệp tạm sang “{{file}}” vì khác ổ đĩa: chọn chỗ lưu trên cùng ổ rồi thử lại.",
    nameTooLong: "Đường dẫn “{{file}}” quá dài: chọn tên hoặc thư mục ngắn hơn.",
    loop: "Đường dẫn “{{file}}” có liên kết (symlink) vòng quanh: kiểm tra lại các liên kết.",
    io: "Lỗi đọc/ghi đĩa với “{{file}}” (ổ đĩa hoặc ổ mạng có vấn đề): kiểm tra ổ đĩa rồi thử lại.",
    other:
      "Không đọc/ghi được “{{file}}” (mã lỗi hệ thống {{code}}): kiểm tra tệp và thư mục rồi thử lại.",
    unexpected:
      "Lỗi ngoài dự kiến ({{name}}): lệnh đã dừng. Chạy lại với biến môi trường SO_THI_DUA_DEBUG=1 để xem chi tiết và gửi cho người phát triển.",
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
    notXlsx:
      "The register's file name “{{file}}” must end in .xlsx: choose a name like “so-2026.xlsx” and run again (nothing was written).",
    profile:
      "Settings from the regulation of {{province}}{{regulation}}: {{values}}. Their sources are in the “Căn cứ” column of the Cấu hình sheet.",
    profileNone:
      "{{province}}: the province's regulation under Decree 152/2025 could not be confirmed, the register uses the national defaults; when it is issued, set Cấu hình and add a “Căn cứ” row.",
    noProfile:
      "No settings profile for “{{province}}” yet (available: {{known}}): the register uses the national defaults; set Cấu hình to the province's regulation.",
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
  decide: {
    done: "Recorded decision {{number}} of {{date}} on {{count}} rows of sheet “Đề nghị” in “{{file}}” (rows {{rows}}; backup: {{backup}}).",
    upToDate:
      "Decision {{number}} of {{date}} is already recorded on rows {{rows}} in “{{file}}”: nothing to write.",
    kept: "Rows holding another decision were left as they are: {{rows}} (to replace it, choose the rows with --rows and add --overwrite).",
    badNumber:
      "The decision number “{{value}}” is not in the official form: write number/QĐ-body, e.g. --number 123/QĐ-UBND (nothing was written).",
    badDate:
      "The decision date “{{value}}” cannot be read: write day/month/year, e.g. --date 20/12/2026 (nothing was written).",
    noTable:
      "File “{{file}}”, sheet “{{sheet}}”: the nominations table's header row was not found: run “so-thi-dua upgrade” or fix the header and try again (nothing was written).",
    columnsMissing:
      "File “{{file}}”, sheet “{{sheet}}” has no column “{{columns}}”: run “so-thi-dua upgrade {{file}}” to add it, then record the decision (nothing was written).",
    notApproved:
      "File “{{file}}”, sheet “{{sheet}}”, row {{row}}: {{reason}}, so the decision cannot be recorded on it; leave the row out of --rows or fix it and run again (nothing was written).",
    noneApproved:
      "File “{{file}}”, sheet “{{sheet}}”: no row was approved by the council (no errors, enough votes, a title the ward decides) to record a decision on (nothing was written).",
    conflict:
      "File “{{file}}”, sheet “{{sheet}}”, row {{row}} already records decision {{number}} of {{date}}: add --overwrite to replace it, or leave the row out of --rows (nothing was written).",
    formula:
      "File “{{file}}”, sheet “{{sheet}}”: cells {{cells}} hold formulas, which the tool never overwrites; remove the formulas and run again (nothing was written).",
    allDecided:
      "File “{{file}}”, sheet “{{sheet}}”: every approved row already records another decision ({{rows}}): to replace it, choose the rows with --rows and add --overwrite (nothing was written).",
    badRows:
      "The value “{{value}}” of option --rows is not valid: write Excel row numbers separated by commas, ranges allowed, e.g. --rows 5,7,9-12.",
    reason: {
      notRow: "not a nomination row",
      errors: "the row has errors {{rules}}",
      notVoted: "no votes entered (DK10)",
      belowThreshold: "the votes are below the title's threshold (DK09)",
      upward: "the title is decided above the ward (proposed to the province in the Tờ trình)",
      rejected: "its status is “Không đạt”",
    },
  },
  validate: {
    header: { row: "Row", cell: "Cell", rule: "Rule", severity: "Severity", message: "Message" },
    summary: "{{error}} errors, {{warning}} warnings, {{rows}} nomination rows.",
    ready: "The register is ready for the council (no errors).",
    notReady: "The register has errors: fix the rows above and validate again.",
    written: "Wrote “Kết quả kiểm tra” for {{rows}} rows into “{{file}}” (backup: {{backup}}).",
    upToDate: "“Kết quả kiểm tra” in “{{file}}” already matches this check: nothing to write.",
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
    other: "Invalid arguments: see the usage with “{{help}}”.",
    missingArgument: "“{{command}}” needs {{argument}}: write it as “{{usage}}”.",
    excessArguments:
      "“{{command}}” got the extra argument “{{extra}}”: remove it (quote a name that contains spaces) and write it as “{{usage}}”.",
    unknownOption:
      "“{{command}}” has no option “{{option}}”{{suggestion}}: see its options with “{{help}}”.",
    unknownCommand:
      "There is no command “{{name}}”{{suggestion}}: choose one of {{list}} (see “{{help}}”).",
    suggestion: " (did you mean “{{name}}”?)",
    missingCommand: "No command given: write “{{usage}}”, with one of the commands below.",
    missingValue:
      "Option “{{option}}” of “{{command}}” needs a value {{value}} right after it (see “{{help}}”).",
    missingOption:
      "“{{command}}” needs the option “{{flags}}”: add it to the command (see “{{help}}”).",
    badInteger:
      "Invalid value “{{value}}” for {{option}}: give a whole number from {{min}} to {{max}}.",
    badLang: "Invalid value “{{value}}” for --lang: choose vi (Vietnamese) or en (English).",
    emptyValue:
      "Option {{option}} must not be empty: write {{value}} right after it, for example {{example}}.",
    extraHelp: "“{{command}}” has no subcommand “{{extra}}”: remove it and write “{{help}}”.",
  },
  help: {
    usage: "Usage:",
    arguments: "Arguments:",
    options: "Options:",
    globalOptions: "Global options:",
    commands: "Commands:",
    optionsTerm: "[options]",
    commandTerm: "<command>",
    helpOption: "display help for the command",
    versionOption: "display the tool's version",
    program: "Sổ Thi đua — emulation & commendation register (Excel .xlsx)",
    lang: "language of the messages: vi (default) or en",
    demo: "write a sample register, validate and export it",
    demoOut: "output folder (default ./demo-output)",
    init: "create a new register (a name ending in .xlsx; an existing file is never overwritten)",
    year: "evaluation year, 2000 to 2100 (default: this year)",
    unit: "unit name (default “UBND phường”)",
    councilSize: "council size, 1 to 200 (default 9)",
    province:
      "province or city: writes its regulation's settings (available: {{known}}; default Hà Nội)",
    criteriaSets: "bundled criteria sets: Cá nhân, Tổ dân phố, Đoàn thể (default: all three)",
    criteria: "criteria sheets",
    criteriaImport: "add a criteria set from a CSV file",
    criteriaName: "sheet name “TC …”",
    criteriaForce: "import even if the set has problems",
    addCandidates: "add candidates (entered scores untouched)",
    addCandidatesSheet: "criteria sheet “TC …”",
    link: "link Điểm to the criteria sheets' totals",
    upgrade: "add what is missing, keep every entered cell",
    decide: "record the award decision on the rows the council approved (keeps FILE.xlsx.bak)",
    decideNumber: "decision number, e.g. 123/QĐ-UBND",
    decideDate: "date the decision was signed, day/month/year",
    decideRows: "only these rows of Đề nghị, e.g. 5,7,9-12 (default: every approved row)",
    decideOverwrite: "replace another decision recorded on a chosen row",
    validate: "validate a register",
    json: "JSON output",
    write: "write the results into the register (keeps FILE.xlsx.bak)",
    export: "write the council documents to a new file (the register is not modified)",
    exportOut: "output .xlsx file",
    pdf: "also print to PDF with LibreOffice",
    exportForce: "export despite errors, marking the rows",
    markExported:
      "record the export date and “Đã trình” on the proposed rows in the register (RG03, keeps FILE.xlsx.bak)",
    includeSubmitted: "also export rows already submitted or decided",
    exportDecision: "write the ward Chairman's draft award decision (with its list)",
    exportCertificates: "write the certificates of the decided rows (one per A4 landscape page)",
    exportDrive: "export only the rows of one drive (named on sheet “Đợt thi đua”)",
    exportPosting: "write the public posting list (Danh sách công khai) to post before submission",
    overwrite: "replace an existing --out file",
    consolidate: "merge many units' registers (files or folders)",
    consolidateOut: "consolidated register .xlsx",
    consolidateJson: "JSON report",
    consolidateUnit: "unit name of the consolidated register",
    consolidateYear: "year to consolidate, 2000 to 2100",
    consolidateCouncil: "the ward's council size, 1 to 200",
    settingsFrom: "take the settings of this register",
    help: "display help for a command",
    file: "register.xlsx",
    csv: "file.csv",
    names: "names...",
    inputs: "files-or-folders...",
    command: "command...",
    dir: "folder",
    out: "file.xlsx",
    yearValue: "year",
    number: "n",
    decisionNumber: "number/QĐ-...",
    date: "dd/mm/yyyy",
    rows: "rows",
    name: "name",
    drive: "drive",
    sheet: "sheet",
    langValue: "vi|en",
    password: "password",
    unitExample: '--unit "UBND phường Kiến Hưng"',
    sheetExample: '--sheet "TC Cá nhân"',
    nameExample: '--name "TC Cá nhân"',
  },
  edit: {
    structureLocked:
      "The structure of register “{{file}}” is locked (Review › Protect Workbook), so no sheet can be added: unlock the structure and run again.",
    noSheet:
      "Register “{{file}}” has no part “{{detail}}” that the command must edit: the file may be damaged; open it in Excel, save it, and try again.",
    strict:
      "Register “{{file}}” is saved as “Strict Open XML”: open it in Excel, “Save As” a normal Excel Workbook (.xlsx) and run again.",
    changed:
      "Register “{{file}}” was changed by another program while the command ran: nothing was written. Close it there and run again.",
  },
  // Safe files (src/cli/files.ts): one sentence per file-system problem, naming the path.
  files: {
    missing: "File “{{file}}” not found.",
    noFolder:
      "The folder “{{folder}}” does not exist, so “{{file}}” cannot be written: create the folder first or choose another place.",
    notFolder: "“{{folder}}” is not a folder, so “{{file}}” cannot be written: check the path.",
    isDir: "“{{file}}” is not a file but a folder: give the name of an .xlsx file.",
    notRegular: "“{{file}}” is not a regular file (a device, a pipe…): give an .xlsx file.",
    outIsInput:
      "The output “{{file}}” is the input “{{input}}”: an input is never overwritten, choose another --out.",
    outInInputFolder:
      "The output “{{file}}” is a register in the input folder “{{input}}” and would be read for the consolidation: choose another --out or put the output outside that folder.",
    outExists:
      "“{{file}}” already exists: not overwritten. Choose another --out or add --overwrite to replace it.",
    readOnly:
      "“{{file}}” is read-only, so it cannot be written: clear its read-only attribute (or work on a copy) and try again.",
    folderReadOnly:
      "The folder “{{folder}}” cannot be written to (read-only or no permission), so “{{file}}” cannot be written: copy the file to another folder and try again.",
    macro:
      "“{{file}}” is a macro-enabled workbook (.xlsm/.xltm): this release does not write into macro-enabled files. Open it in Excel, “Save As” an .xlsx (Excel Workbook) and run the command on that copy.",
    permission:
      "No permission to access “{{file}}”: check the permissions of the file and its folder (or close the program locking it) and try again.",
    readOnlyFs:
      "“{{file}}” is on a read-only drive, so it cannot be written: copy it to another drive and try again.",
    noSpace: "The disk is full, so “{{file}}” cannot be written: free some space and try again.",
    busy: "“{{file}}” is in use by another program (maybe open in Excel): close it and try again.",
    exists: "“{{file}}” already exists: not overwritten, choose another name.",
    tooManyFiles:
      "Too many files are open, so “{{file}}” cannot be opened: close some programs and try again.",
    crossDevice:
      "The temporary file could not be moved to “{{file}}” across drives: save on the same drive and try again.",
    nameTooLong: "The path “{{file}}” is too long: choose a shorter name or folder.",
    loop: "The path “{{file}}” has a symbolic link that loops: check the links.",
    io: "A disk read/write error occurred with “{{file}}” (a failing disk or network drive): check the drive and try again.",
    other:
      "“{{file}}” could not be read or written (system error code {{code}}): check the file and its folder and try again.",
    unexpected:
      "Unexpected error ({{name}}): the command stopped. Run it again with the environment variable SO_THI_DUA_DEBUG=1 to see the details and send them to the developers.",
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
