/** The audit trail as tests check it: `Nhật ký` rows of a package, and "only rows were appended". */
import { verifyChain } from "../../src/domain/audit/chain";
import { AUDIT_SHEET } from "../../src/domain/register/contract";
import { readAuditRows } from "../../src/workbook/edit/audit";
import { findSheet } from "../../src/workbook/read";
import { gridsOfBytes } from "../../src/adapters/xlsx/registerBytes";

/** The data rows of `Nhật ký` (nine texts each); [] when the workbook has no such sheet. */
export function auditRowsOf(bytes: Uint8Array): string[][] {
  const grid = findSheet(gridsOfBytes("register.xlsx", bytes), AUDIT_SHEET);
  return grid ? (readAuditRows(grid)?.rows ?? []) : [];
}

/** `after`'s `Nhật ký` is `before`'s with `count` rows appended (earlier rows untouched), chain intact. */
export function expectAuditAppended(before: Uint8Array, after: Uint8Array, count = 1): void {
  const a = auditRowsOf(before);
  const b = auditRowsOf(after);
  expect(b.slice(0, a.length)).toEqual(a);
  expect(b.length - a.length).toBe(count);
  expect(verifyChain(b).intact).toBe(true);
}
