/**
 * Declarative plan of a print-ready document sheet (Tờ trình, Danh sách, …): explicit fonts, borders,
 * merges, row heights and page setup, in the units of the standard (points, millimetres). Adapters
 * apply it; none of them decides layout. Row heights are computed here because neither Excel nor
 * LibreOffice grows a merged cell to fit its wrapped text.
 */
import { columnLetter } from "../../../domain/findings";
import type { CivilDate } from "../../../domain/text/dates";
import type { PlanValue } from "../types";

/** Decree 30/2020/NĐ-CP: Times New Roman (Unicode, TCVN 6909:2001). */
export const DOCUMENT_FONT = "Times New Roman";

export type Borders =
  | "all"
  | {
      readonly top?: boolean;
      readonly bottom?: boolean;
      readonly left?: boolean;
      readonly right?: boolean;
    };

export interface DocFormat {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly align?: "left" | "center" | "right" | "justify";
  readonly valign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: Borders;
  readonly numFmt?: string;
  /** ARGB background, e.g. `FFF2F2F2`. */
  readonly fill?: string;
}

/** A run of rich text (one cell mixing regular and bold lines, e.g. the agency block). */
export interface RichRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
}

export type DocValue = PlanValue | { readonly rich: readonly RichRun[] };

export interface DocCell {
  readonly row: number;
  readonly col: number;
  readonly value: DocValue;
  readonly format?: DocFormat;
}

export interface PagePlan {
  readonly orientation: "portrait" | "landscape";
  /** Millimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Rows repeated at the top of every printed page, e.g. `6:6`. */
  readonly repeatRows?: string;
  /** Header/footer in Excel's codes (`&P` page, `&N` pages, `&C` centre). */
  readonly header?: string;
  readonly footer?: string;
  /** No header/footer on the first page (Decree 30: the first page carries no number). */
  readonly differentFirst?: boolean;
  /** Shrink to one page wide if the columns are a little too wide. */
  readonly fitToWidth: boolean;
  /** With fitToWidth: shrink to one page tall too (a one-page document a few lines too long). */
  readonly fitToHeight?: boolean;
  /** Manual page breaks: a new page starts after each of these rows (one certificate a page). */
  readonly rowBreaks?: readonly number[];
}

export interface DocumentSheetPlan {
  readonly name: string;
  /** Column widths in Excel character units, column A first. */
  readonly columns: readonly number[];
  readonly cells: readonly DocCell[];
  readonly merges: readonly string[];
  /** Row heights in points (rows absent keep the default). */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly page: PagePlan;
  readonly tabColor?: string;
}

export interface DocumentPlan {
  readonly sheets: readonly DocumentSheetPlan[];
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly created: CivilDate;
  };
  /** Key/value pairs of the hidden metadata sheet (what was exported, from where, when). */
  readonly meta: readonly (readonly [string, PlanValue])[];
}

/** Decree 30/2020 margins for A4 portrait: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const DECREE30_MARGINS = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 10,
  footer: 10,
} as const;
/** A4 width minus the left and right margins. */
export const A4_PORTRAIT_TEXT_MM = 210 - DECREE30_MARGINS.left - DECREE30_MARGINS.right;
/** A4 height minus the top and bottom margins, in points (1 pt = 25.4 / 72 mm). */
export const A4_PORTRAIT_TEXT_PT =
  ((297 - DECREE30_MARGINS.top - DECREE30_MARGINS.bottom) * 72) / 25.4;
/** Excel's default row height (points) for a row the plan gives no height. */
export const DEFAULT_ROW_PT = 15;

/**
 * Whether content `contentPt` tall goes on one page `pagePt` tall shrunk to no less than `minScale`
 * (the register's sheets and the Tờ trình fit one page tall when this holds).
 */
export function fitsOnePageTall(contentPt: number, pagePt: number, minScale: number): boolean {
  return contentPt <= pagePt / minScale;
}

/*
 * Column widths: OOXML stores a width in "characters" of the default font's maximum digit width,
 * padding included, so a width w is about 7·w pixels at 96 dpi with the default Calibri 11
 * (ExcelJS's default font): 1 unit ≈ 1.852 mm.
 */
const MM_PER_UNIT = (7 * 25.4) / 96;

export function widthForMm(mm: number): number {
  return Math.round((mm / MM_PER_UNIT) * 100) / 100;
}

export function mmOfWidth(units: number): number {
  return units * MM_PER_UNIT;
}

/*
 * Text measurement for row heights: advance widths of Times New Roman (em) for the base letters;
 * Vietnamese diacritics do not change a letter's width. Bold is about 6% wider.
 */
const UPPER: Record<string, number> = {
  A: 0.722,
  B: 0.667,
  C: 0.667,
  D: 0.722,
  E: 0.611,
  F: 0.556,
  G: 0.722,
  H: 0.722,
  I: 0.333,
  J: 0.389,
  K: 0.722,
  L: 0.611,
  M: 0.889,
  N: 0.722,
  O: 0.722,
  P: 0.556,
  Q: 0.722,
  R: 0.667,
  S: 0.556,
  T: 0.611,
  U: 0.722,
  V: 0.722,
  W: 0.944,
  X: 0.722,
  Y: 0.722,
  Z: 0.611,
};
const LOWER: Record<string, number> = {
  a: 0.444,
  b: 0.5,
  c: 0.444,
  d: 0.5,
  e: 0.444,
  f: 0.333,
  g: 0.5,
  h: 0.5,
  i: 0.278,
  j: 0.278,
  k: 0.5,
  l: 0.278,
  m: 0.778,
  n: 0.5,
  o: 0.5,
  p: 0.5,
  q: 0.5,
  r: 0.333,
  s: 0.389,
  t: 0.278,
  u: 0.5,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.444,
};
const OTHER: Record<string, number> = {
  " ": 0.25,
  ".": 0.25,
  ",": 0.25,
  ":": 0.278,
  ";": 0.278,
  "(": 0.333,
  ")": 0.333,
  "-": 0.333,
  "–": 0.5,
  "/": 0.278,
  '"': 0.408,
  "“": 0.444,
  "”": 0.444,
  "%": 0.833,
  "'": 0.18,
  "\u2003": 1,
  "\u2002": 0.5,
};

function measureChar(ch: string): number {
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "").replace("đ", "d").replace("Đ", "D");
  if (base in UPPER) return UPPER[base]!;
  if (base in LOWER) return LOWER[base]!;
  if (/\d/u.test(base)) return 0.5;
  return OTHER[base] ?? 0.5;
}

/** Widths of the characters met (a register uses a few hundred; each is measured once). */
const EM = new Map<string, number>();

function charEm(ch: string): number {
  let em = EM.get(ch);
  if (em === undefined) {
    em = measureChar(ch);
    EM.set(ch, em);
  }
  return em;
}

/** Width of a text in millimetres at `size` points. */
export function textWidthMm(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charEm(ch);
  return ((em * size * (bold ? 1.06 : 1)) / 72) * 25.4;
}

/**
 * Lines a text takes when wrapped (greedy, at spaces, as Excel and LibreOffice do) in a cell of
 * `widthMm`, keeping a margin for the cell padding and 3 % for font metric differences (measured
 * against LibreOffice's PDF: the widths below are within 2 % of the rendered text).
 */
export function wrapLines(text: string, widthMm: number, size: number, bold = false): string[] {
  const usable = Math.max(5, widthMm - 1.6) * 0.97;
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (line !== "" && textWidthMm(candidate, size, bold) > usable) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Height in points of `lines` lines at `size` points. Excel's own row height for one line of Times
 * New Roman is about 1.3 × the size, LibreOffice's line pitch 1.15 ×: 1.25 never clips in Excel.
 */
export function linesHeight(lines: number, size: number, extra = 0): number {
  return Math.ceil(Math.max(1, lines) * size * 1.25 + 3 + extra);
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Collects the cells of one document sheet; measures merged text to size its rows. */
export class SheetBuilder {
  readonly cells: DocCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights = new Map<number, number>();
  /** Column widths in millimetres (for measurement) and units (for the plan). */
  readonly widthsMm: readonly number[];

  constructor(widthsMm: readonly number[]) {
    this.widthsMm = widthsMm;
  }

  get columns(): number[] {
    return this.widthsMm.map(widthForMm);
  }

  /** Width in mm of columns c1..c2 (1-based, inclusive). */
  spanMm(c1: number, c2: number): number {
    let w = 0;
    for (let c = c1; c <= c2; c++) w += this.widthsMm[c - 1] ?? 0;
    return w;
  }

  put(row: number, col: number, value: DocValue, format?: DocFormat): void {
    this.cells.push({ row, col, value, ...(format ? { format } : {}) });
  }

  /** Merge a block; every cell of the block gets the format (so borders are drawn all round). */
  merge(r1: number, c1: number, r2: number, c2: number, value: DocValue, format?: DocFormat): void {
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.put(r, c, null, format);
    this.put(r1, c1, value, format);
    if (r1 !== r2 || c1 !== c2) this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }

  /** Text across columns c1..c2 of one row, wrapped; the row grows to fit (never shrinks). */
  text(row: number, c1: number, c2: number, value: string, format: DocFormat, extra = 0): number {
    this.merge(row, c1, row, c2, value, { wrap: true, valign: "top", ...format });
    const lines = wrapLines(value, this.spanMm(c1, c2), format.size, format.bold).length;
    this.atLeast(row, linesHeight(lines, format.size, extra));
    return lines;
  }

  height(row: number, points: number): void {
    this.rowHeights.set(row, points);
  }

  atLeast(row: number, points: number): void {
    this.rowHeights.set(row, Math.max(points, this.rowHeights.get(row) ?? 0));
  }

  /** The sheet these cells, merges and heights make, with its page setup and tab colour. */
  sheet(name: string, page: PagePlan, tabColor: string): DocumentSheetPlan {
    return {
      name,
      columns: this.columns,
      cells: this.cells,
      merges: this.merges,
      rowHeights: this.rowHeights,
      page,
      tabColor,
    };
  }

  /** Height in points of rows 1..the last row holding a cell (default height where none is set). */
  contentHeight(): number {
    let last = 0;
    for (const c of this.cells) last = Math.max(last, c.row);
    let pt = 0;
    for (let r = 1; r <= last; r++) pt += this.rowHeights.get(r) ?? DEFAULT_ROW_PT;
    return pt;
  }
}
