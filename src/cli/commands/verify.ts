/**
 * `so-thi-dua verify REG.xlsx [--json]` (cli.md, issue #14): is the hash chain of `Nhật ký` intact?
 * Exit 0 intact, 1 broken (the first broken row is named), 2 bad input (no file, no `Nhật ký`).
 * Reads only; the chain is src/domain/audit/chain.ts, the sheet src/workbook/edit/audit.ts.
 */
import type { Lang } from "../../domain/i18n/render";
import { AUDIT_SHEET } from "../../domain/register/contract";
import { checkAudit } from "../../workbook/edit/audit";
import { readBytes } from "../../adapters/xlsx/bytes";
import { gridsOfBytes } from "../../adapters/xlsx/registerBytes";
import { nodeInflateRaw } from "../../adapters/xlsx/stream";
import { auditT } from "../messages-audit";
import { cliT } from "../messages";
import { type Io, reportInputError } from "../io";

export async function verifyCommand(
  file: string,
  opts: { json?: boolean; lang: Lang },
  io: Io
): Promise<number> {
  const t = auditT(opts.lang);
  let result;
  try {
    const bytes = await readBytes(file);
    result = checkAudit(gridsOfBytes(file, bytes, { inflateRaw: nodeInflateRaw }));
  } catch (e) {
    return reportInputError(e, cliT(opts.lang), io);
  }
  if (result.kind === "noSheet") {
    io.err(t("verify.noSheet", { file, sheet: AUDIT_SHEET }));
    return 2;
  }
  const broken =
    result.kind === "noHeader"
      ? { row: 1, reason: "noHeader" as const }
      : result.check.intact
        ? null
        : { row: result.row ?? 0, reason: result.check.reason };
  const rows = result.kind === "checked" ? result.check.rows : 0;
  const vars = { file, sheet: result.sheet, rows, row: broken?.row };
  const message = broken ? t(`verify.${broken.reason}`, vars) : t("verify.intact", vars);
  if (opts.json)
    io.out(
      JSON.stringify(
        {
          file,
          intact: !broken,
          sheet: result.sheet,
          rows,
          ...(broken ? { brokenRow: broken.row, reason: broken.reason } : {}),
          message,
          ...(broken ? { todo: t("verify.todo") } : {}),
        },
        null,
        2
      )
    );
  else if (broken) {
    io.err(message);
    io.err(t("verify.todo"));
  } else io.out(message);
  return broken ? 1 : 0;
}
