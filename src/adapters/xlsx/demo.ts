import type ExcelJS from "exceljs";
import { ANCHOR_LABEL, SHEET } from "../../domain/register/contract";
import type { AuditAction } from "../../domain/audit/chain";
import type { DemoRegister } from "../../workbook/demo";
import { planRegister } from "../../workbook/plan/register";
import { workbookFromPlan } from "./apply";
import { appendRows, setPolicy } from "./fill";
import { planScoreLinks } from "../../workbook/criteriaOps";
import { readRegister } from "../../workbook/read";
import { gridsFromWorkbook } from "./grids";
import { planCriteriaSheet } from "../../workbook/plan/criteria";

/**
 * The demo register as an ExcelJS workbook: the plan, then the demo rows written by label.
 * `created`: the `Khởi tạo` row of `Nhật ký` (absent: the sheet has only its header).
 */
export async function buildDemoWorkbook(
  reg: DemoRegister,
  created?: AuditAction
): Promise<ExcelJS.Workbook> {
  const criteriaSheets = reg.criteria.map((c) =>
    planCriteriaSheet({ set: c.set, candidates: c.candidates, scores: c.scores })
  );
  const wb = await workbookFromPlan(
    planRegister(reg.options, criteriaSheets, reg.nominations.length, created).plan
  );
  setPolicy(wb.getWorksheet(SHEET.settings)!, reg.policy);
  appendRows(wb.getWorksheet(SHEET.nominations)!, reg.nominations, ANCHOR_LABEL);
  appendRows(wb.getWorksheet(SHEET.complaints)!, reg.complaints, ANCHOR_LABEL);
  appendRows(wb.getWorksheet(SHEET.history)!, reg.history, ANCHOR_LABEL);
  linkScores(wb);
  return wb;
}

/** `Điểm` formulas (with the domain's total as cached result) in the demo's empty score cells. */
function linkScores(wb: ExcelJS.Workbook): void {
  const snapshot = readRegister(gridsFromWorkbook(wb));
  const ws = snapshot.nominations ? wb.getWorksheet(snapshot.nominations.sheet) : undefined;
  if (!ws) return;
  for (const l of planScoreLinks(snapshot))
    ws.getCell(l.row, l.col).value = {
      formula: l.formula,
      result: l.result,
    } as ExcelJS.CellFormulaValue;
}
