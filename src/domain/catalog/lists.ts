/** Value lists of the register (register.md). Labels are exact; matching uses foldKey. */

export const NOMINEE_KIND = {
  individual: "Cá nhân",
  collective: "Tập thể",
  household: "Hộ gia đình",
} as const;
export type NomineeKind = keyof typeof NOMINEE_KIND;

export const GENDER = { male: "Nam", female: "Nữ" } as const;
export type Gender = keyof typeof GENDER;

export const YES_NO = { yes: "Có", no: "Không" } as const;
export type YesNo = keyof typeof YES_NO;

/**
 * `Đối tượng` of a person (issue #12); blank = `officials`. `otherWorkers` — workers, farmers and
 * other labourers outside the civil service — are judged for LĐTT by Law 2022 Art. 24(3)
 * (`Lao động, sản xuất hiệu quả`), not by a duty rating.
 */
export const PERSON_GROUP = {
  officials: "Cán bộ, công chức, viên chức",
  employees: "Người lao động",
  otherWorkers: "Công nhân, nông dân, người lao động khác",
} as const;
export type PersonGroup = keyof typeof PERSON_GROUP;

/** `Mức hoàn thành nhiệm vụ`, best first. */
export const DUTY_LEVEL = {
  excellent: "Hoàn thành xuất sắc",
  good: "Hoàn thành tốt",
  completed: "Hoàn thành",
  failed: "Không hoàn thành",
} as const;
export type DutyLevel = keyof typeof DUTY_LEVEL;

/** `Kỷ luật` in the evaluation year; `none` is the explicit `Không`. */
export const DISCIPLINE = {
  none: "Không",
  reprimand: "Khiển trách",
  warning: "Cảnh cáo",
  demotion: "Giáng chức",
  dismissal: "Cách chức",
  forcedResignation: "Buộc thôi việc",
  // Not a discipline but the state before one (Decree 152/2025 Art. 4(4)): discipline being
  // considered, an investigation, inspection or check under way, or a complaint or denunciation
  // being verified — no title or award, for any nominee, until it is settled (DK14).
  pending: "Đang xem xét",
} as const;
export type Discipline = keyof typeof DISCIPLINE;

/**
 * Drives (Đợt). Blank or `Cả năm` = annual. Named drives are free text from `Danh mục`. The
 * national list; a province's own days (Hà Nội's 10/10) come from its profile (../drives
 * defaultDriveNames, ../policy/provinces).
 */
export const ANNUAL_DRIVE = "Cả năm";
export const SUDDEN_DRIVE = "Đột xuất";
export const DEFAULT_DRIVES: readonly string[] = [
  ANNUAL_DRIVE,
  SUDDEN_DRIVE,
  "Đợt 3/2",
  "Đợt 30/4",
  "Đợt 19/5",
  "Đợt 27/7",
  "Đợt 2/9",
  "Chuyên đề: Chuyển đổi số",
  "Chuyên đề: An toàn thực phẩm",
];

/** `Loại đợt` of a drive (`Đợt thi đua`, issue #14). */
export const DRIVE_KIND = {
  annual: "Cả năm",
  periodic: "Theo đợt",
  topic: "Chuyên đề",
  sudden: "Đột xuất",
} as const;
export type DriveKind = keyof typeof DRIVE_KIND;

export const UNIT_LEVELS: readonly string[] = [
  "Phường",
  "Xã",
  "Đặc khu",
  "Ban/ngành/đoàn thể",
  "Tổ dân phố",
  "Cơ quan/đơn vị",
];

export const COMPLAINT_STATUS = {
  open: "Đang xử lý",
  resolved: "Đã giải quyết",
  rejected: "Không thụ lý",
} as const;
export type ComplaintStatus = keyof typeof COMPLAINT_STATUS;

/** Criteria-sheet vocabulary (register.md, `TC <name>`). */
export const CONDITION_VALUE = { met: "Đạt", notMet: "Không đạt" } as const;

/**
 * `Thẩm quyền quyết định` of the policy table (the submission chain): decided by the ward Chairman,
 * or proposed to the level above (`Cấp trình`, the provincial/city Chairman since 07/2025).
 */
export const AUTHORITY = { ward: "Phường", upward: "Cấp trên" } as const;
export type Chain = keyof typeof AUTHORITY;

/**
 * `Trạng thái` of a nomination row (issue #13), in workflow order: proposed → voted on by the council
 * → submitted (exported) → decided (number and date of the decision entered), or not passed.
 * `export --mark-exported` sets `submitted`, `decide` sets `decided`; the clerk types the others.
 */
export const ROW_STATUS = {
  proposed: "Đề nghị",
  reviewed: "Đã bình xét",
  submitted: "Đã trình",
  decided: "Đã quyết định",
  rejected: "Không đạt",
} as const;
export type RowStatus = keyof typeof ROW_STATUS;
