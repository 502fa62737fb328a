/**
 * Test builders: register snapshots from rows written by header label, laid out as a fresh
 * register (header on row 4, data from row 5). Pure; used by the domain's own tests.
 */
import type { Cell } from "../cell";
import { matchTitle } from "../catalog/match";
import type { TitleCode } from "../catalog/titles";
import {
  COL,
  COMPLAINT_COL,
  NOMINATION_FIELDS,
  SETTING,
  SETTING_KEYS,
  SHEET,
  type ComplaintField,
  type HistoryField,
  type NominationField,
  type SettingKey,
} from "../register/contract";
import type {
  PolicyRow,
  RegisterSnapshot,
  SettingValue,
  TableRow,
  TableSnapshot,
} from "../snapshot";
import { validateRegister, type ValidationResult } from "../validate";

export const HEADER_ROW = 4;
export type LabelRow = Readonly<Record<string, Cell | undefined>>;

const FIELD_BY_LABEL = new Map<string, NominationField>(NOMINATION_FIELDS.map((f) => [COL[f], f]));
const SETTING_BY_LABEL = new Map<string, SettingKey>(SETTING_KEYS.map((k) => [SETTING[k], k]));

export const BASE_SETTINGS: Readonly<Record<string, Cell>> = {
  [SETTING.year]: 2026,
  [SETTING.unitName]: "UBND phường Kiến Hưng",
  [SETTING.unitLevel]: "Phường",
  [SETTING.province]: "Hà Nội",
  [SETTING.submitTo]: "UBND thành phố Hà Nội",
  [SETTING.councilSize]: 9,
  [SETTING.meetingDate]: null,
  [SETTING.deadline]: null,
  [SETTING.baseSalary]: 2340000,
  [SETTING.minMonths]: 10,
  [SETTING.cstdcsCapPct]: 15,
};

export function nominationsTable(
  rows: readonly LabelRow[],
  order: readonly NominationField[] = NOMINATION_FIELDS,
  headerRow = HEADER_ROW
): TableSnapshot<NominationField> {
  const columns: Partial<Record<NominationField, number>> = {};
  order.forEach((f, i) => (columns[f] = i + 1));
  const out: TableRow<NominationField>[] = rows.map((r, i) => {
    const cells: Partial<Record<NominationField, Cell>> = {};
    for (const [label, v] of Object.entries(r)) {
      const f = FIELD_BY_LABEL.get(label);
      if (!f) throw new Error(`unknown label ${label}`);
      if (v !== undefined && v !== null && columns[f] !== undefined) cells[f] = v;
    }
    return { row: headerRow + 1 + i, cells };
  });
  return { sheet: SHEET.nominations, headerRow, columns, rows: out };
}

function withScoreFormulas(
  t: TableSnapshot<NominationField>,
  rows: readonly number[]
): TableSnapshot<NominationField> {
  if (!rows.length) return t;
  return {
    ...t,
    rows: t.rows.map((r, i) =>
      rows.includes(i) ? { ...r, formulas: new Set<NominationField>(["score"]) } : r
    ),
  };
}

export interface SnapshotSpec {
  readonly rows: readonly LabelRow[];
  readonly settings?: Readonly<Record<string, Cell>>;
  /** Policy cells by title name or code: `{ LDTT: { minScore: 80 } }`. */
  readonly policy?: Readonly<
    Record<string, { minScore?: Cell; minVotePct?: Cell; bonus?: Cell; authority?: Cell }>
  >;
  readonly complaints?: readonly Readonly<Partial<Record<ComplaintField, Cell>>>[];
  /** `Lịch sử` rows (header on row 3, data from row 4). */
  readonly history?: readonly Readonly<Partial<Record<HistoryField, Cell>>>[];
  readonly exportedOn?: RegisterSnapshot["meta"]["exportedOn"];
  readonly criteria?: RegisterSnapshot["criteria"];
  /** Rows (0-based index into `rows`) whose `Điểm` is a formula. */
  readonly scoreFormulaRows?: readonly number[];
}

export function snapshotOf(spec: SnapshotSpec): RegisterSnapshot {
  const merged = { ...BASE_SETTINGS, ...(spec.settings ?? {}) };
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  let r = 4;
  for (const [label, value] of Object.entries(merged)) {
    const k = SETTING_BY_LABEL.get(label);
    if (!k) throw new Error(`unknown setting ${label}`);
    values[k] = { value, address: `B${r++}` };
  }
  const policy: Partial<Record<TitleCode, PolicyRow>> = {};
  let pr = 30;
  for (const [title, p] of Object.entries(spec.policy ?? {})) {
    const t = matchTitle(title);
    if (!t) throw new Error(`unknown title ${title}`);
    policy[t.code] = {
      row: pr,
      minScore: p.minScore ?? null,
      minVotePct: p.minVotePct ?? null,
      minScoreAddress: `B${pr}`,
      minVotePctAddress: `C${pr}`,
      bonus: p.bonus,
      ...(p.authority !== undefined ? { authority: p.authority } : {}),
    };
    pr++;
  }
  const complaintColumns: Partial<Record<ComplaintField, number>> = {};
  (Object.keys(COMPLAINT_COL) as ComplaintField[]).forEach((f, i) => (complaintColumns[f] = i + 1));
  return {
    sheetNames: Object.values(SHEET),
    settings: { sheet: SHEET.settings, headerFound: true, values, policyHeaderFound: true, policy },
    nominations: withScoreFormulas(nominationsTable(spec.rows), spec.scoreFormulaRows ?? []),
    complaints: {
      sheet: SHEET.complaints,
      headerRow: 3,
      columns: complaintColumns,
      rows: (spec.complaints ?? []).map((cells, i) => ({ row: 4 + i, cells })),
    },
    history: {
      sheet: SHEET.history,
      headerRow: 3,
      columns: {
        name: 1,
        birthDate: 2,
        year: 3,
        title: 4,
        decisionNo: 5,
        decisionDate: 6,
        authority: 7,
      },
      rows: (spec.history ?? []).map((cells, i) => ({ row: 4 + i, cells })),
    },
    criteria: spec.criteria ?? [],
    unitList: [],
    meta: { schemaVersion: 1, exportedOn: spec.exportedOn ?? null },
  };
}

export const TODAY = { year: 2026, month: 11, day: 25 } as const;

export function validateSpec(spec: SnapshotSpec): ValidationResult {
  return validateRegister(snapshotOf(spec), { today: TODAY });
}

/** Rule IDs reported on one Excel row (sorted, unique). */
export function rulesOnRow(result: ValidationResult, row: number): string[] {
  return [...new Set(result.findings.filter((f) => f.row === row).map((f) => f.rule))].sort();
}

/** A valid individual LĐTT row; override any label. */
export function individual(overrides: LabelRow = {}): LabelRow {
  return {
    [COL.name]: "Nguyễn Văn An",
    [COL.kind]: "Cá nhân",
    [COL.birthDate]: "12/03/1985",
    [COL.gender]: "Nam",
    [COL.position]: "Công chức Văn phòng",
    [COL.proposingUnit]: "Văn phòng UBND phường",
    [COL.directWorker]: "Không",
    [COL.monthsWorked]: 12,
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.title]: "Lao động tiên tiến",
    [COL.votes]: 9,
    ...overrides,
  };
}

/** A valid collective TTLĐTT row; override any label. */
export function collective(overrides: LabelRow = {}): LabelRow {
  return {
    [COL.name]: "Hội Liên hiệp Phụ nữ phường",
    [COL.kind]: "Tập thể",
    [COL.proposingUnit]: "Ủy ban MTTQ phường",
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.members]: 10,
    [COL.membersCompleted]: 10,
    [COL.membersLdtt]: 8,
    [COL.membersCstdcs]: 1,
    [COL.membersDisciplined]: 0,
    [COL.title]: "Tập thể lao động tiên tiến",
    [COL.votes]: 9,
    ...overrides,
  };
}
