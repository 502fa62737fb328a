/**
 * “Next year” (issue #13, item 5): last year's register becomes this year's `Lịch sử`. The rows to
 * carry over are the source's own `Lịch sử` rows and its decided nominations (`Trạng thái` =
 * `Đã quyết định`, or a decision number and date filled), each as a history row of the source's
 * evaluation year. A row already in the target (or twice in the source) is a duplicate: the same
 * nominee (src/domain/rules/history.ts `sameNominee`: name, and birth date when both have one), the
 * same year and the same title (its catalog code, else its normalised text). Pure: the planner
 * (src/workbook/edit/historyImport.ts) decides where the rows go.
 */
import { type Cell, isEmptyCell, isErrorCell } from "./cell";
import { AUTHORITY } from "./catalog/lists";
import { parseRowStatus } from "./decision";
import { readPolicy } from "./policy";
import type { HistoryField, NominationField } from "./register/contract";
import { type HistoryIdentity, historyIdentity, sameNominee } from "./rules/history";
import type { RegisterSnapshot, TableSnapshot } from "./snapshot";
import { matchTitle } from "./catalog/match";
import { parseDate, parseText } from "./values";

export type HistoryCells = Readonly<Partial<Record<HistoryField, Cell>>>;

/** Where a row to import comes from in the source: its `Lịch sử`, or a decided row of `Đề nghị`. */
export type HistoryOrigin = "history" | "decided";

export interface HistoryCandidate {
  readonly origin: HistoryOrigin;
  /** Excel row in the source's sheet. */
  readonly sourceRow: number;
  /** The history row as it will be written. */
  readonly cells: HistoryCells;
}

/** Why a source row cannot become a history row: the history rules could not use it. */
export type HistorySkipReason = "noName" | "noYear" | "noTitle";

export interface SkippedHistoryRow {
  readonly origin: HistoryOrigin;
  readonly sourceRow: number;
  readonly reason: HistorySkipReason;
}

export interface DuplicateHistoryRow {
  readonly origin: HistoryOrigin;
  readonly sourceRow: number;
  /** The row it repeats: a row of the target's `Lịch sử`, or an earlier row of the source. */
  readonly of:
    | { readonly in: "target"; readonly row: number }
    | { readonly in: "source"; readonly origin: HistoryOrigin; readonly row: number };
}

export interface HistoryMerge {
  /** Rows to add to the target, in order: the source's `Lịch sử` rows, then its decided rows. */
  readonly added: readonly HistoryCandidate[];
  readonly duplicates: readonly DuplicateHistoryRow[];
  readonly skipped: readonly SkippedHistoryRow[];
  /** The source's evaluation year (the year of its decided rows); null when it has none. */
  readonly sourceYear: number | null;
}

/** A decided row: `Đã quyết định`, or (any other status but `Không đạt`) a decision number and date. */
export function isDecidedRow(cells: Readonly<Partial<Record<NominationField, Cell>>>): boolean {
  const status = parseRowStatus(cells.status);
  if (status.state === "ok" && status.value === "decided") return true;
  if (status.state === "ok" && status.value === "rejected") return false;
  return !isEmptyCell(cells.decisionNo) && !isEmptyCell(cells.decisionDate);
}

/** A cell as a history row keeps it: dates as dates, text dates read, error values dropped. */
function dateCell(c: Cell | undefined): Cell | undefined {
  const d = parseDate(c);
  if (d.state === "ok") return { date: d.value };
  return keep(c);
}
function keep(c: Cell | undefined): Cell | undefined {
  return c === undefined || isEmptyCell(c) || isErrorCell(c) ? undefined : c;
}
function compact(cells: Partial<Record<HistoryField, Cell | undefined>>): HistoryCells {
  const out: Partial<Record<HistoryField, Cell>> = {};
  for (const [f, v] of Object.entries(cells) as [HistoryField, Cell | undefined][])
    if (v !== undefined) out[f] = v;
  return out;
}

/** Why a history row (as it would be written) is unusable, or null. */
function problemOf(id: HistoryIdentity | null): HistorySkipReason | null {
  if (id === null) return "noName";
  if (id.year === null) return "noYear";
  if (!id.titleKey) return "noTitle";
  return null;
}

/** The rows the source register gives, in order, and those it cannot give. */
export function historyCandidates(source: RegisterSnapshot): {
  readonly candidates: readonly HistoryCandidate[];
  readonly skipped: readonly SkippedHistoryRow[];
  readonly year: number | null;
} {
  const policy = readPolicy(source.settings).policy;
  const year = policy.year.state === "ok" ? policy.year.value : null;
  const candidates: HistoryCandidate[] = [];
  const skipped: SkippedHistoryRow[] = [];
  const add = (origin: HistoryOrigin, sourceRow: number, cells: HistoryCells) => {
    const reason = problemOf(historyIdentity(cells));
    if (reason) skipped.push({ origin, sourceRow, reason });
    else candidates.push({ origin, sourceRow, cells });
  };

  for (const r of source.history?.rows ?? []) {
    const id = historyIdentity(r.cells);
    add(
      "history",
      r.row,
      compact({
        name: keep(r.cells.name),
        birthDate: dateCell(r.cells.birthDate),
        // The year as a number (a year typed as text is read as the history rules read it).
        year: id?.year ?? undefined,
        title: keep(r.cells.title),
        decisionNo: keep(r.cells.decisionNo),
        decisionDate: dateCell(r.cells.decisionDate),
        authority: keep(r.cells.authority),
      })
    );
  }

  // Who decided: the ward (the source's unit) or `Cấp trình`, as the source's Tờ trình names them.
  const unit = policy.unitName.trim() || AUTHORITY.ward;
  const upward = policy.submitTo;
  for (const r of source.nominations?.rows ?? []) {
    if (!isDecidedRow(r.cells)) continue;
    // An error value (`#REF!`) names nobody and no title.
    const name = parseText(keep(r.cells.name));
    const title = parseText(keep(r.cells.title));
    const def = title.state === "ok" ? matchTitle(title.value) : null;
    const authority = def
      ? policy.titles[def.code].authority === "upward"
        ? upward
        : unit
      : undefined;
    add(
      "decided",
      r.row,
      compact({
        name: name.state === "ok" ? name.value : undefined,
        birthDate: dateCell(r.cells.birthDate),
        year: year ?? undefined,
        title: def ? def.name : title.state === "ok" ? title.value : undefined,
        decisionNo: keep(r.cells.decisionNo),
        decisionDate: dateCell(r.cells.decisionDate),
        authority,
      })
    );
  }
  return { candidates, skipped, year };
}

/** Rows already held, grouped by nominee name, year and title; each with its birth date and where it is. */
class HeldRows<Ref> {
  private readonly groups = new Map<string, { id: HistoryIdentity; ref: Ref }[]>();
  private static key(id: HistoryIdentity): string {
    return `${id.nameKey}\u0000${id.year ?? ""}\u0000${id.titleKey}`;
  }
  find(id: HistoryIdentity): Ref | undefined {
    return this.groups.get(HeldRows.key(id))?.find((h) => sameNominee(h.id, id))?.ref;
  }
  add(id: HistoryIdentity, ref: Ref): void {
    const k = HeldRows.key(id);
    const g = this.groups.get(k);
    if (g) g.push({ id, ref });
    else this.groups.set(k, [{ id, ref }]);
  }
}

/**
 * What importing `source` adds to a `Lịch sử` table holding `target`: every usable source row that is
 * not there yet (nor earlier in the source). Importing the result again adds nothing.
 */
export function mergeHistory(
  target: TableSnapshot<HistoryField> | null,
  source: RegisterSnapshot
): HistoryMerge {
  const { candidates, skipped, year } = historyCandidates(source);
  const held = new HeldRows<DuplicateHistoryRow["of"]>();
  for (const r of target?.rows ?? []) {
    const id = historyIdentity(r.cells);
    if (id) held.add(id, { in: "target", row: r.row });
  }
  const added: HistoryCandidate[] = [];
  const duplicates: DuplicateHistoryRow[] = [];
  for (const c of candidates) {
    const id = historyIdentity(c.cells)!;
    const of = held.find(id);
    if (of) duplicates.push({ origin: c.origin, sourceRow: c.sourceRow, of });
    else {
      held.add(id, { in: "source", origin: c.origin, row: c.sourceRow });
      added.push(c);
    }
  }
  return { added, duplicates, skipped, sourceYear: year };
}
