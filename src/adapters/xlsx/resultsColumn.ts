/**
 * `Kết quả kiểm tra` written into a workbook in memory (ExcelJS; no Node API — the task pane's
 * consolidation runs it in the browser).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../../domain/findings";
import { columnLetter } from "../../domain/findings";
import { COL, NON_INPUT_FIELDS, RESULT_TEXT, SHEET } from "../../domain/register/contract";
import { isResultText, resultText } from "../../domain/results";
import { findingsByRow } from "../../domain/validate";
import { readTable, findSheet } from "../../workbook/read";
import { resultColourRules } from "../../workbook/plan/nominations";
import { STYLES } from "./styles";
import { gridsFromWorkbook } from "./grids";
import { InputError } from "./errors";

/** Write `Kết quả kiểm tra` (and the row colours if missing) into a workbook in memory; returns the rows written. */
export function applyResults(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  file = ""
): number {
  const grids = gridsFromWorkbook(wb, [SHEET.nominations]);
  const grid = findSheet(grids, SHEET.nominations);
  if (!grid) throw new InputError("notRegister", file, SHEET.nominations);
  const table = readTable(grid, COL, NON_INPUT_FIELDS);
  if (table.headerRow === null) throw new InputError("notRegister", file, COL.name);
  const ws = wb.getWorksheet(grid.name)!;
  const h = table.headerRow;

  let resultCol = table.columns.result;
  if (resultCol === undefined) {
    resultCol = ws.getRow(h).cellCount + 1;
    const head = ws.getCell(h, resultCol);
    head.value = COL.result;
    head.style = { ...STYLES.header };
    ws.getColumn(resultCol).width = 50;
  }

  const byRow = findingsByRow(findings);
  const dataRows = new Set(table.rows.map((r) => r.row));
  for (const r of table.rows)
    ws.getCell(r.row, resultCol).value = resultText(byRow.get(r.row) ?? []);
  // Clear stale results on rows that are no longer nominations.
  const last = ws.rowCount;
  for (let r = h + 1; r <= last; r++) {
    if (dataRows.has(r)) continue;
    const c = ws.getCell(r, resultCol);
    if (isResultText(c.value)) c.value = null;
  }

  const letter = columnLetter(resultCol);
  const cfs =
    (ws as unknown as { conditionalFormattings?: { rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings ?? [];
  const hasColours = cfs.some((cf) =>
    cf.rules.some((rule) =>
      (rule.formulae ?? []).some(
        (f) => f.includes(`$${letter}`) && f.includes(RESULT_TEXT.errorPrefix)
      )
    )
  );
  if (!hasColours) {
    const lastRow = Math.max(last, h + 1);
    const lastCol = Math.max(ws.columnCount, resultCol);
    for (const cf of resultColourRules(
      `A${h + 1}:${columnLetter(lastCol)}${lastRow}`,
      letter,
      h + 1
    )) {
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
    }
  }

  return table.rows.length;
}
