/**
 * `so-thi-dua share FILE --out COPY.xlsx [--password P] [--overwrite]` (cli.md, issue #14 point 3):
 * the council member's copy, a package transform of the register's bytes
 * (src/adapters/xlsx/memberCopy.ts, shared with the task pane). The register is only read; a refused
 * command writes nothing.
 */
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import type { Lang } from "../../domain/i18n/render";
import { readBytes } from "../../adapters/xlsx/bytes";
import type { ProtectionHash } from "../../adapters/xlsx/edit/memberCopy";
import { buildMemberCopy } from "../../adapters/xlsx/memberCopy";
import { nodeDeflater } from "../../adapters/xlsx/nodeZip";
import { nodeInflateRaw } from "../../adapters/xlsx/stream";
import { todayCivil } from "../clock";
import { reportEditError } from "../editRegister";
import { describeFileProblem, guardOutput, writeAtomically } from "../files";
import type { Io } from "../io";
import { cliT } from "../messages";
import { shareT } from "../messages-share";

export interface ShareOptions {
  readonly out: string;
  readonly password?: string;
  readonly overwrite?: boolean;
  readonly lang: Lang;
}

/** Spin count of the protection hash (what Excel writes). */
export const SPIN_COUNT = 100_000;

/**
 * The ECMA-376 agile password hash of sheet and workbook protection (what Excel writes): SHA-512 of
 * the salt and the password in UTF-16LE, then `spinCount` times SHA-512 of the hash and the
 * iteration number (4 bytes, little-endian).
 */
export function protectionHash(password: string, salt: Buffer = randomBytes(16)): ProtectionHash {
  let hash = createHash("sha512").update(salt).update(Buffer.from(password, "utf16le")).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < SPIN_COUNT; i++) {
    counter.writeUInt32LE(i, 0);
    hash = createHash("sha512").update(hash).update(counter).digest();
  }
  return {
    hashValue: hash.toString("base64"),
    saltValue: salt.toString("base64"),
    spinCount: SPIN_COUNT,
  };
}

export async function shareCommand(file: string, opts: ShareOptions, io: Io): Promise<number> {
  const t = shareT(opts.lang);
  const ct = cliT(opts.lang);
  if (path.extname(opts.out).toLowerCase() !== ".xlsx") {
    io.err(t("share.notXlsx", { out: opts.out }));
    return 2;
  }
  if (opts.password !== undefined && opts.password === "") {
    io.err(t("share.blankPassword"));
    return 2;
  }
  try {
    // The register by any name (`./x/../r.xlsx`, a link, a hard link, another case) is never the
    // output; an existing output is replaced only with --overwrite.
    const problem = await guardOutput(opts.out, [file], { overwrite: Boolean(opts.overwrite) });
    if (problem) {
      io.err(
        problem.key === "outIsInput"
          ? t("share.sameFile", { out: opts.out })
          : describeFileProblem(problem, ct)
      );
      return 2;
    }
    const bytes = await readBytes(file);
    const now = new Date();
    const copy = await buildMemberCopy({
      fileName: path.basename(file),
      bytes,
      now,
      offsetMinutes: -now.getTimezoneOffset(),
      today: todayCivil(now),
      deflater: nodeDeflater,
      inflateRaw: nodeInflateRaw,
      ...(opts.password ? { password: protectionHash(opts.password) } : {}),
    });
    await writeAtomically(opts.out, copy.bytes);
    io.out(
      t("share.done", {
        out: opts.out,
        sheet: copy.infoSheet,
        password: opts.password ? t("share.withPassword") : "",
      })
    );
    io.out(t("share.summary", { ...copy.info.counts, file, sha256: copy.info.sha256 }));
    return 0;
  } catch (e) {
    return reportEditError(e, file, ct, io);
  }
}
