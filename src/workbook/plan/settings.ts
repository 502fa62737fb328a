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
  type SettingKey,
} from "../../domain/register/contract";
import { DEFAULT_SETTINGS } from "../../domain/policy";
import type { RegisterOptions } from "./options";
import { policyName } from "./names";
import {
  type DefinedNamePlan,
  type PlanCell,
  type PlanValue,
  type SheetPlan,
  type ValidationPlan,
  sheetRef,
} from "./types";

export const SETTINGS_LAYOUT = {
  headerRow: 3,
  firstSettingRow: 4,
  policyHeaderRow: 4 + SETTING_KEYS.length + 2,
} as const;
const FIRST_POLICY_ROW = SETTINGS_LAYOUT.policyHeaderRow + 1;

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
  baseSalary: "Mức lương cơ sở (đồng) để dự kiến tiền thưởng.",
  minMonths: "Số tháng công tác tối thiểu trong năm để xét LĐTT, CSTĐCS (mặc định 10).",
  cstdcsCapPct:
    "Số CSTĐCS tối đa so với số LĐTT (%): gõ 15, không gõ 15%. Để trống: không áp dụng.",
  bandExcellent: "Điểm tối thiểu xếp loại Xuất sắc ở sheet tiêu chí.",
  bandGood: "Điểm tối thiểu xếp loại Tốt.",
  bandFair: "Điểm tối thiểu xếp loại Khá.",
  bandAverage: "Điểm tối thiểu xếp loại Trung bình.",
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
    case "minMonths":
      return o.minMonths;
    case "cstdcsCapPct":
      return o.cstdcsCapPct;
    case "bandExcellent":
      return DEFAULT_SETTINGS.bands.excellent;
    case "bandGood":
      return DEFAULT_SETTINGS.bands.good;
    case "bandFair":
      return DEFAULT_SETTINGS.bands.fair;
    case "bandAverage":
      return DEFAULT_SETTINGS.bands.average;
  }
}

const STYLE_OF: Partial<Record<SettingKey, "money" | "date" | "percent">> = {
  baseSalary: "money",
  meetingDate: "date",
  deadline: "date",
};

/** The row of each setting in a fresh register. */
export function settingRow(k: SettingKey): number {
  return SETTINGS_LAYOUT.firstSettingRow + SETTING_KEYS.indexOf(k);
}

export function planSettingsSheet(o: RegisterOptions): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "CẤU HÌNH SỔ THI ĐUA", style: "title" },
    {
      row: 2,
      col: 1,
      value:
        "Các giá trị dưới đây là tham số của quy chế thi đua, khen thưởng của đơn vị; có thể sửa.",
      style: "note",
    },
    { row: SETTINGS_LAYOUT.headerRow, col: 1, value: SETTINGS_HEADER.key, style: "header" },
    { row: SETTINGS_LAYOUT.headerRow, col: 2, value: SETTINGS_HEADER.value, style: "header" },
    { row: SETTINGS_LAYOUT.headerRow, col: 3, value: "Giải thích", style: "header" },
  ];
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
  }
  const ph = SETTINGS_LAYOUT.policyHeaderRow;
  const policyHeaders = [
    POLICY_HEADER.title,
    POLICY_HEADER.minScore,
    POLICY_HEADER.minVotePct,
    POLICY_EXTRA.code,
    POLICY_EXTRA.bonus,
    POLICY_EXTRA.authority,
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
    cells.push({ row: r, col: 3, value: t.defaultMinVotePct, style: "input", unlocked: true });
    cells.push({ row: r, col: 4, value: t.code, style: "label" });
    cells.push({ row: r, col: 5, value: t.bonusMultiple, style: "input", unlocked: true });
    cells.push({
      row: r,
      col: 6,
      value: AUTHORITY[defaultChain(t)],
      style: "input",
      unlocked: true,
    });
  });
  const lastPolicy = FIRST_POLICY_ROW + TITLES.length - 1;
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
    { type: "whole", range: `B${settingRow("minMonths")}`, min: 0, max: 12 },
    { type: "decimal", range: `B${settingRow("cstdcsCapPct")}`, min: 0, max: 100 },
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
  return {
    name: SHEET.settings,
    cells,
    widths: [undefined, 44, 26, 70, 10, 18, 22],
    merges: [],
    validations,
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
    protect: false,
    state: "visible",
    tabColor: "FF7F7F7F",
  };
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
  });
  return names;
}
