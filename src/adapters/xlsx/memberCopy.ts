/**
 * The council member's copy (issue #14 point 3), one path for the CLI (`so-thi-dua share`) and the
 * task pane ("Bản gửi Hội đồng"): the register's bytes are read and checked as `validate` reads and
 * checks them, hashed (SHA-256, Web Crypto: Node 20 and browsers), and transformed into the copy
 * (./edit/memberCopy.ts) with the `Thông tin` sheet first. No Node API: each shell injects its
 * compression.
 */
import type { CivilDate } from "../../domain/text/dates";
import { readPolicy } from "../../domain/policy";
import { validateRegister } from "../../domain/validate";
import {
  isoWithOffset,
  type MemberCopyInfo,
  planMemberInfoSheet,
} from "../../workbook/plan/memberCopy";
import { memberCopyPackage, type ProtectionHash } from "./edit/memberCopy";
import type { InflateRaw } from "./package/zip";
import { registerOfBytes } from "./registerBytes";
import { MAX_UNCOMPRESSED_BYTES } from "./sniff";
import type { Deflater } from "./zip";

export interface MemberCopyRequest {
  /** The register's file name (shown in `Thông tin`, named in errors). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** When the copy is made, and the local offset from UTC in minutes (east positive). */
  readonly now: Date;
  readonly offsetMinutes: number;
  /** The check's date (deadline rules). */
  readonly today: CivilDate;
  readonly password?: ProtectionHash;
  readonly deflater: Deflater;
  readonly inflateRaw?: InflateRaw;
}

export interface MemberCopy {
  readonly bytes: Uint8Array;
  /** The information sheet's name (first in the copy). */
  readonly infoSheet: string;
  readonly info: MemberCopyInfo;
}

/** Lower-case hex SHA-256 of `bytes` (Web Crypto). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)
  );
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The member's copy of a register (InputError when the bytes are not a usable register). */
export async function buildMemberCopy(req: MemberCopyRequest): Promise<MemberCopy> {
  const snapshot = registerOfBytes(req.fileName, req.bytes, req.inflateRaw);
  const result = validateRegister(snapshot, { today: req.today });
  const { policy } = readPolicy(snapshot.settings);
  const info: MemberCopyInfo = {
    unitName: policy.unitName,
    year: policy.year.state === "ok" ? policy.year.value : null,
    madeAt: isoWithOffset(req.now, req.offsetMinutes),
    counts: result.counts,
    sourceName: req.fileName.split(/[\\/]/u).pop() ?? req.fileName,
    sha256: await sha256Hex(req.bytes),
    password: req.password !== undefined,
  };
  const copy = await memberCopyPackage(req.bytes, planMemberInfoSheet(info), {
    deflater: req.deflater,
    ...(req.inflateRaw ? { inflateRaw: req.inflateRaw } : {}),
    maxUncompressed: MAX_UNCOMPRESSED_BYTES,
    ...(req.password ? { password: req.password } : {}),
  });
  return { bytes: copy.bytes, infoSheet: copy.infoSheet, info };
}
