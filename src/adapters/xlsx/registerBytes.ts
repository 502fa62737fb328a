/**
 * A register from an xlsx package's bytes, read straight from the package (./package/read.ts: zip
 * parts inflated in slices and parsed by saxes as they come, only the register's sheets). What
 * every command reads a register with, in Node and in the task pane (the commands that change one
 * then edit the same bytes in place: ./edit). test/stream-reader.test.ts holds it to ExcelJS's reader
 * (./read.ts, kept for tests), grid for grid. No Node API.
 */
import type { RegisterSnapshot } from "../../domain/snapshot";
import type { WorkbookGrids } from "../../workbook/grid";
import { isSheetToRead } from "../../workbook/read";
import { InputError } from "./errors";
import { registerOfGrids } from "./register";
import { readPackageGrids } from "./package/read";
import { type InflateRaw, ZipLimitError } from "./package/zip";
import { MAX_UNCOMPRESSED_BYTES, sniffXlsx } from "./sniff";

/** The grids of a package's bytes (sniffed first); a damaged package is `corrupt`, a zip bomb `tooLarge`. */
export function gridsOfBytes(
  file: string,
  buf: Uint8Array,
  options: {
    readonly maxUncompressed?: number;
    readonly inflateRaw?: InflateRaw;
    readonly keepParts?: Map<string, Uint8Array>;
  } = {}
): WorkbookGrids {
  const maxUncompressed = options.maxUncompressed ?? MAX_UNCOMPRESSED_BYTES;
  const problem = sniffXlsx(buf, maxUncompressed);
  if (problem) throw new InputError(problem, file);
  try {
    return readPackageGrids(buf, {
      wanted: isSheetToRead,
      maxUncompressed,
      inflateRaw: options.inflateRaw,
      keepParts: options.keepParts,
    });
  } catch (e) {
    if (e instanceof ZipLimitError) throw new InputError("tooLarge", file, e.message);
    throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
}

/** The register in a package's bytes (`notRegister` as `registerOfGrids`). */
export function registerOfBytes(
  file: string,
  buf: Uint8Array,
  inflateRaw?: InflateRaw
): RegisterSnapshot {
  return registerOfGrids(gridsOfBytes(file, buf, { inflateRaw }), file);
}
