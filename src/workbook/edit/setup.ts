/**
 * Setup as one edit of the workbook, whatever the port: a whole new register when the workbook has
 * none, else exactly what src/workbook/upgrade.ts says is missing. Every planned cell that would land
 * on a cell already holding something (a value or a formula, ./userCell.ts isUserCell) is dropped
 * here, so no adapter can overwrite a user cell.
 */
import { SHEET } from "../../domain/register/contract";
import { foldKey } from "../../domain/text/normalize";
import type { WorkbookGrids } from "../grid";
import { findSheet } from "../read";
import type { RegisterOptions } from "../plan/options";
import { planRegister } from "../plan/register";
import type { DefinedNamePlan, PlanCell, SheetPlan, ValidationPlan } from "../plan/types";
import { planUpgrade, type UpgradeNote } from "../upgrade";
import type { SetupReport } from "./port";
import { isUserCell } from "./userCell";

export interface CellEdit {
  readonly sheet: string;
  readonly cells: readonly PlanCell[];
  readonly validations: readonly ValidationPlan[];
}

export interface WorkbookEdit {
  readonly created: boolean;
  /** New sheets, in the order to add them; `index` is the wanted tab position. */
  readonly newSheets: readonly { readonly plan: SheetPlan; readonly index: number }[];
  /** Cells (only empty targets) and validations to add to existing sheets, one entry per sheet. */
  readonly cellEdits: readonly CellEdit[];
  readonly names: readonly DefinedNamePlan[];
  /**
   * Names that exist but must point elsewhere: those of a setting or policy row the upgrade restored
   * (left pointing at the emptied old cell, `Tổng hợp` would compute on nothing).
   */
  readonly repointNames: readonly DefinedNamePlan[];
  readonly notes: readonly UpgradeNote[];
  readonly cellsKept: number;
}

/** Sheets the setup needs to read to decide (the reader's sheets). */
export { SHEETS_TO_READ as SETUP_SHEETS } from "../read";

const exists = (grids: WorkbookGrids, name: string) =>
  grids.sheetNames.some((n) => foldKey(n) === foldKey(name));

/** True when the workbook holds a register already (its settings or its nomination sheet). */
export function hasRegister(grids: WorkbookGrids): boolean {
  return exists(grids, SHEET.settings) || exists(grids, SHEET.nominations);
}

export function planSetup(
  grids: WorkbookGrids,
  existingNames: ReadonlySet<string>,
  options: RegisterOptions,
  extraSheets: readonly SheetPlan[] = []
): WorkbookEdit {
  const has = (n: string) =>
    existingNames.has(n) || [...existingNames].some((e) => e.toUpperCase() === n.toUpperCase());
  if (!hasRegister(grids)) {
    const plan = planRegister(options, extraSheets).plan;
    const newSheets = plan.sheets
      .map((p, index) => ({ plan: p, index }))
      .filter((s) => !exists(grids, s.plan.name));
    return {
      created: true,
      newSheets,
      cellEdits: [],
      names: plan.names.filter((n) => !has(n.name)),
      repointNames: [],
      notes: [],
      cellsKept: 0,
    };
  }
  const steps = planUpgrade(grids, existingNames);
  const newSheets: { plan: SheetPlan; index: number }[] = [];
  const names: DefinedNamePlan[] = [];
  const repointNames: DefinedNamePlan[] = [];
  const notes: UpgradeNote[] = [];
  const bySheet = new Map<string, { cells: PlanCell[]; validations: ValidationPlan[] }>();
  let cellsKept = 0;
  for (const step of steps) {
    if (step.kind === "sheet") newSheets.push({ plan: step.plan, index: step.index });
    else if (step.kind === "name") {
      // planUpgrade names an existing name only when it re-points it at a restored row.
      (has(step.plan.name) ? repointNames : names).push(step.plan);
    } else {
      const grid = findSheet(grids, step.sheet);
      const edit = bySheet.get(step.sheet) ?? { cells: [], validations: [] };
      for (const c of step.cells) {
        if (isUserCell(grid, c.row, c.col)) cellsKept++;
        else edit.cells.push(c);
      }
      edit.validations.push(...step.validations);
      bySheet.set(step.sheet, edit);
      if (!notes.some((n) => JSON.stringify(n) === JSON.stringify(step.what)))
        notes.push(step.what);
    }
  }
  let index = grids.sheetNames.length;
  for (const p of extraSheets)
    if (!exists(grids, p.name) && !newSheets.some((s) => s.plan.name === p.name))
      newSheets.push({ plan: p, index: index++ });
  const cellEdits = [...bySheet]
    .map(([sheet, e]) => ({ sheet, ...e }))
    .filter((e) => e.cells.length || e.validations.length);
  return { created: false, newSheets, cellEdits, names, repointNames, notes, cellsKept };
}

/** What a port reports of a setup it carried out (both ports: Excel and the preview). */
export function setupReport(edit: WorkbookEdit, warnings?: readonly string[]): SetupReport {
  return {
    created: edit.created,
    sheetsAdded: edit.newSheets.map((s) => s.plan.name),
    namesAdded: edit.names.map((n) => n.name),
    namesRepointed: edit.repointNames.map((n) => n.name),
    notes: edit.notes,
    cellsKept: edit.cellsKept,
    ...(warnings ? { warnings } : {}),
  };
}

/** The sheets of `plans` that do not exist yet (criteria sheets added on demand). */
export function missingSheets(
  grids: Pick<WorkbookGrids, "sheetNames">,
  plans: readonly SheetPlan[]
): SheetPlan[] {
  return plans.filter((p) => !grids.sheetNames.some((n) => foldKey(n) === foldKey(p.name)));
}
