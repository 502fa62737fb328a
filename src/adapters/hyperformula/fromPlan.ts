/** A register plan (or some of its sheets) as a HyperFormula workbook model: dates become 1900-system serials. */
import { toExcelSerial } from "../../domain/text/dates";
import { columnLetter } from "../../domain/findings";
import type { DefinedNamePlan, PlanValue, SheetPlan } from "../../workbook/plan/types";
import type { CellInput, WorkbookModel } from "./types";

export function planValueToInput(v: PlanValue): CellInput {
  if (v === null || typeof v !== "object") return v;
  if ("formula" in v) return { formula: v.formula };
  return toExcelSerial(v.date);
}

export function modelFromPlan(
  sheets: readonly SheetPlan[],
  names: readonly DefinedNamePlan[]
): WorkbookModel {
  return {
    sheets: sheets.map((s) => ({
      name: s.name,
      cells: new Map(
        s.cells.map((c) => [`${columnLetter(c.col)}${c.row}`, planValueToInput(c.value)])
      ),
    })),
    names: names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
  };
}
