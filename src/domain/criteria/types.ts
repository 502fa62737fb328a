/** A criteria set (`TC <name>` sheet, register.md): rows of criteria with standard points. */

export const ROW_KIND = {
  group: "Nhóm",
  criterion: "Tiêu chí",
  bonus: "Điểm cộng",
  deduction: "Điểm trừ",
  condition: "Điều kiện",
} as const;
export type RowKind = keyof typeof ROW_KIND;

export interface CriteriaRow {
  readonly code: string;
  readonly text: string;
  readonly kind: RowKind;
  /** Điểm chuẩn; null for `Điều kiện` rows. */
  readonly maxPoints: number | null;
}

export interface CriteriaSet {
  /** Sheet name, `TC <name>` (≤ 31 characters). */
  readonly name: string;
  readonly rows: readonly CriteriaRow[];
}

/** Labels of the criteria sheet (register.md). */
export const CRITERIA_COL = {
  code: "Mã",
  text: "Nội dung tiêu chí",
  kind: "Loại dòng",
  maxPoints: "Điểm chuẩn",
} as const;

export const RESULT_ROW = {
  total: "Tổng điểm",
  eligible: "Đạt điều kiện",
  classification: "Xếp loại",
  rank: "Xếp hạng",
} as const;

export const CLASSIFICATION = {
  excellent: "Xuất sắc",
  good: "Tốt",
  fair: "Khá",
  average: "Trung bình",
  weak: "Yếu",
  notMet: "Không đạt",
} as const;
export type Classification = keyof typeof CLASSIFICATION;

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;
