/** The `Nhật ký` sheet of a register (issue #14); the rows appended to it: ../edit/audit.ts. */
import { type AuditEntry, nextAuditRow } from "../../domain/audit/chain";
import { AUDIT_COL, AUDIT_SHEET } from "../../domain/register/contract";
import type { PlanCell, SheetPlan } from "./types";

const WIDTHS = [undefined, 6, 26, 34, 22, 24, 24, 8, 22, 66];

/** The `Nhật ký` sheet: its header, and `first` as its first row when given (a new register). */
export function planAuditSheet(first?: AuditEntry): SheetPlan {
  const cells: PlanCell[] = Object.values(AUDIT_COL).map((value, i) => ({
    row: 1,
    col: i + 1,
    value,
    style: "header",
  }));
  if (first) cells.push(...auditRowCells(2, nextAuditRow(null, first)));
  return {
    name: AUDIT_SHEET,
    cells,
    widths: WIDTHS,
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "1:1" },
    protect: true,
    state: "visible",
  };
}

export function auditRowCells(row: number, values: readonly (string | number)[]): PlanCell[] {
  return values.map((value, i) => ({ row, col: i + 1, value }));
}
