/**
 * A STRICT Excel host model for the Office.js adapter's tests and bench/syncs.bench.ts — not an
 * object model that accepts anything. What a real Excel does, as read in the Office.js reference and
 * guidance (docs/excel-hosts.md lists the page or type note behind each rule):
 *
 *  - nothing happens when a property is set or a method called: each is QUEUED as an operation and
 *    carried out when the batch syncs, IN ORDER; a failing operation rejects the sync and the
 *    operations before it STAY applied (a half-built workbook is visible to the test);
 *  - a sheet or a defined name that a validation, a conditional format, a cell formula or a name
 *    refers to must exist when that operation runs (`InvalidReference` otherwise);
 *  - an inline list source is a plain comma list (`Phường,Cấp trên`: no `=`, no quotes, ≤ 255
 *    characters); a range or name source starts with `=`; a `="…"` text formula is refused;
 *  - validation prompts: title ≤ 32, message ≤ 255 characters; error alerts: title ≤ 32,
 *    message ≤ 225 characters (`InvalidArgument` otherwise);
 *  - a written 2-D array has exactly the rows and columns of its range; `null` entries leave a cell
 *    untouched; enums (alignments, borders, operators, visibility …) are checked; unknown
 *    properties of the proxies throw at once (a typo would be silently ignored by Office.js);
 *  - a protected sheet refuses writes to locked cells, formats, validations and rules (`AccessDenied`);
 *    one protected with a password (a clerk's, `FakeSheet.password`) refuses `unprotect()` without it
 *    (`AccessDenied` here; what code real Excel gives was not measured — the adapter must not rely on
 *    it, only on nothing after the failure being applied);
 *  - `context.runtime.enableEvents` is host state that outlives the batch: while it is false the
 *    add-in gets no `onChanged` (neither its own writes nor the user's edits); while it is true its
 *    own writes raise `onChanged`, delivered after the sync like Excel does;
 *  - `suspendApiCalculationUntilNextSync()` leaves every formula written or depending on cells written
 *    in that batch STALE (`fx.stale`) until `application.calculate("Full" | "FullRebuild")` or
 *    `worksheet.calculate(true)` in a later batch; a calculation queued in the suspended batch itself
 *    does nothing;
 *  - every sync's request (the queued operations as JSON) and response (the loaded properties as JSON)
 *    are measured in UTF-8 bytes (`fx.requests`); on Excel on the web (`platform: "web"`, the default)
 *    a request over 5 MB is refused whole (`RequestPayloadSizeLimitExceeded`, nothing applied) and a
 *    response over 5 MB fails the sync (`ResponsePayloadSizeLimitExceeded`); Excel desktop has no
 *    such limit (`platform: "desktop"`).
 *
 * The context's `sync` is a jest.fn, so tests count round trips.
 */

export type Platform = "web" | "desktop";

/** Excel on the web: "a payload size limit for requests and responses of 5MB". */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeValidation {
  rect: Rect;
  address: string;
  rule?: Record<string, unknown>;
  prompt?: { title?: string; message?: string; showPrompt?: boolean };
  errorAlert?: { title?: string; message?: string; style?: string; showAlert?: boolean };
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** A chart added with `worksheet.charts.add` (source and categories as `Sheet!A1:B2`). */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  name?: string;
  title?: string;
  legendVisible?: boolean;
  showValue?: boolean;
  seriesName?: string;
  xAxisValues?: string;
  reversePlotOrder?: boolean;
  categoryAxisPosition?: string;
  position?: [string, string];
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The error code when the sync was rejected. */
  failed?: string;
}

/** An error as Office.js raises it (`OfficeExtension.Error`: code, message, debugInfo). */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    location = ""
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const fail = (code: string, message: string, location = ""): never => {
  throw new OfficeError(code, message, location);
};

/** UTF-8 bytes of a value's JSON. */
export const jsonBytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x) ?? "", "utf8");

const ENUMS = {
  horizontal: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  vertical: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  borderIndex: [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
    "DiagonalDown",
    "DiagonalUp",
  ],
  borderStyle: [
    "None",
    "Continuous",
    "Dash",
    "DashDot",
    "DashDotDot",
    "Dot",
    "Double",
    "SlantDashDot",
  ],
  borderWeight: ["Hairline", "Thin", "Medium", "Thick"],
  cfType: [
    "Custom",
    "DataBar",
    "ColorScale",
    "IconSet",
    "TopBottom",
    "PresetCriteria",
    "ContainsText",
    "CellValue",
  ],
  operator: [
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqualTo",
    "LessThanOrEqualTo",
  ],
  visibility: ["Visible", "Hidden", "VeryHidden"],
  alertStyle: ["Stop", "Warning", "Information"],
  calculation: ["Recalculate", "Full", "FullRebuild"],
  selectionMode: ["Normal", "Unlocked", "None"],
  // Charts: the types and enums the adapter may use (Excel.ChartType has many more).
  chartType: ["BarClustered", "ColumnClustered", "Line", "Pie"],
  seriesBy: ["Auto", "Columns", "Rows"],
  axisPosition: ["Automatic", "Maximum", "Minimum", "Custom"],
} as const;

const PAGE_LAYOUT_PROPS = [
  "alignMarginsHeaderFooter",
  "blackAndWhite",
  "bottomMargin",
  "centerHorizontally",
  "centerVertically",
  "draftMode",
  "firstPageNumber",
  "footerMargin",
  "headerMargin",
  "leftMargin",
  "orientation",
  "paperSize",
  "printComments",
  "printErrors",
  "printGridlines",
  "printHeadings",
  "printOrder",
  "printQuality",
  "rightMargin",
  "topMargin",
  "zoom",
];
const PAGE_LAYOUT_METHODS = [
  "setPrintArea",
  "setPrintMargins",
  "setPrintTitleColumns",
  "setPrintTitleRows",
];
const HEADER_FOOTER_PROPS = [
  "centerFooter",
  "centerHeader",
  "leftFooter",
  "leftHeader",
  "rightFooter",
  "rightHeader",
];

const oneOf = (kind: keyof typeof ENUMS, v: unknown, where: string): void => {
  if (!(ENUMS[kind] as readonly string[]).includes(String(v)))
    fail("InvalidArgument", `${String(v)} is not a valid ${kind}`, where);
};
const isHex = (v: unknown) => typeof v === "string" && /^#[0-9A-Fa-f]{6}$/.test(v);

const colNo = (l: string) =>
  [...l.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
const colLetter = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A1 address (no sheet) → rectangle; `B:B`, `5:7`, `A1`, `$A$1:$C$9`. */
export function parseAddress(a: string): Rect | null {
  const parts = a.replace(/\$/g, "").split(":");
  if (parts.length > 2 || !parts[0]) return null;
  const one = (s: string) => /^([A-Z]{0,3})(\d*)$/i.exec(s.trim());
  const p = one(parts[0]);
  const q = one(parts[1] ?? parts[0]);
  if (!p || !q || (!p[1] && !p[2]) || (!q[1] && !q[2])) return null;
  const wholeRows = !p[1] && !q[1];
  const wholeCols = !p[2] && !q[2];
  if (!wholeRows && !wholeCols && (!p[1] || !p[2] || !q[1] || !q[2])) return null;
  const r0 = wholeCols ? 1 : Number(p[2]);
  const r1 = wholeCols ? MAX_ROW : Number(q[2]);
  const c0 = wholeRows ? 1 : colNo(p[1]!);
  const c1 = wholeRows ? MAX_COL : colNo(q[1]!);
  if (!(r0 >= 1 && r1 <= MAX_ROW && c0 >= 1 && c1 <= MAX_COL)) return null;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

const rectText = (r: Rect) =>
  r.r0 === r.r1 && r.c0 === r.c1
    ? `${colLetter(r.c0)}${r.r0}`
    : `${colLetter(r.c0)}${r.r0}:${colLetter(r.c1)}${r.r1}`;
const inRect = (r: Rect, row: number, col: number) =>
  row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/**
 * The sheets and defined names a formula (with or without its `=`) refers to: quoted (`'Danh mục'!`)
 * and plain (`Data!`) sheet prefixes, and identifiers that are neither functions, cell or column
 * references, nor TRUE/FALSE. Text in double quotes is skipped.
 */
export function formulaRefs(formula: string): { sheets: string[]; names: string[] } {
  const sheets: string[] = [];
  const names: string[] = [];
  const text = formula
    .replace(/^=/, "")
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/g, "0");
  const token =
    /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\u1EFF][\w.\u00C0-\u1EFF]*)!|\$?[A-Za-z]{1,3}\$?\d+(?![\w(])|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\w(])|\$?\d+:\$?\d+|([A-Za-z_\\][\w.]*)(\s*\()?|\d+(?:\.\d+)?(?:E[+-]?\d+)?|[\s\S]/giu;
  for (const m of text.matchAll(token)) {
    if (m[1] !== undefined) sheets.push(m[1].replace(/''/g, "'"));
    else if (m[2] !== undefined) sheets.push(m[2]);
    else if (m[3] !== undefined && !m[4] && !/^(TRUE|FALSE)$/i.test(m[3])) names.push(m[3]);
  }
  return { sheets, names };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility = "Visible";
  protected = false;
  /** A password the clerk set in Excel (Review › Protect Sheet); null: protected without one. */
  password: string | null = null;
  deleted = false;
  tabColor = "";
  readonly handlers: ((e: unknown) => Promise<void>)[] = [];
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly unlocked: Rect[] = [];
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly formats: { address: string; prop: string; value: unknown }[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  readonly charts: FakeChart[] = [];
  freeze: { rows: number; cols: number } | null = null;
  constructor(public name: string) {}
  set(row: number, col: number, c: FakeCell): void {
    this.cells.set(`${row}:${col}`, c);
  }
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }
  used(valuesOnly = false): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = 0,
      c1 = 0;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === "" && !c.formula) continue;
      const [r, col] = k.split(":").map(Number) as [number, number];
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, col);
    }
    return r1 ? { r0, c0, r1, c1 } : null;
  }
  isLocked(row: number, col: number): boolean {
    return !this.unlocked.some((r) => inRect(r, row, col));
  }
  hasFormulas(): boolean {
    for (const c of this.cells.values()) if (c.formula) return true;
    return false;
  }
}

interface Op {
  readonly target: string;
  readonly member: string;
  readonly args: unknown;
  readonly apply: () => void;
  /** For loads: the loaded data (measured as the response) and how to hand it over after the sync. */
  readonly respond?: () => { data: unknown; deliver: () => void };
}

interface BatchState {
  suspended: boolean;
  wrote: boolean;
  events: { sheet: FakeSheet; address: string }[];
}

const NOT_LOADED = (p: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

/** Seal an object so that setting an unknown property throws (strict mode) instead of being ignored. */
function sealed<T extends object>(o: T): T {
  return Object.seal(o);
}

export interface FakeExcelOptions {
  readonly platform?: Platform;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Defined names → refers-to formula. */
  readonly names = new Map<string, string>();
  /** Applied operations, in order (for assertions). */
  readonly ops: { op: string; value: unknown; target?: string }[] = [];
  /** Every cell written, as `sheet!row:col`. */
  readonly written: string[] = [];
  /** One record per context.sync(). */
  readonly requests: SyncRecord[] = [];
  /** Sheets whose formulas are stale (calculation was suspended while cells were written). */
  readonly stale = new Set<string>();
  /** Host state: the add-in's events (`context.runtime.enableEvents`). */
  enableEvents = true;
  /** Recalculations carried out (application.calculate / worksheet.calculate). */
  recalculations = 0;
  platform: Platform;
  /** Payload limit in bytes (null: none). Defaults to 5 MB on the web, none on the desktop. */
  payloadLimit: number | null;
  /** Fail the next sync before any operation runs (nothing applied), as a cell-edit-mode refusal does. */
  failNextSync: { code: string; message: string } | null = null;
  /** Fail at the first operation matching `match` (the operations before it stay applied). */
  failAt: {
    match: (op: { target: string; member: string; args: unknown }) => boolean;
    code: string;
    message: string;
    times?: number;
  } | null = null;
  readonly context: any;
  readonly sync: jest.Mock;
  private pending: Op[] = [];
  private batch: BatchState = { suspended: false, wrote: false, events: [] };
  private active: string | null = null;

  constructor(sheetNames: string[] = ["Sheet1"], o: FakeExcelOptions = {}) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n));
    this.active = sheetNames[0] ?? null;
    this.platform = o.platform ?? "web";
    this.payloadLimit = this.platform === "web" ? WEB_PAYLOAD_LIMIT : null;
    this.sync = jest.fn(() => this.runSync());
    const fx = this;
    const application = this.application();
    const runtime = sealed({
      set enableEvents(v: boolean) {
        fx.queue("runtime", "enableEvents", v, () => {
          if (typeof v !== "boolean") fail("InvalidArgument", "enableEvents must be a boolean");
          fx.enableEvents = v;
          fx.ops.push({ op: "enableEvents", value: v });
        });
      },
      get enableEvents(): boolean {
        throw NOT_LOADED("enableEvents");
      },
    });
    this.context = {
      sync: this.sync,
      workbook: this.workbook(application),
      application,
      runtime,
    };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  /** Runs a batch the way Excel.run does, on this model's context. */
  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => batch(this.context);

  /** Bytes of the largest request so far. */
  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  // ---------------------------------------------------------------- the batch

  private queue(
    target: string,
    member: string,
    args: unknown,
    apply: () => void,
    respond?: Op["respond"]
  ): void {
    this.pending.push({ target, member, args, apply, ...(respond ? { respond } : {}) });
  }

  private async runSync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const record: SyncRecord = {
      requestBytes: jsonBytes(ops.map((o) => ({ t: o.target, m: o.member, a: o.args }))),
      responseBytes: 0,
      operations: ops.length,
    };
    this.requests.push(record);
    await Promise.resolve();
    const refuse = (e: OfficeError): never => {
      record.failed = e.code;
      throw e;
    };
    if (this.failNextSync) {
      const f = this.failNextSync;
      this.failNextSync = null;
      refuse(new OfficeError(f.code, f.message));
    }
    if (this.payloadLimit !== null && record.requestBytes > this.payloadLimit)
      refuse(
        new OfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${record.requestBytes} bytes).`
        )
      );
    this.batch = { suspended: false, wrote: false, events: [] };
    const deliveries: (() => void)[] = [];
    let response = 0;
    let error: OfficeError | null = null;
    for (const op of ops) {
      try {
        const f = this.failAt;
        if (f && f.match(op)) {
          if (f.times === undefined || --f.times <= 0) this.failAt = null;
          fail(f.code, f.message, `${op.target}.${op.member}`);
        }
        op.apply();
        if (op.respond) {
          const r = op.respond();
          response += jsonBytes(r.data);
          deliveries.push(r.deliver);
        }
      } catch (e) {
        error =
          e instanceof OfficeError
            ? e
            : new OfficeError("GeneralException", String((e as Error)?.message ?? e));
        if (!error.debugInfo.errorLocation)
          error.debugInfo.errorLocation = `${op.target}.${op.member}`;
        break;
      }
    }
    this.endBatch();
    record.responseBytes = response;
    if (error) refuse(error);
    if (this.payloadLimit !== null && response > this.payloadLimit)
      refuse(
        new OfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${response} bytes).`
        )
      );
    for (const d of deliveries) d();
  }

  private endBatch(): void {
    const b = this.batch;
    if (b.suspended && b.wrote)
      for (const s of this.sheets) if (!s.deleted && s.hasFormulas()) this.stale.add(s.name);
    const events = b.events;
    this.batch = { suspended: false, wrote: false, events: [] };
    if (events.length)
      setTimeout(() => {
        for (const e of events)
          for (const h of e.sheet.handlers)
            void h({ address: e.address, source: "Local", changeType: "RangeEdited" });
      }, 0);
  }

  // ---------------------------------------------------------------- references

  private checkRefs(formula: string, where: string): void {
    const { sheets, names } = formulaRefs(formula);
    for (const s of sheets)
      if (!this.sheet(s)) fail("InvalidReference", `The sheet '${s}' does not exist.`, where);
    for (const n of names)
      if (![...this.names.keys()].some((k) => k.toUpperCase() === n.toUpperCase()))
        fail("InvalidReference", `The name '${n}' is not defined.`, where);
  }

  private liveSheet(name: string, where: string): FakeSheet {
    return this.sheet(name) ?? fail("ItemNotFound", `The sheet '${name}' does not exist.`, where);
  }

  private guardProtected(s: FakeSheet, where: string): void {
    if (s.protected) fail("AccessDenied", `The sheet '${s.name}' is protected.`, where);
  }

  // ---------------------------------------------------------------- application, workbook

  private application(): any {
    const fx = this;
    return sealed({
      suspendApiCalculationUntilNextSync() {
        fx.queue("application", "suspendApiCalculationUntilNextSync", [], () => {
          fx.batch.suspended = true;
          fx.ops.push({ op: "suspendApiCalculationUntilNextSync", value: null });
        });
      },
      suspendScreenUpdatingUntilNextSync() {
        fx.queue("application", "suspendScreenUpdatingUntilNextSync", [], () =>
          fx.ops.push({ op: "suspendScreenUpdatingUntilNextSync", value: null })
        );
      },
      calculate(type: string) {
        fx.queue("application", "calculate", [type], () => {
          oneOf("calculation", type, "application.calculate");
          fx.ops.push({ op: "calculate", value: type });
          if (fx.batch.suspended) return; // calculation is suspended until the next sync
          fx.recalculations++;
          if (type !== "Recalculate") fx.stale.clear();
        });
      },
    });
  }

  private workbook(application: unknown): any {
    const fx = this;
    const live = () => fx.sheets.filter((s) => !s.deleted);
    let itemsLoaded: string[] | null = null;
    const worksheets = sealed({
      load(props?: string) {
        fx.queue(
          "worksheets",
          "load",
          props ?? null,
          () => undefined,
          () => {
            const names = live().map((s) => s.name);
            return { data: names, deliver: () => (itemsLoaded = names) };
          }
        );
      },
      get items() {
        if (!itemsLoaded) throw NOT_LOADED("items");
        return itemsLoaded.map((name) => ({ name }));
      },
      getItem: (name: string) => fx.worksheet(name, false),
      getItemOrNullObject: (name: string) => fx.worksheet(name, true),
      getFirst: () => fx.worksheet(() => live()[0]?.name ?? "", false),
      getActiveWorksheet: () => fx.worksheet(() => fx.active ?? "", false),
      add: (name: string) => {
        fx.queue("worksheets", "add", [name], () => {
          if (
            typeof name !== "string" ||
            !name.length ||
            name.length > 31 ||
            /[[\]:*?/\\]/.test(name) ||
            /^'|'$/.test(name) ||
            /^history$/i.test(name)
          )
            fail("InvalidArgument", `'${name}' is not a valid sheet name.`, "worksheets.add");
          if (fx.sheet(name))
            fail("ItemAlreadyExists", `A sheet named '${name}' already exists.`, "worksheets.add");
          fx.sheets.push(new FakeSheet(name));
          fx.ops.push({ op: "worksheets.add", value: name });
        });
        return fx.worksheet(name, false);
      },
    });
    let namesLoaded: string[] | null = null;
    const findName = (name: string) =>
      [...fx.names.keys()].find((k) => k.toUpperCase() === name.toUpperCase());
    const nameItem = (name: string, orNull: boolean) =>
      sealed({
        set formula(refersTo: string) {
          fx.queue(`names(${name})`, "formula", refersTo, () => {
            const key =
              findName(name) ?? fail("ItemNotFound", `No name '${name}'.`, "names.getItem");
            if (typeof refersTo !== "string" || !refersTo.startsWith("="))
              fail("InvalidArgument", `A name refers to a formula starting with '='.`, name);
            fx.checkRefs(refersTo, `names(${name}).formula`);
            fx.names.set(key, refersTo);
            fx.ops.push({ op: "names.formula", value: [name, refersTo] });
          });
        },
        delete() {
          fx.queue(`names(${name})`, "delete", [], () => {
            const key = findName(name);
            if (!key) {
              if (orNull) return;
              fail("ItemNotFound", `No name '${name}'.`, "names.delete");
            }
            fx.names.delete(key!);
            fx.ops.push({ op: "names.delete", value: name });
          });
        },
      });
    const names = sealed({
      load(props?: string) {
        fx.queue(
          "names",
          "load",
          props ?? null,
          () => undefined,
          () => {
            const list = [...fx.names.keys()];
            return { data: list, deliver: () => (namesLoaded = list) };
          }
        );
      },
      get items() {
        if (!namesLoaded) throw NOT_LOADED("items");
        return namesLoaded.map((name) => ({ name }));
      },
      add(name: string, reference: string) {
        fx.queue("names", "add", [name, reference], () => {
          if (
            typeof name !== "string" ||
            !/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) ||
            /^[A-Za-z]{1,3}\d+$/.test(name) ||
            /^R\d*C\d*$/i.test(name)
          )
            fail("InvalidArgument", `'${name}' is not a valid name.`, "names.add");
          if (findName(name))
            fail("ItemAlreadyExists", `The name '${name}' already exists.`, "names.add");
          if (typeof reference !== "string" || !reference.startsWith("="))
            fail("InvalidArgument", `A name refers to a formula starting with '='.`, name);
          fx.checkRefs(reference, `names.add(${name})`);
          fx.names.set(name, reference);
          fx.ops.push({ op: "names.add", value: [name, reference] });
        });
      },
      getItem: (name: string) => nameItem(name, false),
      getItemOrNullObject: (name: string) => nameItem(name, true),
    });
    return sealed({ worksheets, names, application });
  }

  // ---------------------------------------------------------------- worksheets

  /** A worksheet proxy; its name is resolved when each of its operations runs. */
  worksheet(nameOrFn: string | (() => string), orNull: boolean): any {
    const fx = this;
    const nameNow = () => (typeof nameOrFn === "string" ? nameOrFn : nameOrFn());
    const label = () => `ws(${nameNow()})`;
    const sheet = (where: string) => fx.liveSheet(nameNow(), where);
    let loaded: { isNull: boolean; name: string } | null = null;
    const op = (member: string, args: unknown, apply: () => void) =>
      fx.queue(label(), member, args, apply);
    const freezePanes = sealed({
      freezeRows(n: number) {
        op("freezePanes.freezeRows", [n], () => {
          sheet("freezeRows").freeze = { rows: n, cols: 0 };
        });
      },
      freezeColumns(n: number) {
        op("freezePanes.freezeColumns", [n], () => {
          sheet("freezeColumns").freeze = { rows: 0, cols: n };
        });
      },
      freezeAt(r: { rect?: () => Rect } | string) {
        op("freezePanes.freezeAt", [typeof r === "string" ? r : "range"], () => {
          const rect = typeof r === "string" ? parseAddress(r) : (r.rect?.() ?? null);
          if (!rect) fail("InvalidArgument", "freezeAt needs a range", "freezeAt");
          sheet("freezeAt").freeze = { rows: rect!.r1, cols: rect!.c1 };
        });
      },
      unfreeze() {
        op("freezePanes.unfreeze", [], () => {
          sheet("unfreeze").freeze = null;
        });
      },
    });
    const headerFooter = (group: string) => {
      const o: Record<string, unknown> = {};
      for (const p of HEADER_FOOTER_PROPS)
        Object.defineProperty(o, p, {
          enumerable: true,
          set(v: unknown) {
            op(`pageLayout.headersFooters.${group}.${p}`, v, () => {
              if (typeof v !== "string") fail("InvalidArgument", `${p} must be text`, p);
              sheet("pageLayout").pageLayout[`headersFooters.${group}.${p}`] = v;
              fx.ops.push({ op: `pageLayout.headersFooters.${group}.${p}`, value: v });
            });
          },
        });
      return sealed(o);
    };
    const pageLayout: Record<string, unknown> = {};
    for (const p of PAGE_LAYOUT_PROPS)
      Object.defineProperty(pageLayout, p, {
        enumerable: true,
        set(v: unknown) {
          op(`pageLayout.${p}`, v, () => {
            sheet("pageLayout").pageLayout[p] = v;
            fx.ops.push({ op: `pageLayout.${p}`, value: v });
          });
        },
      });
    for (const m of PAGE_LAYOUT_METHODS)
      pageLayout[m] = (...args: unknown[]) =>
        op(`pageLayout.${m}`, args, () => {
          for (const a of args)
            if (typeof a === "string") fx.checkRefs(a.startsWith("=") ? a : `=${a}`, m);
          sheet("pageLayout").pageLayout[m] = args;
          fx.ops.push({ op: `pageLayout.${m}`, value: args });
        });
    // The print area set last (setPrintArea), as a range; null when the sheet has none.
    pageLayout.getPrintAreaOrNullObject = () => fx.range(nameNow, "printArea", true);
    pageLayout.headersFooters = sealed({
      defaultForAllPages: headerFooter("defaultForAllPages"),
      firstPage: headerFooter("firstPage"),
      evenPages: headerFooter("evenPages"),
      oddPages: headerFooter("oddPages"),
      set state(v: unknown) {
        op("pageLayout.headersFooters.state", v, () => undefined);
      },
      set useSheetMargins(v: unknown) {
        op("pageLayout.headersFooters.useSheetMargins", v, () => undefined);
      },
      set useSheetScale(v: unknown) {
        op("pageLayout.headersFooters.useSheetScale", v, () => undefined);
      },
    });
    /*
     * Charts: `add` takes a Range proxy (a string or another object is refused) on a sheet that
     * exists when the operation runs; a protected sheet refuses new objects (AccessDenied). The
     * chart's later settings apply to the chart that `add` made, in queue order.
     */
    const rangeText = (r: unknown, where: string): string => {
      const proxy = r as { rect?: () => Rect | null; sheetOf?: () => string } | null;
      if (!proxy || typeof proxy.rect !== "function" || typeof proxy.sheetOf !== "function")
        fail("InvalidArgument", "A Range object is expected.", where);
      const on = fx.liveSheet(proxy!.sheetOf!(), where);
      const b = proxy!.rect!() ?? fail("InvalidArgument", "The range is empty.", where);
      return `${on.name}!${rectText(b)}`;
    };
    const charts = sealed({
      add(type: string, source: unknown, seriesBy = "Auto") {
        let chart: FakeChart | null = null;
        op("charts.add", [type, seriesBy], () => {
          const s = sheet("charts.add");
          fx.guardProtected(s, "charts.add");
          oneOf("chartType", type, "charts.add");
          oneOf("seriesBy", seriesBy, "charts.add");
          chart = { type, source: rangeText(source, "charts.add"), seriesBy };
          s.charts.push(chart);
          fx.ops.push({ op: "charts.add", value: [type, chart.source] });
        });
        const on = () => chart ?? fail("ItemNotFound", "The chart was not added.", "chart");
        const chartSet = (
          member: string,
          check: (v: unknown) => boolean,
          put: (c: FakeChart, v: unknown) => void
        ) => ({
          enumerable: true,
          set(v: unknown) {
            op(`chart.${member}`, v, () => {
              if (!check(v))
                fail("InvalidArgument", `${JSON.stringify(v)} is not a valid ${member}`, "chart");
              put(on(), v);
            });
          },
        });
        const isText = (v: unknown) => typeof v === "string";
        const isBool = (v: unknown) => typeof v === "boolean";
        const obj = (props: Record<string, PropertyDescriptor>) => {
          const o = {};
          Object.defineProperties(o, props);
          return sealed(o);
        };
        const series = obj({
          name: chartSet("series.name", isText, (c, v) => (c.seriesName = String(v))),
          setXAxisValues: {
            value: (r: unknown) =>
              op("chart.series.setXAxisValues", [], () => {
                on().xAxisValues = rangeText(r, "setXAxisValues");
              }),
          },
        });
        const categoryAxis = obj({
          reversePlotOrder: chartSet(
            "categoryAxis.reversePlotOrder",
            isBool,
            (c, v) => (c.reversePlotOrder = Boolean(v))
          ),
          position: chartSet(
            "categoryAxis.position",
            (v) => (ENUMS.axisPosition as readonly string[]).includes(String(v)),
            (c, v) => (c.categoryAxisPosition = String(v))
          ),
        });
        return obj({
          name: chartSet(
            "name",
            (v) => isText(v) && v !== "",
            (c, v) => (c.name = String(v))
          ),
          title: {
            value: obj({ text: chartSet("title.text", isText, (c, v) => (c.title = String(v))) }),
          },
          legend: {
            value: obj({
              visible: chartSet("legend.visible", isBool, (c, v) => (c.legendVisible = Boolean(v))),
            }),
          },
          dataLabels: {
            value: obj({
              showValue: chartSet(
                "dataLabels.showValue",
                isBool,
                (c, v) => (c.showValue = Boolean(v))
              ),
            }),
          },
          series: {
            value: sealed({
              getItemAt: (i: number) =>
                i === 0 ? series : fail("ItemNotFound", `No series ${i}`, "series"),
            }),
          },
          axes: { value: sealed({ categoryAxis }) },
          setPosition: {
            value: (start: string, end: string) =>
              op("chart.setPosition", [start, end], () => {
                const a = parseAddress(start);
                const b = parseAddress(end);
                if (!a || !b || a.r0 !== a.r1 || b.r0 !== b.r1 || a.c0 !== a.c1 || b.c0 !== b.c1)
                  fail("InvalidArgument", `Bad chart position ${start}, ${end}`, "setPosition");
                on().position = [start, end];
              }),
          },
        });
      },
    });
    const ws: any = {
      load(props?: string) {
        fx.queue(
          label(),
          "load",
          props ?? "name",
          () => undefined,
          () => {
            const s = fx.sheet(nameNow());
            const l = { isNull: !s, name: s?.name ?? nameNow() };
            if (!s && !orNull) fail("ItemNotFound", `The sheet '${nameNow()}' does not exist.`);
            return { data: { name: l.name }, deliver: () => (loaded = l) };
          }
        );
      },
      get isNullObject() {
        if (!orNull) return false;
        if (!loaded) throw NOT_LOADED("isNullObject");
        return loaded.isNull;
      },
      get name() {
        if (!loaded) throw NOT_LOADED("name");
        return loaded.name;
      },
      getRange: (address: string) => {
        const rect = parseAddress(address);
        if (!rect) throw new OfficeError("InvalidArgument", `Bad address ${address}`);
        return fx.range(nameNow, rect);
      },
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        fx.range(nameNow, { r0: r + 1, c0: c + 1, r1: r + rows, c1: c + cols }),
      getUsedRangeOrNullObject: (valuesOnly = false) =>
        fx.range(nameNow, valuesOnly ? "usedValues" : "used", true),
      activate: () =>
        op("activate", [], () => {
          const s = sheet("activate");
          if (s.visibility !== "Visible")
            fail("InvalidOperation", `The sheet '${s.name}' is hidden.`, "activate");
          fx.active = s.name;
          fx.ops.push({ op: "activate", value: s.name });
        }),
      delete: () =>
        op("delete", [], () => {
          const s = sheet("delete");
          if (
            fx.sheets.filter((x) => !x.deleted && x.visibility === "Visible" && x !== s).length ===
            0
          )
            fail("InvalidOperation", "A workbook must keep one visible sheet.", "delete");
          s.deleted = true;
          if (fx.active === s.name) fx.active = fx.sheets.find((x) => !x.deleted)?.name ?? null;
          fx.ops.push({ op: "delete", value: s.name });
        }),
      calculate: (markAllDirty: boolean) =>
        op("calculate", [markAllDirty], () => {
          const s = sheet("calculate");
          fx.ops.push({ op: "worksheet.calculate", value: s.name });
          if (fx.batch.suspended) return;
          fx.recalculations++;
          if (markAllDirty) fx.stale.delete(s.name);
        }),
      onChanged: sealed({
        add: (h: (e: unknown) => Promise<void>) => {
          op("onChanged.add", [], () => {
            sheet("onChanged").handlers.push(h);
          });
          return {
            remove: () =>
              fx.queue(label(), "onChanged.remove", [], () => {
                const s = fx.sheet(nameNow());
                const i = s ? s.handlers.indexOf(h) : -1;
                if (s && i >= 0) s.handlers.splice(i, 1);
              }),
            context: fx.context,
          };
        },
      }),
      freezePanes,
      charts,
      pageLayout: sealed(pageLayout),
      protection: sealed({
        protect: (options?: { selectionMode?: string }) =>
          op("protection.protect", [options ?? null], () => {
            const s = sheet("protect");
            if (options?.selectionMode) oneOf("selectionMode", options.selectionMode, "protect");
            if (s.protected) fail("InvalidOperation", "The sheet is already protected.", "protect");
            s.protected = true;
            fx.ops.push({ op: "protect", value: s.name });
          }),
        unprotect: (password?: string) =>
          op("protection.unprotect", [password ?? null], () => {
            const s = sheet("unprotect");
            if (s.protected && s.password !== null && password !== s.password)
              fail(
                "AccessDenied",
                `The sheet '${s.name}' is protected with a password.`,
                "unprotect"
              );
            s.protected = false;
            s.password = null;
          }),
      }),
    };
    for (const [prop, check] of [
      ["tabColor", (v: unknown) => v === "" || isHex(v)],
      ["visibility", (v: unknown) => (ENUMS.visibility as readonly string[]).includes(String(v))],
      ["position", (v: unknown) => Number.isInteger(v) && (v as number) >= 0],
    ] as const) {
      Object.defineProperty(ws, prop, {
        enumerable: true,
        set(v: unknown) {
          op(prop, v, () => {
            const s = sheet(prop);
            if (!check(v)) fail("InvalidArgument", `${String(v)} is not a valid ${prop}`, prop);
            if (prop === "visibility") {
              if (
                v !== "Visible" &&
                fx.sheets.filter((x) => !x.deleted && x.visibility === "Visible" && x !== s)
                  .length === 0
              )
                fail("InvalidOperation", "A workbook must keep one visible sheet.", prop);
              s.visibility = String(v);
            }
            if (prop === "tabColor") s.tabColor = String(v);
            fx.ops.push({ op: `${s.name}.${prop}`, value: v });
          });
        },
      });
    }
    return sealed(ws);
  }

  // ---------------------------------------------------------------- ranges

  range(
    sheetName: () => string,
    where: Rect | "used" | "usedValues" | "printArea",
    orNull = false
  ): any {
    const fx = this;
    const bounds = (): Rect | null => {
      if (where === "printArea") {
        const set = fx.sheet(sheetName())?.pageLayout.setPrintArea as unknown[] | undefined;
        return typeof set?.[0] === "string" ? parseAddress(set[0].replace(/^.*!/u, "")) : null;
      }
      if (where !== "used" && where !== "usedValues") return where;
      const s = fx.sheet(sheetName());
      return s ? s.used(where === "usedValues") : null;
    };
    const label = () => `${sheetName()}!${typeof where === "string" ? where : rectText(where)}`;
    const sheet = (w: string) => fx.liveSheet(sheetName(), w);
    const op = (member: string, args: unknown, apply: () => void) =>
      fx.queue(label(), member, args, apply);
    let loaded: Record<string, unknown> | null = null;

    const write = (kind: "formulas" | "values" | "numberFormat", data: unknown) => {
      op(kind, data, () => {
        const s = sheet(kind);
        const b = bounds() ?? fail("ItemNotFound", "No range", kind);
        const rows = b.r1 - b.r0 + 1;
        const cols = b.c1 - b.c0 + 1;
        if (
          !Array.isArray(data) ||
          data.length !== rows ||
          data.some((line) => !Array.isArray(line) || line.length !== cols)
        )
          fail(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
            label()
          );
        const grid = data as unknown[][];
        if (s.protected && kind !== "numberFormat")
          grid.forEach((line, i) =>
            line.forEach((v, j) => {
              if (v !== null && v !== undefined && s.isLocked(b.r0 + i, b.c0 + j))
                fail("AccessDenied", `The cell is locked on protected sheet '${s.name}'.`, label());
            })
          );
        else if (s.protected) fx.guardProtected(s, label());
        // References are checked before anything of this write is applied.
        if (kind !== "numberFormat")
          for (const line of grid)
            for (const v of line)
              if (typeof v === "string" && v.startsWith("=")) fx.checkRefs(v, label());
        let any = false;
        grid.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null || v === undefined) return;
            const row = b.r0 + i;
            const col = b.c0 + j;
            if (kind === "numberFormat") {
              if (typeof v !== "string")
                fail("InvalidArgument", "A number format is text.", label());
              const c = s.get(row, col);
              if (c) c.numberFormat = v as string;
              else s.set(row, col, { value: "", numberFormat: v as string });
              return;
            }
            if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
              fail("InvalidArgument", `Unsupported cell value ${JSON.stringify(v)}`, label());
            any = true;
            fx.written.push(`${s.name}!${row}:${col}`);
            const prev = s.get(row, col);
            if (v === "") {
              if (prev?.numberFormat)
                s.set(row, col, { value: "", numberFormat: prev.numberFormat });
              else s.cells.delete(`${row}:${col}`);
              return;
            }
            const isFormula = typeof v === "string" && v.startsWith("=");
            const text = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
            s.set(row, col, {
              value: isFormula ? "" : (text as FakeCell["value"]),
              ...(isFormula ? { formula: v as string } : {}),
              ...(prev?.numberFormat ? { numberFormat: prev.numberFormat } : {}),
            });
          })
        );
        if (kind === "numberFormat") {
          fx.ops.push({ op: "numberFormat", value: grid.length, target: label() });
          return;
        }
        if (any) {
          fx.batch.wrote = true;
          if (fx.enableEvents) fx.batch.events.push({ sheet: s, address: rectText(b) });
        }
      });
    };

    const formatSet = (
      path: string,
      check: (v: unknown) => boolean,
      after?: (s: FakeSheet, v: unknown) => void
    ) => ({
      enumerable: true,
      set(v: unknown) {
        op(`format.${path}`, v, () => {
          const s = sheet(path);
          if (!check(v))
            fail("InvalidArgument", `${JSON.stringify(v)} is not a valid ${path}`, label());
          if (s.protected && path !== "protection.locked") fx.guardProtected(s, label());
          s.formats.push({ address: label(), prop: path, value: v });
          fx.ops.push({ op: `format.${path}`, value: v, target: label() });
          after?.(s, v);
        });
      },
    });
    const font = {};
    Object.defineProperties(font, {
      name: formatSet("font.name", (v) => typeof v === "string" && v.length > 0),
      size: formatSet("font.size", (v) => typeof v === "number" && v >= 1 && v <= 409),
      bold: formatSet("font.bold", (v) => typeof v === "boolean"),
      italic: formatSet("font.italic", (v) => typeof v === "boolean"),
      color: formatSet("font.color", isHex),
      underline: formatSet("font.underline", (v) => typeof v === "string"),
    });
    const fill = {};
    Object.defineProperties(fill, { color: formatSet("fill.color", isHex) });
    const protection = {};
    Object.defineProperties(protection, {
      locked: formatSet(
        "protection.locked",
        (v) => typeof v === "boolean",
        (s, v) => {
          const b = bounds();
          if (b && v === false) s.unlocked.push(b);
        }
      ),
    });
    const format: Record<string, unknown> = {
      font: sealed(font),
      fill: sealed(fill),
      protection: sealed(protection),
      borders: sealed({
        getItem: (edge: string) => {
          const o = {};
          Object.defineProperties(o, {
            style: formatSet(
              `borders.${edge}.style`,
              (v) =>
                (ENUMS.borderIndex as readonly string[]).includes(edge) &&
                (ENUMS.borderStyle as readonly string[]).includes(String(v))
            ),
            color: formatSet(
              `borders.${edge}.color`,
              (v) => (ENUMS.borderIndex as readonly string[]).includes(edge) && isHex(v)
            ),
            weight: formatSet(`borders.${edge}.weight`, (v) =>
              (ENUMS.borderWeight as readonly string[]).includes(String(v))
            ),
          });
          return sealed(o);
        },
      }),
      autofitColumns: () => op("format.autofitColumns", [], () => undefined),
      autofitRows: () => op("format.autofitRows", [], () => undefined),
    };
    Object.defineProperties(format, {
      horizontalAlignment: formatSet("horizontalAlignment", (v) =>
        (ENUMS.horizontal as readonly string[]).includes(String(v))
      ),
      verticalAlignment: formatSet("verticalAlignment", (v) =>
        (ENUMS.vertical as readonly string[]).includes(String(v))
      ),
      wrapText: formatSet("wrapText", (v) => typeof v === "boolean"),
      columnWidth: formatSet(
        "columnWidth",
        (v) => typeof v === "number" && v >= 0 && v <= 255 * 7.5,
        (s, v) => {
          const b = bounds();
          if (b) for (let c = b.c0; c <= b.c1; c++) s.columnWidths.set(c, v as number);
        }
      ),
      rowHeight: formatSet("rowHeight", (v) => typeof v === "number" && v >= 0 && v <= 409),
    });

    const dvSet = (member: "rule" | "prompt" | "errorAlert" | "ignoreBlanks") => ({
      enumerable: true,
      set(v: unknown) {
        op(`dataValidation.${member}`, v, () => {
          const s = sheet(member);
          fx.guardProtected(s, label());
          const b = bounds() ?? fail("ItemNotFound", "No range", label());
          const at = `${label()}.dataValidation.${member}`;
          fx.checkValidationPart(member, v, at);
          let dv = s.validations.find((x) => x.address === rectText(b));
          if (!dv) {
            dv = { rect: b, address: rectText(b) };
            s.validations.push(dv);
          }
          (dv as unknown as Record<string, unknown>)[member] = v;
          fx.ops.push({ op: `dataValidation.${member}`, value: v, target: label() });
        });
      },
    });
    const dataValidation = {
      clear: () =>
        op("dataValidation.clear", [], () => {
          const s = sheet("dataValidation.clear");
          const b = bounds();
          if (!b) return;
          for (let i = s.validations.length - 1; i >= 0; i--)
            if (overlaps(s.validations[i]!.rect, b)) s.validations.splice(i, 1);
        }),
    };
    Object.defineProperties(dataValidation, {
      rule: dvSet("rule"),
      prompt: dvSet("prompt"),
      errorAlert: dvSet("errorAlert"),
      ignoreBlanks: dvSet("ignoreBlanks"),
    });

    const conditionalFormats = sealed({
      add: (type: string) => {
        let cf: FakeConditionalFormat | null = null;
        op("conditionalFormats.add", [type], () => {
          const s = sheet("conditionalFormats.add");
          fx.guardProtected(s, label());
          oneOf("cfType", type, label());
          const b = bounds() ?? fail("ItemNotFound", "No range", label());
          cf = { address: rectText(b), type };
          s.conditionalFormats.push(cf);
          fx.ops.push({ op: "conditionalFormats.add()", value: [type], target: label() });
        });
        const cfSet = (
          path: string,
          check: (v: unknown) => boolean,
          put: (c: FakeConditionalFormat, v: unknown) => void
        ) => ({
          enumerable: true,
          set(v: unknown) {
            op(`conditionalFormat.${path}`, v, () => {
              if (!cf) fail("ItemNotFound", "The conditional format was not added.", label());
              if (!check(v))
                fail("InvalidArgument", `${JSON.stringify(v)} is not a valid ${path}`, label());
              put(cf!, v);
            });
          },
        });
        const rule = {};
        Object.defineProperties(rule, {
          formula: cfSet(
            "custom.rule.formula",
            (v) => typeof v === "string" && v.startsWith("="),
            (c, v) => {
              fx.checkRefs(String(v), `${label()}.conditionalFormat`);
              c.formula = String(v);
            }
          ),
        });
        const cfFill = {};
        Object.defineProperties(cfFill, {
          color: cfSet("custom.format.fill.color", isHex, (c, v) => (c.fill = String(v))),
        });
        const cfFont = {};
        Object.defineProperties(cfFont, {
          color: cfSet("custom.format.font.color", isHex, (c, v) => (c.fontColor = String(v))),
          bold: cfSet(
            "custom.format.font.bold",
            (v) => typeof v === "boolean",
            (c, v) => (c.bold = Boolean(v))
          ),
        });
        return sealed({
          custom: sealed({
            rule: sealed(rule),
            format: sealed({ fill: sealed(cfFill), font: sealed(cfFont) }),
          }),
        });
      },
    });

    const r: any = {
      load(props: string) {
        fx.queue(
          label(),
          "load",
          props,
          () => undefined,
          () => {
            const s = fx.sheet(sheetName());
            const b = bounds();
            if (!s && !orNull) fail("ItemNotFound", `The sheet '${sheetName()}' does not exist.`);
            if (!s || !b) {
              const l = { isNullObject: true };
              return { data: l, deliver: () => (loaded = l) };
            }
            const cellsCount = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
            const wants = (p: string) => props.split(",").some((x) => x.trim() === p);
            const grids = ["values", "valueTypes", "numberFormat", "formulas", "text"].filter(
              wants
            );
            if (grids.length && cellsCount > 5_000_000)
              fail("ResponsePayloadSizeLimitExceeded", "A range is limited to 5,000,000 cells.");
            const l: Record<string, unknown> = {
              isNullObject: false,
              rowIndex: b.r0 - 1,
              columnIndex: b.c0 - 1,
              rowCount: b.r1 - b.r0 + 1,
              columnCount: b.c1 - b.c0 + 1,
              address: `${s.name}!${rectText(b)}`,
            };
            for (const g of grids) l[g] = [];
            for (let row = b.r0; row <= b.r1; row++) {
              const line: Record<string, unknown[]> = {};
              for (const g of grids) line[g] = [];
              for (let col = b.c0; col <= b.c1; col++) {
                const c = s.get(row, col);
                const val = c?.value ?? "";
                line.values?.push(val);
                line.text?.push(String(val));
                line.valueTypes?.push(
                  val === ""
                    ? "Empty"
                    : typeof val === "number"
                      ? "Double"
                      : typeof val === "boolean"
                        ? "Boolean"
                        : /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/.test(
                              String(val)
                            )
                          ? "Error"
                          : "String"
                );
                line.numberFormat?.push(c?.numberFormat ?? "General");
                line.formulas?.push(c?.formula ?? val);
              }
              for (const g of grids) (l[g] as unknown[][]).push(line[g]!);
            }
            const data: Record<string, unknown> = {};
            for (const p of props.split(",")) if (p.trim() in l) data[p.trim()] = l[p.trim()];
            return { data, deliver: () => (loaded = l) };
          }
        );
        return r;
      },
      set formulas(d: unknown) {
        write("formulas", d);
      },
      set values(d: unknown) {
        write("values", d);
      },
      set numberFormat(d: unknown) {
        write("numberFormat", d);
      },
      format: sealed(format),
      dataValidation: sealed(dataValidation),
      conditionalFormats,
      merge: (across = false) =>
        op("merge", [across], () => {
          const s = sheet("merge");
          fx.guardProtected(s, label());
          const b = bounds();
          if (b) s.merges.push(rectText(b));
          fx.ops.push({ op: "merge", value: null, target: label() });
        }),
      select: () =>
        op("select", [], () => {
          const s = sheet("select");
          if (s.visibility !== "Visible")
            fail("InvalidOperation", `The sheet '${s.name}' is hidden.`, "select");
          const b = bounds()!;
          fx.active = s.name;
          fx.ops.push({ op: "select", value: `${s.name}!${b.r0}:${b.c0}` });
        }),
      /** For freezeAt and charts: the rectangle and its sheet, when the proxy is passed to another call. */
      rect: () => bounds(),
      sheetOf: () => sheetName(),
    };
    for (const p of [
      "isNullObject",
      "values",
      "valueTypes",
      "numberFormat",
      "formulas",
      "text",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "address",
    ]) {
      const desc = Object.getOwnPropertyDescriptor(r, p);
      Object.defineProperty(r, p, {
        enumerable: true,
        get() {
          if (!loaded) throw NOT_LOADED(p);
          if (p === "isNullObject") return orNull ? loaded.isNullObject : false;
          if (!(p in loaded)) throw NOT_LOADED(p);
          return loaded[p];
        },
        ...(desc?.set ? { set: desc.set } : {}),
      });
    }
    return sealed(r);
  }

  /** The host's checks of one data-validation part. */
  private checkValidationPart(member: string, v: unknown, where: string): void {
    const o = (v ?? {}) as Record<string, any>;
    if (member === "ignoreBlanks") {
      if (typeof v !== "boolean") fail("InvalidArgument", "ignoreBlanks is a boolean", where);
      return;
    }
    if (member === "prompt") {
      if ((o.title ?? "").length > 32)
        fail(
          "InvalidArgument",
          `A prompt title has at most 32 characters (${o.title.length}).`,
          where
        );
      if ((o.message ?? "").length > 255)
        fail(
          "InvalidArgument",
          `A prompt message has at most 255 characters (${o.message.length}).`,
          where
        );
      return;
    }
    if (member === "errorAlert") {
      if ((o.title ?? "").length > 32)
        fail(
          "InvalidArgument",
          `An error alert title has at most 32 characters (${o.title.length}).`,
          where
        );
      if ((o.message ?? "").length > 225)
        fail(
          "InvalidArgument",
          `An error alert message has at most 225 characters (${o.message.length}).`,
          where
        );
      if (o.style !== undefined) oneOf("alertStyle", o.style, where);
      return;
    }
    const kinds = Object.keys(o).filter((k) => o[k] !== undefined);
    if (kinds.length !== 1)
      fail("InvalidArgument", "A rule has exactly one of list, wholeNumber, decimal, …", where);
    const kind = kinds[0]!;
    const body = o[kind] as Record<string, any>;
    if (kind === "list") {
      const src = body.source;
      if (typeof src !== "string" || !src.trim())
        fail("InvalidArgument", "A list source is a range or a comma list.", where);
      if (src.startsWith("=")) {
        if (/^=\s*"/.test(src))
          fail(
            "InvalidArgument",
            `A list source formula must be a reference, not text: ${src}`,
            where
          );
        this.checkRefs(src, where);
      } else {
        if (src.length > 255)
          fail(
            "InvalidArgument",
            `An inline list has at most 255 characters (${src.length}).`,
            where
          );
        for (const item of src.split(","))
          if (!item.trim() || /^\s*"|"\s*$/.test(item))
            fail(
              "InvalidArgument",
              `A list item is plain text, got ${JSON.stringify(item)}.`,
              where
            );
      }
      return;
    }
    if (kind === "wholeNumber" || kind === "decimal" || kind === "textLength") {
      oneOf("operator", body.operator, where);
      for (const f of ["formula1", "formula2"]) {
        const x = body[f];
        if (x === undefined) continue;
        if (typeof x === "number") continue;
        if (typeof x !== "string" || !x.trim())
          fail("InvalidArgument", `${f} is a number or a formula.`, where);
        if (x.startsWith("=")) this.checkRefs(x, where);
        else if (!Number.isFinite(Number(x)))
          fail(
            "InvalidArgument",
            `${f} ${JSON.stringify(x)} is neither a number nor a formula.`,
            where
          );
      }
      if (/Between/.test(body.operator) && body.formula2 === undefined)
        fail("InvalidArgument", "Between needs formula2.", where);
      return;
    }
    if (kind === "custom") {
      if (typeof body.formula !== "string" || !body.formula.startsWith("="))
        fail("InvalidArgument", "A custom rule is a formula.", where);
      this.checkRefs(body.formula, where);
      return;
    }
    fail("InvalidArgument", `Unsupported rule ${kind}`, where);
  }

  /** A user's edit of `address` on `sheet` (typing, pasting): raises onChanged when events are on. */
  async change(
    sheet: string,
    address: string,
    source: "Local" | "Remote" = "Local"
  ): Promise<void> {
    if (!this.enableEvents) return;
    for (const h of this.sheet(sheet)!.handlers)
      await h({ address, source, changeType: "RangeEdited" });
  }

  /** The JSON of everything queued and not yet synced (bytes). */
  get pendingRequestBytes(): number {
    return jsonBytes(this.pending.map((o) => ({ t: o.target, m: o.member, a: o.args })));
  }
}
