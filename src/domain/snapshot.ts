import type { Cell } from "./cell";
import type { CivilDate } from "./text/dates";
import type {
  ComplaintField,
  CouncilField,
  DriveField,
  HistoryField,
  NominationField,
  SettingKey,
} from "./register/contract";
import type { TitleCode } from "./catalog/titles";
import type { CriteriaSet } from "./criteria/types";

/**
 * What the domain knows of a register workbook: plain data read by label (src/workbook/read.ts)
 * from any engine. Row numbers are Excel row numbers (1-based), columns 1-based indexes.
 */
export interface RegisterSnapshot {
  readonly sheetNames: readonly string[];
  readonly settings: SettingsSnapshot | null;
  readonly nominations: TableSnapshot<NominationField> | null;
  readonly complaints: TableSnapshot<ComplaintField> | null;
  readonly history: TableSnapshot<HistoryField> | null;
  /** `Thành viên Hội đồng` (optional sheet, issue #12); null or absent when the register has none. */
  readonly council?: TableSnapshot<CouncilField> | null;
  /** `Đợt thi đua` (optional sheet, issue #14); null or absent when the register has none. */
  readonly drives?: TableSnapshot<DriveField> | null;
  /** Every `TC <name>` criteria sheet, in workbook order. */
  readonly criteria: readonly CriteriaSheetSnapshot[];
  /** The proposing units listed in `Danh mục` (column `Đơn vị đề nghị`), blanks skipped. */
  readonly unitList: readonly string[];
  readonly meta: RegisterMeta;
}

export interface RegisterMeta {
  readonly schemaVersion: number | null;
  /** When the council export was last written (RG03). */
  readonly exportedOn: CivilDate | null;
  /**
   * Fingerprints (src/domain/decision.ts rowFingerprint) of the rows each decision recorded by
   * `decide` was about, by normalised decision number (rule QT02). Absent or empty: none recorded.
   */
  readonly decided?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface TableSnapshot<F extends string> {
  readonly sheet: string;
  /** Null when the anchor label was not found in the first rows (RG01). */
  readonly headerRow: number | null;
  /** Column index of every known label found in the header row. */
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** Data rows that have at least one non-empty input cell, in sheet order. */
  readonly rows: readonly TableRow<F>[];
}

export interface TableRow<F extends string> {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<F, Cell>>>;
  /** Fields whose cell is a formula (value = cached result); absent when none. */
  readonly formulas?: ReadonlySet<F>;
}

export interface SettingValue {
  readonly value: Cell;
  /** A1 address of the value cell, e.g. `B5`. */
  readonly address: string;
}

export interface PolicyRow {
  readonly row: number;
  readonly minScore: Cell;
  readonly minVotePct: Cell;
  readonly minScoreAddress: string;
  readonly minVotePctAddress: string;
  /** `Hệ số tiền thưởng` (register's extra column); undefined when the column is absent. */
  readonly bonus: Cell | undefined;
  /** `Thẩm quyền quyết định` (register's extra column); undefined when the column is absent. */
  readonly authority?: Cell | undefined;
}

export interface SettingsSnapshot {
  readonly sheet: string;
  readonly headerFound: boolean;
  readonly values: Readonly<Partial<Record<SettingKey, SettingValue>>>;
  readonly policyHeaderFound: boolean;
  readonly policy: Readonly<Partial<Record<TitleCode, PolicyRow>>>;
  /**
   * The rows `Căn cứ 1`, `Căn cứ 2` … in the order of their numbers (export/legalBasis.ts);
   * absent or empty when the register has none (the documents print the defaults).
   */
  readonly legalBasis?: readonly SettingValue[];
}

export type NominationRow = TableRow<NominationField>;

/** A criteria sheet as read: the set, and each used candidate column with its score cells. */
export interface CriteriaSheetSnapshot {
  readonly sheet: string;
  readonly headerRow: number;
  readonly set: CriteriaSet;
  /** Excel row of each criteria row (same order as `set.rows`). */
  readonly rowNumbers: readonly number[];
  /** The row labelled `Tổng điểm`, when present. */
  readonly totalRow: number | null;
  /** 1-based column right of the label columns, where candidates start. */
  readonly firstCandidateCol: number;
  readonly candidates: readonly CriteriaCandidate[];
}

export interface CriteriaCandidate {
  readonly name: string;
  /** 1-based column index. */
  readonly col: number;
  /** One cell per criteria row. */
  readonly scores: readonly (Cell | undefined)[];
}
