import type { Chain, NomineeKind } from "./lists";

/**
 * Titles and forms handled by the register (docs/spec/register.md, docs/spec/rules.md). Codes are
 * the register's stable identifiers; names are the exact Vietnamese labels.
 */
export type TitleCode =
  "LDTT" | "CSTDCS" | "TTLDTT" | "TTLDXS" | "GK" | "BK" | "TDPVH" | "GDVH" | "CSTDTINH";

/** Who decides: the ward Chairman, or proposed upward (provincial/city Chairman since 07/2025). */
export type Authority = "ward" | "province" | "configurable";
export type Frequency = "annual" | "annualDriveSudden" | "decree86";

export interface TitleDef {
  readonly code: TitleCode;
  readonly name: string;
  /** Label used in group headings of the council list, e.g. `DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"`. */
  readonly group: "DANH HIỆU" | "HÌNH THỨC";
  readonly kinds: readonly NomineeKind[];
  readonly authority: Authority;
  readonly awardedBy: string;
  readonly frequency: Frequency;
  /** Annual-only titles fire DK12 in any other drive. */
  readonly annualOnly: boolean;
  /**
   * Bonus of an individual (or of the collective, for collective titles) as a multiple of the base
   * salary (Decree 152/2025, policy default; sources in docs/law.md); null = none set.
   */
  readonly bonusMultiple: number | null;
  /** Collectives receive this factor × the individual amount (Giấy khen: 2, Decree 152/2025 Art. 54). */
  readonly collectiveBonusFactor: number;
  /** Households receive this factor × the individual amount (Giấy khen: 1.5, Decree 152/2025). */
  readonly householdBonusFactor: number;
  readonly citation: string;
  /** Default minimum vote ratio (% of total council membership). */
  readonly defaultMinVotePct: number;
  /** The `Căn cứ` cell of the policy table: where the defaults come from (docs/law.md). */
  readonly source: string;
}

const VOTE_DEFAULT = "Tỷ lệ phiếu 50%: mặc định của sổ, sửa theo quy chế của đơn vị.";

export const TITLES: readonly TitleDef[] = [
  {
    code: "LDTT",
    name: "Lao động tiên tiến",
    group: "DANH HIỆU",
    kinds: ["individual"],
    authority: "ward",
    awardedBy: "Chủ tịch UBND phường",
    frequency: "annual",
    annualOnly: true,
    bonusMultiple: 0.3,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 24",
    defaultMinVotePct: 50,
    source: "Thưởng 0,3 lần mức lương cơ sở (Nghị định 152/2025/NĐ-CP). " + VOTE_DEFAULT,
  },
  {
    code: "CSTDCS",
    name: "Chiến sĩ thi đua cơ sở",
    group: "DANH HIỆU",
    kinds: ["individual"],
    authority: "ward",
    awardedBy: "Chủ tịch UBND phường",
    frequency: "annual",
    annualOnly: true,
    bonusMultiple: 1.0,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 23",
    defaultMinVotePct: 70,
    source:
      "Thưởng 1,0 lần mức lương cơ sở (Nghị định 152/2025/NĐ-CP). Tỷ lệ phiếu 70%: mặc định của sổ; mức 80% (Nghị định 98/2023/NĐ-CP) chưa xác minh được, kiểm tra quy định của tỉnh.",
  },
  {
    code: "TTLDTT",
    name: "Tập thể lao động tiên tiến",
    group: "DANH HIỆU",
    kinds: ["collective"],
    authority: "ward",
    awardedBy: "Chủ tịch UBND phường",
    frequency: "annual",
    annualOnly: true,
    bonusMultiple: 0.8,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 28",
    defaultMinVotePct: 50,
    source: "Thưởng 0,8 lần mức lương cơ sở (Nghị định 152/2025/NĐ-CP). " + VOTE_DEFAULT,
  },
  {
    code: "TTLDXS",
    name: "Tập thể lao động xuất sắc",
    group: "DANH HIỆU",
    kinds: ["collective"],
    authority: "province",
    awardedBy: "Chủ tịch UBND tỉnh/thành phố",
    frequency: "annual",
    annualOnly: true,
    bonusMultiple: 1.5,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 27",
    defaultMinVotePct: 50,
    source: "Thưởng 1,5 lần mức lương cơ sở (Nghị định 152/2025/NĐ-CP). " + VOTE_DEFAULT,
  },
  {
    code: "GK",
    name: "Giấy khen",
    group: "HÌNH THỨC",
    kinds: ["individual", "collective", "household"],
    authority: "ward",
    awardedBy: "Chủ tịch UBND phường",
    frequency: "annualDriveSudden",
    annualOnly: false,
    bonusMultiple: 0.3,
    collectiveBonusFactor: 2,
    householdBonusFactor: 1.5,
    citation: "Luật TĐKT 2022, Điều 75",
    defaultMinVotePct: 50,
    source:
      "Thưởng 0,3 lần mức lương cơ sở; tập thể gấp 2, hộ gia đình 1,5 lần mức của cá nhân (Nghị định 152/2025/NĐ-CP, Điều 54). " +
      VOTE_DEFAULT,
  },
  {
    code: "BK",
    name: "Bằng khen",
    group: "HÌNH THỨC",
    kinds: ["individual", "collective", "household"],
    authority: "province",
    awardedBy: "Chủ tịch UBND tỉnh/thành phố",
    frequency: "annualDriveSudden",
    annualOnly: false,
    bonusMultiple: null,
    collectiveBonusFactor: 2,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 74",
    defaultMinVotePct: 50,
    source: "Không dự kiến tiền thưởng: cấp tỉnh quyết định và chi thưởng. " + VOTE_DEFAULT,
  },
  {
    code: "TDPVH",
    name: "Thôn, tổ dân phố văn hóa",
    group: "DANH HIỆU",
    kinds: ["collective"],
    authority: "configurable",
    awardedBy: "Theo Nghị định 86/2023/NĐ-CP",
    frequency: "decree86",
    annualOnly: false,
    bonusMultiple: 1.5,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Nghị định 86/2023/NĐ-CP",
    defaultMinVotePct: 50,
    source: "Thưởng 1,5 lần mức lương cơ sở (Nghị định 152/2025/NĐ-CP). " + VOTE_DEFAULT,
  },
  {
    code: "GDVH",
    name: "Gia đình văn hóa",
    group: "DANH HIỆU",
    kinds: ["household"],
    authority: "ward",
    awardedBy: "Chủ tịch UBND phường",
    frequency: "decree86",
    annualOnly: false,
    bonusMultiple: null,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Nghị định 86/2023/NĐ-CP",
    defaultMinVotePct: 50,
    source: "Không có hệ số thưởng mặc định (chưa xác minh). " + VOTE_DEFAULT,
  },
  {
    // Proposed upward by the ward council; decided by the provincial Chairman (Law 2022 Art. 22:
    // chosen among those with three consecutive CSTĐCS — checked on `Lịch sử` by HS03).
    code: "CSTDTINH",
    name: "Chiến sĩ thi đua cấp tỉnh",
    group: "DANH HIỆU",
    kinds: ["individual"],
    authority: "province",
    awardedBy: "Chủ tịch UBND tỉnh/thành phố",
    frequency: "annual",
    annualOnly: true,
    bonusMultiple: null,
    collectiveBonusFactor: 1,
    householdBonusFactor: 1,
    citation: "Luật TĐKT 2022, Điều 22",
    defaultMinVotePct: 50,
    source:
      "Không dự kiến tiền thưởng: cấp tỉnh quyết định và chi thưởng. Cần 03 lần liên tục đạt Chiến sĩ thi đua cơ sở (sheet “Lịch sử”, quy tắc HS03). " +
      VOTE_DEFAULT,
  },
];

const BY_CODE = new Map<TitleCode, TitleDef>(TITLES.map((t) => [t.code, t]));

export function titleByCode(code: TitleCode): TitleDef {
  const t = BY_CODE.get(code);
  if (!t) throw new Error(`Unknown title code ${code}`);
  return t;
}

/** The chain a title follows when the policy table does not say: provincial titles go up, the rest are the ward's. */
export function defaultChain(t: TitleDef): Chain {
  return t.authority === "province" ? "upward" : "ward";
}
