/** Execute `planUpgrade` on an ExcelJS workbook: add only what is missing, never overwrite a value. */
import type ExcelJS from "exceljs";
import { isEmptyCell } from "../../domain/cell";
import { planUpgrade, type UpgradeStep } from "../../workbook/upgrade";
import { addDefinedName, addSheet, toDataValidation } from "./apply";
import { fromExcelValue, toExcelValue } from "./cells";
import { gridsFromWorkbook } from "./read";
import { STYLES } from "./styles";

export function definedNamesOf(wb: ExcelJS.Workbook): Set<string> {
  const model = wb.definedNames.model as unknown as { name: string }[];
  return new Set(model.map((n) => n.name));
}

export async function upgradeWorkbook(wb: ExcelJS.Workbook): Promise<UpgradeStep[]> {
  const steps = planUpgrade(gridsFromWorkbook(wb), definedNamesOf(wb));
  for (const step of steps) {
    if (step.kind === "sheet") await addSheet(wb, step.plan);
    else if (step.kind === "name") addDefinedName(wb, step.plan);
    else {
      const ws = wb.getWorksheet(step.sheet)!;
      for (const c of step.cells) {
        const cell = ws.getCell(c.row, c.col);
        if (!isEmptyCell(fromExcelValue(cell.value))) continue; // never overwrite what is there
        cell.value = toExcelValue(c.value);
        if (c.style) cell.style = { ...STYLES[c.style] };
        if (c.unlocked) cell.protection = { locked: false };
      }
      const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
      for (const v of step.validations) dv.add(v.range, toDataValidation(v));
    }
  }
  return steps;
}
