/**
 * The rule catalog (docs/spec/rules.md): stable IDs, severity and default citation. A citation is
 * shown to clerks: it names the law, a `Cấu hình` parameter, or the register's own sheets
 * (the guide `Hướng dẫn`, the lists `Danh mục`).
 */

export const RULES = {
  DL01: { severity: "error", citation: "Quy định của sổ (sheet “Hướng dẫn”, bước 4)" },
  DL02: { severity: "error", citation: "Danh mục giá trị (sheet “Danh mục”)" },
  DL03: { severity: "error", citation: "Định dạng ngày dd/mm/yyyy" },
  DL04: { severity: "warning", citation: "Kiểm tra hợp lý tuổi (18–70)" },
  DL05: { severity: "error", citation: "Quy định của sổ (sheet “Hướng dẫn”, bước 4)" },
  DL06: { severity: "error", citation: "Luật TĐKT 2022, Điều 19, 20" },
  DL07: { severity: "error", citation: "Luật TĐKT 2022, Điều 5" },
  DL08: { severity: "warning", citation: "Chuẩn Unicode TCVN 6909:2001" },
  DL09: { severity: "warning", citation: "An toàn dữ liệu (chèn công thức)" },
  DL10: { severity: "warning", citation: "Sheet tiêu chí chấm điểm (sheet “Hướng dẫn”, bước 3)" },
  DL11: { severity: "error", citation: "Định dạng ngày dd/mm/yyyy" },
  DL12: { severity: "error", citation: "Kế hoạch thi đua của đơn vị (sheet “Đợt thi đua”)" },
  DK01: { severity: "error", citation: "Luật TĐKT 2022, Điều 24" },
  DK02: { severity: "error", citation: "Cấu hình: Số tháng công tác tối thiểu" },
  DK03: {
    severity: "error",
    citation: "Luật TĐKT 2022, Điều 24; Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4",
  },
  DK04: { severity: "error", citation: "Luật TĐKT 2022, Điều 23" },
  DK05: { severity: "error", citation: "Cấu hình: Tỷ lệ tối đa CSTĐCS so với LĐTT (%)" },
  DK06: { severity: "warning", citation: "Luật TĐKT 2022, Điều 23" },
  DK07: { severity: "error", citation: "Luật TĐKT 2022, Điều 28" },
  DK08: { severity: "error", citation: "Luật TĐKT 2022, Điều 27" },
  DK09: { severity: "error", citation: "Cấu hình: Tỷ lệ phiếu tối thiểu (%)" },
  DK10: { severity: "warning", citation: "Quy chế Hội đồng TĐKT" },
  DK11: { severity: "error", citation: "Cấu hình: Điểm tối thiểu" },
  DK12: { severity: "error", citation: "Luật TĐKT 2022, Điều 23, 24, 27, 28" },
  DK13: { severity: "error", citation: "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4" },
  DK14: { severity: "error", citation: "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4" },
  HS01: { severity: "warning", citation: "Luật TĐKT 2022, Điều 74 khoản 1 điểm d" },
  HS02: { severity: "error", citation: "Luật TĐKT 2022, Điều 5" },
  HS03: { severity: "error", citation: "Luật TĐKT 2022, Điều 22" },
  HS04: { severity: "warning", citation: "Đối chiếu sheet “Lịch sử” (họ tên, ngày sinh)" },
  HS05: { severity: "warning", citation: "Luật TĐKT 2022, Điều 74 (tập thể)" },
  HS06: {
    severity: "warning",
    citation: "Nghị định 86/2023/NĐ-CP (Giấy khen Gia đình văn hóa 03 năm liên tục)",
  },
  QT01: { severity: "error", citation: "Quy trình xét khen thưởng (sheet “Hướng dẫn”, bước 8)" },
  QT02: { severity: "warning", citation: "Quy trình xét khen thưởng (sheet “Hướng dẫn”, bước 8)" },
  QT03: { severity: "warning", citation: "Quy trình xét khen thưởng (sheet “Hướng dẫn”, bước 8)" },
  RG01: { severity: "error", citation: "Cấu trúc sổ (sheet “Hướng dẫn”, mục 3)" },
  RG02: { severity: "error", citation: "Cấu hình (sheet “Hướng dẫn”, bước 1)" },
  RG03: { severity: "warning", citation: "Cấu hình: Hạn nộp hồ sơ; sheet “Đợt thi đua”" },
  RG05: {
    severity: "warning",
    citation: "Cấu hình: Số ngày báo trước hạn nộp; sheet “Đợt thi đua”",
  },
  RG06: { severity: "warning", citation: "Kế hoạch thi đua của đơn vị (sheet “Đợt thi đua”)" },
  QT04: {
    severity: "error",
    citation: "Luật TĐKT 2022, Điều 5 (công khai); Cấu hình: Ngày bắt đầu công khai",
  },
  RG04: { severity: "warning", citation: "Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP" },
  // The council meeting on paper (meeting.ts, issue #12).
  HD01: {
    severity: "error",
    citation:
      "Hồ sơ đề nghị khen thưởng: Tờ trình căn cứ Biên bản họp Hội đồng (Cấu hình: Ngày trình)",
  },
  HD02: {
    severity: "error",
    citation:
      "Quy chế hoạt động của Hội đồng TĐKT (Cấu hình: Tỷ lệ có mặt tối thiểu (%), mặc định 2/3)",
  },
  HD03: {
    severity: "error",
    citation:
      "Biên bản họp Hội đồng: số phiếu không vượt số thành viên biểu quyết (Cấu hình: Số thành viên có mặt)",
  },
  // The council's own working rules, not a law in force (ND 98/2023 Art. 30(7) lapsed): a warning.
  HD04: {
    severity: "warning",
    citation: "Quy chế hoạt động của Hội đồng TĐKT (bỏ phiếu kín danh hiệu CSTĐCS)",
  },
  HD05: {
    severity: "error",
    citation: "Cấu hình: Số thành viên Hội đồng, Số thành viên có mặt",
  },
  HD06: {
    severity: "warning",
    citation: "Quyết định thành lập (kiện toàn) Hội đồng TĐKT (sheet “Thành viên Hội đồng”)",
  },
} as const satisfies Record<string, { severity: "error" | "warning"; citation: string }>;

export type RuleId = keyof typeof RULES;
export type Severity = "error" | "warning";
export const RULE_IDS = Object.keys(RULES) as RuleId[];
