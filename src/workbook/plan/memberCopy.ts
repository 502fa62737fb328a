/**
 * The `Thông tin` sheet of the council member's copy (issue #14 point 3): what a member opening the
 * copy in plain Excel, LibreOffice or Excel on the web needs to know about it — whose register, which
 * year, when the copy was made, the check summary and the SHA-256 of the register it was made from.
 * The copy itself is a package transform of the register (src/adapters/xlsx/edit/memberCopy.ts).
 */
import type { SheetPlan } from "./types";

/** The first sheet of the copy. */
export const MEMBER_INFO_SHEET = "Thông tin";

export interface MemberCopyInfo {
  /** `Tên đơn vị` of `Cấu hình` ("" when blank). */
  readonly unitName: string;
  /** `Năm đánh giá`, null when unreadable. */
  readonly year: number | null;
  /** When the copy was made, ISO 8601 with the offset (`2026-12-05T23:50:00+07:00`). */
  readonly madeAt: string;
  /** The check summary, as `validate --json` counts it. */
  readonly counts: { readonly error: number; readonly warning: number; readonly rows: number };
  /** The register's file name (no folder). */
  readonly sourceName: string;
  /** SHA-256 of the register's bytes, lower-case hex. */
  readonly sha256: string;
  /** True when the sheets are protected with a password. */
  readonly password: boolean;
}

/** Labels of the `Thông tin` rows (column A), read back by tests and by members. */
export const MEMBER_INFO_LABEL = {
  unitName: "Tên đơn vị",
  year: "Năm đánh giá",
  madeAt: "Thời điểm tạo bản",
  errors: "Số lỗi",
  warnings: "Số cảnh báo",
  rows: "Số đề nghị",
  source: "Tệp sổ gốc",
  sha256: "SHA-256 của sổ gốc",
} as const;

/** A local time as ISO 8601 with its offset from UTC (`offsetMinutes` east of UTC, e.g. 420 for +07:00). */
export function isoWithOffset(at: Date, offsetMinutes: number): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}

/** The `Thông tin` sheet: a title, a note, then one label and value a row. */
export function planMemberInfoSheet(info: MemberCopyInfo, name = MEMBER_INFO_SHEET): SheetPlan {
  const L = MEMBER_INFO_LABEL;
  const rows: readonly (readonly [string, string | number])[] = [
    [L.unitName, info.unitName],
    [L.year, info.year ?? ""],
    [L.madeAt, info.madeAt],
    [L.errors, info.counts.error],
    [L.warnings, info.counts.warning],
    [L.rows, info.counts.rows],
    [L.source, info.sourceName],
    [L.sha256, info.sha256],
  ];
  const first = 4;
  return {
    name,
    cells: [
      {
        row: 1,
        col: 1,
        value: "BẢN GỬI THÀNH VIÊN HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
        style: "title",
      },
      {
        row: 2,
        col: 1,
        value: `Bản chỉ để xem: mọi sheet được khóa${info.password ? " bằng mật khẩu" : ""}, cấu trúc sổ bị khóa, công thức vẫn tính. Cán bộ sửa sổ gốc, không sửa bản này.`,
        style: "note",
      },
      ...rows.flatMap(([label, value], i) => [
        { row: first + i, col: 1, value: label, style: "label" as const },
        { row: first + i, col: 2, value },
      ]),
      {
        row: first + rows.length + 1,
        col: 1,
        value:
          "Kết quả kiểm tra theo các quy tắc DL/DK/RG tại thời điểm tạo bản (như lệnh “so-thi-dua validate”). " +
          "Đối chiếu sổ gốc: mã SHA-256 của tệp sổ gốc phải trùng mã trên (Windows: certutil -hashfile TỆP SHA256; Linux/macOS: sha256sum TỆP).",
        style: "note",
      },
    ],
    widths: [undefined, 24, 70],
    merges: [],
    validations: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
    protect: false,
    state: "visible",
  };
}
