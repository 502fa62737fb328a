/**
 * The workbook PORT: everything the task pane asks of a workbook. The pane never touches Office.js;
 * `src/adapters/office` implements this port inside Excel, `src/adapters/memory` implements it on an
 * in-memory HyperFormula workbook for the browser preview and the tests.
 *
 * Data flows one way: the pane reads grids through the port, the domain turns them into findings
 * and plans, and the port writes plans and results back. Nothing here decides layout or rules.
 */
import type { CivilDate } from "../../domain/text/dates";
import type { WorkbookGrids } from "../grid";
import type { RegisterOptions } from "../plan/options";
import type { ConditionalFormatPlan, PlanCell, SheetPlan, ValidationPlan } from "../plan/types";
import type { UpgradeNote } from "../upgrade";
import type { AuditAction } from "../../domain/audit/chain";
import type { AuditWrite } from "./audit";
import type { DecisionPlan, DecisionRefusal, DecisionRequest } from "./decision";
import type { PlannedArea } from "./printAreas";

/** What `setUp` did. */
export interface SetupReport {
  /** True when the workbook had no register and a whole new one was laid out. */
  readonly created: boolean;
  readonly sheetsAdded: readonly string[];
  readonly namesAdded: readonly string[];
  /** Existing names pointed at a restored setting or policy row. */
  readonly namesRepointed: readonly string[];
  /** Columns, settings and policy rows added to existing sheets (upgrade). */
  readonly notes: readonly UpgradeNote[];
  /** Planned cells skipped because the workbook already had something there. */
  readonly cellsKept: number;
  /** Non-fatal problems (e.g. page setup refused by this Excel), shown to the clerk. */
  readonly warnings?: readonly string[];
}

/**
 * The `Kết quả kiểm tra` column write, computed by `planResultsWrite` (src/workbook/edit/results.ts):
 * one block from `firstRow`, `null` = leave the cell as it is.
 */
export interface ResultsWrite {
  readonly sheet: string;
  readonly headerRow: number;
  readonly column: number;
  /** Write the header label first (the column did not exist). */
  readonly addHeader: boolean;
  readonly firstRow: number;
  readonly values: readonly (string | null)[];
  /** Row-colour rules to add (only when the column is new). */
  readonly colourRules: readonly ConditionalFormatPlan[];
  /** The `Nhật ký` row recording this write (./audit.ts planAuditWrite), written with it. */
  readonly audit?: AuditWrite | null;
}

export interface NominationsChange {
  /** Excel rows touched by the change (empty when unknown, e.g. a whole-sheet change). */
  readonly rows: readonly number[];
  /** Another user's edit in a co-authored workbook. */
  readonly remote: boolean;
}

export interface WorkbookPort {
  /** Where the pane runs: inside Excel, or on the in-memory preview workbook. */
  readonly host: "excel" | "preview";
  /** Sheet names in tab order (hidden sheets included). */
  sheetNames(): Promise<string[]>;
  /**
   * The grids of the named sheets (matched exactly, then by normalised name) in one read, plus every
   * sheet whose name satisfies `include` (e.g. criteria sheets `TC …`, src/workbook/read.ts isSheetToRead).
   */
  readGrids(sheets: readonly string[], include?: (name: string) => boolean): Promise<WorkbookGrids>;
  /**
   * Write cells into an existing sheet — only where the sheet is empty — with their validations
   * (criteria candidates, score links, history rows); returns the count of cells written.
   */
  addCells(
    sheet: string,
    cells: readonly PlanCell[],
    validations?: readonly ValidationPlan[],
    audit?: AuditAction
  ): Promise<number>;
  /**
   * Create the register in a workbook that has none (`options` and `extraSheets` shape it), or add only
   * what an existing register lacks (src/workbook/upgrade.ts). Never overwrites a cell that holds something.
   */
  setUp(
    options: RegisterOptions,
    extraSheets?: readonly SheetPlan[],
    audit?: AuditAction
  ): Promise<SetupReport>;
  /** Add sheets (e.g. criteria sheets `TC …`) that do not exist yet; returns the names added. */
  addSheets(plans: readonly SheetPlan[], audit?: AuditAction): Promise<string[]>;
  /** Write the `Kết quả kiểm tra` column. */
  writeResults(write: ResultsWrite): Promise<void>;
  /**
   * Keep print areas in step with the data (./printAreas.ts registerAreas): each sheet's area is set
   * where it has none or has one this tool wrote (the clerk's own is left alone). Optional: a port
   * without print setup (the preview) has none.
   */
  setPrintAreas?(areas: readonly PlannedArea[]): Promise<void>;
  /** Activate a sheet and select a cell (A1 address) or a range. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Call `cb` (debounced) when the user changes cells of `Đề nghị` — typing, pasting, deleting —
   * but not for the add-in's own writes. Returns an unsubscribe function.
   */
  onNominationsChanged(cb: (change: NominationsChange) => void): Promise<() => void>;
  /**
   * Record the date of a council export in the register's metadata sheet (clears RG03) and
   * `Trạng thái` = `Đã trình` on the `Đề nghị` rows it proposed (src/workbook/edit/decision.ts
   * planSubmitted). Only when the clerk asks: export never changes the register otherwise.
   */
  markExported(date: CivilDate, rows?: readonly number[], audit?: AuditAction): Promise<void>;
  /**
   * Record the award decision on the approved rows of `Đề nghị` (src/workbook/edit/decision.ts
   * planDecision, the CLI's `decide`): written only when the plan is ok; a refusal writes nothing and
   * is returned for the pane to explain.
   */
  recordDecision(
    req: DecisionRequest,
    audit?: AuditAction
  ): Promise<DecisionPlan | DecisionRefusal>;
  /**
   * `Người thực hiện` of the audit trail (issue #14), asked once and kept in the document: Office's
   * document settings in Excel, the workbook's memory in the preview. Null: not asked yet.
   * (`audit` of the writes above: the action to record in `Nhật ký`, in the same batch as the write.)
   */
  auditBy(): string | null;
  setAuditBy(name: string): Promise<void>;
  /**
   * The workbook as .xlsx bytes, as it would be saved now (the council member's copy is a transform of
   * them): `Office.context.document.getFileAsync(Office.FileType.Compressed)` in Excel, the in-memory
   * workbook written as .xlsx in the preview. Optional: a host that cannot give them has no copy button.
   */
  documentBytes?(): Promise<Uint8Array>;
  /** Open a new workbook from .xlsx bytes (base64) — Excel only (`Excel.createWorkbook`, ExcelApi 1.8). */
  createWorkbook?(base64: string): Promise<void>;
  /**
   * True where a download link is unreliable (Excel on the Mac and on the web): files the pane builds
   * are opened as a new workbook at once (`createWorkbook`), the link stays as a fallback.
   */
  readonly prefersNewWorkbook?: boolean;
}

/** Known Office error codes (Office.js `OfficeExtension.Error.code`) and our own. */
export type PortErrorCode =
  | "InvalidOperationInCellEditMode"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidArgument"
  | "InvalidReference"
  | "MergedRangeConflict"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "ApiNotFound"
  | "Conflict"
  | "GeneralException"
  | "NotRegister"
  | "Unknown";

const KNOWN: readonly string[] = [
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "AccessDenied",
  "InvalidArgument",
  "InvalidReference",
  "MergedRangeConflict",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ItemAlreadyExists",
  "ApiNotFound",
  "Conflict",
  "GeneralException",
  "NotRegister",
];

/**
 * What became of the workbook after a failed write: `undone` — what the write had done before the
 * failure was removed again (the workbook is as it was); `partial` — part of it stayed (the undo
 * failed too): running the action again completes it.
 */
export type PortErrorNote = "undone" | "partial";

/** A failure the pane shows: a code (explained per language by the pane) and the engine's own text. */
export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly detail: string,
    /** What the pane was doing (`setUp`, `read`, `writeResults`, …). */
    readonly operation: string,
    readonly note?: PortErrorNote
  ) {
    super(`${operation}: ${code}${detail ? ` — ${detail}` : ""}`);
    this.name = "PortError";
  }
}

/** Any thrown value → PortError (Office errors keep their `code`; unknown codes become `Unknown`). */
export function toPortError(e: unknown, operation: string): PortError {
  if (e instanceof PortError) return e;
  const o = (typeof e === "object" && e !== null ? e : {}) as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { message?: unknown; errorLocation?: unknown };
  };
  const raw = typeof o.code === "string" ? o.code : "";
  const code = (KNOWN.includes(raw) ? raw : "Unknown") as PortErrorCode;
  const parts = [
    typeof o.message === "string" ? o.message : e instanceof Error ? e.message : String(e),
  ];
  if (o.debugInfo && typeof o.debugInfo.errorLocation === "string")
    parts.push(`(${o.debugInfo.errorLocation})`);
  if (code === "Unknown" && raw) parts.unshift(raw);
  return new PortError(code, parts.filter(Boolean).join(" "), operation);
}
