/**
 * `Kết quả kiểm tra` written into a NEW workbook being built with ExcelJS (the demo register, a
 * consolidated register; no Node API — the task pane's consolidation runs it in the browser). What
 * to write is decided by the one planner every writer uses (src/workbook/edit/results.ts); an
 * existing register is edited by the package editor instead (src/adapters/xlsx/edit).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../../domain/findings";
import { COL, SHEET } from "../../domain/register/contract";
import { RESULTS_WIDTH } from "../../workbook/edit/book";
import { planResultsWrite } from "../../workbook/edit/results";
import { findSheet } from "../../workbook/read";
import { STYLES } from "./styles";
import { gridsFromWorkbook } from "./grids";
import { InputError } from "./errors";

/** Write `Kết quả kiểm tra` (and the row colours when the column is new); returns the rows checked. */
export function applyResults(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  file = ""
): number {
  const grids = gridsFromWorkbook(wb, [SHEET.nominations]);
  const grid = findSheet(grids, SHEET.nominations);
  if (!grid) throw new InputError("notRegister", file, SHEET.nominations);
  const write = planResultsWrite(grid, findings);
  if (!write) throw new InputError("notRegister", file, COL.name);
  const ws = wb.getWorksheet(grid.name)!;
  if (write.addHeader) {
    const head = ws.getCell(write.headerRow, write.column);
    head.value = COL.result;
    head.style = { ...STYLES.header };
    ws.getColumn(write.column).width = RESULTS_WIDTH;
  }
  // Every row below the header gets its cell in the column (empty where there is nothing to write),
  // as the consolidation's bulk writer writes those rows (test/consolidate-bulk.test.ts).
  for (let r = write.firstRow; r <= ws.rowCount; r++) {
    const v = write.values[r - write.firstRow];
    const cell = ws.getCell(r, write.column);
    if (v !== undefined && v !== null) cell.value = v === "" ? null : v;
  }
  for (const cf of write.colourRules)
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [cf.formula],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: cf.fill } } },
        },
      ],
    });
  return write.values.length;
}
