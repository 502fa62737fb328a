import type { CivilDate } from "../../domain/text/dates";
import { defaultDriveNames, defaultDrives, type DriveSeed } from "../../domain/drives";
import { DEFAULT_SETTINGS } from "../../domain/policy";
import { wardLevelWord } from "../../domain/catalog/levels";
import type { TitleCode } from "../../domain/catalog/titles";
import { profileOf } from "../../domain/policy/profiles";
import { defaultLegalBasis } from "../../domain/export/legalBasis";
import { DEFAULT_QUORUM_PCT } from "../../domain/policy/meeting";
import { VOTING_METHOD } from "../../domain/register/contract";

/** One row of `Thành viên Hội đồng`. */
export interface CouncilMember {
  readonly name: string;
  readonly position: string;
  readonly role: string;
}

/** The council meeting settings of `Cấu hình` (issue #12); null leaves a cell blank. */
export interface MeetingOptions {
  readonly start: string | null;
  readonly end: string | null;
  readonly place: string | null;
  readonly chair: string | null;
  readonly secretary: string | null;
  readonly present: number | null;
  readonly written: number | null;
  readonly quorumPct: number | null;
  readonly votingMethod: string | null;
  /** Rows of `Thành viên Hội đồng` (empty: the sheet's rows are left for the clerk). */
  readonly members: readonly CouncilMember[];
}

/** What a clerk chooses when creating a register (task pane "Thiết lập", `so-thi-dua init`). */
export interface RegisterOptions {
  readonly year: number;
  readonly unitName: string;
  readonly unitLevel: string;
  readonly province: string;
  readonly submitTo: string;
  readonly councilSize: number;
  readonly meetingDate: CivilDate | null;
  readonly deadline: CivilDate | null;
  /** Null leaves `Mức lương cơ sở` blank: the bonus uses the base salary in force on the decision date. */
  readonly baseSalary: number | null;
  /** `Ngày quyết định dự kiến`; null leaves it blank (31/12 of the year). Default: 31/12 of the year. */
  readonly decisionDate: CivilDate | null;
  readonly minMonths: number;
  /** Null leaves the cap blank (disabled, the default). */
  readonly cstdcsCapPct: number | null;
  /** Null leaves the TTLĐTT share blank (the law's “more than 50 %”, the default). */
  readonly ttldttSharePct: number | null;
  /** `Ngày trình`; null leaves it blank (the Tờ trình is dated the meeting date). */
  readonly submissionDate: CivilDate | null;
  /** `Quyền hạn ký (TM./KT.)`, `Chức vụ người ký`, `Họ và tên người ký`; null leaves the cell blank. */
  readonly signerCapacity: string | null;
  readonly signerTitle: string | null;
  readonly signerName: string | null;
  /** Minimum vote % per title where it differs from the catalog's default (a province's rule). */
  readonly minVotePct: Readonly<Partial<Record<TitleCode, number>>>;
  /** The `Căn cứ 1` … rows (without “Căn cứ” and “;”): the national texts and the province's regulation. */
  readonly legalBasis: readonly string[];
  /** The council meeting (`Cấu hình`, block `HỌP HỘI ĐỒNG, NGƯỜI KÝ`) and `Thành viên Hội đồng`. */
  readonly meeting: MeetingOptions;
  /** Proposing units offered in `Danh mục` (free text is allowed too). */
  readonly units: readonly string[];
  /** The old free `Đợt` list of `Danh mục` (kept for registers that still read it). */
  readonly drives: readonly string[];
  /** The rows of `Đợt thi đua` (issue #14). Default: `defaultDrives(year, drives)`. */
  readonly driveRows: readonly DriveSeed[];
  /** `Ngày bắt đầu công khai`; null leaves it blank. */
  readonly postingStart: CivilDate | null;
  /** `Nơi niêm yết, nhận ý kiến`; null leaves it blank. */
  readonly postingPlace: string | null;
  /** Rows of `Đề nghị` prepared with validation, STT and row colours. */
  readonly preparedRows: number;
}

/**
 * A register's options: what the caller gives, else the province's profile (`init --province`,
 * the pane's setup: domain/policy/profiles.ts), else the national defaults.
 */
export function defaultOptions(partial: Partial<RegisterOptions> = {}): RegisterOptions {
  const year = partial.year ?? new Date().getFullYear();
  const province = partial.province ?? DEFAULT_SETTINGS.province;
  const profile = profileOf(province);
  const fromProfile = (k: "ttldttSharePct" | "cstdcsCapPct" | "minMonths") =>
    profile?.values[k]?.value;
  const votes: Partial<Record<TitleCode, number>> = {};
  for (const [code, v] of Object.entries(profile?.votes ?? {}))
    if (v) votes[code as TitleCode] = v.value;
  const holidays = profile?.holidays ?? [];
  const unitLevel = partial.unitLevel ?? DEFAULT_SETTINGS.unitLevel;
  // A ward's vice-chair signs for the chair (KT.); a unit's head signs in his own right.
  const signer =
    wardLevelWord(unitLevel) !== null ? DEFAULT_SETTINGS.wardSigner : DEFAULT_SETTINGS.unitSigner;
  const orDefault = <T>(v: T | undefined, d: T): T => (v === undefined ? d : v);
  return {
    year,
    unitName: partial.unitName ?? "UBND phường",
    unitLevel,
    province,
    submitTo: partial.submitTo ?? profile?.submitTo ?? DEFAULT_SETTINGS.submitTo,
    councilSize: partial.councilSize ?? DEFAULT_SETTINGS.councilSize,
    meetingDate: partial.meetingDate ?? null,
    deadline: partial.deadline ?? null,
    baseSalary: partial.baseSalary === undefined ? DEFAULT_SETTINGS.baseSalary : partial.baseSalary,
    decisionDate:
      partial.decisionDate === undefined ? { year, month: 12, day: 31 } : partial.decisionDate,
    minMonths: partial.minMonths ?? fromProfile("minMonths") ?? DEFAULT_SETTINGS.minMonths,
    cstdcsCapPct:
      partial.cstdcsCapPct === undefined
        ? (fromProfile("cstdcsCapPct") ?? DEFAULT_SETTINGS.cstdcsCapPct)
        : partial.cstdcsCapPct,
    ttldttSharePct:
      partial.ttldttSharePct === undefined
        ? (fromProfile("ttldttSharePct") ?? DEFAULT_SETTINGS.ttldttSharePct)
        : partial.ttldttSharePct,
    submissionDate: partial.submissionDate ?? null,
    signerCapacity: orDefault(partial.signerCapacity, signer.capacity || null),
    signerTitle: orDefault(partial.signerTitle, signer.title),
    signerName: orDefault(partial.signerName, null),
    minVotePct: partial.minVotePct ?? votes,
    legalBasis: partial.legalBasis ?? defaultLegalBasis(province),
    meeting: {
      start: null,
      end: null,
      place: null,
      chair: null,
      secretary: null,
      present: null,
      written: null,
      quorumPct: DEFAULT_QUORUM_PCT,
      votingMethod: VOTING_METHOD.ballot,
      members: [],
      ...partial.meeting,
    },
    units: partial.units ?? [],
    drives: partial.drives ?? defaultDriveNames(holidays),
    driveRows:
      partial.driveRows ??
      defaultDrives(year, partial.drives ?? defaultDriveNames(holidays), holidays),
    postingStart: partial.postingStart ?? null,
    postingPlace: partial.postingPlace ?? null,
    preparedRows: partial.preparedRows ?? 1000,
  };
}
