/**
 * Drive rules (issue #14, rules.md): the deadlines of `Đợt thi đua` and the public posting.
 * - RG03: a drive's deadline has passed and rows of that drive are not submitted yet.
 * - RG05: a drive's deadline is at most `Số ngày báo trước hạn nộp` days away.
 * - RG06: a row of `Đợt thi đua` the rules cannot use (kind, dates, posting days, duplicate name).
 * - DL12: a nomination row whose `Đợt` is not on `Đợt thi đua`.
 * - QT04: a row submitted before the posting period (`Ngày bắt đầu công khai`) has ended.
 * A `Đột xuất` drive has no deadline (sudden awards are submitted any time). The annual drive's
 * deadline is `Cấu hình`'s `Hạn nộp hồ sơ` when set (the register's one deadline before drives).
 */
import { ANNUAL_DRIVE, DRIVE_KIND } from "../catalog/lists";
import { cellDisplay } from "../cell";
import { parseRowStatus } from "../decision";
import {
  DEFAULT_NOTICE_DAYS,
  type Drive,
  driveOfKey,
  isSudden,
  parseDrives,
  postingPeriod,
} from "../drives";
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { Nomination } from "../nomination";
import type { PolicyReading } from "../policy";
import { DRIVE_COL, DRIVE_SHEET, type DriveField, SETTING } from "../register/contract";
import type { RegisterMeta, RegisterSnapshot } from "../snapshot";
import { type CivilDate, compareCivilDates, daysBetween, formatDdMmYyyy } from "../text/dates";
import { foldKey } from "../text/normalize";
import { type RuleContext, hasColumn, rowFinding } from "./context";

const ANNUAL_KEY = foldKey(ANNUAL_DRIVE);

/** Submitted or later: the row left the ward (`Đã trình`, `Đã quyết định`) or was turned down. */
function isSubmitted(n: Nomination): boolean {
  const s = parseRowStatus(n.raw.status);
  return (
    s.state === "ok" && (s.value === "submitted" || s.value === "decided" || s.value === "rejected")
  );
}

/** The deadline the rules apply to a drive (none for a sudden drive). */
export function effectiveDeadline(d: Drive, reading: PolicyReading): CivilDate | null {
  if (isSudden(d)) return null;
  const annual = d.key === ANNUAL_KEY || (d.kind.state === "ok" && d.kind.value === "annual");
  if (annual && reading.policy.deadline.state === "ok") return reading.policy.deadline.value;
  return d.deadline.state === "ok" ? d.deadline.value : null;
}

type Cols = Readonly<Partial<Record<DriveField, number>>>;

function driveFinding(
  cols: Cols,
  rule: "RG03" | "RG05" | "RG06",
  d: Drive,
  field: DriveField,
  params: Record<string, string | number>
): Finding {
  return finding({
    rule,
    sheet: DRIVE_SHEET,
    row: d.row,
    column: DRIVE_COL[field],
    colIndex: cols[field] ?? 0,
    params: { drive: d.name, ...params },
  });
}

/** RG06: what on the drive sheet the rules cannot use. */
function rg06(drives: readonly Drive[], cols: Cols): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const d of drives) {
    const first = seen.get(d.key);
    if (first !== undefined)
      out.push(driveFinding(cols, "RG06", d, "name", { variant: "duplicate", firstRow: first }));
    else seen.set(d.key, d.row);
    if (d.kind.state !== "ok")
      out.push(
        driveFinding(cols, "RG06", d, "kind", {
          variant: d.kind.state === "empty" ? "kindMissing" : "kindInvalid",
          value: cellDisplay(d.cells.kind),
          allowed: Object.values(DRIVE_KIND).join(", "),
        })
      );
    for (const f of ["start", "end", "deadline"] as const)
      if (d[f].state === "invalid")
        out.push(
          driveFinding(cols, "RG06", d, f, {
            variant: "date",
            value: cellDisplay(d.cells[f]),
            label: DRIVE_COL[f],
          })
        );
    if (d.postingDays.state === "invalid")
      out.push(
        driveFinding(cols, "RG06", d, "postingDays", {
          variant: "days",
          value: cellDisplay(d.cells.postingDays),
        })
      );
    if (d.deadline.state === "empty" && !isSudden(d) && d.key !== ANNUAL_KEY)
      out.push(driveFinding(cols, "RG06", d, "deadline", { variant: "noDeadline" }));
    if (
      d.start.state === "ok" &&
      d.end.state === "ok" &&
      compareCivilDates(d.end.value, d.start.value) < 0
    )
      out.push(
        driveFinding(cols, "RG06", d, "end", {
          variant: "endBeforeStart",
          start: formatDdMmYyyy(d.start.value),
          end: formatDdMmYyyy(d.end.value),
        })
      );
  }
  return out;
}

/** RG03 (passed) and RG05 (near) per drive. */
function deadlines(
  drives: readonly Drive[],
  nominations: readonly Nomination[],
  reading: PolicyReading,
  meta: RegisterMeta,
  today: CivilDate,
  cols: Cols
): Finding[] {
  const out: Finding[] = [];
  const notice =
    reading.policy.noticeDays.state === "ok"
      ? reading.policy.noticeDays.value
      : DEFAULT_NOTICE_DAYS;
  for (const d of drives) {
    const dl = effectiveDeadline(d, reading);
    if (!dl) continue;
    const rows = nominations.filter((n) => n.driveKey === d.key);
    const pending = rows.filter((n) => !isSubmitted(n)).length;
    const days = daysBetween(today, dl);
    const deadline = formatDdMmYyyy(dl);
    if (days < 0) {
      // The annual drive exported as a whole (`export --mark-exported`) is done, as before drives.
      if (pending > 0 && !(d.key === ANNUAL_KEY && meta.exportedOn !== null))
        out.push(
          driveFinding(cols, "RG03", d, "deadline", { variant: "drive", deadline, count: pending })
        );
    } else if (days <= notice && (rows.length === 0 || pending > 0))
      out.push(driveFinding(cols, "RG05", d, "deadline", { deadline, days, count: pending }));
  }
  return out;
}

/** DL12: a row whose `Đợt` is not on `Đợt thi đua` (blank and `Cả năm` always are). */
function dl12(ctx: RuleContext, drives: readonly Drive[]): Finding[] {
  if (!hasColumn(ctx, "drive")) return [];
  const out: Finding[] = [];
  for (const n of ctx.nominations)
    if (n.driveKey !== ANNUAL_KEY && !driveOfKey(drives, n.driveKey))
      out.push(
        rowFinding(ctx, "DL12", n, "drive", {
          drive: n.driveText,
          sheet: DRIVE_SHEET,
          known: drives.map((d) => d.name).join(", "),
        })
      );
  return out;
}

/** QT04: a row submitted while its list is still posted (or on the day posting ends). */
function qt04(
  ctx: RuleContext,
  drives: readonly Drive[],
  reading: PolicyReading,
  today: CivilDate
): Finding[] {
  const start = reading.policy.postingStart;
  if (start.state !== "ok" || !hasColumn(ctx, "status")) return [];
  const sub = reading.policy.submissionDate;
  const day = sub.state === "ok" ? sub.value : today;
  const out: Finding[] = [];
  for (const n of ctx.nominations) {
    const s = parseRowStatus(n.raw.status);
    if (s.state !== "ok" || (s.value !== "submitted" && s.value !== "decided")) continue;
    const p = postingPeriod(start.value, driveOfKey(drives, n.driveKey));
    if (compareCivilDates(day, p.to) <= 0)
      out.push(
        rowFinding(ctx, "QT04", n, "status", {
          from: formatDdMmYyyy(p.from),
          to: formatDdMmYyyy(p.to),
          day: formatDdMmYyyy(day),
          setting: SETTING.postingStart,
        })
      );
  }
  return out;
}

/**
 * Every drive rule. Without a `Đợt thi đua` sheet (a register not upgraded yet) only QT04 applies
 * (with the default posting days); RG03 stays the whole-register check of rules/register.ts.
 */
export function driveRules(
  snapshot: RegisterSnapshot,
  reading: PolicyReading,
  ctx: RuleContext,
  today: CivilDate
): Finding[] {
  const drives = parseDrives(snapshot.drives);
  if (!drives) return qt04(ctx, [], reading, today);
  const cols = snapshot.drives?.columns ?? {};
  return [
    ...rg06(drives, cols),
    ...deadlines(drives, ctx.nominations, reading, snapshot.meta, today, cols),
    ...dl12(ctx, drives),
    ...qt04(ctx, drives, reading, today),
  ];
}
