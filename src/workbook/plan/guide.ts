/** `Hướng dẫn`: how to use the register, in Vietnamese, for clerks and council members. */
import { SHEET } from "../../domain/register/contract";
import { fitRows, onePageIfClose } from "./print";
import type { PlanCell, SheetPlan } from "./types";

const GUIDE: readonly (readonly [string, readonly string[]])[] = [
  [
    "1. Sổ này dùng để làm gì",
    [
      "Sổ Thi đua là sổ theo dõi bình xét thi đua, khen thưởng của đơn vị trong một năm: tiêu chí chấm điểm, danh sách đề nghị, kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng và số liệu tổng hợp.",
      "Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025); Thông tư 15/2025/TT-BNV; Nghị định 86/2023/NĐ-CP; thể thức văn bản theo Nghị định 30/2020/NĐ-CP.",
      "Mọi tổng số, tỷ lệ, xếp hạng trong sổ là công thức Excel: thành viên Hội đồng mở sổ bằng Excel thông thường (không cần cài thêm) vẫn đọc và kiểm tra được.",
    ],
  ],
  [
    "2. Các bước",
    [
      "Bước 1 — sheet “Cấu hình”: ghi năm đánh giá, tên đơn vị, tổng số thành viên Hội đồng, ngày họp, hạn nộp hồ sơ, ngày trình và người ký Tờ trình; sau cuộc họp ghi giờ, địa điểm, chủ trì, thư ký, số thành viên có mặt, số vắng có ý kiến bằng văn bản và hình thức biểu quyết (khối “HỌP HỘI ĐỒNG, NGƯỜI KÝ”). Sheet “Thành viên Hội đồng”: mỗi thành viên một dòng (họ tên, chức vụ, chức danh trong Hội đồng). Xem lại bảng chính sách (điểm tối thiểu, tỷ lệ phiếu tối thiểu của từng danh hiệu, hình thức). Sheet “Lịch sử”: các danh hiệu đã được quyết định những năm trước (dùng để xét Bằng khen, Chiến sĩ thi đua cấp tỉnh, Giấy khen hộ Gia đình văn hóa).",
      "Bước 2 — sheet “Đợt thi đua”: mỗi đợt một dòng (Cả năm, các đợt 3/2, 30/4, 19/5, 27/7, 2/9, chuyên đề, Đột xuất) với loại đợt, cấp phát động, ngày bắt đầu, kết thúc, hạn nộp hồ sơ và số ngày công khai; Sổ Thi đua báo trước khi sắp đến hạn và khi quá hạn mà chưa trình. Sheet “Danh mục”: bổ sung các đơn vị đề nghị ở cột để trống.",
      "Công khai: trước khi trình, niêm yết “Danh sách công khai” (thẻ “Xuất báo cáo” hoặc “so-thi-dua export sổ.xlsx --posting”) tại nơi ghi ở “Cấu hình”, từ “Ngày bắt đầu công khai” trong số ngày công khai của đợt; ý kiến, khiếu nại nhận được ghi ở sheet “Khiếu nại”. Chỉ trình sau khi hết thời gian công khai (QT04).",
      "Bước 3 — các sheet “TC …”: mỗi lĩnh vực một bộ tiêu chí; tiêu chí theo dòng, người/đơn vị được chấm theo cột. Tổng điểm, xếp loại, xếp hạng tự tính.",
      "Bước 4 — sheet “Đề nghị”: mỗi dòng một đề nghị (một người/tập thể/hộ gia đình cho một danh hiệu hoặc hình thức, trong một đợt). Chọn giá trị trong danh sách thả xuống; ngày ghi dd/mm/yyyy.",
      "Bước 5 — cuộc họp Hội đồng: in “Phiếu bầu” (ở hồ sơ xuất, mỗi thành viên biểu quyết một phiếu, không ghi tên người bầu), kiểm phiếu rồi ghi “Số phiếu đồng ý”. Tỷ lệ tính trên TỔNG SỐ thành viên Hội đồng, không phải số người có mặt; số phiếu không được vượt số thành viên có mặt cộng số có ý kiến bằng văn bản. Chiến sĩ thi đua cơ sở bỏ phiếu kín nếu quy chế của Hội đồng quy định.",
      "Bước 6 — kiểm tra: bấm “Kiểm tra” trong Sổ Thi đua (hoặc chạy “so-thi-dua validate sổ.xlsx --write”). Cột “Kết quả kiểm tra” ghi “Hợp lệ” hoặc mã lỗi; dòng lỗi tô đỏ, dòng cảnh báo tô vàng.",
      "Bước 7 — “Xuất báo cáo”: Tờ trình, Danh sách, Biên bản, Biên bản kiểm phiếu, Phiếu bầu, Tổng hợp theo thể thức Nghị định 30/2020 (sổ gốc không bị sửa). Khi chọn ghi ngày xuất, các dòng được đề nghị chuyển “Trạng thái” thành “Đã trình” và không bị xuất lại lần sau. “Bản gửi Hội đồng” (hoặc “so-thi-dua share sổ.xlsx --out ban-hoi-dong.xlsx”) ghi một bản khóa mọi sheet để gửi thành viên, sheet đầu “Thông tin” ghi kết quả kiểm tra và mã SHA-256 của sổ.",
      "Bước 8 — khi có quyết định khen thưởng: “Ghi quyết định” ở thẻ “Xuất báo cáo” (hoặc “so-thi-dua decide sổ.xlsx --number 123/QĐ-UBND --date 20/12/2026”) ghi số, ngày quyết định và “Đã quyết định” vào các dòng Hội đồng đã thông qua. Sửa một dòng đã có quyết định sẽ được cảnh báo (QT02).",
      "In sổ: mỗi sheet đã đặt sẵn khổ A4. Vùng in của “Đề nghị” (đến dòng đề nghị cuối) và của các sheet “TC …” (đến người được chấm cuối) được cập nhật mỗi lần Kiểm tra và khi thêm người được chấm; nếu nhập thêm sau lần Kiểm tra cuối, hãy Kiểm tra lại trước khi in.",
    ],
  ],
  [
    "3. Quy ước nhập liệu",
    [
      "Không đổi tên sheet và tên cột in đậm: các đơn vị khác và cấp trên đọc sổ theo đúng tên này. Có thể chèn thêm cột riêng, đổi thứ tự cột, chèn dòng tiêu đề phía trên.",
      "Cột “Danh hiệu / Hình thức đề nghị” ghi tên hoặc mã: LDTT, CSTDCS, TTLDTT, TTLDXS, GK, BK, TDPVH, GDVH, CSTDTINH. Công nhân, nông dân…: LĐTT theo Điều 24 khoản 3.",
      "Cột “Đợt” để trống hoặc “Cả năm” là xét cả năm; Lao động tiên tiến, Chiến sĩ thi đua cơ sở và danh hiệu tập thể chỉ xét cả năm. “Đối tượng” trống: cán bộ, công chức, viên chức.",
      "Không bắt đầu nội dung bằng dấu =, + hoặc @ (Excel sẽ hiểu là công thức).",
      "Văn bản gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sẽ được cảnh báo để chuyển sang Unicode.",
    ],
  ],
  [
    "4. Mã kiểm tra thường gặp",
    [
      "DL01 thiếu thông tin bắt buộc · DL02 giá trị ngoài danh mục · DL03 ngày sinh sai · DL05 số không hợp lệ · DL06 danh hiệu không đúng đối tượng · DL07 đề nghị trùng · DL11 ngày hết thời hạn kỷ luật sai.",
      "DK01 chưa đạt chuẩn LĐTT (nhiệm vụ; lao động, sản xuất) · DK02 chưa đủ số tháng công tác · DK03 bị kỷ luật · DK04 CSTĐCS thiếu sáng kiến/hoàn thành xuất sắc · DK05 vượt tỷ lệ CSTĐCS · DK09 chưa đủ tỷ lệ phiếu · DK10 chưa bỏ phiếu · DK11 chưa đủ điểm · DK12 danh hiệu chỉ xét cả năm · DK13 có khiếu nại chưa giải quyết · DK14 đang xem xét kỷ luật/thanh tra/đơn thư.",
      "RG01 thiếu sheet/cột · RG02 cấu hình sai · RG03 quá hạn nộp hồ sơ của đợt mà còn dòng chưa trình · RG04 cấu hình thấp hơn quy định chung · RG05 sắp đến hạn nộp hồ sơ của đợt · RG06 dòng ở “Đợt thi đua” thiếu/sai (loại đợt, ngày, hạn nộp) · DL12 đợt không có ở sheet “Đợt thi đua”.",
      "HS01 Bằng khen chưa thấy 2 năm liên tục CSTĐCS · HS02 danh hiệu năm nay (cả Gia đình văn hóa, tổ dân phố văn hóa) đã có trong “Lịch sử” · HS03 CSTĐ cấp tỉnh chưa đủ 3 năm liên tục CSTĐCS · HS04 trùng tên khác ngày sinh · HS05 Bằng khen tập thể chưa thấy 2 năm liên tục TTLĐXS · HS06 Giấy khen hộ gia đình chưa thấy 3 năm liên tục Gia đình văn hóa · QT01 thiếu số/ngày quyết định · QT02 dòng đã quyết định bị sửa · QT03 trạng thái/số/ngày quyết định không đọc được · QT04 trình khi danh sách còn đang công khai.",
      "HD01 ngày trình trước ngày họp · HD02 cuộc họp chưa đủ số thành viên (tỷ lệ có mặt tối thiểu) · HD03 số phiếu nhiều hơn số thành viên biểu quyết · HD04 CSTĐCS không bỏ phiếu kín (theo quy chế Hội đồng) · HD05 số có mặt nhiều hơn số thành viên Hội đồng · HD06 danh sách “Thành viên Hội đồng” khác số thành viên.",
    ],
  ],
];

/** One column as wide as an A4 portrait page (about 176 mm of the 187 mm between the margins). */
const GUIDE_WIDTH = 95;

export function planGuideSheet(): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "HƯỚNG DẪN SỬ DỤNG SỔ THI ĐUA", style: "title" },
  ];
  const widths = [undefined, GUIDE_WIDTH];
  let r = 3;
  for (const [heading, lines] of GUIDE) {
    cells.push({ row: r++, col: 1, value: heading, style: "guideHeading" });
    for (const line of lines) cells.push({ row: r++, col: 1, value: line, style: "guideText" });
    r++;
  }
  // Each paragraph wraps in its cell; its row is as tall as its lines.
  return onePageIfClose(
    fitRows({
      name: SHEET.guide,
      cells,
      widths,
      merges: [],
      validations: [],
      conditionalFormats: [],
      print: { orientation: "portrait", fitToWidth: true },
      protect: false,
      state: "visible",
      tabColor: "FF2F5597",
    })
  );
}
