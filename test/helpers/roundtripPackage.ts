/**
 * Package-level comparison of an .xlsx before and after a write command (issue #11, "never harm the
 * clerk's workbook"): which zip entries changed, which elements of a worksheet changed, which cells
 * changed — with messages that name the entry, the element and the cell.
 *
 * Deliberately independent of the code under test: its own small XML scanner (exact source slices of
 * every element, so "unchanged" can mean byte-identical), no ExcelJS.
 */
import { ST_HORIZONTAL_ALIGNMENT, ST_VERTICAL_ALIGNMENT } from "./strictPackage";
import path from "node:path";
import { unzipSync } from "fflate";

// ------------------------------------------------------------------------------------------ XML

export interface XmlElement {
  /** Qualified name as written (`x14:dataValidation`). */
  readonly name: string;
  /** Local name (`dataValidation`). */
  readonly local: string;
  /** Attributes, entity-decoded, qualified names as written. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Decoded text directly inside this element (not of its children). */
  text: string;
  /** The exact source text of the element, start tag to end tag. */
  raw: string;
}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITY[e]!
  );
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const localOf = (name: string) => name.slice(name.indexOf(":") + 1);
const NO_SKIP: ReadonlySet<string> = new Set();

/**
 * Parse an XML document; returns its root element. Throws on unbalanced tags. Elements named in
 * `skip` keep their exact `raw` text but are not parsed inside (no children, no text): a worksheet's
 * `<sheetData>` is most of its bytes and only needed when cells are compared.
 */
export function parseXml(xml: string, skip: ReadonlySet<string> = NO_SKIP): XmlElement {
  const stack: { el: XmlElement; start: number }[] = [];
  let root: XmlElement | undefined;
  let last = 0;
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top && text) top.el.text += text;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    addText(decodeXml(xml.slice(last, m.index)));
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      addText(m[1]);
      continue;
    }
    const name = m[3];
    if (name === undefined) continue; // comment, PI, doctype
    if (m[2] === "/") {
      const open = stack.pop();
      if (!open || open.el.name !== name)
        throw new Error(`XML: </${name}> at ${m.index} does not close <${open?.el.name ?? ""}>`);
      open.el.raw = xml.slice(open.start, TOKEN.lastIndex);
      continue;
    }
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[4] ?? ""); a; a = ATTR.exec(m[4] ?? ""))
      attrs[a[1]!] = decodeXml(a[2] ?? a[3] ?? "");
    const el: XmlElement = { name, local: localOf(name), attrs, children: [], text: "", raw: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else if (!root) root = el;
    if (m[5] === "/") el.raw = m[0];
    else if (skip.has(el.local)) {
      const close = `</${name}>`;
      const end = xml.indexOf(close, TOKEN.lastIndex);
      if (end < 0) throw new Error(`XML: <${name}> is never closed`);
      el.raw = xml.slice(m.index, end + close.length);
      TOKEN.lastIndex = last = end + close.length;
    } else stack.push({ el, start: m.index });
  }
  if (stack.length) throw new Error(`XML: <${stack[stack.length - 1]!.el.name}> is never closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

export function childrenOf(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/**
 * A writer-independent form of an element: attributes sorted, quoting and entities normalised,
 * whitespace-only text between child elements ignored. `sortChildren` also ignores child order.
 */
export function canonical(el: XmlElement, sortChildren = false): string {
  const attrs = Object.keys(el.attrs)
    .sort()
    .map((k) => ` ${k}=${JSON.stringify(el.attrs[k])}`)
    .join("");
  const kids = el.children.map((c) => canonical(c, sortChildren));
  if (sortChildren) kids.sort();
  const text = el.children.length && !el.text.trim() ? "" : el.text;
  return `<${el.name}${attrs}>${JSON.stringify(text).slice(1, -1)}${kids.join("")}</${el.name}>`;
}

/**
 * Schema defaults (ECMA-376) of the attributes writers disagree on spelling out, after booleans are
 * normalised to 1/0: an attribute equal to its default means the same as no attribute.
 */
const DEFAULTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dataValidation: {
    type: "none",
    errorStyle: "stop",
    operator: "between",
    imeMode: "noControl",
    allowBlank: "0",
    showDropDown: "0",
    showInputMessage: "0",
    showErrorMessage: "0",
  },
  conditionalFormatting: { pivot: "0" },
  cfRule: { stopIfTrue: "0", aboveAverage: "1", percent: "0", bottom: "0", equalAverage: "0" },
  definedName: {
    function: "0",
    vbProcedure: "0",
    xlm: "0",
    hidden: "0",
    publishToServer: "0",
    workbookParameter: "0",
  },
  workbookProtection: { lockStructure: "0", lockWindows: "0", lockRevision: "0" },
  f: { t: "normal", aca: "0", ca: "0", dt2D: "0", dtr: "0", del1: "0", del2: "0", bx: "0" },
  b: { val: "1" },
  i: { val: "1" },
  strike: { val: "1" },
  u: { val: "single" },
  alignment: {
    horizontal: "general",
    vertical: "bottom",
    wrapText: "0",
    shrinkToFit: "0",
    indent: "0",
    textRotation: "0",
    readingOrder: "0",
    justifyLastLine: "0",
    relativeIndent: "0",
  },
  protection: { locked: "1", hidden: "0" },
  row: {
    hidden: "0",
    customHeight: "0",
    customFormat: "0",
    outlineLevel: "0",
    collapsed: "0",
    thickTop: "0",
    thickBot: "0",
    ph: "0",
  },
};

/** Attributes that only mean something for some `type`s of a rule or validation. */
const ONLY_FOR: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  cfRule: {
    aboveAverage: ["aboveAverage"],
    equalAverage: ["aboveAverage"],
    stdDev: ["aboveAverage"],
    rank: ["top10"],
    percent: ["top10"],
    bottom: ["top10"],
    operator: ["cellIs"],
    text: ["containsText", "notContainsText", "beginsWith", "endsWith"],
    timePeriod: ["timePeriod"],
  },
  dataValidation: { operator: ["whole", "decimal", "date", "time", "textLength"] },
};

/**
 * A format resolver for `dxfId` (conditional formats): styles.xml may be renumbered by a writer, the
 * format it points at is what counts. Set by {@link semanticWith}.
 */
type DxfResolver = (id: string) => string;
let dxfResolver: DxfResolver | null = null;

/** Attributes with booleans as 1/0, schema defaults and type-irrelevant attributes left out. */
export function semanticAttrs(el: XmlElement): Record<string, string> {
  const defaults = DEFAULTS[el.local] ?? {};
  const only = ONLY_FOR[el.local] ?? {};
  const type = el.attrs.type ?? "";
  const out: Record<string, string> = {};
  for (const [k, raw] of Object.entries(el.attrs)) {
    const name = localOf(k);
    const v = raw === "true" ? "1" : raw === "false" ? "0" : raw;
    if (defaults[name] === v) continue;
    if (only[name] && !only[name].includes(type)) continue;
    out[k] = name === "dxfId" && dxfResolver ? dxfResolver(v) : v;
  }
  return out;
}

/** {@link semantic} with `dxfId` resolved through `pkg`'s styles. */
export function semanticWith(pkg: Package, el: XmlElement): string {
  dxfResolver = pkg.dxf;
  try {
    return semantic(el);
  } finally {
    dxfResolver = null;
  }
}

/**
 * {@link canonical}, but two spellings of the same meaning compare equal: `true`/`1`, an attribute
 * at its schema default / no attribute.
 */
export function semantic(el: XmlElement, sortChildren = false): string {
  const a = semanticAttrs(el);
  const attrs = Object.keys(a)
    .sort()
    .map((k) => ` ${k}=${JSON.stringify(a[k])}`)
    .join("");
  // A list or custom validation has no second limit (LibreOffice writes `<formula2>0</formula2>`).
  const kidsOf =
    el.local === "dataValidation" && ["list", "custom", "none", ""].includes(el.attrs.type ?? "")
      ? el.children.filter((c) => c.local !== "formula2")
      : el.children;
  const kids = kidsOf.map((c) => semantic(c, sortChildren));
  if (sortChildren) kids.sort();
  const text = el.children.length && !el.text.trim() ? "" : el.text;
  return `<${el.name}${attrs}>${JSON.stringify(text).slice(1, -1)}${kids.join("")}</${el.name}>`;
}

/** What differs between two versions of an element: attributes and children, in words. */
export function describeDifference(b: XmlElement, a: XmlElement): string {
  const ab = semanticAttrs(b);
  const aa = semanticAttrs(a);
  const parts: string[] = [];
  for (const k of new Set([...Object.keys(ab), ...Object.keys(aa)]))
    if (ab[k] !== aa[k])
      parts.push(
        `${k} ${ab[k] === undefined ? "(none)" : JSON.stringify(ab[k])} → ${aa[k] === undefined ? "(none)" : JSON.stringify(aa[k])}`
      );
  const kb = b.children.map((c) => semantic(c));
  const ka = a.children.map((c) => semantic(c));
  if (kb.join() !== ka.join())
    parts.push(`children ${clip(kb.join(""), 120)} → ${clip(ka.join(""), 120)}`);
  if (b.text !== a.text && !b.children.length)
    parts.push(`text ${JSON.stringify(b.text)} → ${JSON.stringify(a.text)}`);
  return parts.join(", ");
}

/** At most `n` characters, for messages. */
export function clip(s: string, n = 160): string {
  return s.length <= n ? s : `${s.slice(0, n)}… (${s.length} chars)`;
}

// ------------------------------------------------------------------------------------------ cells

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function splitRef(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { col: colIndex(m[1]!), row: Number(m[2]) };
}

export interface CellInfo {
  readonly kind: "number" | "text" | "bool" | "error" | "date" | "empty";
  /** The value (or cached formula result) as text; null when there is none. */
  readonly value: string | null;
  /** Canonical `<f>` element (text and attributes), or null. */
  readonly formula: string | null;
  /** The resolved cell format (font, fill, border, number format, alignment, protection). */
  readonly style: string;
}

export const hasContent = (c: CellInfo | undefined): boolean =>
  c !== undefined && (c.value !== null || c.formula !== null);

export function describeCell(c: CellInfo | undefined): string {
  if (!c) return "(no cell)";
  const parts = [];
  if (c.formula !== null) parts.push(`formula ${clip(c.formula, 100)}`);
  if (c.value !== null) parts.push(`${c.kind} ${JSON.stringify(clip(c.value, 80))}`);
  return parts.length ? parts.join(", ") : "empty";
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` runs, phonetic runs left out. */
export function stringText(el: XmlElement): string {
  if (el.local === "t") return el.text;
  if (el.local === "rPh") return "";
  return el.children.map(stringText).join("");
}

/** Shared strings as texts. */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return childrenOf(parseXml(xml), "si").map(stringText);
}

/** `s` index → a canonical description of the format it applies. */
export function styleResolver(xml: string | undefined): (s: number) => string {
  if (!xml) return (s) => `xf#${s}`;
  const root = parseXml(xml);
  const numFmts = new Map(
    childrenOf(child(root, "numFmts"), "numFmt").map((n) => [n.attrs.numFmtId, n.attrs.formatCode])
  );
  const list = (outer: string, inner: string) => childrenOf(child(root, outer), inner);
  const fonts = list("fonts", "font");
  const fills = list("fills", "fill");
  const borders = list("borders", "border");
  const xfs = list("cellXfs", "xf");
  const cache = new Map<number, string>();
  const pick = (arr: XmlElement[], id: string | undefined) => {
    const el = arr[Number(id ?? 0)];
    return el ? semantic(el, true) : `missing#${id}`;
  };
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const xf = xfs[s];
    let out: string;
    if (!xf) out = `missing xf#${s}`;
    else {
      const id = xf.attrs.numFmtId ?? "0";
      const fmt = numFmts.get(id) ?? `builtin#${id}`;
      out = [
        `numFmt=${fmt}`,
        `font=${pick(fonts, xf.attrs.fontId)}`,
        `fill=${pick(fills, xf.attrs.fillId)}`,
        `border=${pick(borders, xf.attrs.borderId)}`,
        `align=${child(xf, "alignment") ? semantic(child(xf, "alignment")!) : ""}`,
        `protection=${child(xf, "protection") ? semantic(child(xf, "protection")!) : ""}`,
        `quotePrefix=${xf.attrs.quotePrefix ?? ""}`,
      ].join(" | ");
    }
    cache.set(s, out);
    return out;
  };
}

function dxfResolverOf(xml: string | undefined): (id: string) => string {
  let dxfs: XmlElement[] | undefined;
  return (id) => {
    dxfs ??= xml ? childrenOf(child(parseXml(xml), "dxfs"), "dxf") : [];
    const d = dxfs[Number(id)];
    return d ? `dxf:${semantic(d, true)}` : `missing dxf#${id}`;
  };
}

export interface RowInfo {
  readonly attrs: string;
}

export interface SheetCells {
  readonly cells: Map<string, CellInfo>;
  readonly rows: Map<number, RowInfo>;
}

/** Row attributes that only describe the cells (not the clerk's formatting). */
const ROW_NOISE = new Set(["r", "spans", "x14ac:dyDescent"]);

/** Every `<c>` of a worksheet by reference (cells and rows without `r` are numbered by position). */
export function sheetCells(
  sheetData: XmlElement | undefined,
  strings: readonly string[],
  style: (s: number) => string
): SheetCells {
  const cells = new Map<string, CellInfo>();
  const rows = new Map<number, RowInfo>();
  let rowNo = 0;
  for (const row of childrenOf(sheetData, "row")) {
    rowNo = row.attrs.r ? Number(row.attrs.r) : rowNo + 1;
    const rowAttrs = semanticAttrs(row);
    const attrs = Object.keys(rowAttrs)
      .filter((k) => !ROW_NOISE.has(k))
      .sort()
      .map((k) => `${k}=${rowAttrs[k]}`)
      .join(" ");
    rows.set(rowNo, { attrs });
    let colNo = 0;
    for (const c of childrenOf(row, "c")) {
      colNo = c.attrs.r ? splitRef(c.attrs.r).col : colNo + 1;
      const ref = `${colLetters(colNo)}${rowNo}`;
      const t = c.attrs.t ?? "n";
      const f = child(c, "f");
      const v = child(c, "v");
      const raw = v && v.text !== "" ? v.text : null;
      let kind: CellInfo["kind"];
      let value: string | null = raw;
      if (t === "s") {
        kind = "text";
        value = raw === null ? null : (strings[Number(raw)] ?? `<missing shared string ${raw}>`);
      } else if (t === "inlineStr") {
        kind = "text";
        const is = child(c, "is");
        value = is ? stringText(is) : null;
      } else if (t === "str") kind = "text";
      else if (t === "b") kind = "bool";
      else if (t === "e") kind = "error";
      else if (t === "d") kind = "date";
      else {
        kind = "number";
        if (raw !== null && !Number.isNaN(Number(raw))) value = String(Number(raw));
      }
      if (value === null && !f) kind = "empty";
      cells.set(ref, {
        kind,
        value,
        formula: f ? semantic(f) : null,
        style: style(Number(c.attrs.s ?? 0)),
      });
    }
  }
  return { cells, rows };
}

// ------------------------------------------------------------------------------------------ package

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Package part name (no leading slash), or the target as written when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly state: string;
  readonly rid: string;
  /** The worksheet (or chartsheet) part, e.g. `xl/worksheets/sheet7.xml`. */
  readonly part: string;
  readonly relsPart: string;
}

export interface Package {
  readonly entries: Map<string, Buffer>;
  readonly workbookPart: string;
  readonly workbook: XmlElement;
  readonly workbookRels: Relationship[];
  readonly sheets: SheetEntry[];
  readonly strings: string[];
  readonly style: (s: number) => string;
  /** `dxfId` → the differential format it names (semantic form). */
  readonly dxf: (id: string) => string;
  text(part: string): string | undefined;
}

export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

export function readRels(entries: Map<string, Buffer>, source: string): Relationship[] {
  const xml = entries.get(source === "" ? "_rels/.rels" : relsPartOf(source));
  if (!xml) return [];
  const dir = path.posix.dirname(source);
  return childrenOf(parseXml(xml.toString("utf8")), "Relationship").map((r) => {
    const target = r.attrs.Target ?? "";
    const external = r.attrs.TargetMode === "External";
    return {
      id: r.attrs.Id ?? "",
      type: r.attrs.Type ?? "",
      target: external
        ? target
        : target.startsWith("/")
          ? target.slice(1)
          : path.posix.normalize(path.posix.join(dir === "." ? "" : dir, target)),
      external,
    };
  });
}

export function readPackage(bytes: Uint8Array): Package {
  const raw = unzipSync(bytes);
  const entries = new Map<string, Buffer>();
  for (const [name, data] of Object.entries(raw))
    if (!name.endsWith("/")) entries.set(name, Buffer.from(data));
  const text = (part: string) => entries.get(part)?.toString("utf8");
  const officeDoc = readRels(entries, "").find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = officeDoc?.target ?? "xl/workbook.xml";
  const wbXml = text(workbookPart);
  if (!wbXml) throw new Error(`no workbook part ${workbookPart}`);
  const workbook = parseXml(wbXml);
  const workbookRels = readRels(entries, workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets = childrenOf(child(workbook, "sheets"), "sheet").map((s) => {
    const ridKey =
      Object.keys(s.attrs).find((k) => localOf(k) === "id" && k.includes(":")) ?? "r:id";
    const rid = s.attrs[ridKey] ?? "";
    const part = byId.get(rid)?.target ?? `<unresolved ${rid}>`;
    return {
      name: s.attrs.name ?? "",
      sheetId: s.attrs.sheetId ?? "",
      state: s.attrs.state ?? "visible",
      rid,
      part,
      relsPart: relsPartOf(part),
    };
  });
  const find = (suffix: string) => workbookRels.find((r) => r.type.endsWith(suffix))?.target;
  const stringsPart = find("/sharedStrings");
  const stylesPart = find("/styles");
  return {
    entries,
    workbookPart,
    workbook,
    workbookRels,
    sheets,
    strings: sharedStrings(stringsPart ? text(stringsPart) : undefined),
    style: styleResolver(stylesPart ? text(stylesPart) : undefined),
    dxf: dxfResolverOf(stylesPart ? text(stylesPart) : undefined),
    text,
  };
}

export interface ParsedSheet {
  readonly entry: SheetEntry;
  /** The worksheet's root element; its `<sheetData>` is not parsed inside (see `cells`). */
  readonly root: XmlElement;
  /** Every cell and row (parsed on first use). */
  readonly cells: SheetCells;
}

const SHEET_DATA: ReadonlySet<string> = new Set(["sheetData"]);
/** Parsed sheets, memoised per package. */
const sheetCache = new WeakMap<Package, Map<string, ParsedSheet>>();

export function sheetOf(pkg: Package, name: string): ParsedSheet | undefined {
  const entry = pkg.sheets.find((s) => s.name === name);
  if (!entry) return undefined;
  let cache = sheetCache.get(pkg);
  if (!cache) sheetCache.set(pkg, (cache = new Map()));
  let hit = cache.get(name);
  if (!hit) {
    const xml = pkg.text(entry.part);
    if (xml === undefined) return undefined;
    const root = parseXml(xml, SHEET_DATA);
    let cells: SheetCells | undefined;
    hit = {
      entry,
      root,
      get cells() {
        if (!cells) {
          const data = child(root, "sheetData");
          cells = sheetCells(data ? parseXml(data.raw) : undefined, pkg.strings, pkg.style);
        }
        return cells;
      },
    };
    cache.set(name, hit);
  }
  return hit;
}

/** `<c>` elements by reference, as raw text (cells without `r` are skipped): a cheap cell diff. */
function rawCells(sheetData: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheetData.matchAll(
    /<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g
  ))
    out.set(m[1]!, m[0]);
  return out;
}

export interface Header {
  readonly row: number;
  /** Label (trimmed) → column number. */
  readonly labels: Map<string, number>;
  readonly lastCol: number;
}

/** The header row of a sheet: the first of rows 1..20 holding `anchor` as a text cell. */
export function findHeader(cells: SheetCells, anchor: string): Header | null {
  const byRow = new Map<number, Map<string, number>>();
  for (const [ref, c] of cells.cells) {
    if (c.kind !== "text" || c.value === null) continue;
    const { row, col } = splitRef(ref);
    if (row > 20) continue;
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(c.value.trim(), col);
  }
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const labels = byRow.get(row)!;
    if (labels.has(anchor)) return { row, labels, lastCol: Math.max(...labels.values()) };
  }
  return null;
}

// ------------------------------------------------------------------------------------------ comparison

/** What a write command may change. */
export interface OwnedSpec {
  /** Sheets whose worksheet part may change (names). */
  readonly sheets: (before: Package) => ReadonlySet<string>;
  /** Whether the command owns a cell of one of those sheets (`cell`: the cell before, if any). */
  readonly ownsCell: (
    sheet: string,
    ref: string,
    cell: CellInfo | undefined,
    before: Package
  ) => boolean;
  /** Defined names the command may re-point (value change allowed). */
  readonly repoints?: (name: string) => boolean;
}

/** Package-level parts a write command may rewrite (checked semantically, not byte for byte). */
const GLOBAL_OWNED = ["[Content_Types].xml"];

export interface Report {
  /** Zip entries: removed or changed although not owned. */
  readonly entries: string[];
  /** Inside changed sheets: other elements, validations, formats, cells, rows, relationships. */
  readonly sheets: string[];
  /** workbook.xml, its relationships, the content types. */
  readonly workbook: string[];
}

const MAX_CELL_MESSAGES = 12;
const MAX_ROW_MESSAGES = 5;

/** Elements of a worksheet a writer may rewrite (everything else must stay byte-identical). */
const REWRITABLE = new Set([
  "sheetData",
  "dimension",
  "cols",
  "conditionalFormatting",
  "dataValidations",
]);

function firstDifference(a: Buffer, b: Buffer): string {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  const ctx = (buf: Buffer) =>
    JSON.stringify(buf.subarray(Math.max(0, i - 20), i + 40).toString("utf8"));
  return `first difference at byte ${i}: before ${ctx(a)}, after ${ctx(b)}`;
}

/** Namespace declarations and mc:Ignorable of a root element. */
function rootNamespaces(el: XmlElement): Map<string, string> {
  return new Map(
    Object.entries(el.attrs).filter(
      ([k]) => k === "xmlns" || k.startsWith("xmlns:") || localOf(k) === "Ignorable"
    )
  );
}

function multiset(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

/**
 * Differences inside an OWNED worksheet present before and after: every top-level element other than
 * sheetData/dimension/cols/conditionalFormatting/dataValidations byte-identical, the root's namespace
 * declarations kept, every pre-existing validation and conditional format still there, row
 * formatting kept, every cell `ownsCell` does not claim unchanged (value, formula, format), and every
 * relationship of the sheet still there.
 */
export function compareSheet(
  name: string,
  before: Package,
  after: Package,
  ownsCell: (ref: string, cell: CellInfo | undefined) => boolean
): string[] {
  const b = sheetOf(before, name);
  const a = sheetOf(after, name);
  if (!b || !a) return [`sheet “${name}”: cannot be read ${!b ? "before" : "after"}`];
  const where = `sheet “${name}” (${a.entry.part})`;
  const out = elementDiffs(b.root, a.root, REWRITABLE).map((d) => `${where}: ${d.text}`);

  // Every pre-existing validation and conditional format is still there, unchanged.
  for (const [outer, inner] of [
    ["dataValidations", "dataValidation"],
    ["conditionalFormatting", null],
  ] as const) {
    const items = (root: XmlElement) => {
      const all = inner === null ? childrenOf(root, outer) : childrenOf(child(root, outer), inner);
      return all;
    };
    const afterItems = items(a.root);
    const now = multiset(afterItems.map((e) => semanticWith(after, e)));
    for (const e of items(b.root)) {
      const key = semanticWith(before, e);
      const n = now.get(key) ?? 0;
      if (n > 0) {
        now.set(key, n - 1);
        continue;
      }
      const sameRange = afterItems.find((x) => x.attrs.sqref === e.attrs.sqref);
      out.push(
        sameRange
          ? `${where}: <${e.name} sqref="${e.attrs.sqref ?? ""}"> changed: ${describeDifference(e, sameRange)}`
          : `${where}: <${e.name} sqref="${e.attrs.sqref ?? ""}"> missing after the write (was ${clip(e.raw, 220)})`
      );
    }
  }

  // Rows: the clerk's row formatting (height, hidden, outline, style) stays.
  const rowMessages: string[] = [];
  for (const [r, row] of b.cells.rows) {
    const now = a.cells.rows.get(r);
    if (now && now.attrs !== row.attrs)
      rowMessages.push(`${where}: row ${r} attributes changed: "${row.attrs}" → "${now.attrs}"`);
    else if (!now && row.attrs) rowMessages.push(`${where}: row ${r} (${row.attrs}) removed`);
  }
  out.push(...rowMessages.slice(0, MAX_ROW_MESSAGES));
  if (rowMessages.length > MAX_ROW_MESSAGES)
    out.push(
      `${where}: … and ${rowMessages.length - MAX_ROW_MESSAGES} more rows with changed attributes`
    );

  // Cells outside the owned ones keep value, formula and format.
  const cellMessages: { row: number; col: number; text: string }[] = [];
  const refs = new Set([...b.cells.cells.keys(), ...a.cells.cells.keys()]);
  for (const ref of refs) {
    const cb = b.cells.cells.get(ref);
    const ca = a.cells.cells.get(ref);
    if (ownsCell(ref, cb)) continue;
    const diffs: string[] = [];
    if (!cb) {
      if (hasContent(ca)) diffs.push(`new content ${describeCell(ca)}`);
    } else if (!ca) {
      if (hasContent(cb)) diffs.push(`removed (was ${describeCell(cb)})`);
      else if (cb.style !== before.style(0))
        diffs.push(`formatted empty cell removed (format ${clip(cb.style, 120)})`);
    } else {
      if (cb.formula !== ca.formula)
        diffs.push(`formula ${cb.formula ?? "none"} → ${ca.formula ?? "none"}`);
      if (cb.value !== ca.value || (cb.value !== null && cb.kind !== ca.kind))
        diffs.push(`value ${describeCell(cb)} → ${describeCell(ca)}`);
      if (cb.style !== ca.style)
        diffs.push(`format ${clip(cb.style, 200)} → ${clip(ca.style, 200)}`);
    }
    if (diffs.length)
      cellMessages.push({ ...splitRef(ref), text: `${where} ${ref}: ${diffs.join("; ")}` });
  }
  cellMessages.sort((x, y) => x.row - y.row || x.col - y.col);
  out.push(...cellMessages.slice(0, MAX_CELL_MESSAGES).map((m) => m.text));
  if (cellMessages.length > MAX_CELL_MESSAGES)
    out.push(`${where}: … and ${cellMessages.length - MAX_CELL_MESSAGES} more changed cells`);

  // The sheet's relationships (drawing, comments, tables, printer settings) are all still there.
  out.push(
    ...relationshipDiffs(before, after, b.entry.part, a.entry.part).map((d) => `${where}: ${d}`)
  );
  return out;
}

interface ElementDiff {
  readonly kind: "namespace" | "removed" | "changed" | "added";
  readonly element: string;
  readonly text: string;
}

/** Top-level elements (except `rewritable`) and root namespace declarations, before vs after. */
function elementDiffs(
  b: XmlElement,
  a: XmlElement,
  rewritable: ReadonlySet<string>
): ElementDiff[] {
  const out: ElementDiff[] = [];
  const nsB = rootNamespaces(b);
  const nsA = rootNamespaces(a);
  for (const [k, v] of nsB)
    if (nsA.get(k) !== v)
      out.push({
        kind: "namespace",
        element: k,
        text: `root attribute ${k}="${v}" ${nsA.has(k) ? `became "${nsA.get(k)}"` : "removed"}`,
      });
  const group = (root: XmlElement) => {
    const g = new Map<string, string[]>();
    for (const c of root.children)
      if (!rewritable.has(c.local)) g.set(c.local, [...(g.get(c.local) ?? []), c.raw]);
    return g;
  };
  const gb = group(b);
  const ga = group(a);
  for (const [el, raws] of gb) {
    const now = ga.get(el) ?? [];
    if (!now.length)
      out.push({
        kind: "removed",
        element: el,
        text: `<${el}> removed (was ${clip(raws.join(""))})`,
      });
    else if (raws.join("\n") !== now.join("\n"))
      out.push({
        kind: "changed",
        element: el,
        text: `<${el}> changed: before ${clip(raws.join(""))}, after ${clip(now.join(""))}`,
      });
  }
  for (const [el, raws] of ga)
    if (!gb.has(el))
      out.push({ kind: "added", element: el, text: `<${el}> added: ${clip(raws.join(""))}` });
  return out;
}

function relationshipDiffs(
  before: Package,
  after: Package,
  partBefore: string,
  partAfter: string
): string[] {
  const rb = readRels(before.entries, partBefore);
  const ra = readRels(after.entries, partAfter);
  const out: string[] = [];
  for (const r of rb) {
    const same = ra.find((x) => x.id === r.id);
    if (!same)
      out.push(`relationship ${r.id} (${path.posix.basename(r.type)} → ${r.target}) removed`);
    else if (same.type !== r.type || same.target !== r.target)
      out.push(`relationship ${r.id} now points to ${same.target} (was ${r.target})`);
  }
  return out;
}

/**
 * One line saying how a sheet the command does NOT own changed: which elements were removed,
 * changed or added, which namespace declarations went, and which cells differ (raw `<c>` text).
 */
function unownedSheetSummary(name: string, before: Package, after: Package): string {
  const b = sheetOf(before, name);
  const a = sheetOf(after, name);
  if (!b || !a) return "cannot be read";
  const diffs = elementDiffs(b.root, a.root, SHEET_DATA);
  const list = (kind: ElementDiff["kind"]) =>
    diffs
      .filter((d) => d.kind === kind)
      .map((d) => (kind === "namespace" ? d.element : `<${d.element}>`))
      .join(", ");
  const parts: string[] = [];
  if (list("removed")) parts.push(`removed ${list("removed")}`);
  if (list("added")) parts.push(`added ${list("added")}`);
  if (list("changed")) parts.push(`changed ${list("changed")}`);
  if (list("namespace")) parts.push(`dropped/changed namespace declarations ${list("namespace")}`);
  const cb = rawCells(child(b.root, "sheetData")?.raw ?? "");
  const ca = rawCells(child(a.root, "sheetData")?.raw ?? "");
  const changed = [...new Set([...cb.keys(), ...ca.keys()])].filter((r) => cb.get(r) !== ca.get(r));
  if (changed.length)
    parts.push(
      `${changed.length} cell(s) differ, e.g. ${changed
        .slice(0, 3)
        .map((r) => `${r}: ${clip(cb.get(r) ?? "(none)", 70)} → ${clip(ca.get(r) ?? "(none)", 70)}`)
        .join("; ")}`
    );
  parts.push(...relationshipDiffs(before, after, b.entry.part, a.entry.part));
  return parts.join(" | ");
}

function compareWorkbook(before: Package, after: Package, spec: OwnedSpec): string[] {
  const out: string[] = [];
  const wb = `${after.workbookPart}`;

  // Sheets: same names, ids and states in the same order; new ones only appended.
  before.sheets.forEach((s, i) => {
    const now = after.sheets[i];
    const moved = after.sheets.findIndex((x) => x.name === s.name);
    if (moved < 0) out.push(`${wb}: sheet “${s.name}” removed`);
    else if (moved !== i)
      out.push(`${wb}: sheet “${s.name}” moved from position ${i + 1} to ${moved + 1}`);
    else if (now && (now.sheetId !== s.sheetId || now.state !== s.state))
      out.push(
        `${wb}: sheet “${s.name}” sheetId/state ${s.sheetId}/${s.state} → ${now.sheetId}/${now.state}`
      );
  });

  // workbookPr: the date system and code name.
  const prB = child(before.workbook, "workbookPr")?.attrs ?? {};
  const prA = child(after.workbook, "workbookPr")?.attrs ?? {};
  const truthy = (v: string | undefined) => v === "1" || v === "true";
  if (truthy(prB.date1904) !== truthy(prA.date1904))
    out.push(
      `${wb}: <workbookPr date1904> ${prB.date1904 ?? "(absent)"} → ${prA.date1904 ?? "(absent)"} — every date shifts by 4 years`
    );
  if ((prB.codeName ?? null) !== (prA.codeName ?? null))
    out.push(
      `${wb}: <workbookPr codeName> ${prB.codeName ?? "(absent)"} → ${prA.codeName ?? "(absent)"}`
    );

  // workbookProtection, fileSharing, extLst: unchanged.
  for (const el of ["workbookProtection", "fileSharing", "extLst"]) {
    // An element that only spells out defaults (LibreOffice's `<workbookProtection/>`) is no element.
    const get = (pkg: Package) => {
      const e = child(pkg.workbook, el);
      return e && (e.children.length || Object.keys(semanticAttrs(e)).length) ? e : undefined;
    };
    const b = get(before);
    const a = get(after);
    if (b && !a) out.push(`${wb}: <${el}> removed (was ${clip(b.raw)})`);
    else if (b && a && semantic(b) !== semantic(a))
      out.push(`${wb}: <${el}> changed: ${describeDifference(b, a)}`);
    else if (!b && a) out.push(`${wb}: <${el}> added: ${clip(a.raw)}`);
  }

  // Defined names: all kept; values only change for the names the command re-points.
  const names = (pkg: Package) =>
    new Map(
      childrenOf(child(pkg.workbook, "definedNames"), "definedName").map((d) => {
        const local = d.attrs.localSheetId;
        const scope =
          local === undefined ? "" : `@${pkg.sheets[Number(local)]?.name ?? `#${local}`}`;
        return [`${d.attrs.name}${scope}`, d] as const;
      })
    );
  const nb = names(before);
  const na = names(after);
  for (const [key, d] of nb) {
    const now = na.get(key);
    if (!now) out.push(`${wb}: defined name ${key} (${clip(d.text, 80)}) removed`);
    else if (semantic(now) !== semantic(d) && !spec.repoints?.(d.attrs.name ?? ""))
      out.push(`${wb}: defined name ${key} changed: ${describeDifference(d, now)}`);
  }

  // Workbook relationships: every (type, target) still there.
  for (const r of before.workbookRels) {
    if (r.type.endsWith("/calcChain")) continue;
    if (!after.workbookRels.some((x) => x.type === r.type && x.target === r.target)) {
      const sheet = before.sheets.find((s) => s.rid === r.id);
      if (sheet && after.sheets.some((s) => s.name === sheet.name)) continue; // sheets are checked by name
      out.push(
        `${relsPartOf(after.workbookPart)}: relationship ${path.posix.basename(r.type)} → ${r.target} removed`
      );
    }
  }

  // Content types: every default and every override of a part that still exists.
  const types = (pkg: Package) => {
    const root = parseXml(pkg.text("[Content_Types].xml") ?? "<Types/>");
    return {
      defaults: new Map(
        childrenOf(root, "Default").map((d) => [
          (d.attrs.Extension ?? "").toLowerCase(),
          d.attrs.ContentType,
        ])
      ),
      overrides: new Map(
        childrenOf(root, "Override").map((o) => [
          (o.attrs.PartName ?? "").replace(/^\//, ""),
          o.attrs.ContentType,
        ])
      ),
    };
  };
  const tb = types(before);
  const ta = types(after);
  const effective = (t: ReturnType<typeof types>, part: string) =>
    t.overrides.get(part) ?? t.defaults.get(/\.([^./]+)$/.exec(part)?.[1]?.toLowerCase() ?? "");
  const renamed = new Map<string, string>();
  for (const s of before.sheets) {
    const now = after.sheets.find((x) => x.name === s.name);
    if (now) renamed.set(s.part, now.part);
  }
  // Every part present before and after keeps its content type (an Override or the Default of its
  // extension: writers differ in which they use, only the resulting type matters).
  for (const part of before.entries.keys()) {
    const partNow = renamed.get(part) ?? part;
    if (!after.entries.has(partNow)) continue;
    const was = effective(tb, part);
    const is = effective(ta, partNow);
    if (was !== is)
      out.push(`[Content_Types].xml: /${partNow} ${was ?? "(no type)"} → ${is ?? "(no type)"}`);
  }
  return out;
}

/** Compare a package before and after a write command. */
export function comparePackages(
  beforePkg: Package | Uint8Array,
  afterPkg: Package | Uint8Array,
  spec: OwnedSpec
): Report {
  const before = beforePkg instanceof Uint8Array ? readPackage(beforePkg) : beforePkg;
  const after = afterPkg instanceof Uint8Array ? readPackage(afterPkg) : afterPkg;
  const owned = spec.sheets(before);
  const entries: string[] = [];
  const sheets: string[] = [];

  const sheetParts = new Set<string>();
  for (const s of before.sheets) sheetParts.add(s.part).add(s.relsPart);
  const stylesPart = before.workbookRels.find((r) => r.type.endsWith("/styles"))?.target;
  const globallyOwned = new Set([
    ...GLOBAL_OWNED,
    before.workbookPart,
    relsPartOf(before.workbookPart),
    ...(stylesPart ? [stylesPart] : []),
  ]);

  // Entries other than worksheets: byte-identical (calcChain may go).
  for (const [name, data] of before.entries) {
    if (sheetParts.has(name) || globallyOwned.has(name)) continue;
    const now = after.entries.get(name);
    if (!now) {
      if (!/(^|\/)calcChain\.xml$/.test(name)) entries.push(`${name}: removed`);
    } else if (!now.equals(data))
      entries.push(
        `${name}: changed (${data.length} → ${now.length} bytes; ${firstDifference(data, now)})`
      );
  }

  // Worksheets, by sheet name.
  for (const s of before.sheets) {
    const now = after.sheets.find((x) => x.name === s.name);
    if (!now) continue; // reported by the workbook check
    if (now.part !== s.part)
      entries.push(`sheet “${s.name}”: part renamed ${s.part} → ${now.part}`);
    const b = before.entries.get(s.part);
    const a = after.entries.get(now.part);
    if (!b) continue;
    if (!a) {
      entries.push(`sheet “${s.name}”: part ${now.part} missing`);
      continue;
    }
    if (owned.has(s.name)) {
      if (!a.equals(b))
        sheets.push(
          ...compareSheet(s.name, before, after, (ref, cell) =>
            spec.ownsCell(s.name, ref, cell, before)
          )
        );
      const rb = before.entries.get(s.relsPart);
      if (rb && !after.entries.has(now.relsPart))
        entries.push(`${s.relsPart}: removed (relationships of “${s.name}”)`);
    } else {
      if (!a.equals(b)) {
        const why = unownedSheetSummary(s.name, before, after);
        entries.push(
          `${s.part} (sheet “${s.name}”, not owned by this command): changed (${b.length} → ${a.length} bytes): ` +
            (why || firstDifference(b, a))
        );
      }
      const rb = before.entries.get(s.relsPart);
      const ra = after.entries.get(now.relsPart);
      if (rb && !ra) entries.push(`${s.relsPart}: removed (relationships of “${s.name}”)`);
      else if (rb && ra && !rb.equals(ra))
        entries.push(`${s.relsPart}: changed (${firstDifference(rb, ra)})`);
    }
  }
  return { entries, sheets, workbook: compareWorkbook(before, after, spec) };
}

/**
 * Alignment values in styles.xml outside the schema's enumerations (openpyxl refuses the whole file
 * for one of them, with a message that names neither the part nor the value's place).
 */
export function styleEnumProblems(pkg: Package): string[] {
  const part = pkg.workbookRels.find((r) => r.type.endsWith("/styles"))?.target;
  const xml = part ? pkg.text(part) : undefined;
  if (!part || !xml) return [];
  const root = parseXml(xml);
  const out: string[] = [];
  for (const list of ["cellStyleXfs", "cellXfs", "dxfs"]) {
    childrenOf(child(root, list), list === "dxfs" ? "dxf" : "xf").forEach((xf, i) => {
      const al = child(xf, "alignment");
      if (!al) return;
      const h = al.attrs.horizontal;
      const v = al.attrs.vertical;
      if (h !== undefined && !ST_HORIZONTAL_ALIGNMENT.includes(h))
        out.push(`${part} ${list}[${i}] <alignment horizontal="${h}">`);
      if (v !== undefined && !ST_VERTICAL_ALIGNMENT.includes(v))
        out.push(`${part} ${list}[${i}] <alignment vertical="${v}">`);
    });
  }
  return out;
}
