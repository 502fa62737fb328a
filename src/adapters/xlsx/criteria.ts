/** A criteria set from a CSV file (`criteria import`; the sheet itself is added by the package editor). */
import ExcelJS from "exceljs";
import { criteriaSetFromRows, type ParseProblem } from "../../domain/criteria/parse";
import type { CriteriaSet } from "../../domain/criteria/types";
import { InputError } from "./errors";

/** Rows of a UTF-8 CSV as raw strings (ExcelJS's CSV reader with value mapping switched off). */
export async function readCsvRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet;
  try {
    ws = await wb.csv.readFile(file, {
      map: (v: unknown) => v,
    } as unknown as ExcelJS.CsvReadOptions);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT" ? "missing" : "corrupt",
      file,
      e instanceof Error ? e.message : String(e)
    );
  }
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) => (v === null || v === undefined ? "" : String(v)));
    rows[r - 1] = values;
  });
  if (rows[0]?.[0]) rows[0][0] = rows[0][0].replace(/^\uFEFF/, "");
  return Array.from(rows, (r) => r ?? []);
}

export async function criteriaSetFromCsv(
  file: string,
  name: string
): Promise<{ set: CriteriaSet; problems: ParseProblem[] }> {
  return criteriaSetFromRows(name, await readCsvRows(file));
}
