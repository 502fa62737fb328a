/// <reference types="office-js" />
/**
 * The workbook port inside Excel (Office.js). Batching budget: setup = 1 read sync + 1 write sync
 * + 1 sync for the recalculation and page setup; a check = 1 read sync (`readGrids`) + 1 write sync
 * (`writeResults`), whatever the number of rows; extra syncs only when a request or a response would
 * pass Excel on the web's 5 MB payload limit.
 *
 * Around every write the add-in's own events are switched off, and switched on again at the end of
 * the write's last request — or, when a write fails, in a request of its own (a failed request keeps
 * what came before the failure, events off included: left off, the automatic re-check would stop).
 * Calculation is suspended only for the large writes of setup and new sheets, and those are followed
 * by a full recalculation; the result column and small edits recalculate as Excel does by itself.
 * A setup that fails half-way is undone (its new sheets and names removed, cells it filled cleared),
 * so the workbook is as it was and the clerk can simply try again.
 */
import { AUDIT_SHEET, COL, META_SHEET, SHEET } from "../../domain/register/contract";
import type { AuditAction } from "../../domain/audit/chain";
import { auditSetup, type AuditWrite, planAuditWrite } from "../../workbook/edit/audit";
import { type BookEdit, NO_EDIT, sheetEdit } from "../../workbook/edit/book";
import type { CivilDate } from "../../domain/text/dates";
import {
  type DecisionPlan,
  type DecisionRefusal,
  type DecisionRequest,
  planDecision,
  planSubmitted,
  bookEditOfRows,
} from "../../workbook/edit/decision";
import type { ExportedOnEdit } from "../../workbook/plan/meta";
import { columnLetter } from "../../domain/findings";
import { foldKey } from "../../domain/text/normalize";
import type { WorkbookGrids } from "../../workbook/grid";
import type { RegisterOptions } from "../../workbook/plan/options";
import { mayRepointArea, ownsCriteriaArea, ownsNominationsArea } from "../../workbook/plan/print";
import type { PlannedArea } from "../../workbook/edit/printAreas";
import type { PlanCell, SheetPlan, ValidationPlan } from "../../workbook/plan/types";
import { findSheet, SHEETS_TO_READ } from "../../workbook/read";
import {
  type NominationsChange,
  PortError,
  type ResultsWrite,
  type SetupReport,
  type WorkbookPort,
  toPortError,
} from "../../workbook/edit/port";
import { missingSheets, planSetup, setupReport } from "../../workbook/edit/setup";
import { emptyTargets } from "../../workbook/edit/userCell";
import {
  applyStyle,
  conditionalFormatBytes,
  queueConditionalFormat,
  queuePageLayout,
  queueCharts,
  queueWorkbookEdit,
  sheetByName,
  styleBytes,
  type SheetCellEdit,
  writeBlock,
  type WorkbookEditParts,
  queueAuditWrite,
} from "./apply";
import { Batch, opBytes } from "./batch";
import { readWorkbook } from "./read";
import { officeStyle, widthToPoints } from "./styles";

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficePortOptions {
  /** `Excel.run` (tests pass a runner over a mock context). */
  readonly run?: ExcelRun;
  /** Whether an ExcelApi requirement set is available (default: Office.context.requirements). */
  readonly supports?: (version: string) => boolean;
  /** Debounce of change events, ms. */
  readonly debounceMs?: number;
  /** `Excel.createWorkbook` (tests inject a spy). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** Timers (tests inject fake ones). */
  readonly setTimeout?: (f: () => void, ms: number) => unknown;
  readonly clearTimeout?: (t: unknown) => void;
  /** `Office.context.platform` (tests inject one): "PC", "Mac", "OfficeOnline", "iOS" … */
  readonly platform?: string;
}

function defaultPlatform(): string {
  try {
    return typeof Office !== "undefined" ? String(Office.context.platform ?? "") : "";
  } catch {
    return "";
  }
}

function defaultSupports(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("ExcelApi", version)
    );
  } catch {
    return false;
  }
}

/** Rows covered by an A1 address such as `B5:D7`, `C9` or `'Đề nghị'!A3:A4`; empty for whole columns. */
export function rowsOfAddress(address: string): number[] {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const rows: number[] = [];
  for (const part of bare.split(",")) {
    const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(part.trim());
    if (!m) return [];
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b - a > 100_000) return [];
    for (let r = Math.min(a, b); r <= Math.max(a, b); r++) rows.push(r);
  }
  return rows;
}

/** Columns (1-based) covered by an address, or null when unknown. */
export function colsOfAddress(address: string): [number, number] | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Z]+)\$?\d*(?::\$?([A-Z]+)\$?\d*)?$/i.exec(bare.trim());
  if (!m) return null;
  const n = (l: string) =>
    [...l.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  const a = n(m[1]!);
  const b = m[2] ? n(m[2]) : a;
  return [Math.min(a, b), Math.max(a, b)];
}

/** The document setting that keeps `Người thực hiện` (issue #14). */
export const AUDIT_BY_SETTING = "soThiDua.nguoiThucHien";

export class OfficePort implements WorkbookPort {
  readonly host = "excel" as const;
  private readonly run: ExcelRun;
  private readonly supports: (v: string) => boolean;
  /** While > 0 the add-in is writing: change events are its own. */
  private writing = 0;
  /** The result column of the last write, whose changes are the add-in's own. */
  private resultColumn: number | null = null;
  /** Print areas settled this session (set, or found to be the clerk's), by sheet. */
  private readonly printAreas = new Map<string, string>();

  /** `Người thực hiện` when the document's settings are out of reach. */
  private by: string | null = null;

  constructor(private readonly o: OfficePortOptions = {}) {
    this.run = o.run ?? (<T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    this.supports = o.supports ?? defaultSupports;
  }

  /**
   * Excel on the Mac and on the web: a file link (`<a download href=blob:>`) is unreliable in their
   * webviews, so the pane opens files it builds as a new workbook (`Excel.createWorkbook`).
   */
  get prefersNewWorkbook(): boolean {
    const p = (this.o.platform ?? defaultPlatform()).toLowerCase();
    return p === "mac" || p === "officeonline" || p === "ios" || p === "universal";
  }

  /**
   * A write on `ctx`: events off at the start of each of its requests, on again at the end of the
   * last one — or in a request of its own when the write failed after switching them off. With
   * `suspend`, calculation and screen updating are suspended for each request (the caller recalculates).
   */
  private async write<T>(
    ctx: Excel.RequestContext,
    o: { suspend: boolean },
    body: (b: Batch) => Promise<T>
  ): Promise<T> {
    const events = this.supports("1.8");
    const b = new Batch(ctx, () => {
      if (o.suspend) {
        ctx.application.suspendApiCalculationUntilNextSync();
        if (this.supports("1.9")) ctx.application.suspendScreenUpdatingUntilNextSync();
      }
      if (events) ctx.runtime.enableEvents = false;
    });
    let restored = !events;
    this.writing++;
    try {
      const value = await body(b);
      await b.flush(
        events
          ? () => {
              ctx.runtime.enableEvents = true;
            }
          : undefined
      );
      restored = true;
      return value;
    } finally {
      this.writing--;
      if (!restored && b.syncs > 0) await this.restoreEvents(ctx);
    }
  }

  /** Events back on, in a request of its own (after a failed write). */
  private async restoreEvents(ctx: Excel.RequestContext): Promise<void> {
    try {
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    } catch (e) {
      console.warn("Sổ Thi đua: could not switch events back on", e);
    }
  }

  /**
   * An edit and the `Nhật ký` row recording it (./apply.ts queueAuditWrite), in the same write — so
   * in the same sync unless the payload limit splits it. `more` queues what comes after the edit.
   * A row appended to an existing `Nhật ký` goes first: its `unprotect()` is what fails when the
   * clerk has put a password on the sheet, and Excel keeps what a failed request applied before the
   * failure — the edit would stay with no row recording it. A new `Nhật ký` goes last (after the
   * register's other new sheets, in its place among the tabs).
   */
  private async writeWithAudit(
    ctx: Excel.RequestContext,
    parts: WorkbookEditParts,
    row: AuditWrite | null,
    o: { suspend: boolean } = { suspend: false },
    more?: (b: Batch) => Promise<void>
  ): Promise<void> {
    await this.write(ctx, o, async (b) => {
      if (row?.kind === "cells") await queueAuditWrite(b, row);
      await queueWorkbookEdit(b, parts);
      if (more) await more(b);
      if (row?.kind === "sheet") await queueAuditWrite(b, row);
    });
  }

  private async guarded<T>(operation: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw toPortError(e, operation);
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.guarded("sheetNames", () =>
      this.run(async (ctx) => {
        const wss = ctx.workbook.worksheets;
        wss.load("items/name");
        await ctx.sync();
        return wss.items.map((w) => w.name);
      })
    );
  }

  /** Sheet names seen by the last read: sheets matching `include` are queued in the same sync next time. */
  private knownSheets: readonly string[] = [];
  /** The last read was past the payload limit: the next one goes in chunks straight away. */
  private largeRead = false;

  async readGrids(
    sheets: readonly string[] = SHEETS_TO_READ,
    include?: (name: string) => boolean
  ): Promise<WorkbookGrids> {
    return this.guarded("read", () =>
      this.run(async (ctx) => {
        const wanted = [...new Set([...sheets, ...this.knownSheets.filter((n) => include?.(n))])];
        const first = await readWorkbook(ctx, wanted, { chunked: this.largeRead });
        this.knownSheets = first.grids.sheetNames;
        this.largeRead = first.chunked ?? false;
        // Sheets that appeared since the last read (a new criteria sheet): one more read, this time only.
        const late = include
          ? first.grids.sheetNames.filter((n) => include(n) && !first.grids.sheets.has(n))
          : [];
        if (!late.length) return first.grids;
        const more = await readWorkbook(ctx, late);
        return {
          sheetNames: first.grids.sheetNames,
          sheets: new Map([...first.grids.sheets, ...more.grids.sheets]),
        };
      })
    );
  }

  /**
   * Two syncs (none written when nothing is missing): read the sheet (and `Nhật ký` with `audit`),
   * then write the empty targets and the audit row.
   */
  async addCells(
    sheet: string,
    cells: readonly PlanCell[],
    validations: readonly ValidationPlan[] = [],
    audit?: AuditAction
  ): Promise<number> {
    return this.guarded("addCells", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, audit ? [sheet, AUDIT_SHEET] : [sheet], {
          formulas: true,
        }); // sync 1
        const grid = findSheet(read.grids, sheet);
        if (!grid) throw Object.assign(new Error(`No sheet “${sheet}”`), { code: "ItemNotFound" });
        const todo = emptyTargets(grid, cells);
        if (!todo.length && !validations.length) return 0;
        const edit = { ...NO_EDIT, sheets: [sheetEdit(grid.name, todo, { validations })] };
        // A small edit: no suspended calculation, so Excel recalculates the new formulas itself.
        await this.writeWithAudit(
          ctx,
          { cellEdits: [{ sheet: grid.name, cells: todo, validations }] },
          auditRow(read.grids, edit, audit)
        ); // sync 2
        return todo.length;
      })
    );
  }

  /** The document's settings (Office.context.document.settings), when the host has them. */
  private settings(): Office.Settings | undefined {
    return typeof Office === "undefined" ? undefined : Office.context?.document?.settings;
  }

  auditBy(): string | null {
    const v: unknown = this.settings()?.get(AUDIT_BY_SETTING);
    return typeof v === "string" && v.trim() ? v : this.by;
  }

  /** Kept in the document's settings (saved with the workbook) — asked once per register. */
  async setAuditBy(name: string): Promise<void> {
    this.by = name.trim() || null;
    const s = this.settings();
    if (!s) return;
    s.set(AUDIT_BY_SETTING, this.by);
    await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
  }

  async setUp(
    options: RegisterOptions,
    extraSheets: readonly SheetPlan[] = [],
    audit?: AuditAction
  ): Promise<SetupReport> {
    return this.guarded("setUp", () =>
      this.run(async (ctx) => {
        const wanted = [...new Set([...SHEETS_TO_READ, ...extraSheets.map((s) => s.name)])];
        const read = await readWorkbook(ctx, wanted, {
          formulas: true,
          names: true,
          probeFirstSheet: true,
        }); // sync 1
        const planned = planSetup(read.grids, read.names, options, extraSheets);
        const audited = audit
          ? auditSetup(read.grids, planned, audit)
          : { edit: planned, audit: null };
        const edit = audited.edit;
        const parts: WorkbookEditParts = {
          newSheets: edit.newSheets.map((s) => s.plan),
          names: edit.names,
          repointNames: edit.repointNames,
          cellEdits: edit.cellEdits,
        };
        if (
          !edit.newSheets.length &&
          !edit.names.length &&
          !edit.repointNames.length &&
          !edit.cellEdits.length
        )
          return setupReport(edit); // nothing missing: nothing written, no sync
        // A blank workbook's empty default sheet ("Sheet1") goes once the register's sheets exist.
        const blank = read.grids.sheetNames.length === 1 ? (read.blankFirstSheet ?? null) : null;
        // New sheets are large writes: calculation suspended, then a full recalculation. An upgrade
        // of an existing register adds a few cells: Excel recalculates them itself.
        const large = edit.newSheets.length > 0;
        try {
          await this.writeWithAudit(ctx, parts, audited.audit, { suspend: large }, async (b) => {
            if (
              edit.created &&
              blank &&
              edit.newSheets.length &&
              !edit.newSheets.some((s) => foldKey(s.plan.name) === foldKey(blank))
            ) {
              const first =
                edit.newSheets.find((s) => s.plan.name === SHEET.settings) ?? edit.newSheets[0]!;
              await b.queue(opBytes(first.plan.name, blank), () => {
                ctx.workbook.worksheets.getItem(first.plan.name).activate();
                ctx.workbook.worksheets.getItem(blank).delete();
              });
            }
          }); // sync 2
        } catch (e) {
          throw await this.undo(ctx, parts, e, "setUp");
        }
        if (!large) return setupReport(edit);
        const warnings = await this.finishWrite(
          ctx,
          edit.newSheets.map((s) => s.plan)
        ); // sync 3: recalculation, page setup (ExcelApi 1.9)
        return setupReport(edit, warnings);
      })
    );
  }

  /**
   * Undo a write that failed half-way (a host keeps the operations before a failure): remove the
   * sheets and names it added and clear the cells it filled (they were empty), so the workbook is as
   * it was. The error goes back to the pane with a note saying so (or that the undo failed too).
   */
  private async undo(
    ctx: Excel.RequestContext,
    parts: WorkbookEditParts,
    cause: unknown,
    operation: string
  ): Promise<PortError> {
    const err = toPortError(cause, operation);
    try {
      const wss = ctx.workbook.worksheets;
      wss.load("items/name");
      const nms = ctx.workbook.names;
      nms.load("items/name");
      await ctx.sync();
      const sheets = new Set(wss.items.map((w) => foldKey(w.name)));
      const names = new Set(nms.items.map((n) => n.name.toUpperCase()));
      let any = false;
      for (const n of parts.names ?? [])
        if (names.has(n.name.toUpperCase())) {
          ctx.workbook.names.getItem(n.name).delete();
          any = true;
        }
      for (const p of parts.newSheets ?? [])
        if (sheets.has(foldKey(p.name))) {
          const ws = ctx.workbook.worksheets.getItem(p.name);
          if (p.state === "veryHidden") ws.visibility = "Visible" as Excel.SheetVisibility;
          ws.delete();
          any = true;
        }
      for (const c of parts.cellEdits ?? []) {
        if (!sheets.has(foldKey(c.sheet))) continue;
        const ws = ctx.workbook.worksheets.getItem(c.sheet);
        for (const cell of c.cells) {
          ws.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1).values = [[""]];
          any = true;
        }
      }
      if (any) await ctx.sync();
      return new PortError(err.code, err.detail, err.operation, "undone");
    } catch (e) {
      console.warn("Sổ Thi đua: could not undo a failed write", e);
      return new PortError(err.code, err.detail, err.operation, "partial");
    }
  }

  /**
   * After the register's sheets are written: a full recalculation (the write suspended calculation)
   * and the page setup (A4, orientation, fit to width, print titles, footer) and native charts of
   * new sheets, in one request. Print settings that an Excel build refuses must not cost the register: their failure is
   * a warning (shown by the pane), and the recalculation is then sent again on its own.
   */
  private async finishWrite(
    ctx: Excel.RequestContext,
    plans: readonly SheetPlan[]
  ): Promise<string[]> {
    const recalc = () => ctx.workbook.application.calculate("Full" as Excel.CalculationType);
    const layout = plans.length > 0 && this.supports("1.9");
    const charted = plans.filter((p) => p.charts?.length);
    recalc();
    if (layout) for (const p of plans) queuePageLayout(ctx.workbook.worksheets.getItem(p.name), p);
    // Charts last: a host that refuses them keeps the register, its recalculation and page setup.
    for (const p of charted) queueCharts(ctx.workbook.worksheets.getItem(p.name), p);
    try {
      await ctx.sync();
      return [];
    } catch (e) {
      const what = [layout ? "pageSetup" : "", charted.length ? "charts" : ""].filter(Boolean);
      const err = toPortError(e, what.join("+") || "calculate");
      const warnings = [`${err.operation}: ${err.code}${err.detail ? ` — ${err.detail}` : ""}`];
      if (what.length)
        try {
          recalc();
          await ctx.sync();
        } catch (again) {
          const e2 = toPortError(again, "calculate");
          warnings.push(`calculate: ${e2.code}${e2.detail ? ` — ${e2.detail}` : ""}`);
        }
      return warnings;
    }
  }

  /**
   * Three syncs: the sheet names (and `Nhật ký` with `audit`), the new sheets with the audit row, the
   * recalculation and page setup.
   */
  async addSheets(plans: readonly SheetPlan[], audit?: AuditAction): Promise<string[]> {
    return this.guarded("addSheets", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, audit ? [AUDIT_SHEET] : []); // sync 1
        const todo = missingSheets(read.grids, plans);
        if (!todo.length) return [];
        const parts = { newSheets: todo };
        const row = auditRow(read.grids, { ...NO_EDIT, newSheets: todo }, audit);
        try {
          await this.writeWithAudit(ctx, parts, row, { suspend: true }, (b) =>
            b.queue(opBytes(todo[0]!.name), () =>
              ctx.workbook.worksheets.getItem(todo[0]!.name).activate()
            )
          ); // sync 2
        } catch (e) {
          const added = row?.kind === "sheet" ? { newSheets: [...todo, row.plan] } : parts;
          throw await this.undo(ctx, added, e, "addSheets");
        }
        const warnings = await this.finishWrite(ctx, todo);
        for (const w of warnings) console.warn(`Sổ Thi đua: ${w}`);
        return todo.map((p) => p.name);
      })
    );
  }

  async writeResults(w: ResultsWrite): Promise<void> {
    if (!w.addHeader && w.values.every((v) => v === null)) return; // nothing changed: no sync at all
    return this.guarded("writeResults", () =>
      this.run(async (ctx) => {
        // One column: calculation is not suspended, so `Tổng hợp` recounts as Excel does by itself.
        await this.write(ctx, { suspend: false }, async (b) => {
          const ws = sheetByName(ctx, w.sheet);
          if (w.addHeader) {
            const head = { row: w.headerRow, col: w.column, rows: 1, cols: 1 };
            const st = officeStyle("header");
            const letter = columnLetter(w.column);
            await b.queue(opBytes(COL.result) + styleBytes(st, head), () => {
              const r = ws().getRangeByIndexes(w.headerRow - 1, w.column - 1, 1, 1);
              r.values = [[COL.result]];
              applyStyle(r, st, head);
              ws().getRange(`${letter}:${letter}`).format.columnWidth = widthToPoints(50);
            });
            for (const cf of w.colourRules)
              await b.queue(conditionalFormatBytes(cf), () => queueConditionalFormat(ws(), cf));
          }
          if (w.audit) await queueAuditWrite(b, w.audit);
          if (w.values.length)
            await writeBlock(
              b,
              ws,
              {
                row: w.firstRow,
                col: w.column,
                rows: w.values.length,
                cols: 1,
                data: w.values.map((v) => [v]),
              },
              "values"
            );
        });
        this.resultColumn = w.column;
      })
    );
  }

  /**
   * Two syncs, only for areas not settled yet this session: read the sheets' print areas, then set
   * those that are absent or this tool's (ExcelApi 1.9; print areas fire no change event).
   */
  async setPrintAreas(areas: readonly PlannedArea[]): Promise<void> {
    const todo = areas.filter((a) => this.printAreas.get(a.sheet) !== a.area);
    if (!todo.length || !this.supports("1.9")) return;
    return this.guarded("printAreas", () =>
      this.run(async (ctx) => {
        const found = todo.map((a) => {
          const r = ctx.workbook.worksheets.getItem(a.sheet).pageLayout.getPrintAreaOrNullObject();
          r.load("address");
          return { a, r };
        });
        await ctx.sync();
        for (const { a, r } of found) {
          // isNullObject is known after the sync above.

          const current = r.isNullObject ? undefined : r.address;
          const owns = a.kind === "nominations" ? ownsNominationsArea : ownsCriteriaArea;
          if (mayRepointArea(current, a.area, owns))
            ctx.workbook.worksheets.getItem(a.sheet).pageLayout.setPrintArea(a.area);
          this.printAreas.set(a.sheet, a.area);
        }
        await ctx.sync();
      })
    );
  }

  /**
   * Two syncs: read the metadata sheet and `Đề nghị`, then write the date (or the sheet, very hidden,
   * when missing) and `Đã trình` on the proposed rows.
   */
  async markExported(
    date: CivilDate,
    rows: readonly number[] = [],
    audit?: AuditAction
  ): Promise<void> {
    return this.guarded("markExported", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, [META_SHEET, SHEET.nominations, AUDIT_SHEET]); // sync 1
        const plan = planSubmitted(read.grids, rows, date);
        const row = auditRow(read.grids, bookEditOfRows(read.grids, plan), audit);
        await this.writeWithAudit(ctx, rowEditParts(plan), row); // sync 2
      })
    );
  }

  /** Two syncs (one when refused): read the register, then write the decision's cells and metadata. */
  async recordDecision(
    req: DecisionRequest,
    audit?: AuditAction
  ): Promise<DecisionPlan | DecisionRefusal> {
    return this.guarded("recordDecision", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, SHEETS_TO_READ); // sync 1
        const plan = planDecision(read.grids, req);
        if (plan.kind !== "ok" || (!plan.cells.length && !plan.meta)) return plan;
        const row = auditRow(read.grids, bookEditOfRows(read.grids, plan), audit);
        await this.writeWithAudit(ctx, rowEditParts(plan), row); // sync 2
        return plan;
      })
    );
  }

  async documentBytes(): Promise<Uint8Array> {
    return this.guarded("documentBytes", () => compressedDocument());
  }

  async createWorkbook(base64: string): Promise<void> {
    return this.guarded("createWorkbook", async () => {
      if (this.o.createWorkbook) await this.o.createWorkbook(base64);
      else await Excel.createWorkbook(base64);
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    return this.guarded("select", () =>
      this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      })
    );
  }

  async onNominationsChanged(cb: (change: NominationsChange) => void): Promise<() => void> {
    const wait = this.o.debounceMs ?? 400;
    const setT = this.o.setTimeout ?? ((f: () => void, ms: number) => setTimeout(f, ms));
    const clearT =
      this.o.clearTimeout ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
    let pending = new Set<number>();
    let remote = false;
    let unknownRows = false;
    let timer: unknown = null;
    const flush = () => {
      timer = null;
      const rows = unknownRows ? [] : [...pending].sort((a, b) => a - b);
      const change = { rows, remote };
      pending = new Set();
      remote = false;
      unknownRows = false;
      cb(change);
    };
    const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (this.writing > 0) return; // our own write
      const cols = colsOfAddress(e.address);
      if (
        cols &&
        this.resultColumn !== null &&
        cols[0] === this.resultColumn &&
        cols[1] === this.resultColumn
      )
        return; // only `Kết quả kiểm tra`
      const rows = rowsOfAddress(e.address);
      if (!rows.length) unknownRows = true;
      for (const r of rows) pending.add(r);
      if (e.source === "Remote") remote = true;
      if (timer !== null) clearT(timer);
      timer = setT(flush, wait);
    };
    try {
      const registration = await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(SHEET.nominations);
        ws.load("name");
        await ctx.sync();
        // isNullObject is known after the sync above (the rule cannot tell).
        // eslint-disable-next-line office-addins/call-sync-before-read
        if (ws.isNullObject) return null;
        const result = ws.onChanged.add(handler);
        await ctx.sync();
        return result;
      });
      if (!registration) return () => undefined;
      return () => {
        if (timer !== null) clearT(timer);
        // A handler is removed in the context it was added with.
        registration.remove();
        void registration.context
          .sync()
          .catch((e: unknown) =>
            console.warn("Sổ Thi đua: could not remove the change handler", e)
          );
      };
    } catch (e) {
      throw toPortError(e, "subscribe");
    }
  }
}

export { PortError };

/** The `Nhật ký` row of `edit` when the pane asked for one. */
function auditRow(
  grids: WorkbookGrids,
  edit: BookEdit,
  audit: AuditAction | undefined
): AuditWrite | null {
  return audit ? planAuditWrite(grids, edit, audit) : null;
}

/** `Đề nghị` cells and the metadata row of a decision or of the submitted marks, as one write. */
function rowEditParts(plan: {
  readonly sheet: string;
  readonly cells: readonly PlanCell[];
  readonly meta: ExportedOnEdit | null;
}): WorkbookEditParts {
  const cells: SheetCellEdit[] = plan.cells.length
    ? [{ sheet: plan.sheet, cells: plan.cells, validations: [] }]
    : [];
  const meta = plan.meta;
  if (!meta) return { cellEdits: cells };
  return meta.kind === "sheet"
    ? { newSheets: [meta.plan], cellEdits: cells }
    : { cellEdits: [...cells, { sheet: META_SHEET, cells: meta.cells, validations: [] }] };
}

/** Office's result callback as a promise. */
function officeCall<T>(f: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    f((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error)))
  );
}

/** The document's .xlsx bytes, slice by slice (`getFileAsync`, Compressed; the file is always closed). */
async function compressedDocument(): Promise<Uint8Array> {
  const file = await officeCall<Office.File>((cb) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 << 20 }, cb)
  );
  try {
    const slices: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await officeCall<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      slices.push(new Uint8Array(slice.data as ArrayLike<number>));
    }
    const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
    let at = 0;
    for (const s of slices) {
      out.set(s, at);
      at += s.length;
    }
    return out;
  } finally {
    await officeCall<void>((cb) => file.closeAsync(cb)).catch(() => undefined);
  }
}
