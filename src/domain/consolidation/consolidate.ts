/**
 * Consolidation of many units' registers into one register of the ward (export.md): every nomination
 * once with its source, per-unit figures from each unit's own validation, and duplicates found by the
 * register's own identity rule (DL07 run over the merged rows). Pure: adapters read the files one by
 * one, keep only snapshots (never 200 open workbooks), and write the result.
 */
import type { Cell } from "../cell";
import { DEFAULT_DRIVES, type NomineeKind } from "../catalog/lists";
import { TITLES, type TitleCode, type TitleDef } from "../catalog/titles";
import { readPolicy } from "../policy";
import {
  NON_INPUT_FIELDS,
  type ComplaintField,
  type HistoryField,
  type NominationField,
} from "../register/contract";
import type { RegisterSnapshot, TableSnapshot } from "../snapshot";
import { summariseValidation } from "../summary";
import type { CivilDate } from "../text/dates";
import { foldKey } from "../text/normalize";
import { validateRegister, type ValidationResult } from "../validate";
import { textOrEmpty } from "../values";

/** One readable register, reduced to plain data (the workbook is gone). */
export interface ConsolidationSource {
  /** The path as given on the command line / chosen by the clerk. */
  readonly file: string;
  /** The file's base name, shown in `Nguồn` and the reports. */
  readonly fileName: string;
  readonly snapshot: RegisterSnapshot;
}

/** A file that could not be merged, with the adapter's problem code (`corrupt`, `encrypted`, …). */
export interface FailedSource {
  readonly file: string;
  readonly fileName: string;
  readonly problem: string;
  readonly detail: string;
  /** `otherYear` / `noYear` (./mix.ts): the unit's evaluation year (null: unreadable) and the consolidation's. */
  readonly year?: { readonly found: number | null; readonly wanted: number };
}

/** `Theo đơn vị`: the unit's register as its own validation sees it. */
export interface UnitReport {
  readonly index: number;
  readonly file: string;
  readonly fileName: string;
  /** `Tên đơn vị` of the unit's register, else the file name. */
  readonly unitName: string;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly byTitle: Readonly<Record<TitleCode, number>>;
  readonly cap: { readonly cstdcs: number; readonly ldtt: number; readonly ratio: number | null };
}

export interface MergedRow<F extends string> {
  /** Index of the source in the order given. */
  readonly source: number;
  /** Excel row in the source's sheet. */
  readonly sourceRow: number;
  readonly cells: Readonly<Partial<Record<F, Cell>>>;
}

export interface Merged {
  /** Input cells of every nomination (STT and `Kết quả kiểm tra` dropped: they are recomputed). */
  readonly nominations: readonly MergedRow<NominationField>[];
  readonly complaints: readonly MergedRow<ComplaintField>[];
  readonly history: readonly MergedRow<HistoryField>[];
  /** Proposing units for `Danh mục`: every unit list and every unit named in a row, first spelling kept. */
  readonly units: readonly string[];
  /** Drives for `Danh mục`: the defaults, then every other drive named in a row. */
  readonly drives: readonly string[];
  /**
   * The evaluation year most sources have (ties: the earliest source's); null when none is valid.
   * Informative only: the consolidation's year and settings are decided by ./mix.ts, never by order.
   */
  readonly year: number | null;
}

export function reportUnit(
  index: number,
  source: ConsolidationSource,
  today: CivilDate
): UnitReport {
  const result = validateRegister(source.snapshot, { today });
  const summary = summariseValidation(result, source.snapshot.unitList);
  const byTitle = {} as Record<TitleCode, number>;
  for (const t of TITLES) byTitle[t.code] = summary.byTitle[t.code].count;
  return {
    index,
    file: source.file,
    fileName: source.fileName,
    unitName: result.policy.unitName || source.fileName,
    rows: result.counts.rows,
    errors: result.counts.error,
    warnings: result.counts.warning,
    byTitle,
    cap: { cstdcs: summary.cap.cstdcs, ldtt: summary.cap.ldtt, ratio: summary.cap.ratio },
  };
}

function rowsOf<F extends string>(
  table: TableSnapshot<F> | null,
  source: number,
  drop: readonly F[] = []
): MergedRow<F>[] {
  if (!table || table.headerRow === null) return [];
  return table.rows.map((r) => {
    const cells: Partial<Record<F, Cell>> = {};
    for (const [f, v] of Object.entries(r.cells) as [F, Cell][])
      if (!drop.includes(f)) cells[f] = v;
    return { source, sourceRow: r.row, cells };
  });
}

/** Add texts not yet present (compared with foldKey), keeping the first spelling and order. */
export function addDistinct(into: string[], seen: Set<string>, texts: Iterable<string>): void {
  for (const t of texts) {
    const k = foldKey(t);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    into.push(t.trim());
  }
}

/** Merge the sources in the order given: rows of source 0, then source 1, … each in sheet order. */
export function mergeSources(sources: readonly ConsolidationSource[]): Merged {
  const nominations: MergedRow<NominationField>[] = [];
  const complaints: MergedRow<ComplaintField>[] = [];
  const history: MergedRow<HistoryField>[] = [];
  const units: string[] = [];
  const unitKeys = new Set<string>();
  const drives = [...DEFAULT_DRIVES];
  const driveKeys = new Set(drives.map(foldKey));
  const years = new Map<number, number>();

  sources.forEach((s, i) => {
    const rows = rowsOf(s.snapshot.nominations, i, NON_INPUT_FIELDS);
    nominations.push(...rows);
    complaints.push(...rowsOf(s.snapshot.complaints, i));
    history.push(...rowsOf(s.snapshot.history, i));
    addDistinct(units, unitKeys, [
      ...s.snapshot.unitList,
      ...rows.map((r) => textOrEmpty(r.cells.proposingUnit)),
    ]);
    addDistinct(
      drives,
      driveKeys,
      rows.map((r) => textOrEmpty(r.cells.drive))
    );
    const policy = readPolicy(s.snapshot.settings).policy;
    if (policy.year.state === "ok")
      years.set(policy.year.value, (years.get(policy.year.value) ?? 0) + 1);
  });

  let year: number | null = null;
  let best = 0;
  for (const [y, n] of years) if (n > best) [year, best] = [y, n];
  return {
    nominations,
    complaints,
    history,
    units,
    drives,
    year,
  };
}

/** Nominees proposed by more than one unit for the same title and drive (rules.md identity). */
export interface DuplicateGroup {
  readonly name: string;
  readonly kind: NomineeKind;
  readonly title: TitleDef;
  /** The drive as written on the first row; empty = annual. */
  readonly drive: string;
  /** Excel rows of the consolidated `Đề nghị`, ascending. */
  readonly rows: readonly number[];
}

/**
 * Duplicates of the consolidated register: the DL07 pairs of its validation (a row and the earlier
 * row it repeats) joined into groups, keeping the groups whose rows come from two or more sources.
 * Repeats inside one unit's file are that unit's own DL07 errors and stay in its report.
 */
export function findDuplicates(
  result: ValidationResult,
  sourceOfRow: ReadonlyMap<number, number>
): DuplicateGroup[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const f of result.findings) {
    if (f.rule !== "DL07" || f.row === null || typeof f.params.firstRow !== "number") continue;
    const a = find(f.row);
    const b = find(f.params.firstRow);
    parent.set(a, a);
    parent.set(b, b);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, number[]>();
  for (const row of parent.keys()) {
    const root = find(row);
    const list = groups.get(root);
    if (list) list.push(row);
    else groups.set(root, [row]);
  }
  const byRow = new Map(result.nominations.map((n) => [n.row, n]));
  const out: DuplicateGroup[] = [];
  for (const rows of groups.values()) {
    rows.sort((a, b) => a - b);
    if (new Set(rows.map((r) => sourceOfRow.get(r))).size < 2) continue;
    const first = byRow.get(rows[0]!);
    if (
      !first ||
      first.name.state !== "ok" ||
      first.kind.state !== "ok" ||
      first.title.state !== "ok"
    )
      continue;
    out.push({
      name: first.name.value,
      kind: first.kind.value,
      title: first.title.value,
      drive: first.isAnnual ? "" : first.driveText,
      rows,
    });
  }
  return out.sort((a, b) => a.rows[0]! - b.rows[0]!);
}
