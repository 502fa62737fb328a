/** A file's bytes for the readers (no ExcelJS here: `validate` reads without loading it). */
import { promises as fs } from "node:fs";
import { InputError } from "./errors";

/** Read the file's bytes, mapping file-system failures to input problems. */
export async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError("missing", file);
  }
  if (!stat.isFile()) throw new InputError("notFile", file);
  return fs.readFile(file);
}
