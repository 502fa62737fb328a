/** Apply a register plan to an ExcelJS workbook (new files, and `upgrade` of existing ones). */
import ExcelJS from "exceljs";
import type {
  DefinedNamePlan,
  PlanCell,
  RegisterPlan,
  SheetPlan,
  ValidationPlan,
} from "../../workbook/plan/types";
import { isEmptyCell } from "../../domain/cell";
import { PAGE_MARGINS_IN } from "../../workbook/plan/print";
import { sharedStyle } from "./styles";
import { fromExcelValue, toExcelValue } from "./cells";

const A4 = 9;

type DataValidation = ExcelJS.DataValidation;

export function toDataValidation(v: ValidationPlan): DataValidation {
  const prompt = v.prompt
    ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text }
    : {};
  if (v.type === "list") {
    return {
      type: "list",
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: true,
      // ST_DataValidationErrorStyle is stop | warning | information: "stop" rejects the value.
      errorStyle: v.strict ? "stop" : "warning",
      ...(v.error ? { errorTitle: v.error.title, error: v.error.text } : {}),
      ...prompt,
    } as DataValidation;
  }
  if (v.type === "prompt") {
    return {
      type: "custom",
      allowBlank: true,
      formulae: ["TRUE"],
      showErrorMessage: false,
      ...prompt,
    } as unknown as DataValidation;
  }
  return {
    type: v.type,
    allowBlank: true,
    operator: v.max === undefined ? "greaterThanOrEqual" : "between",
    formulae: v.max === undefined ? [v.min] : [v.min, v.max],
    showErrorMessage: true,
    errorStyle: "stop",
    ...(v.error ? { errorTitle: v.error.title, error: v.error.text } : {}),
    ...prompt,
  } as DataValidation;
}

/** Write one sheet plan into a new worksheet. */
export async function addSheet(wb: ExcelJS.Workbook, p: SheetPlan): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(p.name, {
    state: p.state,
    ...(p.tabColor ? { properties: { tabColor: { argb: p.tabColor } } } : {}),
    pageSetup: {
      paperSize: A4,
      orientation: p.print.orientation,
      fitToPage: p.print.fitToWidth,
      fitToWidth: p.print.pagesWide ?? 1,
      fitToHeight: p.print.fitToHeight ?? 0,
      scale: p.print.scale ?? 100,
      margins: { ...PAGE_MARGINS_IN },
      ...(p.print.pageOrder ? { pageOrder: p.print.pageOrder } : {}),
      // ExcelJS writes `'Sheet'!$<start>:$<end>`: `A$1:K$23` comes out absolute, `$A$1:$K$23`.
      ...(p.print.area ? { printArea: p.print.area.replace(/(\d+)/gu, "$$$1") } : {}),
      ...(p.print.repeatRows ? { printTitlesRow: p.print.repeatRows } : {}),
      ...(p.print.repeatCols ? { printTitlesColumn: p.print.repeatCols } : {}),
    },
    headerFooter: { oddFooter: "&CTrang &P/&N" },
    ...(p.freeze
      ? { views: [{ state: "frozen", xSplit: p.freeze.cols, ySplit: p.freeze.rows }] }
      : {}),
  });
  p.widths.forEach((w, i) => {
    if (w !== undefined && i > 0) ws.getColumn(i).width = w;
  });
  for (const h of p.rowHeights ?? []) ws.getRow(h.row).height = h.height;
  for (const c of p.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = toExcelValue(c.value);
    if (c.style) cell.style = sharedStyle(c.style, c.unlocked);
    else if (c.unlocked) cell.protection = { locked: false };
  }
  for (const m of p.merges) ws.mergeCells(m);
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of p.validations) dv.add(v.range, toDataValidation(v));
  p.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: cf.fill } },
            ...(cf.fontColor || cf.bold
              ? {
                  font: {
                    ...(cf.fontColor ? { color: { argb: cf.fontColor } } : {}),
                    ...(cf.bold ? { bold: true } : {}),
                  },
                }
              : {}),
          },
        },
      ],
    });
  });
  if (p.protect)
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
    });
  return ws;
}

/**
 * Write cells into an existing sheet, skipping any cell that already holds a value (never overwrite
 * user data), then add validations. Used by `upgrade` and the criteria commands.
 */
export function writeMissingCells(
  ws: ExcelJS.Worksheet,
  cells: readonly PlanCell[],
  validations: readonly ValidationPlan[]
): number {
  let written = 0;
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.col);
    if (!isEmptyCell(fromExcelValue(cell.value))) continue;
    cell.value = toExcelValue(c.value);
    if (c.style) cell.style = sharedStyle(c.style, c.unlocked);
    else if (c.unlocked) cell.protection = { locked: false };
    written++;
  }
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of validations) dv.add(v.range, toDataValidation(v));
  return written;
}

export function addDefinedName(wb: ExcelJS.Workbook, n: DefinedNamePlan): void {
  wb.definedNames.add(n.refersTo, n.name);
}

/** A brand-new workbook from a plan. */
export async function workbookFromPlan(plan: RegisterPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Thi đua";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of plan.sheets) await addSheet(wb, s);
  for (const n of plan.names) addDefinedName(wb, n);
  return wb;
}
