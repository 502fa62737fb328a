/**
 * A fake Excel object model for the Office.js adapter's tests. The request context is an
 * office-addin-mock OfficeMockObject whose `sync` is wrapped in jest.fn (to count round trips);
 * office-addin-mock has no collections, so worksheets, ranges and names are small hand-written fakes:
 *  - loaded properties become readable only after the next `sync` (reading earlier throws, as Office.js does);
 *  - writes of `formulas`/`values` are applied cell by cell, `null` entries leave a cell untouched
 *    (the documented Office.js rule), and every written cell is logged;
 *  - formats, validations, conditional formats, layout and protection are recorded as operations;
 *  - with `payloadLimit`, a sync whose loaded response would pass it fails with
 *    ResponsePayloadSizeLimitExceeded, like Excel on the web (5 MB).
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies Jest (CommonJS) cannot load: give it the enum alone.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
}));

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility = "Visible";
  protected = false;
  deleted = false;
  readonly handlers: ((e: unknown) => Promise<void>)[] = [];
  constructor(public name: string) {}
  set(row: number, col: number, c: FakeCell): void {
    this.cells.set(`${row}:${col}`, c);
  }
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }
  used(): { r0: number; c0: number; r1: number; c1: number } | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = 0,
      c1 = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(":").map(Number) as [number, number];
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 ? { r0, c0, r1, c1 } : null;
  }
}

const colNo = (l: string) =>
  [...l.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
function parseAddress(a: string): { r0: number; c0: number; r1: number; c1: number } {
  const [p, q] = a.replace(/\$/g, "").split(":");
  const one = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s)!;
    return { c: m[1] ? colNo(m[1]) : 0, r: m[2] ? Number(m[2]) : 0 };
  };
  const x = one(p!);
  const y = q ? one(q) : x;
  return { r0: x.r || 1, c0: x.c || 1, r1: y.r || 1_048_576, c1: y.c || 16_384 };
}

/** Records any chain of property sets and calls (formats, validation, layout …). */
function recorder(fx: FakeExcel, path: string): any {
  const target = function () {} as any;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === "then") return undefined;
      return recorder(fx, `${path}.${String(prop)}`);
    },
    set(_t, prop, value) {
      fx.ops.push({ op: `${path}.${String(prop)}`, value });
      return true;
    },
    apply(_t, _this, args) {
      fx.ops.push({ op: `${path}()`, value: args });
      return recorder(fx, `${path}()`);
    },
  });
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Set<string>();
  readonly ops: { op: string; value: unknown }[] = [];
  /** Every cell written, as `sheet!row:col`. */
  readonly written: string[] = [];
  private pending: (() => void)[] = [];
  private pendingBytes = 0;
  payloadLimit: number | null = null;
  failNextSync: { code: string; message: string } | null = null;
  readonly context: any;
  readonly sync: jest.Mock;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n));
    const ctx = new OfficeMockObject({
      host: "excel",
      runtime: { enableEvents: true },
      application: {
        suspendApiCalculationUntilNextSync: () =>
          this.ops.push({ op: "suspendApiCalculationUntilNextSync", value: null }),
        suspendScreenUpdatingUntilNextSync: () =>
          this.ops.push({ op: "suspendScreenUpdatingUntilNextSync", value: null }),
      },
    }) as any;
    const mockSync = ctx.sync.bind(ctx);
    this.sync = jest.fn(async () => {
      await mockSync();
      if (this.failNextSync) {
        const e = Object.assign(new Error(this.failNextSync.message), {
          code: this.failNextSync.code,
        });
        this.failNextSync = null;
        this.pending = [];
        this.pendingBytes = 0;
        throw e;
      }
      if (this.payloadLimit !== null && this.pendingBytes > this.payloadLimit) {
        this.pending = [];
        this.pendingBytes = 0;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      }
      const todo = this.pending;
      this.pending = [];
      this.pendingBytes = 0;
      for (const f of todo) f();
    });
    ctx.sync = this.sync;
    ctx.workbook = this.workbook();
    this.context = ctx;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  /** Runs a batch the way Excel.run does, on this fake's context. */
  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => batch(this.context);

  private onSync(bytes: number, f: () => void): void {
    this.pendingBytes += bytes;
    this.pending.push(f);
  }

  private workbook(): any {
    const fx = this;
    const live = () => fx.sheets.filter((s) => !s.deleted);
    let itemsLoaded: string[] | null = null;
    const worksheets = {
      load() {
        fx.onSync(100, () => (itemsLoaded = live().map((s) => s.name)));
      },
      get items() {
        if (!itemsLoaded) throw new Error("Error, property was not loaded");
        return itemsLoaded.map((name) => ({ name }));
      },
      getItem: (name: string) => fx.worksheet(name, false),
      getItemOrNullObject: (name: string) => fx.worksheet(name, true),
      getFirst: () => fx.worksheet(live()[0]!.name, false),
      add: (name: string) => {
        if (fx.sheet(name)) throw Object.assign(new Error("exists"), { code: "ItemAlreadyExists" });
        fx.sheets.push(new FakeSheet(name));
        fx.ops.push({ op: "worksheets.add", value: name });
        return fx.worksheet(name, false);
      },
    };
    let namesLoaded: string[] | null = null;
    const names = {
      load() {
        fx.onSync(100, () => (namesLoaded = [...fx.names]));
      },
      get items() {
        if (!namesLoaded) throw new Error("Error, property was not loaded");
        return namesLoaded.map((name) => ({ name }));
      },
      add(name: string, refersTo: string) {
        fx.names.add(name);
        fx.ops.push({ op: "names.add", value: [name, refersTo] });
      },
      getItem(name: string) {
        return {
          set formula(refersTo: string) {
            fx.onSync(50, () => {
              if (![...fx.names].some((n) => n.toUpperCase() === name.toUpperCase()))
                throw Object.assign(new Error("no such name"), { code: "ItemNotFound" });
            });
            fx.ops.push({ op: "names.formula", value: [name, refersTo] });
          },
        };
      },
    };
    return { worksheets, names };
  }

  worksheet(name: string, orNull: boolean): any {
    const fx = this;
    let loaded: { isNull: boolean; name: string } | null = null;
    const resolve = () => {
      const s = fx.sheet(name);
      loaded = { isNull: !s, name: s?.name ?? name };
    };
    const sheet = () => {
      const s = fx.sheet(name);
      if (!s) throw Object.assign(new Error(`Sheet ${name} not found`), { code: "ItemNotFound" });
      return s;
    };
    const ws: any = {
      load() {
        fx.onSync(50, resolve);
      },
      get isNullObject() {
        if (!orNull) return false;
        if (!loaded) resolve();
        return loaded!.isNull;
      },
      get name() {
        if (!loaded) throw new Error("Error, property was not loaded");
        return loaded.name;
      },
      getRange: (address: string) => fx.range(sheet, parseAddress(address)),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        fx.range(sheet, { r0: r + 1, c0: c + 1, r1: r + rows, c1: c + cols }),
      getUsedRangeOrNullObject: () => fx.range(() => fx.sheet(name) ?? null, "used"),
      activate: () => fx.ops.push({ op: "activate", value: name }),
      delete: () => {
        sheet().deleted = true;
        fx.ops.push({ op: "delete", value: name });
      },
      onChanged: {
        add: (h: (e: unknown) => Promise<void>) => {
          sheet().handlers.push(h);
          return { remove: () => undefined, context: fx.context };
        },
      },
      freezePanes: recorder(fx, `${name}.freezePanes`),
      pageLayout: recorder(fx, `${name}.pageLayout`),
      protection: {
        protect: () => {
          sheet().protected = true;
          fx.ops.push({ op: "protect", value: name });
        },
      },
    };
    for (const prop of ["tabColor", "visibility", "position"]) {
      Object.defineProperty(ws, prop, {
        set(v) {
          fx.ops.push({ op: `${name}.${prop}`, value: v });
          if (prop === "visibility") sheet().visibility = v;
        },
      });
    }
    return ws;
  }

  range(
    sheetOf: () => FakeSheet | null,
    where: { r0: number; c0: number; r1: number; c1: number } | "used"
  ): any {
    const fx = this;
    let loaded: Record<string, unknown> | null = null;
    const bounds = () => (where === "used" ? (sheetOf()?.used() ?? null) : where);
    const write = (kind: "formulas" | "values" | "numberFormat", data: unknown[][]) => {
      const s = sheetOf()!;
      const b = bounds()!;
      data.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const row = b.r0 + i;
          const col = b.c0 + j;
          if (kind === "numberFormat") {
            const c = s.get(row, col);
            if (c) c.numberFormat = String(v);
            else s.set(row, col, { value: "", numberFormat: String(v) });
            return;
          }
          fx.written.push(`${s.name}!${row}:${col}`);
          const prev = s.get(row, col);
          if (v === "") {
            s.cells.delete(`${row}:${col}`);
            return;
          }
          const isFormula = kind === "formulas" && typeof v === "string" && v.startsWith("=");
          const text = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
          s.set(row, col, {
            value: isFormula ? "" : (text as FakeCell["value"]),
            ...(isFormula ? { formula: v as string } : {}),
            ...(prev?.numberFormat ? { numberFormat: prev.numberFormat } : {}),
          });
        })
      );
    };
    const r: any = {
      load(props: string) {
        const wantFormulas = props.includes("formulas");
        const b = bounds();
        const rows = b ? b.r1 - b.r0 + 1 : 0;
        const cols = b ? b.c1 - b.c0 + 1 : 0;
        fx.onSync(props.includes("values") ? rows * cols * (wantFormulas ? 40 : 28) : 50, () => {
          const s = sheetOf();
          const bb = bounds();
          if (!s || !bb) {
            loaded = { isNullObject: true };
            return;
          }
          const values: unknown[][] = [];
          const valueTypes: unknown[][] = [];
          const numberFormat: unknown[][] = [];
          const formulas: unknown[][] = [];
          for (let row = bb.r0; row <= bb.r1; row++) {
            const v: unknown[] = [],
              t: unknown[] = [],
              n: unknown[] = [],
              f: unknown[] = [];
            for (let col = bb.c0; col <= bb.c1; col++) {
              const c = s.get(row, col);
              const val = c?.value ?? "";
              v.push(val);
              t.push(
                val === ""
                  ? "Empty"
                  : typeof val === "number"
                    ? "Double"
                    : typeof val === "boolean"
                      ? "Boolean"
                      : String(val).startsWith("#")
                        ? "Error"
                        : "String"
              );
              n.push(c?.numberFormat ?? "General");
              f.push(c?.formula ?? val);
            }
            values.push(v);
            valueTypes.push(t);
            numberFormat.push(n);
            formulas.push(f);
          }
          loaded = {
            isNullObject: false,
            values,
            valueTypes,
            numberFormat,
            formulas,
            rowIndex: bb.r0 - 1,
            columnIndex: bb.c0 - 1,
            rowCount: bb.r1 - bb.r0 + 1,
            columnCount: bb.c1 - bb.c0 + 1,
            address: `${s.name}!R${bb.r0}C${bb.c0}`,
          };
        });
        return r;
      },
      set formulas(d: unknown[][]) {
        write("formulas", d);
      },
      set values(d: unknown[][]) {
        write("values", d);
      },
      set numberFormat(d: unknown[][]) {
        write("numberFormat", d);
        fx.ops.push({ op: "numberFormat", value: d.length });
      },
      format: recorder(fx, "format"),
      dataValidation: recorder(fx, "dataValidation"),
      conditionalFormats: recorder(fx, "conditionalFormats"),
      merge: () => fx.ops.push({ op: "merge", value: null }),
      select: () => {
        const b = bounds()!;
        fx.ops.push({ op: "select", value: `${sheetOf()!.name}!${b.r0}:${b.c0}` });
      },
    };
    for (const p of [
      "isNullObject",
      "values",
      "valueTypes",
      "numberFormat",
      "formulas",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "address",
    ]) {
      const desc = Object.getOwnPropertyDescriptor(r, p);
      Object.defineProperty(r, p, {
        get() {
          if (!loaded) throw new Error(`Error, property ${p} was not loaded`);
          return loaded.isNullObject && p !== "isNullObject" ? null : loaded[p];
        },
        ...(desc?.set ? { set: desc.set } : {}),
      });
    }
    return r;
  }

  /** Fire the `onChanged` handlers of a sheet as Excel would after a user edit. */
  async change(
    sheet: string,
    address: string,
    source: "Local" | "Remote" = "Local"
  ): Promise<void> {
    for (const h of this.sheet(sheet)!.handlers)
      await h({ address, source, changeType: "RangeEdited" });
  }
}
