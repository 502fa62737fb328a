/**
 * One worksheet part → a grid of domain cells, with the meaning ExcelJS's in-memory reader gives
 * them (the register's commands that write use it, so both readers must agree — see
 * test/stream-reader.test.ts): shared/inline/formula strings, numbers, booleans, errors, numbers in
 * a date style as dates (1900 or 1904 system), formulas as their cached result (and listed in
 * `formulaCells`), cells covered by a merge (not its top-left) left out. Cells and rows without an
 * `r` attribute (valid OOXML) follow the previous one.
 */
import type { Cell } from "../../../domain/cell";
import { fromJsDate } from "../../../domain/text/dates";
import { cellKey, type SheetGrid } from "../../../workbook/grid";
import { percentText } from "../../../workbook/numberFormat";
import type { NumberShape } from "./parts";
import {
  attributeRange,
  attributeText,
  bytesAre,
  NotPlainXml,
  scanXmlBytes,
  textOf,
} from "./fastXml";
import { decodeEscapes, parseXml, sliced, whole } from "./xml";

/** A shared-string cell in a package without a shared strings table. */
export const NO_SHARED_STRINGS =
  "thiếu bảng chữ dùng chung xl/sharedStrings.xml / xl/sharedStrings.xml is missing";

export interface WorksheetContext {
  readonly sharedStrings: readonly string[] | null;
  readonly numberShapes: readonly NumberShape[];
  readonly date1904: boolean;
}

/** A1 reference → [row, col], or null. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36 /* $ */ && i === 0) continue;
    else break;
  }
  if (ref.charCodeAt(i) === 36) i++;
  const row = Number(ref.slice(i));
  return col > 0 && Number.isInteger(row) && row > 0 ? [row, col] : null;
}

/** A date-styled serial as a date (ExcelJS's excelToDate); a serial outside 0001–9999 stays a number. */
function serialToCell(n: number, date1904: boolean): Cell {
  const d = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(d.getTime())) return n;
  try {
    return { date: fromJsDate(d) };
  } catch {
    return n;
  }
}

function numberCell(text: string, style: number, ctx: WorksheetContext): Cell {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return null;
  const shape = ctx.numberShapes[style];
  if (shape === "date") return serialToCell(n, ctx.date1904);
  return shape === "percent" ? percentText(n) : n;
}

/** `t="d"`: an ISO 8601 date in the cell. */
function isoDateCell(text: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text.trim());
  if (!m) return text;
  try {
    return { date: fromJsDate(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!))) };
  } catch {
    return text;
  }
}

function cellValue(
  type: string,
  text: string,
  style: number,
  ctx: WorksheetContext,
  isFormula: boolean
): Cell {
  switch (type) {
    case "s": {
      if (!ctx.sharedStrings) throw new Error(NO_SHARED_STRINGS);
      const s = ctx.sharedStrings[parseInt(text, 10)];
      return s === undefined ? null : s;
    }
    case "str":
      return text;
    case "inlineStr":
      return decodeEscapes(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text.trim() };
    case "d":
      return isFormula ? text : isoDateCell(text);
    default:
      return numberCell(text, style, ctx);
  }
}

/**
 * A worksheet part's grid: the byte tokenizer (./fastXml.ts) reads it, saxes when the part is not
 * plain XML (the same grid, or saxes's error for a damaged part).
 */
export function parseWorksheet(
  name: string,
  chunks: Iterable<Uint8Array>,
  ctx: WorksheetContext
): SheetGrid {
  const bytes = whole([...chunks]);
  try {
    return scanWorksheet(name, bytes, ctx);
  } catch (e) {
    if (!(e instanceof NotPlainXml)) throw e;
  }
  return parseWorksheetSax(name, sliced(bytes), ctx);
}

// Cell types, read from the `t` attribute's bytes without making a string of each.
const CELL_TYPES = ["n", "s", "str", "inlineStr", "b", "e", "d"];

/** An attribute holding a whole number (`s`, a row's `r`): its digits read as bytes, else `parse`. */
function wholeNumber(b: Uint8Array, s: number, e: number, parse: (text: string) => number): number {
  let n = 0;
  for (let k = s; k < e; k++) {
    const c = b[k]!;
    if (c < 48 || c > 57 || k - s > 12) return parse(attributeText(b, s, e));
    n = n * 10 + (c - 48);
  }
  return e > s ? n : parse("");
}

/** Where refOfBytes puts the row and column it read. */
const REF = [0, 0];

/**
 * A cell reference (`B12`, `$B$12`) read from its bytes as parseRef reads its text: true with the
 * row and column in REF, false when it is no reference.
 */
function refOfBytes(b: Uint8Array, s: number, e: number): boolean {
  let col = 0;
  let k = s;
  for (; k < e; k++) {
    const c = b[k]!;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36 && k === s) continue;
    else break;
  }
  if (b[k] === 36 && k < e) k++;
  let row = 0;
  const digits = k;
  for (; k < e; k++) {
    const c = b[k]!;
    if (c < 48 || c > 57 || k - digits > 12) {
      const ref = parseRef(attributeText(b, s, e));
      if (!ref) return false;
      REF[0] = ref[0];
      REF[1] = ref[1];
      return true;
    }
    row = row * 10 + (c - 48);
  }
  if (col <= 0 || row <= 0) return false;
  REF[0] = row;
  REF[1] = col;
  return true;
}

const parseIntText = (t: string): number => parseInt(t, 10);
const rowNumberText = (t: string): number => (t ? Number(t) : NaN);

/**
 * The `r`, `t` and `s` attributes of a `<c>` start tag in one pass over its attribute bytes (checked
 * by the tokenizer already): the bounds of each value's bytes in CELL_AT (r, t, s; -1 when absent;
 * the first one when repeated, as attributeRange).
 */
const CELL_AT = new Int32Array(6);
function cellAttributes(b: Uint8Array, from: number, to: number): void {
  CELL_AT.fill(-1);
  let p = from;
  while (p < to) {
    let c = b[p];
    while (p < to && (c === 32 || c === 10 || c === 9 || c === 13)) c = b[++p];
    if (p >= to || c === 62 /* > */ || c === 47 /* / */) return;
    const an = p;
    while (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 61 /* = */) c = b[++p];
    const nameLen = p - an;
    while (c !== 34 && c !== 39) c = b[++p];
    const close = b.indexOf(c!, p + 1);
    if (nameLen === 1) {
      const slot =
        b[an] === 114 /* r */ ? 0 : b[an] === 116 /* t */ ? 2 : b[an] === 115 /* s */ ? 4 : -1;
      if (slot >= 0 && CELL_AT[slot]! < 0) {
        CELL_AT[slot] = p + 1;
        CELL_AT[slot + 1] = close;
      }
    }
    p = close + 1;
  }
}

/** The byte tokenizer's reading of a worksheet: exactly what parseWorksheetSax reads. */
function scanWorksheet(name: string, b: Uint8Array, ctx: WorksheetContext): SheetGrid {
  const rows: (Cell[] | undefined)[] = [];
  const formulaCells = new Set<string>();
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  let inCell = false;
  let type = "n";
  let style = 0;
  let isFormula = false;
  let text = "";
  let hasText = false;
  let reading = false;
  let inInline = false;
  let phonetic = 0;
  const at: [number, number] = [0, 0];
  const typeOf = (s: number, e: number): string => {
    for (const t of CELL_TYPES) if (bytesAre(b, s, e, t)) return t;
    return attributeText(b, s, e);
  };
  scanXmlBytes(b, {
    open(s, e, as, ae) {
      const len = e - s;
      const c0 = b[s];
      if (len === 1) {
        if (c0 === 99 /* c */) {
          cellAttributes(b, as, ae);
          if (CELL_AT[0]! >= 0 && refOfBytes(b, CELL_AT[0]!, CELL_AT[1]!)) {
            row = REF[0]!;
            col = REF[1]!;
          } else col++;
          inCell = true;
          type = CELL_AT[2]! >= 0 ? typeOf(CELL_AT[2]!, CELL_AT[3]!) : "n";
          style =
            CELL_AT[5]! > CELL_AT[4]! ? wholeNumber(b, CELL_AT[4]!, CELL_AT[5]!, parseIntText) : 0;
          isFormula = false;
          text = "";
          hasText = false;
        } else if (c0 === 118 /* v */) {
          if (inCell) reading = true;
        } else if (c0 === 102 /* f */) {
          if (inCell) isFormula = true;
        } else if (c0 === 116 /* t */) {
          if (inCell && inInline && phonetic === 0) reading = true;
        }
      } else if (len === 2) {
        if (bytesAre(b, s, e, "is")) inInline = true;
      } else if (len === 3) {
        if (bytesAre(b, s, e, "row")) {
          const r = attributeRange(b, as, ae, "r", at)
            ? wholeNumber(b, at[0], at[1], rowNumberText)
            : NaN;
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
        } else if (bytesAre(b, s, e, "rPh")) phonetic++;
      } else if (len === 9 && bytesAre(b, s, e, "mergeCell")) {
        if (attributeRange(b, as, ae, "ref", at) && at[1] > at[0])
          merges.push(attributeText(b, at[0], at[1]));
      }
    },
    close(s, e) {
      const len = e - s;
      if (len === 1) {
        const c0 = b[s];
        if (c0 === 118 /* v */ || c0 === 116 /* t */) reading = false;
        else if (c0 === 99 /* c */) {
          inCell = false;
          reading = false;
          if (isFormula) formulaCells.add(cellKey(row, col));
          if (!hasText) return;
          const v = cellValue(type, text, style, ctx, isFormula);
          if (v === null) return;
          (rows[row] ??= [])[col] = v;
        }
      } else if (len === 2) {
        if (bytesAre(b, s, e, "is")) inInline = false;
      } else if (len === 3 && bytesAre(b, s, e, "rPh")) phonetic--;
    },
    text(s, e, cdata) {
      if (!reading) return;
      const t = textOf(b, s, e, cdata);
      if (t) {
        text += t;
        hasText = true;
      }
    },
  });
  for (const ref of merges) dropCovered(rows, ref);
  while (rows.length && rows[rows.length - 1] === undefined) rows.length--;
  return { name, rows, formulaCells };
}

/**
 * The worksheet through saxes: parts the byte tokenizer leaves to it. Exported for the test that
 * holds both readings equal (fastXml.test.ts).
 */
export function parseWorksheetSax(
  name: string,
  chunks: Iterable<Uint8Array>,
  ctx: WorksheetContext
): SheetGrid {
  const rows: (Cell[] | undefined)[] = [];
  const formulaCells = new Set<string>();
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  // The cell being read.
  let inCell = false;
  let type = "n";
  let style = 0;
  let isFormula = false;
  let text = "";
  let hasText = false;
  let reading = false; // inside <v>, or a <t> of an inline string
  let inInline = false;
  let phonetic = 0;

  parseXml(chunks, {
    open(tag, a) {
      switch (tag) {
        case "c": {
          const at = a.r ? parseRef(a.r) : null;
          if (at) {
            row = at[0];
            col = at[1];
          } else col++;
          inCell = true;
          type = a.t ?? "n";
          style = a.s ? parseInt(a.s, 10) : 0;
          isFormula = false;
          text = "";
          hasText = false;
          return;
        }
        case "v":
          if (inCell) reading = true;
          return;
        case "f":
          if (inCell) isFormula = true;
          return;
        case "is":
          inInline = true;
          return;
        case "t":
          if (inCell && inInline && phonetic === 0) reading = true;
          return;
        case "rPh":
          phonetic++;
          return;
        case "row": {
          const r = a.r ? Number(a.r) : NaN;
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          return;
        }
        case "mergeCell":
          if (a.ref) merges.push(a.ref);
          return;
        default:
          return;
      }
    },
    close(tag) {
      switch (tag) {
        case "v":
        case "t":
          reading = false;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c": {
          inCell = false;
          reading = false;
          if (isFormula) formulaCells.add(cellKey(row, col));
          if (!hasText) return;
          const v = cellValue(type, text, style, ctx, isFormula);
          if (v === null) return;
          (rows[row] ??= [])[col] = v;
          return;
        }
        default:
          return;
      }
    },
    text(t) {
      if (reading) {
        text += t;
        hasText = true;
      }
    },
  });
  for (const ref of merges) dropCovered(rows, ref);
  while (rows.length && rows[rows.length - 1] === undefined) rows.length--;
  return { name, rows, formulaCells };
}

/** Empty every cell of a merged range but its top-left (where Excel keeps the value). */
function dropCovered(rows: (Cell[] | undefined)[], ref: string): void {
  const [a, b] = ref.split(":");
  const from = a ? parseRef(a) : null;
  const to = b ? parseRef(b) : null;
  if (!from || !to) return;
  for (let r = from[0]; r <= to[0]; r++) {
    const cells = rows[r];
    if (!cells) continue;
    for (let c = from[1]; c <= to[1] && c < cells.length; c++)
      if (r !== from[0] || c !== from[1]) delete cells[c];
    while (cells.length && cells[cells.length - 1] === undefined) cells.length--;
    if (!cells.length) rows[r] = undefined;
  }
}
