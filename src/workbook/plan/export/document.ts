/**
 * Declarative plan of a print-ready document sheet (Tờ trình, Danh sách, …): explicit fonts, borders,
 * merges, row heights and page setup, in the units of the standard (points, millimetres). Adapters
 * apply it; none of them decides layout. Row heights are computed here because neither Excel nor
 * LibreOffice grows a merged cell to fit its wrapped text.
 */
import type { CivilDate } from "../../../domain/text/dates";
import { baseLetters } from "../../../domain/text/normalize";
import type { PlanValue } from "../types";
import type { CellRect } from "../validationCheck";

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
  /**
   * Print at this percentage, not fitted (with `fitToWidth` false): pages of a known height whose
   * manual breaks hold, e.g. one ballot a page shrunk to fit (a fit would ignore the breaks).
   */
  readonly scale?: number;
  /** Manual page breaks: a new page starts after each of these rows (one certificate a page). */
  readonly rowBreaks?: readonly number[];
}

export interface DocumentSheetPlan {
  readonly name: string;
  /** Column widths in Excel character units, column A first. */
  readonly columns: readonly number[];
  /**
   * The cells given a value or a format. The other cells of a merged block are not listed: they
   * show the format of the block's first cell (as Excel and ExcelJS draw them) and no value.
   */
  readonly cells: readonly DocCell[];
  /** Merged blocks, 1-based and inclusive (a large list has one per table cell: no A1 strings). */
  readonly merges: readonly CellRect[];
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
  const base = baseLetters(ch);
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

/** The same widths by UTF-16 code unit for the Basic Multilingual Plane (-1: not met yet). */
const EM_BMP = new Float64Array(0x10000).fill(-1);

/**
 * `em` plus the width of each character of `nfc` (already in NFC) from `from` to `to`, added one by
 * one from the first: the sum of a text is the sum of its first words continued, to the last bit.
 */
function addEm(em: number, nfc: string, from = 0, to = nfc.length): number {
  let sum = em;
  for (let i = from; i < to; i++) {
    const u = nfc.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < to) {
      const low = nfc.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        sum += charEm(nfc.slice(i, i + 2));
        i++;
        continue;
      }
    }
    let w = EM_BMP[u]!;
    if (w < 0) EM_BMP[u] = w = charEm(String.fromCharCode(u));
    sum += w;
  }
  return sum;
}

const mmOfEm = (em: number, size: number, bold: boolean): number =>
  ((em * size * (bold ? 1.06 : 1)) / 72) * 25.4;

/** Width of a text in millimetres at `size` points. */
export function textWidthMm(text: string, size: number, bold = false): number {
  return mmOfEm(addEm(0, text.normalize("NFC")), size, bold);
}

/** The usable width of a cell `widthMm` wide: a margin for the padding, 3 % for font metrics. */
const usableMm = (widthMm: number): number => Math.max(5, widthMm - 1.6) * 0.97;

/*
 * Wrapping measures each word once, continuing the sum of the line before it (a candidate line is
 * the line, a space and the word): NFC never joins characters across a space or a line break, so
 * the words of the NFC text are the NFC of the words, and the sums are those of the whole line.
 */

/**
 * Lines a text takes when wrapped (greedy, at spaces, as Excel and LibreOffice do) in a cell of
 * `widthMm`, keeping a margin for the cell padding and 3 % for font metric differences (measured
 * against LibreOffice's PDF: the widths below are within 2 % of the rendered text).
 */
export function wrapLines(text: string, widthMm: number, size: number, bold = false): string[] {
  const usable = usableMm(widthMm);
  const space = charEm(" ");
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    const words = para.split(" ");
    const measured = para.normalize("NFC").split(" ");
    let line = "";
    let lineEm = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (line === "") {
        line = word;
        lineEm = addEm(0, measured[i]!);
        continue;
      }
      const candidateEm = addEm(lineEm + space, measured[i]!);
      if (mmOfEm(candidateEm, size, bold) > usable) {
        lines.push(line);
        line = word;
        lineEm = addEm(0, measured[i]!);
      } else {
        line = `${line} ${word}`;
        lineEm = candidateEm;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** How many lines wrapLines makes of a text, in one pass over it (no line or word is built). */
export function lineCount(text: string, widthMm: number, size: number, bold = false): number {
  const usable = usableMm(widthMm);
  const space = charEm(" ");
  const s = text.normalize("NFC");
  const n = s.length;
  let count = 0;
  let lineEm = 0;
  let lineEmpty = true;
  for (let i = 0; ;) {
    // The word s[i, j): up to the next space or line break.
    let j = i;
    while (j < n) {
      const u = s.charCodeAt(j);
      if (u === 32 || u === 10) break;
      j++;
    }
    if (lineEmpty) {
      lineEm = addEm(0, s, i, j);
      lineEmpty = j === i;
    } else {
      const candidateEm = addEm(lineEm + space, s, i, j);
      if (mmOfEm(candidateEm, size, bold) > usable) {
        count++;
        lineEm = addEm(0, s, i, j);
        lineEmpty = j === i;
      } else lineEm = candidateEm;
    }
    if (j >= n) return count + 1;
    if (s.charCodeAt(j) === 10) {
      count++;
      lineEm = 0;
      lineEmpty = true;
    }
    i = j + 1;
  }
}

/**
 * Height in points of `lines` lines at `size` points. Excel's own row height for one line of Times
 * New Roman is about 1.3 × the size, LibreOffice's line pitch 1.15 ×: 1.25 never clips in Excel.
 */
export function linesHeight(lines: number, size: number, extra = 0): number {
  return Math.ceil(Math.max(1, lines) * size * 1.25 + 3 + extra);
}

/** Collects the cells of one document sheet; measures merged text to size its rows. */
export class SheetBuilder {
  readonly cells: DocCell[] = [];
  readonly merges: CellRect[] = [];
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
    this.cells.push(format ? { row, col, value, format } : { row, col, value });
  }

  /**
   * Merge a block: its first cell holds the value; every cell of the block shows the format (so
   * borders are drawn all round), which the writers give the other cells from the first one.
   */
  merge(r1: number, c1: number, r2: number, c2: number, value: DocValue, format?: DocFormat): void {
    this.put(r1, c1, value, format);
    if (r1 !== r2 || c1 !== c2) this.merges.push({ top: r1, left: c1, bottom: r2, right: c2 });
  }

  /** Text across columns c1..c2 of one row, wrapped; the row grows to fit (never shrinks). */
  text(row: number, c1: number, c2: number, value: string, format: DocFormat, extra = 0): number {
    this.merge(row, c1, row, c2, value, { wrap: true, valign: "top", ...format });
    const lines = lineCount(value, this.spanMm(c1, c2), format.size, format.bold);
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
    for (const m of this.merges) last = Math.max(last, m.bottom);
    let pt = 0;
    for (let r = 1; r <= last; r++) pt += this.rowHeights.get(r) ?? DEFAULT_ROW_PT;
    return pt;
  }
}
