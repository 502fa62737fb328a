/**
 * Bulk rows: the tens of thousands of rows of a large sheet written as worksheet XML straight from
 * their values, spliced into a package ExcelJS wrote for everything else (the workbook's skeleton:
 * the sheet's title and header rows, widths, merges, validations, conditional formats, print setup,
 * views, the other sheets, styles). The cells are the ones ExcelJS would have written: the same
 * values, the same style ids (read from a few template rows ExcelJS writes in their place, one per
 * column × style × value type met), the same `<row>`/`<c>` serialisation and shared strings.
 *
 * A bulk sheet describes its rows once (`emit`), as the cells the ExcelJS object model would hold
 * (value + style); that one description feeds the register reader's grid, the templates and the XML.
 * No Node API: the task pane runs this in the browser (compression is injected, see ./zip.ts).
 */
import type ExcelJS from "exceljs";
import { fflate } from "./package/fflate";
import type { Cell } from "../../domain/cell";
import { cellKey, type SheetGrid } from "../../workbook/grid";
import type { StyleName } from "../../workbook/plan/types";
import { fromExcelValue } from "./cells";
import { ByteRun, ByteWriter, colLetters, rangeRef, SharedStrings, xmlText } from "./sheetXml";
import { sharedStyle } from "./styles";
import { type Deflater, type PackedEntry, packEntry, PartWriter, zipPacked } from "./zip";

/** A cell value as the ExcelJS object model holds it (`toExcelValue` / fill's `toCellValue`). */
export type XlsxValue = string | number | boolean | Date | { readonly formula: string } | null;

/**
 * The style a cell carries: a plan style (the shared style object `addSheet` sets), or `{}` — a cell
 * ExcelJS created fresh, with the empty style of its row and column.
 */
export interface BulkStyle {
  readonly style?: StyleName;
  readonly unlocked?: boolean;
}

export const PLAIN: BulkStyle = Object.freeze({});

/** Receives bulk rows in ascending order, each row's cells in ascending column order. */
export interface RowSink {
  row(r: number): void;
  /** A cell the object model holds; `null` values are cells that exist but are empty. */
  cell(col: number, value: XlsxValue, style: BulkStyle): void;
  end(): void;
}

export interface BulkSheet {
  /** The worksheet's name. */
  readonly name: string;
  /** The first row written here; the skeleton sheet has no row from here on. */
  readonly firstRow: number;
  /** Send every bulk row to `sink` (called once for each use: grid, templates, XML). */
  emit(sink: RowSink): void;
}

// Value types as ExcelJS tells them apart when it picks a style id (formula cells without a result
// have their own: ExcelJS styles them by their result's type, here none).
const T_STRING = 0;
const T_NUMBER = 1;
const T_BOOL = 2;
const T_DATE = 3;
const T_FORMULA = 4;
const T_NULL = 5;
const TYPES = 6;

function typeOf(v: XlsxValue): number {
  if (v === null) return T_NULL;
  switch (typeof v) {
    case "string":
      return T_STRING;
    case "number":
      return T_NUMBER;
    case "boolean":
      return T_BOOL;
    default:
      if (v instanceof Date) return T_DATE;
      if ("result" in v) throw new Error("Bulk formula cells carry no cached result");
      return T_FORMULA;
  }
}

const styleKey = (s: BulkStyle) => `${s.style ?? ""}|${s.unlocked ? 1 : 0}`;

/** Bulk rows → the grid the register reader takes (as `gridFromWorksheet` would read the same cells). */
export function gridRows(
  bulk: BulkSheet,
  into: { rows: (Cell[] | undefined)[]; formulaCells: Set<string> }
): void {
  let r = 0;
  let cells: Cell[] = [];
  bulk.emit({
    row(n) {
      r = n;
      cells = [];
    },
    cell(col, value) {
      if (value !== null && typeof value === "object" && !(value instanceof Date)) {
        into.formulaCells.add(cellKey(r, col));
        return; // a formula's value is its cached result: none
      }
      const v = fromExcelValue(value);
      if (v !== null) cells[col] = v;
    },
    end() {
      if (cells.length) into.rows[r] = cells;
    },
  });
}

/** A sheet grid with the bulk rows added below its skeleton's rows. */
export function withBulkRows(skeleton: SheetGrid, bulk: BulkSheet): SheetGrid {
  const rows = [...skeleton.rows] as (Cell[] | undefined)[];
  const formulaCells = new Set(skeleton.formulaCells ?? []);
  gridRows(bulk, { rows, formulaCells });
  return { name: skeleton.name, rows, formulaCells };
}

interface TemplateCell {
  readonly address: string;
  readonly col: number;
  readonly slot: number;
  readonly type: number;
}

/** A bulk sheet whose template rows are in the skeleton workbook, ready to be written. */
export interface PreparedBulk {
  readonly sheet: BulkSheet;
  readonly styles: readonly BulkStyle[];
  readonly templates: readonly TemplateCell[];
  /** String cells among the templates (each counted once in the shared strings' `count`). */
  readonly templateStrings: number;
  /** `<dimension>` of the finished sheet. */
  readonly dimension: string;
}

/**
 * Scan a bulk sheet and put its template rows into the (skeleton) worksheet: for each column, one
 * cell per style × value type the bulk rows use there, created and styled as the object model
 * creates the real cells. Call after the skeleton is complete, right before writing it.
 */
export function prepareBulk(ws: ExcelJS.Worksheet, sheet: BulkSheet): PreparedBulk {
  if (ws.rowCount >= sheet.firstRow)
    throw new Error(`Sheet “${ws.name}” has rows where its bulk rows go (${sheet.firstRow}+)`);
  const dims = ws.dimensions as unknown as {
    top: number;
    left: number;
    bottom: number;
    right: number;
  };
  let top = dims.top || 0;
  let left = dims.left || 0;
  let bottom = dims.bottom || 0;
  let right = dims.right || 0;
  let sample: string | null = null;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (sample === null && typeof c.value === "string") sample = c.value;
    })
  );

  // Every column × style × value type the rows use, in the order met (row by row, left to right).
  const styles: BulkStyle[] = [];
  const slotOfKey = new Map<string, number>();
  const slotOf = new Map<BulkStyle, number>();
  const seen: boolean[][] = [];
  const combos: { col: number; slot: number; type: number }[] = [];
  let r = 0;
  let lastStyle: BulkStyle | null = null;
  let lastSlot = 0;
  sheet.emit({
    row(n) {
      r = n;
    },
    cell(col, value, style) {
      if (style !== lastStyle) {
        let slot = slotOf.get(style);
        if (slot === undefined) {
          const key = styleKey(style);
          slot = slotOfKey.get(key);
          if (slot === undefined) {
            slot = styles.length;
            slotOfKey.set(key, slot);
            styles.push(style);
          }
          slotOf.set(style, slot);
        }
        lastStyle = style;
        lastSlot = slot;
      }
      const type =
        typeof value === "string" ? T_STRING : typeof value === "number" ? T_NUMBER : typeOf(value);
      const combo = lastSlot * TYPES + type;
      const s = (seen[col] ??= []);
      if (!s[combo]) {
        s[combo] = true;
        combos.push({ col, slot: lastSlot, type });
      }
      if (type === T_NULL) return; // ExcelJS's dimension skips empty cells
      if (!top || r < top) top = r;
      if (r > bottom) bottom = r;
      if (!left || col < left) left = col;
      if (col > right) right = col;
    },
    end() {},
  });

  const sampleOf = (type: number): ExcelJS.CellValue => {
    switch (type) {
      case T_STRING:
        return sample ?? ""; // a string the sheet already has: no new shared string
      case T_NUMBER:
        return 0;
      case T_BOOL:
        return true;
      case T_DATE:
        return new Date(0);
      case T_FORMULA:
        return { formula: "0" } as ExcelJS.CellFormulaValue;
      default:
        return null;
    }
  };
  // One template row per combination, in the order met: ExcelJS then meets the styles in the order
  // it would have met them in the real rows (it gives a shared style object the id of its first use).
  const templates: TemplateCell[] = [];
  let templateStrings = 0;
  combos.forEach(({ col, slot, type }, k) => {
    const row = sheet.firstRow + k;
    const style = styles[slot]!;
    // As addSheet / appendRows create them: value first, then the plan style if any.
    const cell = ws.getCell(row, col);
    cell.value = sampleOf(type);
    if (style.style) cell.style = sharedStyle(style.style, style.unlocked);
    else if (style.unlocked) cell.protection = { locked: false };
    templates.push({ address: `${colLetters(col)}${row}`, col, slot, type });
    if (type === T_STRING) templateStrings++;
  });
  return {
    sheet,
    styles,
    templates,
    templateStrings,
    dimension: top ? rangeRef(top, left, bottom, right) : "",
  };
}

const CELL_RE = /<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g;

/** The sheet's XML with its template rows replaced by the bulk rows, written to `w`. */
function spliceSheet(xml: string, p: PreparedBulk, sst: SharedStrings, w: ByteWriter): void {
  const { sheet } = p;
  // Where the template rows start (or the end of sheetData when there are none).
  const end = xml.lastIndexOf("</sheetData>");
  if (end < 0) throw new Error(`No sheetData in “${sheet.name}”`);
  let start = end;
  const rowRe = /<row r="(\d+)"/g;
  for (let m = rowRe.exec(xml); m && m.index < end; m = rowRe.exec(xml))
    if (Number(m[1]) >= sheet.firstRow) {
      start = m.index;
      break;
    }

  // Style ids ExcelJS gave the templates, per column × style × type: the cell's markup between its
  // address and its value (`" s="12" t="s"><v>`), null = ExcelJS writes no such cell.
  const written = new Map<string, string>();
  const region = xml.slice(start, end);
  for (let m = CELL_RE.exec(region); m; m = CELL_RE.exec(region)) written.set(m[1]!, m[2] ?? "");
  CELL_RE.lastIndex = 0;
  const mid: (string | null | undefined)[][] = [];
  const open: string[] = [];
  for (const t of p.templates) {
    const id = written.get(t.address);
    const s = id ? ` s="${id}"` : "";
    (mid[t.col] ??= [])[t.slot * TYPES + t.type] =
      id === undefined
        ? null
        : t.type === T_STRING
          ? `"${s} t="s"><v>`
          : t.type === T_BOOL
            ? `"${s} t="b"><v>`
            : t.type === T_FORMULA
              ? `"${s}><f>`
              : t.type === T_NULL
                ? `"${s}/>`
                : `"${s}><v>`;
    open[t.col] = `<c r="${colLetters(t.col)}`;
  }
  const slotOf = new Map<BulkStyle, number>();
  p.styles.forEach((s, i) => slotOf.set(s, i));
  const keySlot = new Map<string, number>();
  p.styles.forEach((s, i) => keySlot.set(styleKey(s), i));
  const slot = (s: BulkStyle): number => {
    let i = slotOf.get(s);
    if (i === undefined) {
      i = keySlot.get(styleKey(s));
      if (i === undefined) throw new Error("Bulk style not seen while preparing");
      slotOf.set(s, i);
    }
    return i;
  };

  let head = xml.slice(0, start);
  if (p.dimension)
    head = head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${p.dimension}"/>`);
  w.utf8(head);

  // A row's tag carries its cells' span, known at its end: the cells are gathered first.
  const cells = new ByteRun();
  const lastText: (string | undefined)[] = [];
  const lastId: number[] = [];
  let r = 0;
  let rowText = "";
  let min = 0;
  let max = 0;
  let any = false;
  let lastStyle: BulkStyle | null = null;
  let lastSlot = 0;
  sheet.emit({
    row(n) {
      r = n;
      rowText = String(n);
      min = 0;
      max = 0;
      any = false;
      cells.reset();
    },
    cell(col, value, style) {
      if (!min) min = col;
      max = col;
      if (style !== lastStyle) {
        lastSlot = slot(style);
        lastStyle = style;
      }
      const type =
        typeof value === "string" ? T_STRING : typeof value === "number" ? T_NUMBER : typeOf(value);
      const m = mid[col]?.[lastSlot * TYPES + type];
      if (m === undefined) throw new Error(`No template for column ${col} of “${sheet.name}”`);
      if (m === null) return; // an empty unstyled cell: ExcelJS writes nothing
      any = true;
      cells.ascii(open[col]!);
      cells.ascii(rowText);
      cells.ascii(m);
      switch (type) {
        case T_STRING: {
          // Columns repeat their values from row to row (kinds, titles, units): one lookup saved.
          let id: number;
          if (value === lastText[col]) {
            id = lastId[col]!;
            sst.refs++;
          } else {
            id = sst.id(value as string);
            lastText[col] = value as string;
            lastId[col] = id;
          }
          cells.uint(id);
          cells.ascii("</v></c>");
          break;
        }
        case T_NUMBER:
          cells.number(value as number);
          cells.ascii("</v></c>");
          break;
        case T_BOOL:
          cells.ascii(value ? "1</v></c>" : "0</v></c>");
          break;
        case T_DATE: // ExcelJS utils.dateToExcel (1900 date system)
          cells.number(25569 + (value as Date).getTime() / (24 * 3600 * 1000));
          cells.ascii("</v></c>");
          break;
        case T_FORMULA:
          cells.utf8(xmlText((value as { formula: string }).formula));
          cells.ascii("</f></c>");
          break;
        default: // an empty styled cell: `<c r="…" s="…"/>`, complete
      }
    },
    end() {
      if (!min) return; // no cell: ExcelJS writes no row
      w.ascii(`<row r="${r}" spans="${min}:${max}" x14ac:dyDescent="0.25"`);
      if (any) {
        w.ascii(">");
        w.bytes(cells.view());
        w.ascii("</row>");
      } else w.ascii("/>");
    },
  });
  w.utf8(xml.slice(end));
}

const fromUtf8 = new TextDecoder();

function xmlAttr(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Worksheet name → its part in the package (`xl/worksheets/sheet4.xml`). */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wbXml = fromUtf8.decode(files["xl/workbook.xml"]);
  const relsXml = fromUtf8.decode(files["xl/_rels/workbook.xml.rels"]);
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${xmlAttr(target)}`);
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) out.set(xmlAttr(name), part);
  }
  return out;
}

/**
 * Write the skeleton workbook with ExcelJS (uncompressed), splice the bulk rows into their sheets and
 * their strings into the shared strings, and zip the package with `deflater`.
 */
export async function writeWithBulk(
  wb: ExcelJS.Workbook,
  bulks: readonly PreparedBulk[],
  deflater: Deflater,
  /** A change to the skeleton package before the rows go in (e.g. ./charts.ts addChartParts). */
  skeleton: (pkg: Uint8Array) => Uint8Array = (pkg) => pkg
): Promise<Uint8Array> {
  const stored = await wb.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const files = fflate().unzipSync(
    skeleton(stored instanceof Uint8Array ? stored : new Uint8Array(stored as ArrayBuffer))
  );
  const names = Object.keys(files);
  const parts = sheetParts(files);
  const SST = "xl/sharedStrings.xml";
  const sstXml = files[SST] ? fromUtf8.decode(files[SST]) : null;
  const sstHead = sstXml && /<sst\b[^>]*>/.exec(sstXml);
  if (!sstXml || !sstHead) throw new Error("The skeleton workbook has no shared strings");
  const count = Number(/\bcount="(\d+)"/.exec(sstHead[0])?.[1] ?? NaN);
  const unique = Number(/\buniqueCount="(\d+)"/.exec(sstHead[0])?.[1] ?? NaN);
  if (!Number.isInteger(count) || !Number.isInteger(unique))
    throw new Error("Shared strings without count");
  const sst = new SharedStrings(unique);

  // Each part is compressed as its chunks are written (with Node's zlib, on the thread pool while
  // the next chunk is generated).
  const packed = new Map<string, Promise<PackedEntry>>();
  let templateStrings = 0;
  for (const p of bulks) {
    const part = parts.get(p.sheet.name);
    if (!part || !files[part]) throw new Error(`No part for sheet “${p.sheet.name}”`);
    const out = new PartWriter(part, deflater);
    const w = new ByteWriter(out.push);
    spliceSheet(fromUtf8.decode(files[part]), p, sst, w);
    w.end();
    packed.set(part, out.packed());
    templateStrings += p.templateStrings;
  }
  const close = sstXml.lastIndexOf("</sst>");
  const head = sstHead[0]
    .replace(/\bcount="\d+"/, `count="${count - templateStrings + sst.refs}"`)
    .replace(/\buniqueCount="\d+"/, `uniqueCount="${unique + sst.added}"`);
  const out = new PartWriter(SST, deflater);
  const w = new ByteWriter(out.push);
  w.utf8(sstXml.slice(0, sstHead.index));
  w.utf8(head);
  w.utf8(sstXml.slice(sstHead.index + sstHead[0].length, close));
  sst.write(w);
  w.utf8(sstXml.slice(close));
  w.end();
  packed.set(SST, out.packed());
  for (const name of names)
    if (!packed.has(name)) packed.set(name, packEntry(name, files[name]!, deflater));
  return zipPacked(await Promise.all(names.map((n) => packed.get(n)!)));
}
