/**
 * The hash chain of `Nhật ký` (issue #14), the one definition the CLI, the pane and `verify` use
 * (docs/cli.md “verify”):
 *
 * - a row's **canonical text** is its first eight cells — STT, Thời điểm, Thao tác, Người thực hiện,
 *   Trang tính, Vùng, Số ô, Phiên bản — each as text (numbers in plain decimal), joined by one TAB
 *   (U+0009); the writer puts no TAB, CR or LF in a cell (./chain.ts auditCellText);
 * - its **hash** (the ninth cell, `Mã băm`) is SHA-256, in 64 lowercase hex digits, of the previous
 *   row's hash, one LF (U+000A), and the canonical text; the first row's previous hash is 64 zeros.
 *
 * A changed cell breaks its own row; a deleted row breaks the row after it (whose STT also skips).
 */
import { sha256Hex } from "./sha256";

/** Version written in `Phiên bản` (../version.ts). */
export { TOOL_VERSION } from "../version";

/** The previous hash of the first row. */
export const GENESIS_HASH = "0".repeat(64);

/** What one writing action records; STT and the hash are added by the chain. */
export interface AuditEntry {
  /** ISO 8601 with the offset, e.g. `2026-12-05T23:50:12+07:00` (./chain.ts isoWithOffset). */
  readonly time: string;
  /** The action, e.g. `Ghi kết quả kiểm tra (validate --write)`. */
  readonly action: string;
  /** `Người thực hiện`. */
  readonly by: string;
  /** Sheets changed, `; `-separated, each with its range in `range` at the same position. */
  readonly sheet: string;
  readonly range: string;
  /** Count of cells written. */
  readonly cells: number;
  /** `Phiên bản`: tool, version and surface, e.g. `Sổ Thi đua 0.1.0 (CLI)`. */
  readonly version: string;
}

/** What an action records before its edit says what changed. */
export type AuditAction = Omit<AuditEntry, "sheet" | "range" | "cells">;

/** `Trang tính` of the first row of a new register (`Khởi tạo`): the whole book. */
export const WHOLE_BOOK = "(cả sổ)";

/** A cell's text as the writer puts it: NFC, no TAB/CR/LF (they would make the canonical text ambiguous). */
export function auditCellText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\t\r\n]+/gu, " ")
    .trim();
}

/** The eight cells of an entry, cleaned: STT and `Số ô` as numbers, the rest as text. */
export function auditCells(seq: number, e: AuditEntry): (string | number)[] {
  return [
    seq,
    auditCellText(e.time),
    auditCellText(e.action),
    auditCellText(e.by),
    auditCellText(e.sheet),
    auditCellText(e.range),
    e.cells,
    auditCellText(e.version),
  ];
}

/** The canonical text of a row's first eight cells (as text). */
export function canonicalText(cells: readonly (string | number)[]): string {
  return cells.map((c) => (typeof c === "number" ? String(c) : c)).join("\t");
}

/** The hash of a row given the previous row's hash (GENESIS_HASH for the first). */
export function chainHash(previous: string, cells: readonly (string | number)[]): string {
  return sha256Hex(`${previous}\n${canonicalText(cells)}`);
}

/** The last row of a chain as the writer needs it to append the next. */
export interface ChainTail {
  readonly seq: number;
  readonly hash: string;
}

/** The nine cells of the row that follows `tail` (null: the first row). */
export function nextAuditRow(tail: ChainTail | null, e: AuditEntry): (string | number)[] {
  const cells = auditCells((tail?.seq ?? 0) + 1, e);
  return [...cells, chainHash(tail?.hash ?? GENESIS_HASH, cells)];
}

/** Result of checking a chain: intact, or the first broken row (index among the rows given). */
export type ChainCheck =
  | { readonly intact: true; readonly rows: number }
  | {
      readonly intact: false;
      readonly rows: number;
      readonly index: number;
      /** `missing`: the row's STT skips (rows before it were deleted); `changed`: its cells or hash differ. */
      readonly reason: "changed" | "missing";
    };

/**
 * Check a chain: `rows` are the data rows in sheet order, each its nine cells as text (numbers in
 * plain decimal, empty cells ""). Appending never rewrites a row, so every row must still hash to
 * its `Mã băm` from the row above.
 */
export function verifyChain(rows: readonly (readonly string[])[]): ChainCheck {
  let previous = GENESIS_HASH;
  let seq = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const cells = r.slice(0, 8);
    while (cells.length < 8) cells.push("");
    const stored = (r[8] ?? "").trim().toLowerCase();
    if (chainHash(previous, cells) !== stored) {
      const reason =
        cells[0] !== String(seq + 1) && /^\d+$/u.test(cells[0]!) ? "missing" : "changed";
      return { intact: false, rows: rows.length, index: i, reason };
    }
    previous = stored;
    seq = Number(cells[0]);
  }
  return { intact: true, rows: rows.length };
}

/** `2026-12-05T23:50:12+07:00`: local time of `now` with the offset `offsetMinutes` east of UTC. */
export function isoWithOffset(now: Date, offsetMinutes: number): string {
  const local = new Date(now.getTime() + offsetMinutes * 60000);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const off = Math.abs(offsetMinutes);
  return (
    `${p(local.getUTCFullYear(), 4)}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())}` +
    `T${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}` +
    `${sign}${p(Math.floor(off / 60))}:${p(off % 60)}`
  );
}
