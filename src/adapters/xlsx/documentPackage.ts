/**
 * A document plan (src/workbook/plan/export/document.ts) written as an .xlsx package directly: the
 * worksheet XML, shared strings, styles and workbook parts generated from the plan, zipped with an
 * injected deflater (./zip.ts). The result is what `workbookFromDocument` (./document.ts, ExcelJS)
 * writes for the same plan — the same values, fonts, borders, fills, alignments, number formats,
 * merges, row heights, widths, page setup, print titles and hidden metadata sheet
 * (test/document-package.test.ts loads both with ExcelJS and compares them) — in time and memory
 * linear in the plan: ExcelJS checks every merge against every earlier one (the `Biên bản` table has
 * 8 merges a row: 10,000 nominations took 36 minutes) and holds every cell as an object.
 *
 * ExcelJS's semantics are kept where they show: a cell put twice keeps its last value and its last
 * given format; a merged cell that is not the block's first shows the first cell's format and no
 * value; a date without a number format gets Excel's built-in date format (14).
 * No Node API: the task pane runs this in the browser.
 */
import themeXml from "exceljs/lib/xlsx/xml/theme1";
import { META_SHEET } from "../../domain/register/contract";
import {
  DOCUMENT_FONT,
  type DocCell,
  type DocFormat,
  type DocumentPlan,
  type DocumentSheetPlan,
  type DocValue,
  type RichRun,
} from "../../workbook/plan/export/document";
import type { PlanValue } from "../../workbook/plan/types";
import type { CellRect } from "../../workbook/plan/validationCheck";
import { civilToJsDate } from "./cells";
import {
  BUILTIN_FORMATS,
  ByteWriter,
  ChunkPool,
  colLetters,
  SharedStrings,
  xmlText,
} from "./sheetXml";
import {
  type Deflater,
  fflateDeflater,
  type PackedEntry,
  packEntry,
  PartWriter,
  zipPacked,
} from "./zip";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MM_PER_INCH = 25.4;
const A4 = 9;
/** Excel's built-in `m/d/yy` (ExcelJS gives it to a date cell that has no number format). */
const DATE_FMT_ID = 14;

/**
 * Column widths are stored in units of the default font's digit width (Calibri 11, ExcelJS's
 * default: 7 px). LibreOffice without Calibri (or Carlito) measures them with another font; the
 * PDF renderer replaces Calibri by Liberation Serif (7.33 px), and the copy it renders is written
 * with widths scaled by this factor so the page comes out at 100 %, font sizes as planned.
 */
export const LIBREOFFICE_WIDTH_SCALE = 7 / ((0.5 * 11 * 96) / 72);
export const LIBREOFFICE_FONT_REPLACEMENT = { Calibri: "Liberation Serif" } as const;

/** Bytes of the chunks a worksheet is written in. */
const CHUNK = 1 << 20;

const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;

/** The style book: fonts, fills, borders, number formats and cell formats (`xf`) met, each once. */
class StyleBook {
  private readonly fonts: string[] = [
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  ];
  private readonly fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders: string[] = [
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
  ];
  private readonly numFmts: string[] = [];
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly index = new Map<string, number>();
  private readonly byFormat = new Map<DocFormat, number>();
  private readonly byFormatDate = new Map<DocFormat, number>();
  private readonly byKey = new Map<string, number>();
  private dateOnly = -1;

  private add(list: string[], kind: string, xml: string): number {
    const key = `${kind}${xml}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = list.length;
      list.push(xml);
      this.index.set(key, id);
    }
    return id;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    return 164 + this.add(this.numFmts, "n", code);
  }

  private readonly tails: string[] = [];
  private readonly attributes: string[] = [];

  /** The end of an empty cell of format `id` after its reference: `" s="5"/>`. */
  emptyTail(id: number): string {
    return (this.tails[id] ??= `" s="${id}"/>`);
  }

  /** The end of a cell's reference and its format `id`, if any: `" s="5"` (or `"`). */
  attribute(id: number): string {
    return (this.attributes[id] ??= id ? `" s="${id}"` : '"');
  }

  /** The cell format id of a planned format (`undefined`: none) for a value that is a date or not. */
  id(f: DocFormat | undefined, date: boolean): number {
    if (!f) {
      if (!date) return 0;
      if (this.dateOnly < 0)
        this.dateOnly = this.add(
          this.xfs,
          "x",
          `<xf numFmtId="${DATE_FMT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
        );
      return this.dateOnly;
    }
    const cache = date ? this.byFormatDate : this.byFormat;
    let id = cache.get(f);
    if (id === undefined) {
      // Plans make a new format object for many cells: equal formats are found by a short key.
      const b = f.border;
      const key = `${f.size}|${f.bold ? 1 : 0}${f.italic ? 1 : 0}${f.underline ? 1 : 0}${f.wrap ? 1 : 0}${
        date ? 1 : 0
      }|${f.align ?? ""}|${f.valign ?? ""}|${
        b === undefined
          ? ""
          : b === "all"
            ? "all"
            : `${b.top ? 1 : 0}${b.bottom ? 1 : 0}${b.left ? 1 : 0}${b.right ? 1 : 0}`
      }|${f.fill ?? ""}|${f.numFmt ?? ""}`;
      id = this.byKey.get(key);
      if (id === undefined) {
        id = this.xf(f, date);
        this.byKey.set(key, id);
      }
      cache.set(f, id);
    }
    return id;
  }

  private xf(f: DocFormat, date: boolean): number {
    const font = this.add(
      this.fonts,
      "f",
      `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}<sz val="${f.size}"/><name val="${xmlText(DOCUMENT_FONT)}"/></font>`
    );
    const fill = f.fill
      ? this.add(
          this.fills,
          "l",
          `<fill><patternFill patternType="solid"><fgColor rgb="${xmlText(f.fill)}"/></patternFill></fill>`
        )
      : 0;
    let border = 0;
    if (f.border) {
      const b =
        f.border === "all" ? { top: true, bottom: true, left: true, right: true } : f.border;
      const side = (name: string, on: boolean | undefined) =>
        on ? `<${name} style="thin"><color rgb="FF000000"/></${name}>` : `<${name}/>`;
      border = this.add(
        this.borders,
        "b",
        `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`
      );
    }
    const numFmt = f.numFmt ? this.numFmtId(f.numFmt) : date ? DATE_FMT_ID : 0;
    const align = `<alignment${f.align ? ` horizontal="${f.align}"` : ""} vertical="${
      f.valign === "middle" || f.valign === undefined ? "center" : f.valign
    }"${f.wrap ? ' wrapText="1"' : ""}/>`;
    return this.add(
      this.xfs,
      "x",
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1"${
        fill ? ' applyFill="1"' : ""
      }${border ? ' applyBorder="1"' : ""}${numFmt ? ' applyNumberFormat="1"' : ""} applyAlignment="1">${align}</xf>`
    );
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = this.numFmts.length
      ? `<numFmts count="${this.numFmts.length}">${this.numFmts
          .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`)
          .join("")}</numFmts>`
      : "";
    return `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">${numFmts}${list("fonts", this.fonts)}${list(
      "fills",
      this.fills
    )}${list("borders", this.borders)}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>${list(
      "cellXfs",
      this.xfs
    )}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
  }
}

function richSi(runs: readonly RichRun[]): string {
  let out = "<si>";
  for (const r of runs) {
    const text = xmlText(r.text);
    const preserve = /^\s|\n|\s$/.test(r.text) ? ' xml:space="preserve"' : "";
    out += `<r><rPr>${r.bold ? "<b/>" : ""}${r.italic ? "<i/>" : ""}${
      r.size ? `<sz val="${r.size}"/>` : ""
    }<rFont val="${xmlText(DOCUMENT_FONT)}"/></rPr><t${preserve}>${text}</t></r>`;
  }
  return `${out}</si>`;
}

/** Excel's serial day (1900 date system) of a civil date. */
function serial(v: { readonly date: { year: number; month: number; day: number } }): number {
  return 25569 + civilToJsDate(v.date).getTime() / 86_400_000;
}

const isDate = (v: DocValue | undefined): boolean =>
  v !== null && v !== undefined && typeof v === "object" && "date" in v;

/** Indices 0..n-1 grouped by `keyOf` (1..max), each group in ascending index order (a counting sort). */
function groupBy(
  n: number,
  max: number,
  keyOf: (i: number) => number
): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(max + 2);
  for (let i = 0; i < n; i++) start[keyOf(i) + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const fill = start.slice();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[keyOf(i)]!++] = i;
  return { start, order };
}

interface SheetTotals {
  readonly maxRow: number;
  readonly maxCol: number;
}

function bounds(
  p: DocumentSheetPlan,
  merges: readonly CellRect[]
): SheetTotals & { dimension: string } {
  let top = 0;
  let left = 0;
  let maxRow = 0;
  let maxCol = 0;
  const see = (r: number, c: number) => {
    if (!top || r < top) top = r;
    if (!left || c < left) left = c;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  };
  for (const c of p.cells) see(c.row, c.col);
  for (const m of merges) {
    see(m.top, m.left);
    see(m.bottom, m.right);
  }
  let rows = maxRow;
  for (const r of p.rowHeights.keys()) if (r > rows) rows = r;
  return {
    maxRow: rows,
    maxCol,
    dimension: top ? `${colLetters(left)}${top}:${colLetters(maxCol)}${maxRow}` : "A1",
  };
}

/** `<c r="AB` of each column (cached: a large sheet writes millions of cells). */
const CELL_OPEN: string[] = [];

function cellOpen(col: number): string {
  let s = CELL_OPEN[col];
  if (s === undefined) CELL_OPEN[col] = s = `<c r="${colLetters(col)}`;
  return s;
}

/** One worksheet's XML, streamed to `w`, waiting between rows when `out` asks (a chunk went to it). */
async function writeSheet(
  p: DocumentSheetPlan,
  widthScale: number,
  styles: StyleBook,
  sst: SharedStrings,
  w: ByteWriter,
  out: PartWriter
): Promise<void> {
  const merges = p.merges;
  const { maxRow, maxCol, dimension } = bounds(p, merges);
  const page = p.page;

  w.utf8(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  const tab = p.tabColor ? `<tabColor rgb="${xmlText(p.tabColor)}"/>` : "";
  const fit = page.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  if (tab || fit) w.utf8(`<sheetPr>${tab}${fit}</sheetPr>`);
  w.ascii(`<dimension ref="${dimension}"/>`);
  w.ascii('<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>');
  w.ascii('<sheetFormatPr defaultRowHeight="15"/>');
  if (p.columns.length) {
    w.ascii("<cols>");
    const width = (i: number) => Math.round(p.columns[i]! * widthScale * 100) / 100;
    for (let i = 0; i < p.columns.length;) {
      let j = i;
      while (j + 1 < p.columns.length && width(j + 1) === width(i)) j++;
      w.ascii(`<col min="${i + 1}" max="${j + 1}" width="${width(i)}" customWidth="1"/>`);
      i = j + 1;
    }
    w.ascii("</cols>");
  }

  // Cells by row (in plan order within a row: a later put wins), merges by their first row.
  const cells: readonly DocCell[] = p.cells;
  const byRow = groupBy(cells.length, maxRow, (i) => cells[i]!.row);
  const byTop = groupBy(merges.length, maxRow, (i) => merges[i]!.top);
  // Blocks over several rows, with the format of their first cell, while rows of them are to come.
  let spanning: { readonly m: CellRect; readonly fmt: DocFormat | undefined }[] = [];

  const stamp = new Int32Array(maxCol + 2);
  const values: (DocValue | undefined)[] = new Array(maxCol + 2);
  const formats: (DocFormat | undefined)[] = new Array(maxCol + 2);
  const slave = new Uint8Array(maxCol + 2);
  /** The cells of block `m` on row `r` but its first: no value, the first cell's format. */
  const cover = (m: CellRect, fmt: DocFormat | undefined, r: number): void => {
    for (let col = m.left; col <= m.right; col++) {
      if (r === m.top && col === m.left) continue;
      stamp[col] = r;
      values[col] = null;
      formats[col] = fmt;
      slave[col] = 1;
    }
  };

  w.ascii("<sheetData>");
  for (let r = 1; r <= maxRow; r++) {
    let any = false;
    for (let k = byRow.start[r]!; k < byRow.start[r + 1]!; k++) {
      const c = cells[byRow.order[k]!]!;
      if (stamp[c.col] !== r) {
        stamp[c.col] = r;
        formats[c.col] = undefined;
        slave[c.col] = 0;
      }
      values[c.col] = c.value;
      if (c.format) formats[c.col] = c.format;
      any = true;
    }
    if (spanning.length) {
      for (const b of spanning) cover(b.m, b.fmt, r);
      spanning = spanning.filter((b) => b.m.bottom > r);
      any = true;
    }
    for (let k = byTop.start[r]!; k < byTop.start[r + 1]!; k++) {
      const m = merges[byTop.order[k]!]!;
      const fmt = stamp[m.left] === r ? formats[m.left] : undefined;
      cover(m, fmt, r);
      if (m.bottom > r) spanning.push({ m, fmt });
      any = true;
    }
    const height = p.rowHeights.get(r);
    if (!any && height === undefined) continue;
    const rowText = String(r);
    let open = false;
    for (let col = 1; col <= maxCol; col++) {
      if (stamp[col] !== r) continue;
      const v = slave[col] ? null : values[col];
      const empty = v === null || v === undefined;
      const s = styles.id(formats[col], !empty && isDate(v));
      if (empty && !s) continue;
      if (!open) {
        w.ascii('<row r="');
        w.ascii(rowText);
        w.ascii(height !== undefined ? `" ht="${height}" customHeight="1">` : '">');
        open = true;
      }
      w.ascii(cellOpen(col));
      w.ascii(rowText);
      if (empty) w.ascii(styles.emptyTail(s));
      else {
        w.ascii(styles.attribute(s));
        writeValue(v, sst, w);
      }
    }
    if (open) w.ascii("</row>");
    else if (height !== undefined) w.ascii(`<row r="${rowText}" ht="${height}" customHeight="1"/>`);
    const wait = out.pause();
    if (wait) await wait;
  }
  w.ascii("</sheetData>");

  if (merges.length) {
    w.ascii(`<mergeCells count="${merges.length}">`);
    for (const m of merges) {
      // rangeRef(m.top, m.left, m.bottom, m.right), without a string per block
      w.ascii('<mergeCell ref="');
      w.ascii(colLetters(m.left));
      w.uint(m.top);
      w.ascii(":");
      w.ascii(colLetters(m.right));
      w.uint(m.bottom);
      w.ascii('"/>');
    }
    w.ascii("</mergeCells>");
  }
  const m = page.margins;
  w.ascii(
    `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`
  );
  w.ascii(
    page.scale !== undefined && !page.fitToWidth
      ? `<pageSetup paperSize="${A4}" scale="${Math.round(page.scale)}" orientation="${page.orientation}"/>`
      : `<pageSetup paperSize="${A4}" orientation="${page.orientation}" fitToWidth="1" fitToHeight="${page.fitToHeight ? 1 : 0}"/>`
  );
  if (page.header || page.footer || page.differentFirst) {
    w.ascii(`<headerFooter${page.differentFirst ? ' differentFirst="1"' : ""}>`);
    if (page.header) w.utf8(`<oddHeader>${xmlText(page.header)}</oddHeader>`);
    if (page.footer) w.utf8(`<oddFooter>${xmlText(page.footer)}</oddFooter>`);
    w.ascii("</headerFooter>");
  }
  const breaks = page.rowBreaks ?? [];
  if (breaks.length) {
    w.ascii(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const r of breaks) w.ascii(`<brk id="${r}" max="16383" man="1"/>`);
    w.ascii("</rowBreaks>");
  }
  w.ascii("</worksheet>");
}

/** The rest of a `<c …` element: type, value, end. */
function writeValue(v: DocValue, sst: SharedStrings, w: ByteWriter): void {
  switch (typeof v) {
    case "string":
      w.ascii(' t="s"><v>');
      w.uint(sst.id(v));
      w.ascii("</v></c>");
      return;
    case "number":
      w.ascii("><v>");
      if (Number.isInteger(v) && v >= 0 && v < 1e15) w.uint(v);
      else w.ascii(String(v));
      w.ascii("</v></c>");
      return;
    case "boolean":
      w.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      return;
    default:
  }
  const o = v as Exclude<DocValue, string | number | boolean | null>;
  if ("rich" in o) {
    w.ascii(` t="s"><v>${sst.rich(JSON.stringify(o.rich), () => richSi(o.rich))}</v></c>`);
  } else if ("formula" in o) {
    w.utf8(`><f>${xmlText(o.formula)}</f></c>`);
  } else {
    w.ascii(`><v>${serial(o)}</v></c>`);
  }
}

/** The hidden metadata sheet: key/value pairs in columns A and B, no formats. */
function metaSheet(meta: DocumentPlan["meta"]): DocumentSheetPlan {
  const cells: DocCell[] = [];
  meta.forEach(([k, v]: readonly [string, PlanValue], i) => {
    cells.push({ row: i + 1, col: 1, value: k });
    cells.push({ row: i + 1, col: 2, value: v });
  });
  return {
    name: META_SHEET,
    columns: [],
    cells,
    merges: [],
    rowHeights: new Map(),
    page: {
      orientation: "portrait",
      margins: { top: 19.05, bottom: 19.05, left: 17.78, right: 17.78, header: 7.62, footer: 7.62 },
      fitToWidth: false,
    },
  };
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

export interface DocumentPackageOptions {
  /** Column widths × this (the LibreOffice copy of `--pdf`, see LIBREOFFICE_WIDTH_SCALE). */
  readonly widthScale?: number;
  /** DEFLATE of the parts: fflate by default (the browser); Node's zlib in the CLI. */
  readonly deflater?: Deflater;
}

/** The .xlsx bytes of a document plan: its sheets, then the very hidden metadata sheet. */
export async function documentPackage(
  plan: DocumentPlan,
  options: DocumentPackageOptions = {}
): Promise<Uint8Array> {
  const deflater = options.deflater ?? fflateDeflater;
  const widthScale = options.widthScale ?? 1;
  const styles = new StyleBook();
  const sst = new SharedStrings(0);
  const sheets = [...plan.sheets, metaSheet(plan.meta)];
  const packed: Promise<PackedEntry>[] = [];
  const part = (name: string, xml: string) =>
    packEntry(name, new TextEncoder().encode(xml), deflater);

  const sheetParts: Promise<PackedEntry>[] = [];
  const pool = new ChunkPool(CHUNK);
  for (const [i, s] of sheets.entries()) {
    const out = new PartWriter(`xl/worksheets/sheet${i + 1}.xml`, deflater, pool);
    const w = new ByteWriter(out.push, CHUNK, pool);
    await writeSheet(s, widthScale, styles, sst, w, out);
    w.end();
    sheetParts.push(out.packed());
  }

  const names = sheets.map((s) => xmlText(s.name));
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join(
      ""
    )}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const app = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names
    .map((n) => `<vt:lpstr>${n}</vt:lpstr>`)
    .join(
      ""
    )}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`;
  const created = isoSeconds(civilToJsDate(plan.properties.created));
  const core = `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Sổ Thi đua</dc:creator><dc:title>${xmlText(plan.properties.title)}</dc:title><dc:subject>${xmlText(plan.properties.subject)}</dc:subject><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;
  const titles = sheets
    .map((s, i) =>
      s.page.repeatRows
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(
            `${quoteSheet(s.name)}!${s.page.repeatRows
              .split(":")
              .map((r) => `$${r.replace(/\$/g, "")}`)
              .join(":")}`
          )}</definedName>`
        : ""
    )
    .join("");
  const workbook = `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets
    .map(
      (s, i) =>
        `<sheet name="${names[i]}" sheetId="${i + 1}"${s.name === META_SHEET ? ' state="veryHidden"' : ""} r:id="rId${i + 4}"/>`
    )
    .join(
      ""
    )}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ""}<calcPr calcId="171027"/></workbook>`;
  const wbRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 4}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    )
    .join("")}</Relationships>`;

  // Shared strings: known once every sheet is written.
  const sstOut = new PartWriter("xl/sharedStrings.xml", deflater);
  const sw = new ByteWriter(sstOut.push);
  sw.utf8(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${sst.refs}" uniqueCount="${sst.added}">`);
  sst.write(sw);
  sw.ascii("</sst>");
  sw.end();

  packed.push(
    part("[Content_Types].xml", contentTypes),
    part("_rels/.rels", rootRels),
    part("docProps/app.xml", app),
    part("docProps/core.xml", core),
    part("xl/workbook.xml", workbook),
    part("xl/_rels/workbook.xml.rels", wbRels),
    part("xl/styles.xml", styles.xml()),
    part("xl/theme/theme1.xml", themeXml),
    sstOut.packed(),
    ...sheetParts
  );
  return zipPacked(await Promise.all(packed));
}
