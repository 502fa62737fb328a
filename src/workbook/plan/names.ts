import type { TitleCode } from "../../domain/catalog/titles";

/** Defined names of the policy table cells (ASCII, HyperFormula-safe). */
export const policyName = {
  minScore: (code: TitleCode) => `CS_${code}_Diem`,
  minVotePct: (code: TitleCode) => `CS_${code}_Phieu`,
  bonus: (code: TitleCode) => `CS_${code}_HeSo`,
  /** `Thẩm quyền quyết định`: `Tổng hợp` pays one title only when two go to the same decision. */
  authority: (code: TitleCode) => `CS_${code}_ThamQuyen`,
};
