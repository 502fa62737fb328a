/**
 * What the task pane does, over the workbook port only: read → domain → plan/findings → write.
 * No React and no Office.js here, so tests can drive it on any port.
 */
import type { CriteriaSet } from "../domain/criteria/types";
import {
  type Drive,
  type NextDeadline,
  knownDriveNames,
  nextDeadline,
  parseDrives,
  rowDriveNames,
} from "../domain/drives";
import { scoreCandidates, type CandidateResult } from "../domain/criteria/scoring";
import { readPolicy } from "../domain/policy";
import { SHEET } from "../domain/register/contract";
import type { RegisterSnapshot } from "../domain/snapshot";
import { summariseValidation, type RegisterSummary } from "../domain/summary";
import type { CivilDate } from "../domain/text/dates";
import { validateRegister, type ValidationResult } from "../domain/validate";
import { planAddCandidates, planScoreLinks } from "../workbook/criteriaOps";
import type { WorkbookGrids } from "../workbook/grid";
import { findSheet, isCriteriaSheet, readRegister, SHEETS_TO_READ } from "../workbook/read";
import { readCriteriaSheet } from "../workbook/readCriteria";
import { planCriteriaSheet } from "../workbook/plan/criteria";
import { listSource } from "../workbook/plan/lists";
import { defaultOptions, type RegisterOptions } from "../workbook/plan/options";
import { PortError, type SetupReport, type WorkbookPort } from "../workbook/edit/port";
import { planResultsWrite } from "../workbook/edit/results";
import type { AuditAction } from "../domain/audit/chain";
import {
  PANE_ACTION,
  type PaneAction,
  paneAuditAction,
  planAuditWrite,
} from "../workbook/edit/audit";
import { bookEditOfResults } from "../workbook/edit/book";
import { registerAreas } from "../workbook/edit/printAreas";
import { hasRegister } from "../workbook/edit/setup";

export interface CheckOutcome {
  readonly result: ValidationResult;
  readonly snapshot: RegisterSnapshot;
  readonly summary: RegisterSummary;
  /** Rows whose `Kết quả kiểm tra` changed in this check. */
  readonly rowsWritten: number;
  /** The drives of `Đợt thi đua` (null: no such sheet), for the export's drive choice. */
  readonly drives: readonly Drive[] | null;
  readonly deadline: DeadlineLine | null;
}

/** The check tab's deadline line (issue #14). */
export interface DeadlineLine {
  /** The nearest deadline today or later; null when every deadline has passed. */
  readonly next: NextDeadline | null;
}

/** The next deadline of the register's drives on `today`; null when it has no `Đợt thi đua`. */
export function deadlineLine(
  drives: readonly Drive[] | null,
  today: CivilDate
): DeadlineLine | null {
  return drives ? { next: nextDeadline(drives, today) } : null;
}

/** Read the register (contract sheets and criteria sheets) in one port read. */
export async function readSnapshot(
  port: WorkbookPort
): Promise<{ grids: WorkbookGrids; snapshot: RegisterSnapshot }> {
  const grids = await port.readGrids(SHEETS_TO_READ, isCriteriaSheet);
  return { grids, snapshot: readRegister(grids) };
}

/**
 * The `Nhật ký` action of a pane write now, by the document's `Người thực hiện` (issue #14; the pane
 * asks for the name before its first write).
 */
export function paneAudit(port: WorkbookPort, action: PaneAction): AuditAction {
  return paneAuditAction(action, port.host, port.auditBy() ?? "", new Date());
}

/**
 * Run every rule and write `Kết quả kiểm tra` with its `Nhật ký` row: 1 read + 1 write, whatever the
 * number of rows.
 */
export async function runCheck(port: WorkbookPort, today: CivilDate): Promise<CheckOutcome> {
  const { grids, snapshot } = await readSnapshot(port);
  if (!snapshot.nominations && !snapshot.settings) throw new PortError("NotRegister", "", "check");
  const result = validateRegister(snapshot, { today });
  const grid = findSheet(grids, SHEET.nominations);
  const write = grid ? planResultsWrite(grid, result.findings) : null;
  if (write)
    await port.writeResults({
      ...write,
      audit: planAuditWrite(grids, bookEditOfResults(write), paneAudit(port, PANE_ACTION.check)),
    });
  // Print areas follow the data; printing is not checking: a refusal costs the check nothing.
  if (port.setPrintAreas)
    await port
      .setPrintAreas(registerAreas(grids, snapshot, write?.column ?? 0))
      .catch((e: unknown) => console.warn("Sổ Thi đua: print areas not updated", e));
  const drives = parseDrives(snapshot.drives);
  return {
    result,
    snapshot,
    summary: summariseValidation(result, snapshot.unitList),
    rowsWritten: write ? write.values.filter((v) => v !== null).length : 0,
    drives,
    deadline: deadlineLine(drives, today),
  };
}

/** The drives the export may be limited to (the CLI's `export --drive` choices). */
export function exportDriveNames(outcome: CheckOutcome): string[] {
  return knownDriveNames(outcome.drives, rowDriveNames(outcome.result.nominations));
}

export interface RegisterState {
  readonly exists: boolean;
  /** Options as the existing settings say (defaults otherwise), to prefill the setup form. */
  readonly options: RegisterOptions;
  readonly criteriaSheets: readonly string[];
  /** Shown on the check tab before the first check. */
  readonly deadline: DeadlineLine | null;
}

export async function registerState(port: WorkbookPort, today: CivilDate): Promise<RegisterState> {
  const { grids, snapshot } = await readSnapshot(port);
  const p = readPolicy(snapshot.settings).policy;
  const exists = hasRegister(grids);
  const options = exists
    ? defaultOptions({
        ...(p.year.state === "ok" ? { year: p.year.value } : {}),
        ...(p.councilSize.state === "ok" ? { councilSize: p.councilSize.value } : {}),
        unitName: p.unitName,
        ...(typeof snapshot.settings?.values.submitTo?.value === "string"
          ? { submitTo: snapshot.settings.values.submitTo.value }
          : {}),
        ...(typeof snapshot.settings?.values.province?.value === "string"
          ? { province: snapshot.settings.values.province.value }
          : {}),
      })
    : defaultOptions();
  return {
    exists,
    options,
    criteriaSheets: grids.sheetNames.filter(isCriteriaSheet),
    deadline: deadlineLine(parseDrives(snapshot.drives), today),
  };
}

/** The plan of a criteria sheet as setup lays it out (its `Đạt`/`Không đạt` list from `Danh mục`). */
export function criteriaSheetPlan(set: CriteriaSet, options: RegisterOptions = defaultOptions()) {
  return planCriteriaSheet({ set, conditionSource: listSource("condition", options) });
}

export async function setUpRegister(
  port: WorkbookPort,
  options: RegisterOptions,
  templates: readonly CriteriaSet[]
): Promise<SetupReport> {
  return port.setUp(
    options,
    templates.map((t) => criteriaSheetPlan(t, options)),
    paneAudit(port, PANE_ACTION.setup)
  );
}

export interface CriteriaOverview {
  readonly sheet: string;
  readonly results: readonly CandidateResult[];
}

/** Totals, classes and ranks of every criteria sheet, computed by the domain from the scores read. */
export async function criteriaOverview(port: WorkbookPort): Promise<CriteriaOverview[]> {
  const { snapshot } = await readSnapshot(port);
  const bands = readPolicy(snapshot.settings).policy.bands;
  return snapshot.criteria.map((c) => ({
    sheet: c.sheet,
    results: scoreCandidates(
      c.set,
      c.candidates.map((k) => ({ name: k.name, scores: k.scores })),
      bands
    ),
  }));
}

export async function addCriteriaSheet(port: WorkbookPort, set: CriteriaSet): Promise<boolean> {
  const added = await port.addSheets(
    [criteriaSheetPlan(set)],
    paneAudit(port, PANE_ACTION.criteriaImport)
  );
  return added.length > 0;
}

export async function addCandidates(
  port: WorkbookPort,
  sheet: string,
  names: readonly string[]
): Promise<{ added: number; existing: number }> {
  const grids = await port.readGrids([sheet]);
  const grid = findSheet(grids, sheet);
  const snap = grid ? readCriteriaSheet(grid) : null;
  const plan = grid && snap ? planAddCandidates(grid, snap, names) : null;
  if (!plan) throw new PortError("ItemNotFound", sheet, "addCandidates");
  if (plan.cells.length)
    await port.addCells(
      grid!.name,
      plan.cells,
      plan.validations,
      paneAudit(port, PANE_ACTION.addCandidates)
    );
  return { added: plan.added.length, existing: plan.existing.length };
}

/** `Điểm` cells left empty get a formula to their candidate's `Tổng điểm`. */
export async function linkScores(port: WorkbookPort): Promise<number> {
  const { snapshot } = await readSnapshot(port);
  const links = planScoreLinks(snapshot);
  if (!links.length || !snapshot.nominations) return 0;
  return port.addCells(
    snapshot.nominations.sheet,
    links.map((l) => ({ row: l.row, col: l.col, value: { formula: l.formula } })),
    [],
    paneAudit(port, PANE_ACTION.link)
  );
}
