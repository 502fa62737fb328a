/**
 * The `Căn cứ` lines of the Tờ trình and the Quyết định as data (issue #12): the rows `Căn cứ 1`,
 * `Căn cứ 2` … of `Cấu hình`, printed in order as “Căn cứ <text>;”. A ward adds a legal basis (an
 * amending law, the province's regulation) by typing a row, without a new release of the register.
 * Every row blank, or a register older than these rows: the national texts below, and the
 * province's regulation when its profile names one (docs/law.md, “The Căn cứ lines”).
 */
import { profileOf } from "../policy/profiles";
import { cleanText } from "../text/normalize";

/** The label of the n-th row (1-based) in `Cấu hình`. */
export const legalBasisLabel = (n: number): string => `Căn cứ ${n}`;

/** Rows a new register prepares (the clerk fills the blank ones). */
export const LEGAL_BASIS_ROWS = 6;

/** `căn cứ 3` (any case and spacing) → 3; other labels → null. */
export function legalBasisIndex(label: string): number | null {
  const m = /^căn cứ\s+(\d{1,2})$/u.exec(cleanText(label).toLowerCase().normalize("NFC"));
  return m ? Number(m[1]) : null;
}

/** The national texts every dossier cites (full titles as far as read: docs/law.md). */
export const NATIONAL_LEGAL_BASIS: readonly string[] = [
  "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
  "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
  "Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ",
];

/** What a new register of `province` prefills: the national texts, then the province's regulation. */
export function defaultLegalBasis(province: string): readonly string[] {
  const reg = profileOf(province)?.regulation;
  return reg ? [...NATIONAL_LEGAL_BASIS, reg.text] : NATIONAL_LEGAL_BASIS;
}

/**
 * One typed row as the documents print it: without a leading “Căn cứ” and a trailing “;” or “.”
 * (the documents add both), spaces folded. "" for a blank row.
 */
export function legalBasisText(typed: string): string {
  return cleanText(typed)
    .replace(/^(?:căn cứ\s*:?\s*)+/iu, "")
    .replace(/[;.,\s]+$/u, "");
}

/**
 * The lines the documents print, in row order: the typed rows (blank ones skipped), or the
 * defaults of the province when there is none (`typed` null: the register has no such rows).
 */
export function legalBasisLines(typed: readonly string[] | null, province: string): string[] {
  const lines = (typed ?? []).map(legalBasisText).filter((t) => t !== "");
  return lines.length ? lines : [...defaultLegalBasis(province)];
}
