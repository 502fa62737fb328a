/// <reference types="office-js" />
/**
 * The workbook port inside Excel (Office.js). Batching budget: setup = 1 read sync + 1 write sync;
 * a check = 1 read sync (`readGrids`) + 1 write sync (`writeResults`), whatever the number of rows;
 * extra syncs only when a request would pass the 5 MB payload limit. Calculation is suspended and
 * the add-in's own events are switched off around every write.
 */
import { COL, META_SHEET, SHEET } from "../../domain/register/contract";
import type { CivilDate } from "../../domain/text/dates";
import { planExportedOn } from "../../workbook/plan/meta";
import { columnLetter } from "../../domain/findings";
import { foldKey } from "../../domain/text/normalize";
import type { WorkbookGrids } from "../../workbook/grid";
import type { RegisterOptions } from "../../workbook/plan/options";
import type { PlanCell, SheetPlan, ValidationPlan } from "../../workbook/plan/types";
import { SHEETS_TO_READ } from "../../workbook/read";
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
  Batch,
  queueCellEdit,
  queueConditionalFormat,
  queueName,
  queueRepoint,
  queuePageLayout,
  queueSheetPlan,
  writeBlock,
} from "./apply";
import { readWorkbook } from "./read";
import { officeStyle, widthToPoints } from "./styles";
import { applyStyle } from "./apply";

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

export class OfficePort implements WorkbookPort {
  readonly host = "excel" as const;
  private readonly run: ExcelRun;
  private readonly supports: (v: string) => boolean;
  /** While > 0 the add-in is writing: change events are its own. */
  private writing = 0;
  /** The result column of the last write, whose changes are the add-in's own. */
  private resultColumn: number | null = null;

  constructor(private readonly o: OfficePortOptions = {}) {
    this.run = o.run ?? (<T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    this.supports = o.supports ?? defaultSupports;
  }

  /** Calculation suspended, screen updating suspended (1.9), events off (1.8) — until the next sync. */
  private prepareWrite(ctx: Excel.RequestContext): () => void {
    return () => {
      ctx.application.suspendApiCalculationUntilNextSync();
      if (this.supports("1.9")) ctx.application.suspendScreenUpdatingUntilNextSync();
      if (this.supports("1.8")) ctx.runtime.enableEvents = false;
    };
  }

  private endWrite(ctx: Excel.RequestContext): void {
    if (this.supports("1.8")) ctx.runtime.enableEvents = true;
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

  async readGrids(
    sheets: readonly string[] = SHEETS_TO_READ,
    include?: (name: string) => boolean
  ): Promise<WorkbookGrids> {
    return this.guarded("read", () =>
      this.run(async (ctx) => {
        const wanted = [...new Set([...sheets, ...this.knownSheets.filter((n) => include?.(n))])];
        const first = await readWorkbook(ctx, wanted);
        this.knownSheets = first.grids.sheetNames;
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

  async addCells(
    sheet: string,
    cells: readonly PlanCell[],
    validations: readonly ValidationPlan[] = []
  ): Promise<number> {
    return this.guarded("addCells", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, [sheet], { formulas: true });
        const grid = [...read.grids.sheets.values()][0];
        if (!grid) throw Object.assign(new Error(`No sheet “${sheet}”`), { code: "ItemNotFound" });
        const todo = emptyTargets(grid, cells);
        if (!todo.length && !validations.length) return 0;
        this.writing++;
        try {
          const b = new Batch(ctx, this.prepareWrite(ctx));
          await queueCellEdit(b, ctx.workbook.worksheets.getItem(grid.name), todo, validations);
          this.endWrite(ctx);
          await ctx.sync();
        } finally {
          this.writing--;
        }
        return todo.length;
      })
    );
  }

  async setUp(
    options: RegisterOptions,
    extraSheets: readonly SheetPlan[] = []
  ): Promise<SetupReport> {
    return this.guarded("setUp", () =>
      this.run(async (ctx) => {
        const wanted = [...new Set([...SHEETS_TO_READ, ...extraSheets.map((s) => s.name)])];
        const read = await readWorkbook(ctx, wanted, {
          formulas: true,
          names: true,
          probeFirstSheet: true,
        }); // sync 1
        const edit = planSetup(read.grids, read.names, options, extraSheets);
        // A blank workbook's empty default sheet ("Sheet1") goes once the register's sheets exist.
        const blank = read.grids.sheetNames.length === 1 ? (read.blankFirstSheet ?? null) : null;
        this.writing++;
        try {
          const b = new Batch(ctx, this.prepareWrite(ctx));
          const o = { pageLayout: false }; // page setup goes in its own sync (pageSetup below)
          for (const s of edit.newSheets) {
            const ws = ctx.workbook.worksheets.add(s.plan.name);
            await queueSheetPlan(b, ws, s.plan, o);
          }
          for (const n of edit.names) queueName(ctx, n);
          for (const n of edit.repointNames) queueRepoint(ctx, n);
          for (const e of edit.cellEdits)
            await queueCellEdit(
              b,
              ctx.workbook.worksheets.getItem(e.sheet),
              e.cells,
              e.validations
            );
          if (
            edit.created &&
            blank &&
            edit.newSheets.length &&
            !edit.newSheets.some((s) => foldKey(s.plan.name) === foldKey(blank))
          ) {
            const first =
              edit.newSheets.find((s) => s.plan.name === SHEET.settings) ?? edit.newSheets[0]!;
            ctx.workbook.worksheets.getItem(first.plan.name).activate();
            ctx.workbook.worksheets.getItem(blank).delete();
          }
          this.endWrite(ctx);
          await ctx.sync(); // sync 2
        } finally {
          this.writing--;
        }
        const warnings = await this.pageSetup(
          ctx,
          edit.newSheets.map((s) => s.plan)
        ); // sync 3 (ExcelApi 1.9)
        return setupReport(edit, warnings);
      })
    );
  }

  /**
   * Page setup (A4, orientation, fit to width, print titles, footer) of new sheets, in its own sync
   * after the register is written: print settings that an Excel build refuses must not cost the
   * register. Their failure is reported back as a warning (shown by the pane), never thrown away.
   */
  private async pageSetup(
    ctx: Excel.RequestContext,
    plans: readonly SheetPlan[]
  ): Promise<string[]> {
    if (!plans.length || !this.supports("1.9")) return [];
    try {
      for (const p of plans) queuePageLayout(ctx.workbook.worksheets.getItem(p.name), p);
      await ctx.sync();
      return [];
    } catch (e) {
      const err = toPortError(e, "pageSetup");
      return [`pageSetup: ${err.code}${err.detail ? ` — ${err.detail}` : ""}`];
    }
  }

  async addSheets(plans: readonly SheetPlan[]): Promise<string[]> {
    return this.guarded("addSheets", () =>
      this.run(async (ctx) => {
        const wss = ctx.workbook.worksheets;
        wss.load("items/name");
        await ctx.sync();
        const todo = missingSheets({ sheetNames: wss.items.map((w) => w.name) }, plans);
        if (!todo.length) return [];
        this.writing++;
        try {
          const b = new Batch(ctx, this.prepareWrite(ctx));
          for (const p of todo) await queueSheetPlan(b, wss.add(p.name), p, { pageLayout: false });
          wss.getItem(todo[0]!.name).activate();
          this.endWrite(ctx);
          await ctx.sync();
        } finally {
          this.writing--;
        }
        const warnings = await this.pageSetup(ctx, todo);
        for (const w of warnings) console.warn(`Sổ Thi đua: ${w}`);
        return todo.map((p) => p.name);
      })
    );
  }

  async writeResults(w: ResultsWrite): Promise<void> {
    if (!w.addHeader && w.values.every((v) => v === null)) return; // nothing changed: no sync at all
    return this.guarded("writeResults", () =>
      this.run(async (ctx) => {
        this.writing++;
        try {
          const b = new Batch(ctx, this.prepareWrite(ctx));
          const ws = ctx.workbook.worksheets.getItem(w.sheet);
          if (w.addHeader) {
            const head = { row: w.headerRow, col: w.column, rows: 1, cols: 1 };
            const r = ws.getRangeByIndexes(w.headerRow - 1, w.column - 1, 1, 1);
            r.values = [[COL.result]];
            applyStyle(r, officeStyle("header"), head);
            ws.getRange(`${columnLetter(w.column)}:${columnLetter(w.column)}`).format.columnWidth =
              widthToPoints(50);
            for (const cf of w.colourRules) queueConditionalFormat(ws, cf);
          }
          if (w.values.length) {
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
          }
          this.endWrite(ctx);
          await ctx.sync();
          this.resultColumn = w.column;
        } finally {
          this.writing--;
        }
      })
    );
  }

  /** Two syncs: read the metadata sheet, then write the date (or the sheet, very hidden, when missing). */
  async markExported(date: CivilDate): Promise<void> {
    return this.guarded("markExported", () =>
      this.run(async (ctx) => {
        const read = await readWorkbook(ctx, [META_SHEET]); // sync 1
        const edit = planExportedOn(read.grids, date);
        this.writing++;
        try {
          const b = new Batch(ctx, this.prepareWrite(ctx));
          if (edit.kind === "sheet")
            await queueSheetPlan(b, ctx.workbook.worksheets.add(META_SHEET), edit.plan, {
              pageLayout: false,
            });
          else await queueCellEdit(b, ctx.workbook.worksheets.getItem(META_SHEET), edit.cells, []);
          this.endWrite(ctx);
          await ctx.sync(); // sync 2
        } finally {
          this.writing--;
        }
      })
    );
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
