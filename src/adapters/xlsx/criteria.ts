/** A criteria set from a CSV file (`criteria import`; the sheet itself is added by the package editor). */
import { promises as fs } from "node:fs";
import { parseCsv } from "../../domain/criteria/csv";
import { criteriaSetFromRows, type ParseProblem } from "../../domain/criteria/parse";
import type { CriteriaSet } from "../../domain/criteria/types";
import { InputError } from "./errors";

/** Rows of a UTF-8 CSV as raw strings. */
export async function readCsvRows(file: string): Promise<string[][]> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? "missing" : "notFile", file);
  }
  return parseCsv(new TextDecoder("utf-8").decode(bytes));
}

export async function criteriaSetFromCsv(
  file: string,
  name: string
): Promise<{ set: CriteriaSet; problems: ParseProblem[] }> {
  return criteriaSetFromRows(name, await readCsvRows(file));
}
