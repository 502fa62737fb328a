/**
 * The row's way from proposal to decision, as edits (issue #13), the same for the CLI (`decide`,
 * `export --mark-exported`) and the task pane (“Ghi quyết định”, “Đánh dấu đã xuất”):
 *
 * - `planDecision`: the decision's number, date and `Trạng thái` = `Đã quyết định` on the approved
 *   rows (no error, votes meeting the title's threshold, a title the ward itself decides), and the
 *   fingerprints of those rows in `SoThiDua_Meta` (rule QT02). Refused, with the reason, when the
 *   number or date is malformed, a chosen row is not approved, or a row holds another decision
 *   (unless `overwrite`).
 * - `planSubmitted`: `Trạng thái` = `Đã trình` on the rows an export proposed, and the export date.
 *
 * Which cells the tool may replace: `Trạng thái` is the workflow column the tool advances (empty,
 * `Đề nghị`, `Đã bình xét`, `Đã trình` move forward; `Đã quyết định` and `Không đạt` never move back),
 * `Số quyết định` / `Ngày quyết định` are written when empty (./userCell.ts) or — only with
 * `overwrite` — when they hold another decision. A formula in any of the three is never replaced.
 */
import { ROW_STATUS, type RowStatus } from "../../domain/catalog/lists";
import { type Cell, isDateCell, isEmptyCell } from "../../domain/cell";
import {
  DECISION_META_KEY,
  decisionKey,
  parseDecisionDate,
  parseDecisionNumber,
  parseRowStatus,
  rowFingerprint,
  sameDecisionNumber,
} from "../../domain/decision";
import { buildCouncilExport } from "../../domain/export/council";
import type { RuleId } from "../../domain/rules/catalog";
import { COL, META_SHEET, SHEET, type NominationField } from "../../domain/register/contract";
import { type CivilDate, compareCivilDates, formatDdMmYyyy } from "../../domain/text/dates";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { validateRegister } from "../../domain/validate";
import { parseDate, textOrEmpty } from "../../domain/values";
import { type WorkbookGrids, cellKey, lastRow } from "../grid";
import { findSheet, readRegister } from "../read";
import { planExportedOn, planMetaSheet, type ExportedOnEdit } from "../plan/meta";
import type { PlanCell, SheetPlan } from "../plan/types";
import { type BookEdit, NO_EDIT, sheetEdit } from "./book";
import { isUserCell } from "./userCell";

/** Rows holding another decision, as the clerk reads them: `12 (45/QĐ-UBND), 14 (45/QĐ-UBND)`. */
export function heldDecisionsText(
  rows: readonly { readonly row: number; readonly number: string }[]
): string {
  return rows.map((k) => `${k.row} (${k.number})`).join(", ");
}

/** Why a row cannot receive the decision. */
export type NotApprovedReason =
  | "notRow" // not a nomination row of `Đề nghị`
  | "errors" // the row has errors (rule IDs in `rules`)
  | "notVoted" // no votes yet (DK10)
  | "belowThreshold" // votes below the title's threshold (DK09) or no council size (RG02)
  | "upward" // a title decided above the ward (`Thẩm quyền quyết định` = `Cấp trên`)
  | "rejected"; // `Trạng thái` = `Không đạt`

export interface NotApproved {
  readonly row: number;
  readonly reason: NotApprovedReason;
  readonly rules: readonly RuleId[];
}

export type DecisionRefusal =
  | { readonly kind: "badNumber"; readonly value: string }
  | { readonly kind: "badDate"; readonly value: string }
  | { readonly kind: "noTable" }
  /** `Đề nghị` lacks the workflow columns (an older register): `upgrade` adds them. */
  | { readonly kind: "columnsMissing"; readonly columns: readonly string[] }
  | { readonly kind: "notApproved"; readonly rows: readonly NotApproved[] }
  | { readonly kind: "noneApproved"; readonly rows: readonly NotApproved[] }
  /** Rows holding another decision (number or date): replaced only with `overwrite`. */
  | {
      readonly kind: "conflict";
      readonly rows: readonly {
        readonly row: number;
        readonly number: string;
        readonly date: string;
      }[];
    }
  /** Workflow cells holding a formula: never replaced. */
  | { readonly kind: "formula"; readonly cells: readonly string[] }
  /** Every approved row holds another decision already (default selection). */
  | {
      readonly kind: "allDecided";
      readonly rows: readonly { readonly row: number; readonly number: string }[];
    };

export interface DecisionRequest {
  /** As typed, e.g. `123/QĐ-UBND`. */
  readonly number: string;
  /** As typed, `d/m/yyyy`. */
  readonly date: string;
  /** Excel rows to decide; absent: every approved row not holding another decision. */
  readonly rows?: readonly number[];
  /** Replace another decision recorded on a chosen row. */
  readonly overwrite?: boolean;
  /** The checks' day (RG03; the domain reads no clock). */
  readonly today: CivilDate;
}

export interface DecisionPlan {
  readonly kind: "ok";
  /** The number as recorded (normalised: `QD` → `QĐ`, upper case). */
  readonly number: string;
  readonly date: CivilDate;
  readonly sheet: string;
  /** Cells of `Đề nghị` to write. */
  readonly cells: readonly PlanCell[];
  /** The `decision` row of `SoThiDua_Meta` (null: every fingerprint is recorded already). */
  readonly meta: ExportedOnEdit | null;
  /** Rows carrying this decision afterwards (written now or already). */
  readonly rows: readonly number[];
  /** Rows whose cells this edit changes. */
  readonly changed: readonly number[];
  /** Approved rows left alone because they hold another decision (default selection only). */
  readonly kept: readonly { readonly row: number; readonly number: string }[];
}

/** The approved rows (and why the others are not), from a register as read. */
function approvalOf(
  snapshot: RegisterSnapshot,
  today: CivilDate
): { approved: Set<number>; notApproved: Map<number, NotApproved> } {
  const result = validateRegister(snapshot, { today });
  const model = buildCouncilExport(snapshot, result, {
    documentDate: today,
    forced: true,
    includeSubmitted: true,
  });
  const approved = new Set<number>();
  const notApproved = new Map<number, NotApproved>();
  for (const e of model.minutes) {
    const status = parseRowStatus(e.nomination.raw.status);
    let reason: NotApprovedReason | null = null;
    if (e.status !== "proposed") reason = e.status;
    else if (status.state === "ok" && status.value === "rejected") reason = "rejected";
    else if (e.chain !== "ward") reason = "upward";
    if (reason) notApproved.set(e.row, { row: e.row, reason, rules: e.rules });
    else approved.add(e.row);
  }
  return { approved, notApproved };
}

/** Where metadata rows go: a new metadata sheet, or the rows under the last of the existing one. */
function metaRows(
  grids: WorkbookGrids,
  rows: readonly (readonly PlanCell["value"][])[]
): ExportedOnEdit {
  const grid = findSheet(grids, META_SHEET);
  const cellsFrom = (first: number): PlanCell[] =>
    rows.flatMap((values, k) => values.map((value, i) => ({ row: first + k, col: i + 1, value })));
  if (!grid) {
    const plan: SheetPlan = planMetaSheet();
    const first = Math.max(...plan.cells.map((c) => c.row)) + 1;
    return { kind: "sheet", plan: { ...plan, cells: [...plan.cells, ...cellsFrom(first)] } };
  }
  return { kind: "cells", cells: cellsFrom(lastRow(grid) + 1) };
}

/**
 * Fingerprints per metadata row: 12 characters and a space each, so a row stays far below a cell's
 * 32,767 characters; a decision on more rows takes several metadata rows (read back as one set).
 */
const PRINTS_PER_ROW = 2_000;

const sameDate = (c: Cell | undefined, d: CivilDate): boolean => {
  const p =
    c !== undefined && isDateCell(c) ? { state: "ok" as const, value: c.date } : parseDate(c);
  return p.state === "ok" && compareCivilDates(p.value, d) === 0;
};

/** Plan recording a decision on the approved rows of `Đề nghị`; a refusal changes nothing. */
export function planDecision(
  grids: WorkbookGrids,
  req: DecisionRequest
): DecisionPlan | DecisionRefusal {
  const number = parseDecisionNumber(req.number);
  if (number === null) return { kind: "badNumber", value: req.number };
  const date = parseDecisionDate(req.date);
  if (date === null) return { kind: "badDate", value: req.date };
  const snapshot = readRegister(grids);
  const table = snapshot.nominations;
  const grid = findSheet(grids, SHEET.nominations);
  if (!table || table.headerRow === null || !grid) return { kind: "noTable" };
  const workflow: NominationField[] = ["status", "decisionNo", "decisionDate"];
  const missing = workflow.filter((f) => table.columns[f] === undefined).map((f) => COL[f]);
  if (missing.length) return { kind: "columnsMissing", columns: missing };
  const col = (f: NominationField) => table.columns[f]!;

  const approval = approvalOf(snapshot, req.today);
  const byRow = new Map(table.rows.map((r) => [r.row, r] as const));
  const explicit = req.rows !== undefined;
  if (explicit) {
    const bad: NotApproved[] = [];
    for (const r of [...new Set(req.rows)].sort((a, b) => a - b)) {
      if (approval.approved.has(r)) continue;
      bad.push(approval.notApproved.get(r) ?? { row: r, reason: "notRow", rules: [] });
    }
    if (bad.length) return { kind: "notApproved", rows: bad };
  }
  const chosen = explicit
    ? [...new Set(req.rows)].sort((a, b) => a - b)
    : [...approval.approved].sort((a, b) => a - b);
  if (!chosen.length) return { kind: "noneApproved", rows: [...approval.notApproved.values()] };

  const cells: PlanCell[] = [];
  const rows: number[] = [];
  const changed: number[] = [];
  const kept: { row: number; number: string }[] = [];
  const conflicts: { row: number; number: string; date: string }[] = [];
  const formulas: string[] = [];
  const prints: string[] = [];
  const recorded = snapshot.meta.decided?.get(decisionKey(number));
  for (const r of chosen) {
    const row = byRow.get(r)!;
    const c = row.cells;
    const hasNo = !isEmptyCell(c.decisionNo);
    const hasDate = !isEmptyCell(c.decisionDate);
    const sameNo = hasNo && sameDecisionNumber(textOrEmpty(c.decisionNo), number);
    const other = (hasNo && !sameNo) || (hasDate && !sameDate(c.decisionDate, date));
    if (other) {
      if (!explicit && !req.overwrite && hasNo && !sameNo) {
        kept.push({ row: r, number: textOrEmpty(c.decisionNo) });
        continue;
      }
      if (!req.overwrite) {
        conflicts.push({
          row: r,
          number: textOrEmpty(c.decisionNo),
          date:
            c.decisionDate !== undefined && isDateCell(c.decisionDate)
              ? formatDdMmYyyy(c.decisionDate.date)
              : textOrEmpty(c.decisionDate),
        });
        continue;
      }
    }
    const writes: PlanCell[] = [];
    if (!sameNo) writes.push({ row: r, col: col("decisionNo"), value: number });
    if (!hasDate || !sameDate(c.decisionDate, date))
      writes.push({ row: r, col: col("decisionDate"), value: { date }, style: "date" });
    const status = parseRowStatus(c.status);
    if (!(status.state === "ok" && status.value === "decided"))
      writes.push({ row: r, col: col("status"), value: ROW_STATUS.decided });
    for (const w of writes)
      if (grid.formulaCells?.has(cellKey(w.row, w.col)))
        formulas.push(`${colName(w.col, table.columns)} ${w.row}`);
    cells.push(...writes);
    rows.push(r);
    if (writes.length) changed.push(r);
    const fp = rowFingerprint(c);
    if (!recorded?.has(fp) && !prints.includes(fp)) prints.push(fp);
  }
  if (formulas.length) return { kind: "formula", cells: formulas };
  if (conflicts.length) return { kind: "conflict", rows: conflicts };
  if (!rows.length)
    return kept.length
      ? { kind: "allDecided", rows: kept }
      : { kind: "noneApproved", rows: [...approval.notApproved.values()] };
  return {
    kind: "ok",
    number,
    date,
    sheet: grid.name,
    cells,
    meta: prints.length
      ? metaRows(
          grids,
          Array.from({ length: Math.ceil(prints.length / PRINTS_PER_ROW) }, (_, k) => [
            DECISION_META_KEY,
            number,
            formatDdMmYyyy(date),
            prints.slice(k * PRINTS_PER_ROW, (k + 1) * PRINTS_PER_ROW).join(" "),
          ])
        )
      : null,
    rows,
    changed,
    kept,
  };
}

function colName(col: number, columns: Readonly<Partial<Record<NominationField, number>>>): string {
  const f = (Object.keys(columns) as NominationField[]).find((k) => columns[k] === col);
  return f ? `“${COL[f]}”` : String(col);
}

/** Statuses an export moves to `Đã trình` (a row never moves back from decided or not passed). */
const BEFORE_SUBMITTED: readonly (RowStatus | null)[] = [null, "proposed", "reviewed"];

export interface SubmittedPlan {
  /** `Trạng thái` cells to set (empty when the register has no such column). */
  readonly cells: readonly PlanCell[];
  readonly sheet: string;
  readonly meta: ExportedOnEdit;
  /** Rows marked `Đã trình` now. */
  readonly marked: readonly number[];
  /** False when `Đề nghị` has no `Trạng thái` column (an older register: `upgrade` adds it). */
  readonly hasStatusColumn: boolean;
}

/**
 * `export --mark-exported` and the pane's “mark as exported”: the export date, and `Đã trình` on
 * the rows the export proposed (`rows`) whose status is empty, `Đề nghị` or `Đã bình xét`. A status
 * the tool cannot read or a formula is left as it is.
 */
export function planSubmitted(
  grids: WorkbookGrids,
  rows: readonly number[],
  date: CivilDate
): SubmittedPlan {
  const table = readRegister(grids).nominations;
  const grid = findSheet(grids, SHEET.nominations);
  const meta = planExportedOn(grids, date);
  const statusCol = table?.columns.status;
  if (!table || !grid || statusCol === undefined)
    return {
      cells: [],
      sheet: grid?.name ?? SHEET.nominations,
      meta,
      marked: [],
      hasStatusColumn: false,
    };
  const wanted = new Set(rows);
  const cells: PlanCell[] = [];
  for (const r of table.rows) {
    if (!wanted.has(r.row)) continue;
    if (grid.formulaCells?.has(cellKey(r.row, statusCol))) continue;
    const s = parseRowStatus(r.cells.status);
    const current = s.state === "ok" ? s.value : s.state === "empty" ? null : undefined;
    if (current === undefined || !BEFORE_SUBMITTED.includes(current)) continue;
    if (current === null && isUserCell(grid, r.row, statusCol)) continue;
    cells.push({ row: r.row, col: statusCol, value: ROW_STATUS.submitted });
  }
  return { cells, sheet: grid.name, meta, marked: cells.map((c) => c.row), hasStatusColumn: true };
}

/** A metadata edit as part of a book edit. */
function metaEdit(
  grids: WorkbookGrids,
  meta: ExportedOnEdit | null
): Pick<BookEdit, "sheets" | "newSheets"> {
  if (!meta) return { sheets: [], newSheets: [] };
  if (meta.kind === "sheet") return { sheets: [], newSheets: [meta.plan] };
  const sheet = findSheet(grids, META_SHEET)?.name ?? META_SHEET;
  return { sheets: [sheetEdit(sheet, meta.cells)], newSheets: [] };
}

/** A decision (or the submitted marks) as one book edit: `Đề nghị` cells and the metadata row. */
export function bookEditOfRows(
  grids: WorkbookGrids,
  plan: {
    readonly sheet: string;
    readonly cells: readonly PlanCell[];
    readonly meta: ExportedOnEdit | null;
  }
): BookEdit {
  const m = metaEdit(grids, plan.meta);
  return {
    ...NO_EDIT,
    sheets: [...(plan.cells.length ? [sheetEdit(plan.sheet, plan.cells)] : []), ...m.sheets],
    newSheets: m.newSheets,
  };
}
