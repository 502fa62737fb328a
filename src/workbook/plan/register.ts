/** The whole register plan: every sheet of register.md in order, and the workbook's defined names. */
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
 * the rows the writer will put in `Đề nghị` (its print area ends there).
 */
export function planRegister(
  o: RegisterOptions,
  extraSheets: readonly SheetPlan[] = [],
  nominations = 0
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
    planMetaSheet(),
  ];
  return { plan: { sheets, names: [...planSettingsNames(), planDrivesName(o)] }, summary };
}
