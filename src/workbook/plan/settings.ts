/** `Cấu hình`: the settings table and the policy table, each value a defined name. */
import { TITLES, defaultChain } from "../../domain/catalog/titles";
import { AUTHORITY } from "../../domain/catalog/lists";
import {
  POLICY_EXTRA,
  POLICY_HEADER,
  SETTING,
  SETTING_KEYS,
  SETTING_NAME,
  SETTINGS_HEADER,
  SHEET,
  MEETING_BLOCK_FIRST,
  VOTING_METHOD,
  type SettingKey,
} from "../../domain/register/contract";
import { DEFAULT_SETTINGS, marginsText } from "../../domain/policy";
import { profileOf, type ProfileKey } from "../../domain/policy/profiles";
import { LEGAL_BASIS_ROWS, legalBasisLabel } from "../../domain/export/legalBasis";
import { DEFAULT_NOTICE_DAYS } from "../../domain/drives";
import type { RegisterOptions } from "./options";
import { policyName } from "./names";
import { acrossRow, fitRows } from "./print";
import {
  type DefinedNamePlan,
  type PlanCell,
  type PlanValue,
  type SheetPlan,
  type ValidationPlan,
  sheetRef,
} from "./types";

/** Settings rows, then the heading row of the block `HỌP HỘI ĐỒNG, NGƯỜI KÝ`, then its rows. */
const BLOCK_INDEX = SETTING_KEYS.indexOf(MEETING_BLOCK_FIRST);

export const SETTINGS_LAYOUT = {
  headerRow: 3,
  firstSettingRow: 4,
  /** The heading of the meeting block (a label no setting has: readers skip it). */
  meetingHeadingRow: 4 + BLOCK_INDEX,
  policyHeaderRow: 4 + SETTING_KEYS.length + 1 + 2,
} as const;
const FIRST_POLICY_ROW = SETTINGS_LAYOUT.policyHeaderRow + 1;
const LAST_POLICY_ROW = FIRST_POLICY_ROW + TITLES.length - 1;

/** The block `CĂN CỨ …` under the policy table: a heading row, then `Căn cứ 1` … `Căn cứ 6`. */
export const LEGAL_BASIS_LAYOUT = {
  headingRow: LAST_POLICY_ROW + 2,
  firstRow: LAST_POLICY_ROW + 3,
} as const;

const SETTING_NOTES: Record<SettingKey, string> = {
  year: "Năm xét thi đua, khen thưởng (2000–2100).",
  unitName: "Tên đơn vị lập sổ (in trên Tờ trình).",
  unitLevel: "Phường, Xã, Đặc khu, Ban/ngành/đoàn thể, Tổ dân phố, Cơ quan/đơn vị.",
  province: "Tỉnh/thành phố (địa danh trên văn bản).",
  submitTo:
    "Nơi trình các danh hiệu vượt thẩm quyền của phường (từ 01/7/2025: cấp tỉnh/thành phố).",
  councilSize: "Tổng số thành viên Hội đồng TĐKT: tỷ lệ phiếu tính trên tổng số này.",
  meetingDate: "Ngày họp Hội đồng (dd/mm/yyyy).",
  deadline: "Hạn nộp hồ sơ (dd/mm/yyyy).",
  baseSalary:
    "Để trống: dự kiến tiền thưởng theo mức lương cơ sở có hiệu lực vào ngày quyết định (bảng của phần mềm). Gõ số (đồng) để dùng mức khác.",
  decisionDate:
    "Ngày dự kiến ký quyết định khen thưởng (dd/mm/yyyy): tiền thưởng tính theo mức lương cơ sở có hiệu lực vào ngày này. Để trống: 31/12 năm đánh giá.",
  minMonths: "Số tháng công tác tối thiểu trong năm để xét LĐTT, CSTĐCS (mặc định 10).",
  cstdcsCapPct:
    "Số CSTĐCS tối đa so với số LĐTT (%), chỉ khi quy chế của tỉnh/đơn vị quy định: gõ 15, không gõ 15%. Để trống: không áp dụng.",
  ttldttSharePct:
    "Tập thể lao động tiên tiến cần ít nhất tỷ lệ này thành viên đạt LĐTT (%), khi quy chế của tỉnh/đơn vị quy định (ví dụ 70). Để trống: trên 50% theo Luật.",
  bandExcellent: "Điểm tối thiểu xếp loại Xuất sắc ở sheet tiêu chí.",
  bandGood: "Điểm tối thiểu xếp loại Tốt.",
  bandFair: "Điểm tối thiểu xếp loại Khá.",
  bandAverage: "Điểm tối thiểu xếp loại Trung bình.",
  meetingStart: "Giờ bắt đầu cuộc họp, gõ dạng chữ, ví dụ 8 giờ 00 (in trên Biên bản).",
  meetingEnd: "Giờ kết thúc cuộc họp, ví dụ 11 giờ 30.",
  meetingPlace: "Nơi họp, ví dụ Hội trường UBND phường. Để trống: trụ sở UBND phường.",
  meetingChair: "Họ và tên người chủ trì cuộc họp (thường là Chủ tịch Hội đồng).",
  meetingSecretary: "Họ và tên thư ký cuộc họp (ghi Biên bản).",
  membersPresent:
    "Số thành viên Hội đồng có mặt tại cuộc họp (không quá “Số thành viên Hội đồng”). Để trống: chưa ghi, Biên bản để chỗ ghi tay.",
  membersWritten:
    "Số thành viên vắng mặt có ý kiến (phiếu bầu) bằng văn bản: cùng số có mặt là số người biểu quyết, số phiếu phát ra.",
  quorumPct:
    "Số có mặt và có ý kiến bằng văn bản tối thiểu, tính trên tổng số thành viên Hội đồng (%): gõ 66,67 (2/3) hoặc tỷ lệ quy chế của tỉnh quy định (ví dụ 80). Để trống: 66,67.",
  votingMethod:
    "Bỏ phiếu kín hoặc Giơ tay. Danh hiệu Chiến sĩ thi đua cơ sở bỏ phiếu kín nếu quy chế hoạt động của Hội đồng quy định (quy tắc HD04, cảnh báo).",
  submissionDate:
    "Ngày ký Tờ trình (dd/mm/yyyy), không trước ngày họp Hội đồng. Để trống: ngày họp Hội đồng.",
  signerCapacity:
    "TM. (thay mặt Hội đồng) hoặc KT. (ký thay Chủ tịch Hội đồng); để trống: người ký ký theo chức vụ của mình.",
  signerTitle: "Chức vụ in dưới dòng quyền hạn ký, ví dụ PHÓ CHỦ TỊCH hoặc CHỦ TỊCH.",
  signerName: "Họ và tên người ký Tờ trình (in dưới chữ ký). Để trống: ghi tay.",
  certificateMargins:
    "Lề trang khi in giấy khen lên phôi in sẵn (A4 ngang), theo thứ tự trên; dưới; trái; phải, ví dụ 25; 25; 30; 30. Một số: bốn lề như nhau.",
  noticeDays:
    "Báo trước bao nhiêu ngày khi hạn nộp hồ sơ của một đợt (sheet “Đợt thi đua”) sắp đến (quy tắc RG05). Để trống: 7.",
  postingStart:
    "Ngày niêm yết công khai danh sách đề nghị khen thưởng (dd/mm/yyyy); công khai trong “Số ngày công khai” của đợt. Chỉ trình sau khi hết thời gian công khai (quy tắc QT04).",
  postingPlace:
    "Nơi niêm yết danh sách và nhận ý kiến, khiếu nại, ví dụ Bảng tin trụ sở UBND phường (in trên Danh sách công khai).",
};

/** The `Căn cứ` of settings that carry a legal value (docs/law.md); the others have none. */
const SETTING_SOURCES: Partial<Record<SettingKey, string>> = {
  baseSalary:
    "NĐ 73/2024/NĐ-CP (2.340.000 đ từ 01/7/2024); NĐ 161/2026/NĐ-CP (2.530.000 đ từ 01/7/2026)",
  decisionDate: "NĐ 152/2025/NĐ-CP, Điều 49: mức lương cơ sở tại thời điểm ban hành quyết định",
  minMonths: "Thực tiễn từ NĐ 91/2017/NĐ-CP (hết hiệu lực); theo quy chế của tỉnh",
  cstdcsCapPct:
    "NĐ 91/2017/NĐ-CP, Điều 9 (15%, hết hiệu lực): chỉ khi quy chế của tỉnh/đơn vị quy định",
  ttldttSharePct: "Luật TĐKT 2022, Điều 28 (trên 50%); tỉnh có thể quy định cao hơn",
  signerCapacity: "Nghị định 30/2020/NĐ-CP, Phụ lục I: quyền hạn, chức vụ của người ký (TM., KT.)",
  quorumPct:
    "Mặc định của sổ (2/3 tổng số thành viên), theo quy chế Hội đồng; QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 8: 80% (Hội đồng cấp tỉnh)",
  votingMethod:
    "Quy chế hoạt động của Hội đồng TĐKT: CSTĐCS bỏ phiếu kín (NĐ 98/2023/NĐ-CP, Điều 30 khoản 7 đã hết hiệu lực)",
};

function settingValue(k: SettingKey, o: RegisterOptions): PlanValue {
  switch (k) {
    case "year":
      return o.year;
    case "unitName":
      return o.unitName;
    case "unitLevel":
      return o.unitLevel;
    case "province":
      return o.province;
    case "submitTo":
      return o.submitTo;
    case "councilSize":
      return o.councilSize;
    case "meetingDate":
      return o.meetingDate ? { date: o.meetingDate } : null;
    case "deadline":
      return o.deadline ? { date: o.deadline } : null;
    case "baseSalary":
      return o.baseSalary;
    case "decisionDate":
      return o.decisionDate ? { date: o.decisionDate } : null;
    case "minMonths":
      return o.minMonths;
    case "cstdcsCapPct":
      return o.cstdcsCapPct;
    case "ttldttSharePct":
      return o.ttldttSharePct;
    case "bandExcellent":
      return DEFAULT_SETTINGS.bands.excellent;
    case "bandGood":
      return DEFAULT_SETTINGS.bands.good;
    case "bandFair":
      return DEFAULT_SETTINGS.bands.fair;
    case "bandAverage":
      return DEFAULT_SETTINGS.bands.average;
    case "meetingStart":
      return o.meeting.start;
    case "meetingEnd":
      return o.meeting.end;
    case "meetingPlace":
      return o.meeting.place;
    case "meetingChair":
      return o.meeting.chair;
    case "meetingSecretary":
      return o.meeting.secretary;
    case "membersPresent":
      return o.meeting.present;
    case "membersWritten":
      return o.meeting.written;
    case "quorumPct":
      return o.meeting.quorumPct;
    case "votingMethod":
      return o.meeting.votingMethod;
    case "submissionDate":
      return o.submissionDate ? { date: o.submissionDate } : null;
    case "signerCapacity":
      return o.signerCapacity;
    case "signerTitle":
      return o.signerTitle;
    case "signerName":
      return o.signerName;
    case "certificateMargins":
      return marginsText(DEFAULT_SETTINGS.certificateMargins);
    case "noticeDays":
      return DEFAULT_NOTICE_DAYS;
    case "postingStart":
      return o.postingStart ? { date: o.postingStart } : null;
    case "postingPlace":
      return o.postingPlace;
  }
}

const STYLE_OF: Partial<Record<SettingKey, "money" | "date" | "percent">> = {
  baseSalary: "money",
  decisionDate: "date",
  meetingDate: "date",
  deadline: "date",
  submissionDate: "date",
  postingStart: "date",
};

/** The heading above the meeting and signer settings (not a setting label: readers skip it). */
export const MEETING_BLOCK_HEADING = "HỌP HỘI ĐỒNG, NGƯỜI KÝ";

/**
 * The heading of the `Căn cứ` rows, saying how the documents use them (a label no setting has:
 * readers skip it).
 */
export const LEGAL_BASIS_HEADING =
  "CĂN CỨ IN TRÊN TỜ TRÌNH, QUYẾT ĐỊNH (mỗi dòng in thành “Căn cứ …;”, theo thứ tự; thêm văn bản mới vào dòng trống; để trống mọi dòng: căn cứ mặc định)";

const SETTINGS_NOTE =
  "Các giá trị dưới đây là tham số của quy chế thi đua, khen thưởng của đơn vị; có thể sửa.";

/** The row of each setting in a fresh register. */
export function settingRow(k: SettingKey): number {
  const i = SETTING_KEYS.indexOf(k);
  return SETTINGS_LAYOUT.firstSettingRow + i + (i >= BLOCK_INDEX ? 1 : 0);
}

export function planSettingsSheet(o: RegisterOptions): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "CẤU HÌNH SỔ THI ĐUA", style: "title" },
    { row: 2, col: 1, value: SETTINGS_NOTE, style: "note" },
    { row: SETTINGS_LAYOUT.headerRow, col: 1, value: SETTINGS_HEADER.key, style: "header" },
    { row: SETTINGS_LAYOUT.headerRow, col: 2, value: SETTINGS_HEADER.value, style: "header" },
    { row: SETTINGS_LAYOUT.headerRow, col: 3, value: "Giải thích", style: "header" },
    { row: SETTINGS_LAYOUT.headerRow, col: 4, value: POLICY_EXTRA.source, style: "header" },
  ];
  const profile = profileOf(o.province);
  for (const k of SETTING_KEYS) {
    const r = settingRow(k);
    cells.push({ row: r, col: 1, value: SETTING[k], style: "label" });
    cells.push({
      row: r,
      col: 2,
      value: settingValue(k, o),
      style: STYLE_OF[k] ?? "input",
      unlocked: true,
    });
    cells.push({ row: r, col: 3, value: SETTING_NOTES[k], style: "note" });
    // The province's source where its profile set the value written (init --province).
    const fromProfile = profile?.values[k as ProfileKey];
    const source =
      fromProfile && settingValue(k, o) === fromProfile.value
        ? fromProfile.source
        : SETTING_SOURCES[k];
    if (source) cells.push({ row: r, col: 4, value: source, style: "note" });
  }
  cells.push({
    row: SETTINGS_LAYOUT.meetingHeadingRow,
    col: 1,
    value: MEETING_BLOCK_HEADING,
    style: "sectionHeading",
  });
  const ph = SETTINGS_LAYOUT.policyHeaderRow;
  const policyHeaders = [
    POLICY_HEADER.title,
    POLICY_HEADER.minScore,
    POLICY_HEADER.minVotePct,
    POLICY_EXTRA.code,
    POLICY_EXTRA.bonus,
    POLICY_EXTRA.authority,
    POLICY_EXTRA.source,
  ];
  cells.push({
    row: ph - 1,
    col: 1,
    value: "CHÍNH SÁCH XÉT DANH HIỆU, HÌNH THỨC",
    style: "sectionHeading",
  });
  policyHeaders.forEach((h, i) => cells.push({ row: ph, col: i + 1, value: h, style: "header" }));
  TITLES.forEach((t, i) => {
    const r = FIRST_POLICY_ROW + i;
    cells.push({ row: r, col: 1, value: t.name, style: "label" });
    cells.push({ row: r, col: 2, value: null, style: "input", unlocked: true });
    const vote = o.minVotePct[t.code];
    cells.push({
      row: r,
      col: 3,
      value: vote ?? t.defaultMinVotePct,
      style: "input",
      unlocked: true,
    });
    cells.push({ row: r, col: 4, value: t.code, style: "label" });
    cells.push({ row: r, col: 5, value: t.bonusMultiple, style: "input", unlocked: true });
    cells.push({
      row: r,
      col: 6,
      value: AUTHORITY[defaultChain(t)],
      style: "input",
      unlocked: true,
    });
    const voteSource = profile?.votes[t.code];
    cells.push({
      row: r,
      col: 7,
      value:
        voteSource && vote === voteSource.value
          ? `${t.source} Tỷ lệ phiếu: ${voteSource.source}.`
          : t.source,
      style: "note",
    });
  });
  const lastPolicy = LAST_POLICY_ROW;
  const basisMerges: string[] = [];
  cells.push({
    row: LEGAL_BASIS_LAYOUT.headingRow,
    col: 1,
    value: LEGAL_BASIS_HEADING,
    style: "sectionHeading",
  });
  for (let i = 0; i < LEGAL_BASIS_ROWS; i++) {
    const r = LEGAL_BASIS_LAYOUT.firstRow + i;
    cells.push({ row: r, col: 1, value: legalBasisLabel(i + 1), style: "label" });
    cells.push({
      row: r,
      col: 2,
      value: o.legalBasis[i] ?? null,
      style: "inputText",
      unlocked: true,
    });
    basisMerges.push(`B${r}:G${r}`);
  }
  const validations: ValidationPlan[] = [
    {
      type: "whole",
      range: `B${settingRow("year")}`,
      min: 2000,
      max: 2100,
      error: { title: "Năm không hợp lệ", text: "Nhập năm từ 2000 đến 2100." },
    },
    {
      type: "whole",
      range: `B${settingRow("councilSize")}`,
      min: 1,
      max: 200,
      error: { title: "Không hợp lệ", text: "Số thành viên Hội đồng là số nguyên từ 1." },
    },
    // Attendance: adjacent rows, whole numbers from 0; the quorum a percentage.
    {
      type: "whole",
      range: `B${settingRow("membersPresent")}:B${settingRow("membersWritten")}`,
      min: 0,
      max: 200,
    },
    { type: "decimal", range: `B${settingRow("quorumPct")}`, min: 0, max: 100 },
    {
      type: "list",
      range: `B${settingRow("votingMethod")}`,
      source: `"${VOTING_METHOD.ballot},${VOTING_METHOD.hands}"`,
      strict: false,
    },
    { type: "whole", range: `B${settingRow("minMonths")}`, min: 0, max: 12 },
    // The CSTĐCS cap and the TTLĐTT share: adjacent rows, one rule.
    {
      type: "decimal",
      range: `B${settingRow("cstdcsCapPct")}:B${settingRow("ttldttSharePct")}`,
      min: 0,
      max: 100,
    },
    {
      type: "list",
      range: `B${settingRow("unitLevel")}`,
      source: `${sheetRef(SHEET.lists)}!$J$2:$J$7`,
      strict: false,
    },
    {
      type: "decimal",
      range: `B${FIRST_POLICY_ROW}:C${lastPolicy}`,
      min: 0,
      max: 100,
      prompt: {
        title: "Ngưỡng",
        text: "Điểm tối thiểu và tỷ lệ phiếu (%) từ 0 đến 100, gõ số không kèm dấu % (70, không phải 70%); để trống = không áp dụng.",
      },
    },
    {
      type: "list",
      range: `F${FIRST_POLICY_ROW}:F${lastPolicy}`,
      source: `"${AUTHORITY.ward},${AUTHORITY.upward}"`,
      strict: true,
    },
  ];
  // The note under the title across the table; rows as tall as their wrapped explanations.
  return fitRows({
    name: SHEET.settings,
    cells,
    // D: `Mã` of the policy table and `Căn cứ` of the settings; G: `Căn cứ` of the policy table.
    // C and G narrower than their longest text (it wraps, the rows grow): printed at about 62 %.
    widths: [undefined, 44, 26, 52, 30, 18, 22, 44],
    merges: [acrossRow(2, policyHeaders.length), ...basisMerges],
    validations,
    conditionalFormats: [],
    // Seven columns (about 440 mm): landscape keeps them at about 62 % (portrait: about 43 %).
    print: { orientation: "landscape", fitToWidth: true },
    protect: false,
    state: "visible",
    tabColor: "FF7F7F7F",
  });
}

/** CH_* names for settings and CS_* names for policy cells, as laid out by `planSettingsSheet`. */
export function planSettingsNames(): DefinedNamePlan[] {
  const s = sheetRef(SHEET.settings);
  const names: DefinedNamePlan[] = SETTING_KEYS.map((k) => ({
    name: SETTING_NAME[k],
    refersTo: `${s}!$B$${settingRow(k)}`,
  }));
  TITLES.forEach((t, i) => {
    const r = FIRST_POLICY_ROW + i;
    names.push({ name: policyName.minScore(t.code), refersTo: `${s}!$B$${r}` });
    names.push({ name: policyName.minVotePct(t.code), refersTo: `${s}!$C$${r}` });
    names.push({ name: policyName.bonus(t.code), refersTo: `${s}!$E$${r}` });
    names.push({ name: policyName.authority(t.code), refersTo: `${s}!$F$${r}` });
  });
  return names;
}
