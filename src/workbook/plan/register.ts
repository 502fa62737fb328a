/** The whole register plan: every sheet of register.md in order, and the workbook's defined names. */
import { type AuditAction, WHOLE_BOOK } from "../../domain/audit/chain";
import { planAuditSheet } from "./audit";
import type { RegisterOptions } from "./options";
import { planCouncilSheet } from "./council";
import { planDrivesName, planDrivesSheet } from "./drives";
import { planGuideSheet } from "./guide";
import { planListsSheet } from "./lists";
import { planMetaSheet } from "./meta";
import { planNominationsSheet } from "./nominations";
import { planComplaintsSheet, planHistorySheet } from "./records";
import { planSettingsNames, planSettingsSheet } from "./settings";
import { planSummarySheet } from "./summary";
import type { RegisterPlan, SheetPlan } from "./types";

export interface RegisterPlanParts {
  readonly plan: RegisterPlan;
  readonly summary: ReturnType<typeof planSummarySheet>;
}

/**
 * Sheets in tab order. `extraSheets` (criteria sheets `TC …`) go after `Danh mục`. `nominations`:
 * the rows the writer will put in `Đề nghị` (its print area ends there). `created`: the first row of
 * `Nhật ký` (`Khởi tạo`); without it the sheet has only its header (upgrade adds the row itself).
 */
export function planRegister(
  o: RegisterOptions,
  extraSheets: readonly SheetPlan[] = [],
  nominations = 0,
  created?: AuditAction
): RegisterPlanParts {
  const summary = planSummarySheet(o);
  const sheets: SheetPlan[] = [
    planGuideSheet(),
    planSettingsSheet(o),
    planCouncilSheet(o),
    planDrivesSheet(o),
    planListsSheet(o),
    ...extraSheets,
    planNominationsSheet(o, undefined, nominations),
    planHistorySheet(o),
    planComplaintsSheet(o),
    summary.sheet,
  ];
  const cells = sheets.reduce((n, s) => n + s.cells.length, 0);
  sheets.push(
    planAuditSheet(created && { ...created, sheet: WHOLE_BOOK, range: "", cells }),
    planMetaSheet()
  );
  return { plan: { sheets, names: [...planSettingsNames(), planDrivesName(o)] }, summary };
}
