/**
 * Bundled criteria templates (from test/fixtures/criteria/*.csv): realistic examples in the style
 * wards use, to be edited by each unit — not legal texts. Generated once from the CSVs; keep in sync by hand.
 */
import type { CriteriaSet } from "./types";

export const TEMPLATES: readonly CriteriaSet[] = [
  {
    name: "TC Cá nhân",
    rows: [
      {
        code: "I",
        text: "Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật",
        kind: "group",
        maxPoints: 20,
      },
      {
        code: "1.1",
        text: "Chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nội quy cơ quan",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "1.2",
        text: "Đạo đức, lối sống, tác phong, lề lối làm việc; văn hóa công vụ",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "II",
        text: "Kết quả thực hiện chức trách, nhiệm vụ được giao",
        kind: "group",
        maxPoints: 50,
      },
      {
        code: "2.1",
        text: "Hoàn thành khối lượng công việc đúng tiến độ",
        kind: "criterion",
        maxPoints: 25,
      },
      {
        code: "2.2",
        text: "Chất lượng, hiệu quả công việc; không để xảy ra sai sót",
        kind: "criterion",
        maxPoints: 15,
      },
      {
        code: "2.3",
        text: "Cải cách hành chính, chuyển đổi số trong xử lý công việc",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "III",
        text: "Tinh thần học tập, trách nhiệm và thái độ phục vụ nhân dân",
        kind: "group",
        maxPoints: 20,
      },
      {
        code: "3.1",
        text: "Học tập, bồi dưỡng nâng cao trình độ chuyên môn, lý luận chính trị",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "3.2",
        text: "Tinh thần trách nhiệm, phối hợp; thái độ phục vụ nhân dân",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "IV",
        text: "Tham gia phong trào thi đua, hoạt động đoàn thể",
        kind: "group",
        maxPoints: 10,
      },
      {
        code: "4.1",
        text: "Tích cực tham gia các phong trào thi đua, hoạt động của cơ quan và đoàn thể",
        kind: "criterion",
        maxPoints: 10,
      },
      { code: "C1", text: "Có sáng kiến được cơ sở công nhận", kind: "bonus", maxPoints: 5 },
      {
        code: "C2",
        text: "Là người lao động trực tiếp có thành tích nổi bật",
        kind: "bonus",
        maxPoints: 3,
      },
      {
        code: "T1",
        text: "Bị nhắc nhở, phê bình bằng văn bản trong năm",
        kind: "deduction",
        maxPoints: 5,
      },
      {
        code: "ĐK1",
        text: "Không bị xử lý kỷ luật trong năm đánh giá",
        kind: "condition",
        maxPoints: null,
      },
    ],
  },
  {
    name: "TC Tổ dân phố",
    rows: [
      {
        code: "I",
        text: "Công tác xây dựng Đảng, chính quyền và thực hiện dân chủ ở khu dân cư",
        kind: "group",
        maxPoints: 20,
      },
      {
        code: "1.1",
        text: "Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên",
        kind: "criterion",
        maxPoints: 8,
      },
      {
        code: "1.2",
        text: "Các đoàn thể ở tổ dân phố sinh hoạt định kỳ, hoạt động đều",
        kind: "criterion",
        maxPoints: 6,
      },
      {
        code: "1.3",
        text: "Tổ chức hội nghị nhân dân, thực hiện quy chế dân chủ ở cơ sở",
        kind: "criterion",
        maxPoints: 6,
      },
      { code: "II", text: "Phát triển kinh tế, an sinh xã hội", kind: "group", maxPoints: 20 },
      {
        code: "2.1",
        text: 'Không phát sinh hộ nghèo mới; quỹ "Vì người nghèo", "Đền ơn đáp nghĩa" đạt chỉ tiêu',
        kind: "criterion",
        maxPoints: 8,
      },
      {
        code: "2.2",
        text: "Thu nộp các khoản quỹ, thuế được giao đạt 100% kế hoạch",
        kind: "criterion",
        maxPoints: 6,
      },
      {
        code: "2.3",
        text: "Chăm lo gia đình chính sách, người có công, người cao tuổi",
        kind: "criterion",
        maxPoints: 6,
      },
      {
        code: "III",
        text: "Văn hóa – xã hội, nếp sống văn minh đô thị",
        kind: "group",
        maxPoints: 30,
      },
      {
        code: "3.1",
        text: 'Tỷ lệ hộ đạt "Gia đình văn hóa" từ 80% trở lên',
        kind: "criterion",
        maxPoints: 8,
      },
      {
        code: "3.2",
        text: "Thực hiện việc cưới, việc tang, lễ hội theo nếp sống văn minh",
        kind: "criterion",
        maxPoints: 6,
      },
      {
        code: "3.3",
        text: "Vệ sinh môi trường, phân loại rác tại nguồn, không lấn chiếm vỉa hè",
        kind: "criterion",
        maxPoints: 8,
      },
      {
        code: "3.4",
        text: "Trẻ em trong độ tuổi đến trường đạt 100%; phong trào khuyến học, khuyến tài",
        kind: "criterion",
        maxPoints: 8,
      },
      { code: "IV", text: "Quốc phòng, an ninh, trật tự", kind: "group", maxPoints: 20 },
      {
        code: "4.1",
        text: 'Không phát sinh tội phạm, tệ nạn xã hội; đạt "An toàn về an ninh, trật tự"',
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "4.2",
        text: "Hoàn thành chỉ tiêu tuyển quân; phòng cháy, chữa cháy ở khu dân cư",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "V",
        text: "Công tác thi đua, khen thưởng, tuyên truyền",
        kind: "group",
        maxPoints: 10,
      },
      {
        code: "5.1",
        text: "Phát động, sơ kết, tổng kết phong trào thi đua đúng kế hoạch",
        kind: "criterion",
        maxPoints: 5,
      },
      {
        code: "5.2",
        text: "Có mô hình mới, gương người tốt việc tốt được biểu dương",
        kind: "criterion",
        maxPoints: 5,
      },
      {
        code: "C1",
        text: "Có thành tích đột xuất được cấp có thẩm quyền khen thưởng",
        kind: "bonus",
        maxPoints: 5,
      },
      {
        code: "T1",
        text: "Có đơn thư khiếu nại vượt cấp, kéo dài chưa được giải quyết",
        kind: "deduction",
        maxPoints: 5,
      },
      {
        code: "T2",
        text: "Để xảy ra vi phạm trật tự xây dựng không phát hiện, báo cáo kịp thời",
        kind: "deduction",
        maxPoints: 5,
      },
      {
        code: "ĐK1",
        text: "Không có hộ gia đình, cá nhân vi phạm pháp luật bị xử lý hình sự",
        kind: "condition",
        maxPoints: null,
      },
    ],
  },
  {
    name: "TC Đoàn thể",
    rows: [
      { code: "I", text: "Công tác tổ chức, xây dựng lực lượng", kind: "group", maxPoints: 25 },
      {
        code: "1.1",
        text: "Kiện toàn tổ chức, sinh hoạt định kỳ theo điều lệ",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "1.2",
        text: "Phát triển hội viên, đoàn viên đạt chỉ tiêu được giao",
        kind: "criterion",
        maxPoints: 15,
      },
      {
        code: "II",
        text: "Thực hiện nhiệm vụ chuyên môn, chỉ tiêu được giao",
        kind: "group",
        maxPoints: 40,
      },
      {
        code: "2.1",
        text: "Hoàn thành các chỉ tiêu cấp trên và Nghị quyết Đảng ủy phường giao",
        kind: "criterion",
        maxPoints: 25,
      },
      {
        code: "2.2",
        text: "Tham gia giám sát, phản biện xã hội; phối hợp với chính quyền",
        kind: "criterion",
        maxPoints: 15,
      },
      { code: "III", text: "Công tác tuyên truyền, vận động", kind: "group", maxPoints: 15 },
      {
        code: "3.1",
        text: "Tuyên truyền chủ trương, chính sách, pháp luật đến hội viên, nhân dân",
        kind: "criterion",
        maxPoints: 15,
      },
      {
        code: "IV",
        text: "Phong trào thi đua, mô hình, điển hình tiên tiến",
        kind: "group",
        maxPoints: 20,
      },
      {
        code: "4.1",
        text: "Phát động phong trào thi đua theo đợt, chuyên đề; sơ kết, tổng kết",
        kind: "criterion",
        maxPoints: 10,
      },
      {
        code: "4.2",
        text: "Xây dựng, nhân rộng mô hình mới, điển hình tiên tiến",
        kind: "criterion",
        maxPoints: 10,
      },
      { code: "C1", text: "Được cấp trên khen thưởng trong năm", kind: "bonus", maxPoints: 5 },
      {
        code: "T1",
        text: "Chậm nộp báo cáo, hồ sơ theo quy định",
        kind: "deduction",
        maxPoints: 5,
      },
      {
        code: "ĐK1",
        text: "Nội bộ đoàn kết, không có cán bộ chủ chốt bị kỷ luật",
        kind: "condition",
        maxPoints: null,
      },
    ],
  },
];

export function templateByName(name: string): CriteriaSet | undefined {
  const key = name.normalize("NFC").trim().toLowerCase();
  return TEMPLATES.find(
    (t) => t.name.toLowerCase() === key || t.name.slice(3).toLowerCase() === key
  );
}
