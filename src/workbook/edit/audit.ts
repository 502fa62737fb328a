/**
 * The audit trail as edits (issue #14): the `Nhật ký` sheet of a new register, and the row every
 * writing action appends — decided here once for the CLI (src/cli/editRegister.ts) and the pane
 * (src/taskpane/service.ts). The chain itself is src/domain/audit/chain.ts.
 */
import { cellDisplay, isEmptyCell } from "../../domain/cell";
import { columnLetter } from "../../domain/findings";
import {
  type AuditAction,
  type AuditEntry,
  type ChainCheck,
  type ChainTail,
  isoWithOffset,
  nextAuditRow,
  TOOL_VERSION,
  verifyChain,
} from "../../domain/audit/chain";
import { AUDIT_COL, AUDIT_SHEET } from "../../domain/register/contract";
import type { SheetGrid, WorkbookGrids } from "../grid";
import { findSheet } from "../read";
import { auditRowCells, planAuditSheet } from "../plan/audit";
import type { PlanCell, SheetPlan } from "../plan/types";
import { type BookEdit, bookEditOfSetup, isEmptyEdit, sheetEdit } from "./book";
import type { WorkbookEdit } from "./setup";

const LABELS = Object.values(AUDIT_COL);

export type { AuditAction } from "../../domain/audit/chain";

/** Header row and column of each label (the first row holding `Mã băm`), or null. */
function auditColumns(grid: SheetGrid): { header: number; cols: number[] } | null {
  for (let r = 1; r < Math.min(grid.rows.length, 21); r++) {
    const row = grid.rows[r] ?? [];
    const at = (label: string) =>
      row.findIndex((c) => typeof c === "string" && c.normalize("NFC").trim() === label);
    if (at(AUDIT_COL.hash) < 1) continue;
    const cols = LABELS.map(at);
    if (cols.some((c) => c < 1)) return null;
    return { header: r, cols };
  }
  return null;
}

/** The data rows of `Nhật ký` as text (nine cells each), with their sheet row numbers. */
export function readAuditRows(
  grid: SheetGrid
): { header: number; rows: string[][]; rowNumbers: number[] } | null {
  const found = auditColumns(grid);
  if (!found) return null;
  let last = found.header;
  for (let r = found.header + 1; r < grid.rows.length; r++)
    if ((grid.rows[r] ?? []).some((c) => !isEmptyCell(c))) last = r;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let r = found.header + 1; r <= last; r++) {
    rows.push(found.cols.map((c) => cellDisplay(grid.rows[r]?.[c] ?? null)));
    rowNumbers.push(r);
  }
  return { header: found.header, rows, rowNumbers };
}

/** The outcome of `verify`: no sheet, a sheet without the header, or the chain's check with sheet rows. */
export type AuditCheck =
  | { readonly kind: "noSheet" }
  | { readonly kind: "noHeader"; readonly sheet: string }
  | {
      readonly kind: "checked";
      readonly sheet: string;
      readonly check: ChainCheck;
      readonly row?: number;
    };

export function checkAudit(grids: WorkbookGrids): AuditCheck {
  const grid = findSheet(grids, AUDIT_SHEET);
  if (!grid) return { kind: "noSheet" };
  const read = readAuditRows(grid);
  if (!read) return { kind: "noHeader", sheet: grid.name };
  const check = verifyChain(read.rows);
  return check.intact
    ? { kind: "checked", sheet: grid.name, check }
    : { kind: "checked", sheet: grid.name, check, row: read.rowNumbers[check.index] };
}

/** Sheets, ranges and the count of cells an edit writes (`Trang tính`, `Vùng`, `Số ô`). */
export function describeEdit(edit: BookEdit): Pick<AuditEntry, "sheet" | "range" | "cells"> {
  const parts: { sheet: string; range: string; cells: number }[] = [];
  const add = (sheet: string, cells: readonly PlanCell[], extra: number) => {
    if (!cells.length && !extra) return;
    if (!cells.length) return void parts.push({ sheet, range: "", cells: 0 });
    let r0 = Infinity;
    let r1 = 0;
    let c0 = Infinity;
    let c1 = 0;
    for (const c of cells) {
      r0 = Math.min(r0, c.row);
      r1 = Math.max(r1, c.row);
      c0 = Math.min(c0, c.col);
      c1 = Math.max(c1, c.col);
    }
    const a = `${columnLetter(c0)}${r0}`;
    const b = `${columnLetter(c1)}${r1}`;
    parts.push({ sheet, range: a === b ? a : `${a}:${b}`, cells: cells.length });
  };
  for (const s of edit.sheets)
    add(s.sheet, s.cells, s.validations.length + s.conditionalFormats.length + s.widths.length);
  for (const p of edit.newSheets) add(p.name, p.cells, 1);
  return {
    sheet: parts.map((p) => p.sheet).join("; "),
    range: parts.map((p) => p.range).join("; "),
    cells: parts.reduce((n, p) => n + p.cells, 0),
  };
}

/** Only what the audit row needs of a workbook's grids (its names and `Nhật ký`). */
export function auditGridsOf(grids: WorkbookGrids): WorkbookGrids {
  const grid = findSheet(grids, AUDIT_SHEET);
  return { sheetNames: grids.sheetNames, sheets: new Map(grid ? [[grid.name, grid]] : []) };
}

/** Where the next row of `Nhật ký` goes, and the tail of the chain it continues. */
function tailOf(grid: SheetGrid): { row: number; tail: ChainTail | null } | null {
  const read = readAuditRows(grid);
  if (!read) return null;
  const n = read.rows.length;
  if (!n) return { row: read.header + 1, tail: null };
  const last = read.rows[n - 1]!;
  const seq = /^\d+$/u.test(last[0]!) ? Number(last[0]) : n;
  return { row: read.rowNumbers[n - 1]! + 1, tail: { seq, hash: last[8]!.trim().toLowerCase() } };
}

/** The row an action appends: cells of the `Nhật ký` the workbook has, or the sheet to add with it. */
export type AuditWrite =
  | { readonly kind: "cells"; readonly sheet: string; readonly cells: readonly PlanCell[] }
  | { readonly kind: "sheet"; readonly plan: SheetPlan };

/**
 * The row that records `edit` (null: an empty edit writes nothing, so records nothing; or a
 * `Nhật ký` whose header was removed, which gets nothing — the edit is not refused for it).
 */
export function planAuditWrite(
  grids: WorkbookGrids,
  edit: BookEdit,
  action: AuditAction
): AuditWrite | null {
  if (isEmptyEdit(edit)) return null;
  const entry: AuditEntry = { ...action, ...describeEdit(edit) };
  const grid = findSheet(grids, AUDIT_SHEET);
  if (!grid) return { kind: "sheet", plan: planAuditSheet(entry) };
  const at = tailOf(grid);
  if (!at) return null;
  return {
    kind: "cells",
    sheet: grid.name,
    cells: auditRowCells(at.row, nextAuditRow(at.tail, entry)),
  };
}

/** `edit` with the row that records it (./audit.ts planAuditWrite) in the same edit. */
export function withAuditRow(grids: WorkbookGrids, edit: BookEdit, action: AuditAction): BookEdit {
  const w = planAuditWrite(grids, edit, action);
  if (!w) return edit;
  if (w.kind === "cells") {
    const existing = edit.sheets.find((s) => s.sheet === w.sheet);
    return {
      ...edit,
      sheets: existing
        ? edit.sheets.map((s) => (s === existing ? { ...s, cells: [...s.cells, ...w.cells] } : s))
        : [...edit.sheets, sheetEdit(w.sheet, w.cells)],
    };
  }
  // Upgrade adds `Nhật ký` with its header only: the sheet gets the row instead.
  const planned = edit.newSheets.some((p) => p.name === AUDIT_SHEET);
  return {
    ...edit,
    newSheets: planned
      ? edit.newSheets.map((p) => (p.name === AUDIT_SHEET ? w.plan : p))
      : [...edit.newSheets, w.plan],
  };
}

/**
 * A setup (./setup.ts) with the row that records it: in the `Nhật ký` the setup adds (header only in
 * the plan), else returned to be written with it.
 */
export function auditSetup(
  grids: WorkbookGrids,
  edit: WorkbookEdit,
  action: AuditAction
): { edit: WorkbookEdit; audit: AuditWrite | null } {
  const w = planAuditWrite(grids, bookEditOfSetup(edit), action);
  if (!w || w.kind === "cells") return { edit, audit: w };
  const planned = edit.newSheets.find((s) => s.plan.name === AUDIT_SHEET);
  const newSheets = planned
    ? edit.newSheets.map((s) => (s === planned ? { ...s, plan: w.plan } : s))
    : [...edit.newSheets, { plan: w.plan, index: Number.MAX_SAFE_INTEGER }];
  return { edit: { ...edit, newSheets }, audit: null };
}

/**
 * The pane's writing actions, as `Thao tác` records them (the host is added: Excel, preview). The CLI
 * names the same actions with these words and its command (src/cli/audit.ts CLI_ACTION).
 */
export const PANE_ACTION = {
  check: "Ghi kết quả kiểm tra",
  setup: "Thiết lập, nâng cấp sổ",
  criteriaImport: "Nhập bộ tiêu chí",
  addCandidates: "Thêm người được chấm điểm",
  link: "Liên kết điểm",
  historyImport: "Nhập lịch sử",
  markExported: "Đánh dấu đã trình",
  decision: "Ghi quyết định",
} as const;
export type PaneAction = (typeof PANE_ACTION)[keyof typeof PANE_ACTION];

/** An action of the pane run `now` by `by` on `host`. */
export function paneAuditAction(
  action: PaneAction,
  host: "excel" | "preview",
  by: string,
  now: Date
): AuditAction {
  const where = host === "excel" ? "Excel" : "bản xem thử";
  return {
    time: isoWithOffset(now, -now.getTimezoneOffset()),
    action: `${action} (${where})`,
    by,
    version: `Sổ Thi đua ${TOOL_VERSION} (${where})`,
  };
}
