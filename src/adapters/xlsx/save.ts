/** Saving bytes atomically: a temp file beside the target, then a rename (no ExcelJS here). */
import { promises as fs } from "node:fs";

/** Save bytes atomically (temp file + rename; the temp file is removed on failure). */
export async function saveBytes(bytes: Uint8Array, file: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
