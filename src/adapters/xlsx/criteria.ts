/** Criteria-sheet operations on .xlsx files: import a CSV set, add candidates, link scores. */
import ExcelJS from "exceljs";
import { criteriaSetFromRows, type ParseProblem } from "../../domain/criteria/parse";
import type { CriteriaSet } from "../../domain/criteria/types";
import { readCriteriaSheet } from "../../workbook/readCriteria";
import {
  planAddCandidates,
  planScoreLinks,
  type AddCandidatesPlan,
  type ScoreLink,
} from "../../workbook/criteriaOps";
import { planCriteriaSheet } from "../../workbook/plan/criteria";
import { readRegister } from "../../workbook/read";
import { addSheet, writeMissingCells } from "./apply";
import { gridFromWorksheet, gridsFromWorkbook } from "./read";
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

/** Add a criteria sheet; refuses (returns false) when a sheet with that name exists. */
export async function addCriteriaSheet(wb: ExcelJS.Workbook, set: CriteriaSet): Promise<boolean> {
  if (
    wb.worksheets.some(
      (w) => w.name.normalize("NFC").toLowerCase() === set.name.normalize("NFC").toLowerCase()
    )
  )
    return false;
  await addSheet(wb, planCriteriaSheet({ set }));
  return true;
}

export function addCandidates(
  wb: ExcelJS.Workbook,
  sheet: string,
  names: readonly string[]
): AddCandidatesPlan | null {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return null;
  const grid = gridFromWorksheet(ws);
  const snap = readCriteriaSheet(grid);
  const plan = snap ? planAddCandidates(grid, snap, names) : null;
  if (!plan) return null;
  writeMissingCells(ws, plan.cells, plan.validations);
  return plan;
}

/** Write `Điểm` formulas (with the domain's total as cached result) into empty score cells. */
export function linkScores(wb: ExcelJS.Workbook): ScoreLink[] {
  const snapshot = readRegister(gridsFromWorkbook(wb));
  const links = planScoreLinks(snapshot);
  const ws = snapshot.nominations ? wb.getWorksheet(snapshot.nominations.sheet) : undefined;
  if (!ws) return [];
  for (const l of links)
    ws.getCell(l.row, l.col).value = {
      formula: l.formula,
      result: l.result,
    } as ExcelJS.CellFormulaValue;
  return links;
}
