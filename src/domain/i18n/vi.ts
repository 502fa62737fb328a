/** Vietnamese messages (default language). Keys mirror en.ts exactly (checked by the type of en.ts). */
export const vi = {
  rule: {
    DL01: "Thiếu thông tin bắt buộc ở cột “{{column}}”.",
    DL02: "Giá trị “{{value}}” ở cột “{{column}}” không có trong danh mục.",
    DL02_choices:
      "Sheet “{{sheet}}”, dòng {{row}}, cột “{{column}}”: giá trị “{{value}}” không có trong danh mục; chọn một trong {{choices}}.",
    DL03_notDate:
      "Ngày sinh “{{value}}” không phải ngày hợp lệ (nhập dạng dd/mm/yyyy, ví dụ 03/02/1990).",
    DL03_afterYear: "Ngày sinh “{{value}}” sau năm đánh giá {{year}}.",
    DL04: "Tuổi tính đến 31/12 năm đánh giá là {{age}}, ngoài khoảng 18–70: kiểm tra lại ngày sinh.",
    DL05: "Giá trị “{{value}}” ở cột “{{column}}” không hợp lệ: cần số {{range}}.",
    DL06: "“{{title}}” không xét cho đối tượng “{{kind}}” (chỉ dành cho: {{allowed}}).",
    DL07: "Trùng đề nghị với dòng {{firstRow}} (cùng người/tập thể, cùng “{{title}}”, cùng đợt).",
    DL08: "Văn bản ở cột “{{column}}” có vẻ dùng bảng mã cũ {{encoding}}: nên chuyển sang Unicode.",
    DL09: "Nội dung ở cột “{{column}}” bắt đầu bằng =, + hoặc @ và có thể chạy như công thức.",
    DL10: "Điểm đã nhập {{score}} khác Tổng điểm {{total}} của “{{candidate}}” ở sheet “{{sheet}}” (ô {{cell}}). Dùng công thức liên kết hoặc sửa điểm.",
    DL11: "Ngày hết thời hạn kỷ luật “{{value}}” không phải ngày hợp lệ (nhập dạng dd/mm/yyyy, ví dụ 30/06/2025).",
    DL12: "Đợt “{{drive}}” không có ở sheet “{{sheet}}”: thêm đợt vào sheet đó hoặc chọn một đợt có sẵn ({{known}}).",
    DK01: "Mức hoàn thành nhiệm vụ “{{value}}” chưa đạt: cần “Hoàn thành tốt” trở lên.",
    DK01_art24:
      "Công nhân, nông dân, người lao động khác được xét Lao động tiên tiến theo Điều 24 khoản 3 Luật Thi đua, khen thưởng: cần “Lao động, sản xuất hiệu quả” là “Có” (đang là “{{value}}”).",
    DK02: "Số tháng công tác {{months}} ít hơn mức tối thiểu {{min}} tháng.",
    DK03: "Cá nhân bị kỷ luật “{{value}}” trong năm đánh giá không được xét khen thưởng (nếu đã hết thời hạn kỷ luật trước năm đánh giá, ghi ngày ở cột “Hết thời hạn kỷ luật”).",
    DK03_until:
      "Cá nhân bị kỷ luật “{{value}}”, hết thời hạn kỷ luật ngày {{end}}: thành tích chỉ được tính từ ngày đó, chưa đủ để xét khen thưởng năm đánh giá.",
    DK04: "Chiến sĩ thi đua cơ sở cần “Hoàn thành xuất sắc” nhiệm vụ hoặc có sáng kiến được công nhận.",
    DK05: "Số CSTĐCS ({{cstdcs}}) vượt {{cap}}% số đề nghị LĐTT ({{ldtt}}).",
    DK06: "Người được đề nghị CSTĐCS chưa có dòng đề nghị Lao động tiên tiến trong sổ.",
    DK07: "Chưa đủ điều kiện Tập thể lao động tiên tiến: {{reasonText}}.",
    DK08: "Chưa đủ điều kiện Tập thể lao động xuất sắc: {{reasonText}}.",
    DK09: "Số phiếu đồng ý {{votes}}/{{size}} ({{ratio}}%) thấp hơn tỷ lệ tối thiểu {{pct}}% tổng số thành viên Hội đồng.",
    DK10: "Chưa có số phiếu đồng ý của Hội đồng (chưa bình xét).",
    DK11: "Điểm {{score}} thấp hơn điểm tối thiểu {{min}}.",
    DK12: "“{{title}}” chỉ xét theo năm, không xét theo “{{drive}}”.",
    DK13: "Có khiếu nại về người/tập thể này đang chờ giải quyết (sheet “{{sheet}}”).",
    DK14: "Đang xem xét kỷ luật, thanh tra, kiểm tra hoặc xác minh đơn thư khiếu nại, tố cáo: chưa khen thưởng, chưa đề nghị cấp trên khen thưởng cho đến khi có kết luận.",
    HS01_partial:
      "Chưa thấy căn cứ Bằng khen theo Điều 74 khoản 1 điểm d ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: có {{have}}, thiếu {{missing}}.{{pendingText}} Nếu đề nghị theo tiêu chuẩn khác (2 năm liên tục hoàn thành xuất sắc nhiệm vụ và 2 sáng kiến, thành tích trong phong trào thi đua…), ghi rõ ở “Tóm tắt thành tích”.",
    HS01_none:
      "Chưa thấy căn cứ Bằng khen theo Điều 74 khoản 1 điểm d ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: thiếu {{missing}}, chưa có năm nào.{{pendingText}} Nếu đề nghị theo tiêu chuẩn khác (2 năm liên tục hoàn thành xuất sắc nhiệm vụ và 2 sáng kiến, thành tích trong phong trào thi đua…), ghi rõ ở “Tóm tắt thành tích”.",
    HS02: "“{{title}}” năm {{year}} đã được quyết định (sheet “{{sheet}}”, dòng {{historyRow}}, quyết định {{decision}}): một thành tích không khen thưởng hai lần.",
    HS02_noDecision:
      "“{{title}}” năm {{year}} đã có ở sheet “{{sheet}}” (dòng {{historyRow}}): một thành tích không khen thưởng hai lần.",
    HS03_partial:
      "Chưa đủ điều kiện Chiến sĩ thi đua cấp tỉnh (Điều 22) theo sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: có {{have}}, thiếu {{missing}}.{{pendingText}}",
    HS03_none:
      "Chưa đủ điều kiện Chiến sĩ thi đua cấp tỉnh (Điều 22) theo sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: thiếu {{missing}}, chưa có năm nào.{{pendingText}}",
    HS05_partial:
      "Chưa thấy căn cứ Bằng khen cho tập thể (Điều 74) ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: có {{have}}, thiếu {{missing}}.{{pendingText}} Nếu tập thể có 2 năm liên tục hoàn thành xuất sắc nhiệm vụ, ghi rõ ở “Tóm tắt thành tích”.",
    HS05_none:
      "Chưa thấy căn cứ Bằng khen cho tập thể (Điều 74) ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: thiếu {{missing}}, chưa có năm nào.{{pendingText}} Nếu tập thể có 2 năm liên tục hoàn thành xuất sắc nhiệm vụ, ghi rõ ở “Tóm tắt thành tích”.",
    HS06_partial:
      "Chưa thấy căn cứ Giấy khen cho hộ gia đình ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: có {{have}}, thiếu {{missing}}.{{pendingText}} Nếu Giấy khen là cho thành tích khác, ghi rõ ở “Tóm tắt thành tích”.",
    HS06_none:
      "Chưa thấy căn cứ Giấy khen cho hộ gia đình ở sheet “{{sheet}}”: cần {{need}} năm liên tục {{chain}}: thiếu {{missing}}, chưa có năm nào.{{pendingText}} Nếu Giấy khen là cho thành tích khác, ghi rõ ở “Tóm tắt thành tích”.",
    HS04: "Sheet “{{sheet}}” (dòng {{rows}}) có cùng họ tên nhưng ngày sinh {{historyDate}} khác ngày sinh {{date}} ở đây: các dòng đó không được tính. Nếu là cùng một người, sửa lại ngày sinh.",
    QT01: "Dòng ghi “Đã quyết định” nhưng thiếu “{{missing}}”: ghi số và ngày quyết định (hoặc chạy “so-thi-dua decide”).",
    QT02: "Dòng đã có Quyết định {{number}} ngày {{date}} nhưng nội dung đã thay đổi sau khi quyết định: kiểm tra lại (quyết định không tự sửa theo sổ).",
    QT03_status: "Trạng thái “{{value}}” không có trong danh sách ({{allowed}}).",
    QT03_number: "Số quyết định “{{value}}” không đúng dạng, ví dụ 123/QĐ-UBND.",
    QT03_date: "Ngày quyết định “{{value}}” không phải ngày hợp lệ (nhập dạng dd/mm/yyyy).",
    QT04: "Dòng đã trình khi danh sách còn đang công khai (từ {{from}} đến hết {{to}}, theo “{{setting}}” và “Số ngày công khai” của đợt); ngày trình {{day}}. Chỉ trình sau khi hết thời gian công khai và đã xử lý ý kiến, khiếu nại.",
    RG01_sheet:
      "Thiếu sheet “{{sheet}}”. Chạy “so-thi-dua upgrade” để bổ sung mà không mất dữ liệu.",
    RG01_label:
      "Sheet “{{sheet}}” thiếu cột/tham số “{{label}}” (có thể đã bị đổi tên). Đặt lại đúng tên hoặc chạy “so-thi-dua upgrade”.",
    RG01_header: "Sheet “{{sheet}}” không tìm thấy dòng tiêu đề có “{{label}}” trong 20 dòng đầu.",
    RG02_year: "“{{label}}” (ô {{address}}) phải là năm từ 2000 đến 2100.",
    RG02_unitName:
      "“{{label}}” (ô {{address}}) đang trống: ghi tên đơn vị (ví dụ “UBND phường Kiến Hưng”), tên này đứng đầu Tờ trình và Danh sách.",
    RG02_councilSize: "“{{label}}” (ô {{address}}) phải là số nguyên từ 1 trở lên.",
    RG02_percent: "“{{label}}” (ô {{address}}) phải là tỷ lệ từ 0 đến 100.",
    RG02_percentSign:
      "“{{label}}” (ô {{address}}) đang hiện {{shown}}: gõ kèm dấu % thì Excel lưu thành phân số và các công thức của sổ sẽ hiểu sai. Gõ lại {{typed}} (không kèm dấu %).",
    RG02_months: "“{{label}}” (ô {{address}}) phải là số nguyên từ 0 đến 12.",
    RG02_number: "“{{label}}” (ô {{address}}) phải là số không âm.",
    RG02_date: "“{{label}}” (ô {{address}}) phải là ngày dd/mm/yyyy.",
    RG02_score: "“{{label}}” (ô {{address}}) phải là điểm từ 0 đến 100.",
    RG02_margins:
      "“{{label}}” (ô {{address}}) phải là một số, hoặc bốn số trên; dưới; trái; phải, mỗi số từ 0 đến 60 (mm), ví dụ 25; 25; 30; 30.",
    RG02_count: "“{{label}}” (ô {{address}}) phải là số nguyên từ 0 trở lên.",
    RG02_time:
      "“{{label}}” (ô {{address}}) không đọc được giờ: gõ dạng chữ, ví dụ 8 giờ 00 (Excel đổi 8:00 thành giá trị giờ mà sổ không đọc được).",
    RG02_votingMethod: "“{{label}}” (ô {{address}}) phải là “Bỏ phiếu kín” hoặc “Giơ tay”.",
    RG03: "Đã quá hạn nộp hồ sơ {{deadline}} mà sổ chưa được xuất báo cáo.",
    RG03_drive:
      "Đợt “{{drive}}”: đã quá hạn nộp hồ sơ {{deadline}} mà còn {{count}} dòng chưa trình (cột “Trạng thái” chưa là “Đã trình”).",
    RG05: "Đợt “{{drive}}”: còn {{days}} ngày đến hạn nộp hồ sơ {{deadline}} ({{count}} dòng chưa trình).",
    RG06_duplicate: "Đợt “{{drive}}” trùng tên với dòng {{firstRow}}: mỗi đợt một dòng.",
    RG06_kindMissing: "Đợt “{{drive}}” chưa có “Loại đợt” ({{allowed}}).",
    RG06_kindInvalid:
      "Đợt “{{drive}}”: “Loại đợt” “{{value}}” không có trong danh sách ({{allowed}}).",
    RG06_date:
      "Đợt “{{drive}}”: “{{label}}” “{{value}}” không phải ngày hợp lệ (nhập dạng dd/mm/yyyy).",
    RG06_days: "Đợt “{{drive}}”: “Số ngày công khai” “{{value}}” phải là số nguyên từ 0 đến 365.",
    RG06_noDeadline:
      "Đợt “{{drive}}” chưa có “Hạn nộp hồ sơ”: Sổ Thi đua không báo được hạn của đợt (đợt Đột xuất không cần hạn).",
    RG06_endBeforeStart: "Đợt “{{drive}}”: ngày kết thúc {{end}} trước ngày bắt đầu {{start}}.",
    RG04: "“{{label}}” (ô {{address}}) là {{value}}%, thấp hơn quy định chung: {{rule}} ({{source}}). Sổ vẫn xét theo {{value}}%; kiểm tra lại quy chế.",
    RG04_province:
      "“{{label}}” (ô {{address}}) là {{value}}%, thấp hơn quy định của {{province}}: {{rule}} ({{source}}). Sổ vẫn xét theo {{value}}%; sửa theo quy định của tỉnh.",
    RG04_provinceBlank:
      "“{{label}}” (ô {{address}}) để trống, lỏng hơn quy định của {{province}}: {{rule}} ({{source}}). Ghi giá trị theo quy định của tỉnh.",
    HD01: "“Ngày trình” {{submission}} (ô {{address}}) trước ngày họp Hội đồng {{meeting}}: Tờ trình căn cứ Biên bản họp nên không thể ký trước cuộc họp. Sửa “Ngày trình” hoặc “Ngày họp Hội đồng”.",
    HD02: "Cuộc họp chưa đủ số thành viên: có mặt {{present}}, vắng có ý kiến bằng văn bản {{written}}, cộng {{members}}/{{size}} thành viên ({{share}}%), dưới tỷ lệ tối thiểu {{pct}}% (“Tỷ lệ có mặt tối thiểu (%)”). Kiểm tra “Số thành viên có mặt” (ô {{address}}) hoặc họp lại.",
    HD03: "Số phiếu đồng ý {{votes}} nhiều hơn số thành viên biểu quyết {{voting}} (có mặt {{present}}, có ý kiến bằng văn bản {{written}}).",
    HD04: "Chiến sĩ thi đua cơ sở thường được Hội đồng bỏ phiếu kín theo quy chế hoạt động của Hội đồng, nhưng “Hình thức biểu quyết” (ô {{address}}) là “{{method}}”: kiểm tra quy chế; nếu quy chế yêu cầu, bỏ phiếu kín lại và ghi số phiếu đồng ý.",
    HD05: "Số thành viên có mặt {{present}} và vắng có ý kiến bằng văn bản {{written}} (cộng {{members}}) nhiều hơn “Số thành viên Hội đồng” {{size}} (ô {{address}}).",
    HD06: "Sheet “Thành viên Hội đồng” có {{listed}} thành viên, khác “Số thành viên Hội đồng” {{size}} ở “Cấu hình”: tỷ lệ phiếu tính trên số ở “Cấu hình”, kiểm tra lại một trong hai.",
  },
  reason: {
    dutyGood: "mức hoàn thành nhiệm vụ dưới “Hoàn thành tốt”",
    dutyExcellent: "chưa “Hoàn thành xuất sắc” nhiệm vụ",
    ldttHalf: "số đạt LĐTT chưa quá 50% số thành viên",
    ldttShare: "số đạt LĐTT dưới {{share}}% số thành viên (quy chế của đơn vị)",
    allCompleted: "chưa 100% thành viên hoàn thành nhiệm vụ",
    ldtt70: "số đạt LĐTT dưới 70% số thành viên",
    oneCstdcs: "chưa có thành viên đạt CSTĐCS",
    disciplined: "có thành viên bị kỷ luật từ cảnh cáo trở lên",
  },
  history: {
    pending:
      " Năm {{pending}} đang đề nghị {{chain}} trong sổ này: chỉ được tính khi đã có quyết định (ghi vào sheet “{{sheet}}”).",
  },
  severity: { error: "Lỗi", warning: "Cảnh báo" },
};
