/**
 * The workbook port on an in-memory HyperFormula workbook (browser preview, tests). Same contract as
 * the Office.js port: setup through src/workbook/edit/setup.ts, results through the same ResultsWrite.
 */
import { COL, META_SHEET, SHEET } from "../../domain/register/contract";
import type { CivilDate } from "../../domain/text/dates";
import {
  bookEditOfRows,
  type DecisionPlan,
  type DecisionRefusal,
  type DecisionRequest,
  planDecision,
  planSubmitted,
} from "../../workbook/edit/decision";
import type { AuditAction } from "../../domain/audit/chain";
import { AUDIT_SHEET } from "../../domain/register/contract";
import { auditSetup, type AuditWrite, planAuditWrite } from "../../workbook/edit/audit";
import type { ExportedOnEdit } from "../../workbook/plan/meta";
import { foldKey } from "../../domain/text/normalize";
import type { SheetGrid, WorkbookGrids } from "../../workbook/grid";
import type { RegisterOptions } from "../../workbook/plan/options";
import type { PlanCell, SheetPlan, ValidationPlan } from "../../workbook/plan/types";
import {
  type NominationsChange,
  type ResultsWrite,
  type SetupReport,
  type WorkbookPort,
  toPortError,
} from "../../workbook/edit/port";
import { missingSheets, planSetup, setupReport } from "../../workbook/edit/setup";
import { NO_EDIT, sheetEdit } from "../../workbook/edit/book";
import { emptyTargets } from "../../workbook/edit/userCell";
import { findSheet, SHEETS_TO_READ } from "../../workbook/read";
import { MemoryWorkbook, memCellOfPlan } from "./workbook";

export interface MemoryPortOptions {
  /** Simulated latency per call, ms (to see progress indicators in the preview). */
  readonly latencyMs?: number;
  readonly debounceMs?: number;
}

export class MemoryPort implements WorkbookPort {
  readonly host = "preview" as const;
  /** Calls that would be `context.sync()` in Excel (reads and writes), for tests. */
  syncs = 0;
  /** The document setting `Người thực hiện` (Office's document settings in Excel). */
  private by: string | null = null;

  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly o: MemoryPortOptions = {}
  ) {}

  private async step<T>(operation: string, f: () => T): Promise<T> {
    if (this.o.latencyMs) await new Promise((r) => setTimeout(r, this.o.latencyMs));
    else await Promise.resolve();
    try {
      this.syncs++;
      return f();
    } catch (e) {
      throw toPortError(e, operation);
    }
  }

  /** The preview's "file": the in-memory workbook written as .xlsx (./xlsx.ts, ExcelJS loaded lazily). */
  async documentBytes(): Promise<Uint8Array> {
    const { memoryWorkbookXlsx } = await import(/* webpackChunkName: "exceljs" */ "./xlsx");
    try {
      return await memoryWorkbookXlsx(this.workbook);
    } catch (e) {
      throw toPortError(e, "documentBytes");
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.step("sheetNames", () => this.workbook.sheets.map((s) => s.name));
  }

  private grids(wanted: readonly string[], include?: (name: string) => boolean): WorkbookGrids {
    const sheets = new Map<string, SheetGrid>();
    for (const w of [
      ...wanted,
      ...this.workbook.sheets.map((s) => s.name).filter((n) => include?.(n)),
    ]) {
      const s = this.workbook.sheet(w);
      if (s && !sheets.has(s.name)) sheets.set(s.name, this.workbook.grid(s.name));
    }
    return { sheetNames: this.workbook.sheets.map((s) => s.name), sheets };
  }

  async readGrids(
    sheets: readonly string[] = SHEETS_TO_READ,
    include?: (name: string) => boolean
  ): Promise<WorkbookGrids> {
    return this.step("read", () => this.grids(sheets, include));
  }

  async addCells(
    sheet: string,
    cells: readonly PlanCell[],
    validations: readonly ValidationPlan[] = [],
    audit?: AuditAction
  ): Promise<number> {
    return this.step("addCells", () => {
      const grids = audit ? this.grids([sheet, AUDIT_SHEET]) : null;
      const todo = grids ? emptyTargets(findSheet(grids, sheet), cells) : cells;
      const n = this.workbook.setCells(
        sheet,
        todo.map((c) => ({ row: c.row, col: c.col, cell: memCellOfPlan(c) })),
        { onlyEmpty: true }
      );
      this.workbook.sheet(sheet)?.validations.push(...validations);
      if (grids && audit) {
        const name = findSheet(grids, sheet)?.name ?? sheet;
        const edit = { ...NO_EDIT, sheets: [sheetEdit(name, todo, { validations })] };
        this.applyAudit(planAuditWrite(grids, edit, audit));
      }
      return n;
    });
  }

  auditBy(): string | null {
    return this.by;
  }

  async setAuditBy(name: string): Promise<void> {
    this.by = name.trim() || null;
    return Promise.resolve();
  }

  /** A `Nhật ký` row (in the step of the write it records). */
  private applyAudit(w: AuditWrite | null | undefined): void {
    if (!w) return;
    if (w.kind === "sheet") {
      this.workbook.addSheet(w.plan.name);
      this.workbook.applySheetPlan(w.plan);
    } else
      this.workbook.setCells(
        w.sheet,
        w.cells.map((c) => ({ row: c.row, col: c.col, cell: memCellOfPlan(c) }))
      );
  }

  async setUp(
    options: RegisterOptions,
    extraSheets: readonly SheetPlan[] = [],
    audit?: AuditAction
  ): Promise<SetupReport> {
    const wanted = [...new Set([...SHEETS_TO_READ, ...extraSheets.map((s) => s.name)])];
    const grids = await this.readGrids(wanted);
    return this.step("setUp", () => {
      const wb = this.workbook;
      const lone = wb.sheets.length === 1 ? wb.sheets[0]! : null;
      const planned = planSetup(grids, new Set(wb.names.keys()), options, extraSheets);
      const audited = audit ? auditSetup(grids, planned, audit) : { edit: planned, audit: null };
      const edit = audited.edit;
      for (const s of edit.newSheets) wb.addSheet(s.plan.name);
      for (const n of [...edit.names, ...edit.repointNames]) wb.setName(n);
      for (const s of edit.newSheets) wb.applySheetPlan(s.plan);
      for (const e of edit.cellEdits) {
        wb.setCells(
          e.sheet,
          e.cells.map((c) => ({ row: c.row, col: c.col, cell: memCellOfPlan(c) })),
          { onlyEmpty: true }
        );
        wb.sheet(e.sheet)?.validations.push(...e.validations);
      }
      if (
        edit.created &&
        lone &&
        lone.cells.size === 0 &&
        !edit.newSheets.some((s) => foldKey(s.plan.name) === foldKey(lone.name))
      ) {
        wb.removeSheet(lone.name);
        wb.activate(SHEET.settings);
      }
      this.applyAudit(audited.audit);
      return setupReport(edit);
    });
  }

  async addSheets(plans: readonly SheetPlan[], audit?: AuditAction): Promise<string[]> {
    return this.step("addSheets", () => {
      const grids = this.grids(audit ? [AUDIT_SHEET] : []);
      const todo = missingSheets(grids, plans);
      for (const p of todo) this.workbook.addSheet(p.name);
      for (const p of todo) this.workbook.applySheetPlan(p);
      if (audit) this.applyAudit(planAuditWrite(grids, { ...NO_EDIT, newSheets: todo }, audit));
      if (todo[0]) this.workbook.activate(todo[0].name);
      return todo.map((p) => p.name);
    });
  }

  async markExported(
    date: CivilDate,
    rows: readonly number[] = [],
    audit?: AuditAction
  ): Promise<void> {
    const grids = await this.readGrids([META_SHEET, SHEET.nominations, AUDIT_SHEET]);
    return this.step("markExported", () => {
      const plan = planSubmitted(grids, rows, date);
      this.applyRows(plan);
      if (audit) this.applyAudit(planAuditWrite(grids, bookEditOfRows(grids, plan), audit));
    });
  }

  async recordDecision(
    req: DecisionRequest,
    audit?: AuditAction
  ): Promise<DecisionPlan | DecisionRefusal> {
    const grids = await this.readGrids(SHEETS_TO_READ);
    return this.step("recordDecision", () => {
      const plan = planDecision(grids, req);
      if (plan.kind === "ok") {
        this.applyRows(plan);
        if (audit) this.applyAudit(planAuditWrite(grids, bookEditOfRows(grids, plan), audit));
      }
      return plan;
    });
  }

  /** `Đề nghị` cells and the metadata row of a decision or of the submitted marks. */
  private applyRows(plan: {
    readonly sheet: string;
    readonly cells: readonly PlanCell[];
    readonly meta: ExportedOnEdit | null;
  }): void {
    if (plan.cells.length)
      this.workbook.setCells(
        plan.sheet,
        plan.cells.map((c) => ({ row: c.row, col: c.col, cell: memCellOfPlan(c) }))
      );
    const edit = plan.meta;
    if (!edit) return;
    if (edit.kind === "sheet") {
      this.workbook.addSheet(META_SHEET);
      this.workbook.applySheetPlan(edit.plan);
    } else
      this.workbook.setCells(
        META_SHEET,
        edit.cells.map((c) => ({ row: c.row, col: c.col, cell: memCellOfPlan(c) }))
      );
  }

  async writeResults(w: ResultsWrite): Promise<void> {
    if (!w.addHeader && w.values.every((v) => v === null)) return;
    return this.step("writeResults", () => {
      const cells: {
        row: number;
        col: number;
        cell: { input: string | null; style?: "header" };
      }[] = [];
      if (w.addHeader)
        cells.push({
          row: w.headerRow,
          col: w.column,
          cell: { input: COL.result, style: "header" },
        });
      w.values.forEach((v, i) => {
        if (v !== null)
          cells.push({ row: w.firstRow + i, col: w.column, cell: { input: v === "" ? null : v } });
      });
      this.workbook.setCells(w.sheet, cells);
      if (w.addHeader) this.workbook.sheet(w.sheet)?.conditionalFormats.push(...w.colourRules);
      this.applyAudit(w.audit);
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    return this.step("select", () => this.workbook.select(sheet, address));
  }

  async onNominationsChanged(cb: (change: NominationsChange) => void): Promise<() => void> {
    const wait = this.o.debounceMs ?? 300;
    let pending = new Set<number>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = this.workbook.onUserEdit((e) => {
      if (foldKey(e.sheet) !== foldKey(SHEET.nominations)) return;
      for (const r of e.rows) pending.add(r);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const rows = [...pending].sort((a, b) => a - b);
        pending = new Set();
        cb({ rows, remote: false });
      }, wait);
    });
    return () => {
      if (timer) clearTimeout(timer);
      off();
    };
  }
}
