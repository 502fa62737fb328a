import type { Cell } from "../cell";
import { TITLES, defaultChain, type TitleCode } from "../catalog/titles";
import { AUTHORITY, type Chain } from "../catalog/lists";
import { foldKey } from "../text/normalize";
import { SETTING, SHEET, type SettingKey } from "../register/contract";
import type { SettingsSnapshot } from "../snapshot";
import {
  type Parsed,
  EMPTY,
  invalid,
  ok,
  parseDate,
  parseIntegerIn,
  parseNumberIn,
  parseText,
} from "../values";
import type { CivilDate } from "../text/dates";
import { type MeetingSettings, parseTimeOfDay, parseVotingMethod } from "./meeting";

/**
 * The ward's policy as read from `Cấu hình`: settings and the per-title policy table.
 * Every threshold not fixed by law is a parameter (domain.md, "policy default").
 */
export interface Policy {
  readonly year: Parsed<number>;
  readonly unitName: string;
  readonly unitLevel: string;
  readonly province: string;
  readonly submitTo: string;
  readonly councilSize: Parsed<number>;
  readonly meetingDate: Parsed<CivilDate>;
  readonly deadline: Parsed<CivilDate>;
  /** The clerk's base salary; blank (`empty`): the table's amount on the decision date (bonus.ts). */
  readonly baseSalary: Parsed<number>;
  /** `Ngày quyết định dự kiến`; blank (`empty`): 31/12 of the evaluation year. */
  readonly decisionDate: Parsed<CivilDate>;
  readonly minMonths: Parsed<number>;
  /** Blank (`empty`) disables the CSTĐCS cap. */
  readonly cstdcsCapPct: Parsed<number>;
  /**
   * `Tỷ lệ LĐTT tối thiểu của Tập thể lao động tiên tiến (%)`: a TTLĐTT needs at least this share
   * of members with LĐTT (DK07). Blank (`empty`): the law's “more than 50 %” (Law 2022 Art. 28).
   */
  readonly ttldttSharePct: Parsed<number>;
  readonly bands: ScoreBands;
  readonly titles: Readonly<Record<TitleCode, TitlePolicy>>;
  /** The council meeting: times, place, chair, secretary, attendance, quorum, voting method. */
  readonly meeting: MeetingSettings;
  /** `Ngày trình`, the date of the Tờ trình; blank (`empty`): the meeting date. */
  readonly submissionDate: Parsed<CivilDate>;
  /** Who signs the Tờ trình, as typed (each "" when blank): see export/header.ts `signerOf`. */
  readonly signer: SignerSettings;
  /** `Lề in giấy khen (mm)`; blank or invalid: DEFAULT_SETTINGS.certificateMargins. */
  readonly certificateMargins: PageMargins;
  /**
   * The rows `Căn cứ 1` … as typed (text of each, "" when blank), in order; null when the register
   * has none. The documents print export/legalBasis.ts `legalBasisLines` of it.
   */
  readonly legalBasis: readonly string[] | null;
  /** `Số ngày báo trước hạn nộp` (RG05); blank: drives DEFAULT_NOTICE_DAYS. */
  readonly noticeDays: Parsed<number>;
  /** `Ngày bắt đầu công khai`: the list is posted from this day (QT04, `export --posting`). */
  readonly postingStart: Parsed<CivilDate>;
  /** `Nơi niêm yết, nhận ý kiến` as typed ("" when blank). */
  readonly postingPlace: string;
}

/** Page margins in millimetres. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The largest margin `Lề in giấy khen (mm)` accepts: an A4 landscape page keeps 177 × 90 mm of text. */
export const MAX_CERTIFICATE_MARGIN_MM = 60;

/** Margins as `Lề in giấy khen (mm)` shows them: `25; 25; 25; 25` (trên; dưới; trái; phải). */
export function marginsText(m: PageMargins): string {
  return [m.top, m.bottom, m.left, m.right].join("; ");
}

/**
 * `Lề in giấy khen (mm)` as the clerk types it: one number for all four sides, or four numbers in the
 * order trên; dưới; trái; phải (top; bottom; left; right) separated by `;`, `, ` or spaces (a comma
 * between digits is a decimal comma, as in every number cell); two numbers: top and bottom, then left and right.
 */
export function parseMargins(c: Cell | undefined): Parsed<PageMargins> {
  const t = parseText(c);
  if (t.state !== "ok") return t.state === "empty" ? EMPTY : t;
  const parts = t.value.split(/\s*;\s*|,\s+|\s+/u).filter((p) => p !== "");
  const mm: number[] = [];
  for (const p of parts) {
    const n = parseNumberIn(p, 0, MAX_CERTIFICATE_MARGIN_MM);
    if (n.state !== "ok") return invalid(n.state === "invalid" ? n.reason : "notNumber");
    mm.push(n.value);
  }
  const [a, b, c2, d] = mm;
  if (mm.length === 1) return ok({ top: a!, bottom: a!, left: a!, right: a! });
  if (mm.length === 2) return ok({ top: a!, bottom: a!, left: b!, right: b! });
  if (mm.length === 4) return ok({ top: a!, bottom: b!, left: c2!, right: d! });
  return invalid("notNumber");
}

/** `Quyền hạn ký (TM./KT.)`, `Chức vụ người ký`, `Họ và tên người ký` as typed (trimmed; "" when blank). */
export interface SignerSettings {
  readonly capacity: string;
  readonly title: string;
  readonly name: string;
}

export interface TitlePolicy {
  /** Blank = no score gate. */
  readonly minScore: Parsed<number>;
  /** Blank = no vote gate. */
  readonly minVotePct: Parsed<number>;
  /** Bonus multiple of the base salary as `Tổng hợp` uses it (`N()`: blank or text count 0). */
  readonly bonusMultiple: number;
  /** Who decides (`Thẩm quyền quyết định`): the ward Chairman, or proposed to `Cấp trình`. */
  readonly authority: Chain;
}

/** Lower limits of the classification bands of criteria sheets (register.md `Xếp loại`). */
export interface ScoreBands {
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
  readonly average: number;
}

/** Defaults written by setup (domain.md, register.md). */
export const DEFAULT_SETTINGS = {
  unitLevel: "Phường",
  province: "Hà Nội",
  submitTo: "UBND thành phố Hà Nội",
  councilSize: 9,
  /** Blank: the base salary in force on the decision date (catalog/baseSalary.ts). */
  baseSalary: null,
  minMonths: 10,
  /** Blank: no cap. The 15 % of Decree 91/2017 Art. 9(3) is no longer in force (docs/law.md). */
  cstdcsCapPct: null,
  /** Blank: the law's “more than 50 %” (Law 2022 Art. 28). */
  ttldttSharePct: null,
  bands: { excellent: 90, good: 80, fair: 65, average: 50 } satisfies ScoreBands,
  /**
   * The signer a new ward register proposes: at ward level the council's chair is usually the ward
   * Chairman, to whom the Tờ trình is addressed, so the vice-chair signs on his behalf (issue #12).
   */
  wardSigner: { capacity: "KT.", title: "PHÓ CHỦ TỊCH" },
  /** Certificates print inside 25 mm on every side unless the ward's forms need other margins. */
  certificateMargins: { top: 25, bottom: 25, left: 25, right: 25 } satisfies PageMargins,
  /** A unit's register (ban, ngành, đoàn thể, tổ dân phố): its head signs in his own right. */
  unitSigner: { capacity: "", title: "THỦ TRƯỞNG ĐƠN VỊ" },
} as const;

/** A problem with a setting value (RG02), pointing at its cell. */
export interface SettingProblem {
  readonly label: string;
  readonly address: string | null;
  readonly reason:
    | "year"
    | "unitName"
    | "councilSize"
    | "percent"
    | "percentSign"
    | "months"
    | "number"
    | "date"
    | "score"
    | "margins"
    | "count"
    | "time"
    | "votingMethod";
  /** For `percentSign`: what the cell shows (“90%”). */
  readonly shown?: string;
}

/** A number the clerk typed with a % sign (“90%”: Excel stores 0.9 and the formulas read 0.9). */
const PERCENT_SIGN = /^[+-]?\d+(?:[.,]\d+)?\s*%$/u;

/** The problem of an invalid setting cell: `percentSign` when it shows a percentage typed with “%”. */
function problemOf(
  label: string,
  address: string | null,
  cell: Cell | undefined,
  reason: SettingProblem["reason"]
): SettingProblem {
  return typeof cell === "string" && PERCENT_SIGN.test(cell.trim())
    ? { label, address, reason: "percentSign", shown: cell.trim() }
    : { label, address, reason };
}

export interface PolicyReading {
  readonly policy: Policy;
  readonly problems: readonly SettingProblem[];
}

const BAND_KEYS: readonly [SettingKey, keyof ScoreBands][] = [
  ["bandExcellent", "excellent"],
  ["bandGood", "good"],
  ["bandFair", "fair"],
  ["bandAverage", "average"],
];

/** The words `Thẩm quyền quyết định` understands for each chain (`Tổng hợp` compares the same). */
export const AUTHORITY_WORDS: Readonly<Record<Chain, readonly string[]>> = {
  ward: [AUTHORITY.ward, "Xã", "Đặc khu", "Cấp xã", "Cấp phường"],
  upward: [AUTHORITY.upward, "Cấp tỉnh", "Tỉnh", "Thành phố", "Tỉnh/Thành phố"],
};
const WARD_WORDS = new Set(AUTHORITY_WORDS.ward.map(foldKey));
const UPWARD_WORDS = new Set(AUTHORITY_WORDS.upward.map(foldKey));

/** `Thẩm quyền quyết định` as a chain; blank or unrecognised text → null (the catalog default applies). */
export function parseAuthority(c: Cell | undefined): Chain | null {
  const t = parseText(c);
  if (t.state !== "ok") return null;
  const k = foldKey(t.value);
  return WARD_WORDS.has(k) ? "ward" : UPWARD_WORDS.has(k) ? "upward" : null;
}

/** Read the policy; invalid cells become `invalid` (their dependent rules stay silent) and RG02 problems. */
export function readPolicy(settings: SettingsSnapshot | null): PolicyReading {
  const problems: SettingProblem[] = [];
  const cellOf = (k: SettingKey): Cell => settings?.values[k]?.value ?? null;
  const check = <T>(
    k: SettingKey,
    p: Parsed<T>,
    reason: SettingProblem["reason"],
    required = false
  ): Parsed<T> => {
    const empty = p.state === "empty";
    if (p.state === "invalid" || (required && empty && settings?.values[k])) {
      problems.push(problemOf(SETTING[k], settings?.values[k]?.address ?? null, cellOf(k), reason));
      return p.state === "invalid" ? p : invalid("notNumber");
    }
    return p;
  };
  const text = (k: SettingKey, fallback: string): string => {
    const t = parseText(cellOf(k));
    return t.state === "ok" ? t.value : fallback;
  };

  const year = check("year", parseIntegerIn(cellOf("year"), 2000, 2100), "year", true);
  // A blank `Tên đơn vị` would head the Tờ trình with “Chủ tịch Ủy ban nhân dân phường.” (no name).
  const unitCell = settings?.values.unitName;
  const unitText = parseText(cellOf("unitName"));
  if (unitCell && (unitText.state !== "ok" || unitText.value === ""))
    problems.push({ label: SETTING.unitName, address: unitCell.address, reason: "unitName" });
  const councilSize = check(
    "councilSize",
    parseIntegerIn(cellOf("councilSize"), 1, Number.POSITIVE_INFINITY),
    "councilSize",
    true
  );
  const minMonths = check("minMonths", parseIntegerIn(cellOf("minMonths"), 0, 12), "months");
  const cstdcsCapPct = check(
    "cstdcsCapPct",
    parseNumberIn(cellOf("cstdcsCapPct"), 0, 100),
    "percent"
  );
  const baseSalary = check(
    "baseSalary",
    parseNumberIn(cellOf("baseSalary"), 0, Number.POSITIVE_INFINITY),
    "number"
  );
  const ttldttSharePct = check(
    "ttldttSharePct",
    parseNumberIn(cellOf("ttldttSharePct"), 0, 100),
    "percent"
  );
  const decisionDate = check("decisionDate", parseDate(cellOf("decisionDate")), "date");
  const meetingDate = check("meetingDate", parseDate(cellOf("meetingDate")), "date");
  const deadline = check("deadline", parseDate(cellOf("deadline")), "date");
  const submissionDate = check("submissionDate", parseDate(cellOf("submissionDate")), "date");
  const noticeDays = check("noticeDays", parseIntegerIn(cellOf("noticeDays"), 0, 365), "count");
  const postingStart = check("postingStart", parseDate(cellOf("postingStart")), "date");
  const margins = check(
    "certificateMargins",
    parseMargins(cellOf("certificateMargins")),
    "margins"
  );

  const meeting: MeetingSettings = {
    start: check("meetingStart", parseTimeOfDay(cellOf("meetingStart")), "time"),
    end: check("meetingEnd", parseTimeOfDay(cellOf("meetingEnd")), "time"),
    place: text("meetingPlace", ""),
    chair: text("meetingChair", ""),
    secretary: text("meetingSecretary", ""),
    present: check(
      "membersPresent",
      parseIntegerIn(cellOf("membersPresent"), 0, Number.POSITIVE_INFINITY),
      "count"
    ),
    written: check(
      "membersWritten",
      parseIntegerIn(cellOf("membersWritten"), 0, Number.POSITIVE_INFINITY),
      "count"
    ),
    quorumPct: check("quorumPct", parseNumberIn(cellOf("quorumPct"), 0, 100), "percent"),
    votingMethod: check("votingMethod", parseVotingMethod(cellOf("votingMethod")), "votingMethod"),
  };

  const bands = { ...DEFAULT_SETTINGS.bands };
  for (const [k, band] of BAND_KEYS) {
    const p = check(k, parseNumberIn(cellOf(k), 0, 100), "score");
    if (p.state === "ok") bands[band] = p.value;
  }

  const titles = {} as Record<TitleCode, TitlePolicy>;
  for (const t of TITLES) {
    const row = settings?.policy[t.code];
    const minScore = row ? parseNumberIn(row.minScore, 0, 100) : EMPTY;
    const minVotePct = row ? parseNumberIn(row.minVotePct, 0, 100) : ok(t.defaultMinVotePct);
    if (row && minScore.state === "invalid")
      problems.push(
        problemOf(`${t.name} — Điểm tối thiểu`, row.minScoreAddress, row.minScore, "score")
      );
    if (row && minVotePct.state === "invalid")
      problems.push(
        problemOf(
          `${t.name} — Tỷ lệ phiếu tối thiểu (%)`,
          row.minVotePctAddress,
          row.minVotePct,
          "percent"
        )
      );
    const bonusCell = row ? row.bonus : undefined;
    const bonusMultiple =
      bonusCell === undefined
        ? (t.bonusMultiple ?? 0)
        : typeof bonusCell === "number"
          ? bonusCell
          : 0;
    titles[t.code] = {
      minScore,
      minVotePct,
      bonusMultiple,
      authority: parseAuthority(row?.authority) ?? defaultChain(t),
    };
  }

  return {
    policy: {
      year,
      unitName: text("unitName", ""),
      unitLevel: text("unitLevel", DEFAULT_SETTINGS.unitLevel),
      province: text("province", DEFAULT_SETTINGS.province),
      submitTo: text("submitTo", DEFAULT_SETTINGS.submitTo),
      councilSize,
      meetingDate,
      deadline,
      baseSalary,
      decisionDate,
      minMonths: minMonths.state === "empty" ? ok(DEFAULT_SETTINGS.minMonths) : minMonths,
      cstdcsCapPct,
      ttldttSharePct,
      bands,
      titles,
      meeting,
      submissionDate,
      signer: {
        capacity: text("signerCapacity", ""),
        title: text("signerTitle", ""),
        name: text("signerName", ""),
      },
      certificateMargins:
        margins.state === "ok" ? margins.value : DEFAULT_SETTINGS.certificateMargins,
      legalBasis: settings?.legalBasis?.length
        ? settings.legalBasis.map((b) => {
            const t = parseText(b.value);
            return t.state === "ok" ? t.value : "";
          })
        : null,
      noticeDays,
      postingStart,
      postingPlace: text("postingPlace", ""),
    },
    problems,
  };
}

export const SETTINGS_SHEET = SHEET.settings;
