/** Execute `planUpgrade` on an ExcelJS workbook: add only what is missing, never overwrite a value. */
import type ExcelJS from "exceljs";
import { planUpgrade, type UpgradeStep } from "../../workbook/upgrade";
import { addDefinedName, addSheet, writeMissingCells } from "./apply";
import { gridsFromWorkbook } from "./read";

export function definedNamesOf(wb: ExcelJS.Workbook): Set<string> {
  const model = wb.definedNames.model as unknown as { name: string }[];
  return new Set(model.map((n) => n.name));
}

export async function upgradeWorkbook(wb: ExcelJS.Workbook): Promise<UpgradeStep[]> {
  const steps = planUpgrade(gridsFromWorkbook(wb), definedNamesOf(wb));
  for (const step of steps) {
    if (step.kind === "sheet") await addSheet(wb, step.plan);
    else if (step.kind === "name") {
      // A name can be re-pointed (a restored setting or policy row): drop its old cells first, or
      // ExcelJS would make it the union of both.
      const names = wb.definedNames as unknown as {
        getRanges(name: string): { ranges: string[] };
        remove(location: string, name: string): void;
      };
      for (const range of names.getRanges(step.plan.name).ranges)
        names.remove(range, step.plan.name);
      addDefinedName(wb, step.plan);
    } else writeMissingCells(wb.getWorksheet(step.sheet)!, step.cells, step.validations);
  }
  return steps;
}
