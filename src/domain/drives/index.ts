/**
 * Drives (đợt thi đua, issue #14): the rows of `Đợt thi đua` as typed data, the drives a new
 * register proposes, which drive a nomination row belongs to, the next deadline and the posting
 * period. Pure: the sheet is read by src/workbook/read.ts, the rules are in ../rules/drives.ts.
 */
import { ANNUAL_DRIVE, DEFAULT_DRIVES, DRIVE_KIND, type DriveKind } from "../catalog/lists";
import type { Cell } from "../cell";
import type { DriveField } from "../register/contract";
import type { TableSnapshot } from "../snapshot";
import { type CivilDate, addDays, compareCivilDates, daysBetween } from "../text/dates";
import { foldKey } from "../text/normalize";
import { type Parsed, parseDate, parseIntegerIn, parseListValue, parseText } from "../values";

export interface Drive {
  /** Excel row on `Đợt thi đua`. */
  readonly row: number;
  readonly name: string;
  /** foldKey of the name: what a row's `Đợt` is matched with. */
  readonly key: string;
  readonly kind: Parsed<DriveKind>;
  readonly launchedBy: string;
  readonly start: Parsed<CivilDate>;
  readonly end: Parsed<CivilDate>;
  readonly deadline: Parsed<CivilDate>;
  readonly postingDays: Parsed<number>;
  readonly cells: Readonly<Partial<Record<DriveField, Cell>>>;
}

/** A drive as a new register writes it (dates null: left blank). */
export interface DriveSeed {
  readonly name: string;
  readonly kind: DriveKind;
  readonly launchedBy: string;
  readonly start: CivilDate | null;
  readonly end: CivilDate | null;
  readonly deadline: CivilDate | null;
  readonly postingDays: number | null;
}

/**
 * Days a ward's list stays posted when a drive does not say (a default of the register, changed on
 * the sheet: no national figure exists for ward-level titles; docs/law.md, “Drives and posting”).
 */
export const DEFAULT_POSTING_DAYS = 5;
/** `Số ngày báo trước hạn nộp` when blank (RG05). */
export const DEFAULT_NOTICE_DAYS = 7;
/** A holiday drive's dossiers are due this many days before the holiday (a register default). */
const HOLIDAY_LEAD_DAYS = 10;

/** A day a drive celebrates, its dossiers due ten days before (HOLIDAY_LEAD_DAYS). */
export interface Holiday {
  /** The drive's name as the register lists it (`Đợt 2/9`). */
  readonly name: string;
  readonly day: number;
  readonly month: number;
}

/**
 * The national days the ward's drives celebrate (the seed plan: 3/2, 30/4, 19/5, 27/7, 2/9). A
 * province's own days (Hà Nội's Giải phóng Thủ đô 10/10) are in its profile, not here: a ward of
 * another province would be offered a drive it never runs.
 */
const HOLIDAYS: readonly Holiday[] = [
  { name: "Đợt 3/2", day: 3, month: 2 },
  { name: "Đợt 30/4", day: 30, month: 4 },
  { name: "Đợt 19/5", day: 19, month: 5 },
  { name: "Đợt 27/7", day: 27, month: 7 },
  { name: "Đợt 2/9", day: 2, month: 9 },
];

/** The drive list of a new register: the national one with the province's days after 2/9. */
export function defaultDriveNames(provinceHolidays: readonly Holiday[] = []): readonly string[] {
  if (!provinceHolidays.length) return DEFAULT_DRIVES;
  const at = DEFAULT_DRIVES.indexOf(HOLIDAYS[HOLIDAYS.length - 1]!.name) + 1;
  return [
    ...DEFAULT_DRIVES.slice(0, at),
    ...provinceHolidays.map((h) => h.name),
    ...DEFAULT_DRIVES.slice(at),
  ];
}

const LAUNCHER = "UBND phường";

/**
 * The drives a new register proposes for `year`: the annual drive (dossiers due 01/12), the sudden
 * awards (no deadline), one drive per national day (due ten days before it) and topic drives.
 * `names`: other drive names to carry over (the old free `Đợt` list on `upgrade`);
 * `provinceHolidays`: the province's own days (its profile), dated like the national ones.
 */
export function defaultDrives(
  year: number,
  names: readonly string[] = DEFAULT_DRIVES,
  provinceHolidays: readonly Holiday[] = []
): DriveSeed[] {
  const holidays = [...HOLIDAYS, ...provinceHolidays];
  const seeds: DriveSeed[] = [];
  const seen = new Set<string>();
  const add = (s: DriveSeed) => {
    if (seen.has(foldKey(s.name))) return;
    seen.add(foldKey(s.name));
    seeds.push(s);
  };
  add({
    name: ANNUAL_DRIVE,
    kind: "annual",
    launchedBy: LAUNCHER,
    start: { year, month: 1, day: 1 },
    end: { year, month: 12, day: 31 },
    deadline: { year, month: 12, day: 1 },
    postingDays: DEFAULT_POSTING_DAYS,
  });
  for (const name of names) {
    const key = foldKey(name);
    const h = holidays.find((x) => foldKey(x.name) === key);
    if (key === foldKey(DRIVE_KIND.sudden))
      add({
        name,
        kind: "sudden",
        launchedBy: LAUNCHER,
        start: null,
        end: null,
        deadline: null,
        postingDays: null,
      });
    else if (h) {
      const day = { year, month: h.month, day: h.day };
      add({
        name: h.name === name ? h.name : name,
        kind: "periodic",
        launchedBy: LAUNCHER,
        start: { year, month: 1, day: 1 },
        end: day,
        deadline: addDays(day, -HOLIDAY_LEAD_DAYS),
        postingDays: DEFAULT_POSTING_DAYS,
      });
    } else if (key !== foldKey(ANNUAL_DRIVE))
      add({
        name,
        kind: key.startsWith(foldKey(DRIVE_KIND.topic)) ? "topic" : "periodic",
        launchedBy: LAUNCHER,
        start: { year, month: 1, day: 1 },
        end: { year, month: 12, day: 31 },
        deadline: { year, month: 12, day: 1 },
        postingDays: DEFAULT_POSTING_DAYS,
      });
  }
  return seeds;
}

/** The drives of `Đợt thi đua` (rows with a name); null when the register has no such sheet. */
export function parseDrives(table: TableSnapshot<DriveField> | null | undefined): Drive[] | null {
  if (!table || table.headerRow === null) return null;
  const out: Drive[] = [];
  for (const r of table.rows) {
    const name = parseText(r.cells.name);
    if (name.state !== "ok") continue;
    const launched = parseText(r.cells.launchedBy);
    out.push({
      row: r.row,
      name: name.value,
      key: foldKey(name.value),
      kind: parseListValue(r.cells.kind, DRIVE_KIND),
      launchedBy: launched.state === "ok" ? launched.value : "",
      start: parseDate(r.cells.start),
      end: parseDate(r.cells.end),
      deadline: parseDate(r.cells.deadline),
      postingDays: parseIntegerIn(r.cells.postingDays, 0, 365),
      cells: r.cells,
    });
  }
  return out;
}

/** The drive a row's `Đợt` names (blank: the annual drive `Cả năm`); undefined when not on the sheet. */
export function driveOfKey(drives: readonly Drive[], driveKey: string): Drive | undefined {
  return drives.find((d) => d.key === driveKey);
}

/** A `Đột xuất` drive: sudden awards, submitted any time (no deadline rule). */
export function isSudden(d: Drive | undefined): boolean {
  return d?.kind.state === "ok" && d.kind.value === "sudden";
}

/** A drive's deadline, when it has one that applies (a sudden award may be submitted any time). */
export function deadlineOf(d: Drive): CivilDate | null {
  if (isSudden(d)) return null;
  return d.deadline.state === "ok" ? d.deadline.value : null;
}

export interface NextDeadline {
  readonly drive: string;
  readonly deadline: CivilDate;
  /** Days from today to the deadline (0: today). */
  readonly days: number;
}

/** The nearest deadline today or later (the pane's check tab), or null when none is ahead. */
export function nextDeadline(drives: readonly Drive[], today: CivilDate): NextDeadline | null {
  let best: NextDeadline | null = null;
  for (const d of drives) {
    const dl = deadlineOf(d);
    if (!dl || compareCivilDates(dl, today) < 0) continue;
    if (!best || compareCivilDates(dl, best.deadline) < 0)
      best = { drive: d.name, deadline: dl, days: daysBetween(today, dl) };
  }
  return best;
}

/** The posting period: from `start` for the drive's posting days (default DEFAULT_POSTING_DAYS). */
export interface PostingPeriod {
  readonly from: CivilDate;
  /** The last day of posting; submission may follow from the next day. */
  readonly to: CivilDate;
  readonly days: number;
}

/** A drive's `Số ngày công khai` (blank, 0 or no drive: DEFAULT_POSTING_DAYS). */
export function postingDaysOf(drive: Drive | undefined): number {
  return drive?.postingDays.state === "ok" && drive.postingDays.value > 0
    ? drive.postingDays.value
    : DEFAULT_POSTING_DAYS;
}

export function postingPeriod(start: CivilDate, drive: Drive | undefined): PostingPeriod {
  const days = postingDaysOf(drive);
  return { from: start, to: addDays(start, days - 1), days };
}

/** The drive an export is about (`export --drive`, the pane's choice). */
export interface DriveChoice {
  /** As written on `Đợt thi đua` (or `Cả năm`). */
  readonly name: string;
  readonly key: string;
  /** Null when the register has no `Đợt thi đua` sheet or the kind cannot be read. */
  readonly kind: DriveKind | null;
}

/**
 * The drive named `name` (folded comparison; blank or `Cả năm`: the annual drive), or null when
 * the register does not know it. Without the sheet, the drives the rows name are known.
 */
export function findDrive(
  drives: readonly Drive[] | null,
  rowDrives: readonly string[],
  name: string
): DriveChoice | null {
  const key = name.trim() ? foldKey(name) : foldKey(ANNUAL_DRIVE);
  const d = drives?.find((x) => x.key === key);
  if (d) return { name: d.name, key, kind: d.kind.state === "ok" ? d.kind.value : null };
  if (key === foldKey(ANNUAL_DRIVE)) return { name: ANNUAL_DRIVE, key, kind: "annual" };
  const typed = rowDrives.find((t) => foldKey(t) === key);
  return !drives && typed
    ? { name: typed, key, kind: key === foldKey(DRIVE_KIND.sudden) ? "sudden" : null }
    : null;
}

/** The drives the rows name (`Đợt` as typed, blanks left out): what findDrive knows without the sheet. */
export function rowDriveNames(rows: readonly { readonly driveText: string }[]): string[] {
  return rows.map((n) => n.driveText).filter(Boolean);
}

/** The names an export may choose from: the sheet's (or, without it, `Cả năm` and the rows'). */
export function knownDriveNames(
  drives: readonly Drive[] | null,
  rowDrives: readonly string[]
): string[] {
  const names = drives ? drives.map((d) => d.name) : [ANNUAL_DRIVE, ...rowDrives];
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = foldKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
