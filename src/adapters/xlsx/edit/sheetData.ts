/**
 * The `<sheetData>` of a worksheet part edited as BYTES: a sheet of 100,000 rows is tens of
 * megabytes of XML, and decoding it to text and back costs more than the edit itself. Markup is
 * ASCII, so rows and cells are found by their bytes; every byte the edit does not own is handed on
 * as a view of the original (no copy), and only the owned cells are written anew.
 */
import { columnLetter } from "../../../domain/findings";
import type { PlanValue } from "../../../workbook/plan/types";
import { cellXml } from "./cellXml";

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;

/** A cell to set; `style` is a `cellXfs` index (undefined: keep the cell's own style). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  readonly style?: number;
}

/** Encoded cell tails by value, one map for each type of value. */
interface Tails {
  readonly string: Map<string, Uint8Array>;
  readonly number: Map<number, Uint8Array>;
  readonly boolean: Map<boolean, Uint8Array>;
}

export interface SheetDataState {
  replacedFormula: boolean;
  skipped: number;
}

const ascii = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};
const encoder = new TextEncoder();
const utf8 = new TextDecoder();
const latin = (b: Uint8Array, start: number, end: number): string => {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
};
const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 10 || c === 13;

/** Index just after the `>` of the tag starting at `i` (quoted attribute values skipped). */
export function tagEndAt(b: Uint8Array, i: number): number {
  let quote = 0;
  for (let k = i + 1; k < b.length; k++) {
    const c = b[k]!;
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return k + 1;
  }
  throw new Error("xml: a tag is not closed");
}

/** True when `b` holds `name` at `i` followed by a delimiter of a tag name. */
function nameAt(b: Uint8Array, i: number, name: Uint8Array): boolean {
  for (let k = 0; k < name.length; k++) if (b[i + k] !== name[k]) return false;
  const next = b[i + name.length];
  return isSpace(next) || next === GT || next === SLASH;
}

/**
 * First index of `seq` in `b` from `from` (before `to`), or -1. The search runs on the sequence's
 * last byte, the rarer one in markup (`w` of `</row`, against the `<` of every tag).
 */
export function indexOfBytes(b: Uint8Array, seq: Uint8Array, from: number, to = b.length): number {
  const n = seq.length - 1;
  const last = seq[n]!;
  for (let i = b.indexOf(last, from + n); i >= 0 && i < to; i = b.indexOf(last, i + 1)) {
    let k = 0;
    while (k < n && b[i - n + k] === seq[k]) k++;
    if (k === n) return i - n;
  }
  return -1;
}

/** The value of attribute `name` in the start tag [start, end), as written (the ASCII values of `r`, `s`, `t`). */
function attr(b: Uint8Array, start: number, end: number, name: Uint8Array): string | undefined {
  const i = attrAt(b, start, end, name);
  // The value runs to the quote that opened it (the byte before `i`).
  return i < 0 ? undefined : latin(b, i, b.indexOf(b[i - 1]!, i));
}

/** Where the value of attribute `name` starts in the start tag [start, end) (after its quote), or -1. */
function attrAt(b: Uint8Array, start: number, end: number, name: Uint8Array): number {
  for (let k = start; k < end; k++) {
    if (!isSpace(b[k])) continue;
    let i = k + 1;
    let m = 0;
    while (m < name.length && b[i + m] === name[m]) m++;
    if (m !== name.length) continue;
    i += m;
    while (isSpace(b[i])) i++;
    if (b[i] !== EQ) continue;
    i++;
    while (isSpace(b[i])) i++;
    const q = b[i];
    if (q !== 34 && q !== 39) continue;
    return i + 1;
  }
  return -1;
}

/** Where the attribute value starting at `at` ends (its closing quote; `at` when there is none, as `attr`). */
function valueEnd(b: Uint8Array, at: number): number {
  const e = b.indexOf(b[at - 1]!, at);
  return e < 0 ? at : e;
}

/** `Number()` of the text [s, e): digits read as they are, anything else as `Number` reads it. */
function numberIn(b: Uint8Array, s: number, e: number): number {
  if (e > s && e - s <= 15) {
    let n = 0;
    let i = s;
    for (; i < e; i++) {
      const d = b[i]! - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === e) return n;
  }
  return Number(latin(b, s, e));
}

/** `Number()` of the attribute value starting at `at` (a row's `r`). */
function numberAt(b: Uint8Array, at: number): number {
  return numberIn(b, at, valueEnd(b, at));
}

/** The column of the cell reference starting at `at` (as `colOf`), or -1 when the value is empty. */
function columnAt(b: Uint8Array, at: number): number {
  const e = valueEnd(b, at);
  if (e === at) return -1;
  let col = 0;
  for (let i = at; i < e; i++) {
    const c = b[i]!;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col;
}

/** The last column of a row's `spans` hint (`Number` of what follows its first colon), Infinity without one. */
function spanEnd(b: Uint8Array, start: number, end: number, name: Uint8Array): number {
  const at = attrAt(b, start, end, name);
  if (at < 0) return Infinity;
  const e = valueEnd(b, at);
  if (e === at) return Infinity;
  const colon = b.indexOf(58, at);
  if (colon < 0 || colon >= e) return NaN;
  let next = b.indexOf(58, colon + 1);
  if (next < 0 || next > e) next = e;
  return numberIn(b, colon + 1, next);
}

function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col;
}

/** A start tag with attribute `name` set (ASCII markup; the value must need no escaping). */
function withAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`, "u");
  if (re.test(tag))
    return value === null ? tag.replace(re, "") : tag.replace(re, `$1${name}="${value}"`);
  if (value === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${value}"${tag.slice(close)}`;
}

/** Size of the blocks the edited `<sheetData>` is handed on in (each compressed on its own). */
export const BLOCK = 4 << 20;

/**
 * The output, in blocks handed to `sink` as they fill (compression of the first blocks runs while
 * the rest is edited): ranges of the source (adjacent ones copied as one) and new text.
 */
export class Pieces {
  private block: Uint8Array;
  private used = 0;
  private text = "";
  /** A range of the source still to copy. */
  private from = 0;
  private to = 0;
  /** Blocks handed to the sink so far. */
  handed = 0;

  /** `take`: where new blocks come from (a pool whose blocks come back once compressed). */
  constructor(
    private readonly src: Uint8Array,
    private readonly sink: (chunk: Uint8Array) => void,
    private readonly size = BLOCK,
    private readonly take: () => Uint8Array = () => new Uint8Array(size)
  ) {
    this.block = take();
  }

  private put(bytes: Uint8Array): void {
    let i = 0;
    while (i < bytes.length) {
      const n = Math.min(bytes.length - i, this.block.length - this.used);
      this.block.set(i === 0 && n === bytes.length ? bytes : bytes.subarray(i, i + n), this.used);
      this.used += n;
      i += n;
      if (this.used === this.block.length) this.next();
    }
  }

  /** The block is full: hand it over and start the next. */
  private next(): void {
    this.sink(this.block);
    this.handed++;
    this.block = this.take();
    this.used = 0;
  }

  /** Bytes written as they are (markup prepared once and repeated down a column). */
  bytes(b: Uint8Array): void {
    if (this.to > this.from) this.flushCopy();
    if (this.text) this.flushText();
    const n = b.length;
    if (n > this.block.length - this.used) {
      this.put(b);
      return;
    }
    const block = this.block;
    const at = this.used;
    if (n <= 16) for (let i = 0; i < n; i++) block[at + i] = b[i]!;
    else block.set(b, at);
    this.used = at + n;
    if (this.used === block.length) this.next();
  }

  /** A non-negative integer in decimal digits (a row number). */
  uint(v: number): void {
    if (this.to > this.from) this.flushCopy();
    if (this.text) this.flushText();
    if (!(v >= 0 && v < 1e15 && Number.isInteger(v)) || this.block.length - this.used < 16) {
      this.put(ascii(String(v)));
      return;
    }
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    const block = this.block;
    let at = this.used + digits;
    this.used = at;
    let x = v;
    do {
      const q = Math.floor(x / 10);
      block[--at] = 48 + (x - q * 10);
      x = q;
    } while (x > 0);
    if (this.used === block.length) this.next();
  }

  copy(start: number, end: number): void {
    if (end <= start) return;
    if (this.text) this.flushText();
    if (start === this.to && this.to > this.from) {
      this.to = end;
      return;
    }
    this.flushCopy();
    this.from = start;
    this.to = end;
  }

  private flushCopy(): void {
    if (this.to <= this.from) return;
    this.put(this.src.subarray(this.from, this.to));
    this.from = this.to = 0;
  }

  write(s: string): void {
    this.flushCopy();
    this.text += s;
  }

  private flushText(): void {
    if (!this.text) return;
    if (this.block.length - this.used >= this.text.length * 3)
      this.used += encoder.encodeInto(this.text, this.block.subarray(this.used)).written;
    else this.put(encoder.encode(this.text));
    this.text = "";
  }

  /** Hand over what is left. */
  end(): void {
    this.flushCopy();
    this.flushText();
    if (this.used) this.sink(this.block.subarray(0, this.used));
    this.block = new Uint8Array(0);
    this.used = 0;
  }
}

/**
 * The `<sheetData>` element in `src` [start, end) with `cells` (sorted by row, then column; one write
 * a cell) applied, handed to `sink` in blocks:
 * cells set in column order, rows added in row order; rows and cells without an `r` are numbered
 * where the edit could move them.
 */
export function editSheetData(
  src: Uint8Array,
  start: number,
  end: number,
  prefix: string,
  cells: readonly CellWrite[],
  date1904: boolean,
  state: SheetDataState,
  sink: (chunk: Uint8Array) => void
): void {
  const steps = editSheetDataSteps(src, start, end, prefix, cells, date1904, state, sink);
  while (!steps.next().done);
}

/**
 * `editSheetData` in steps: it pauses after a row once a block was handed on (the caller may let
 * the compression of the blocks catch up and give them back to `take`, see `Pieces`).
 */
export function* editSheetDataSteps(
  src: Uint8Array,
  start: number,
  end: number,
  prefix: string,
  cells: readonly CellWrite[],
  date1904: boolean,
  state: SheetDataState,
  sink: (chunk: Uint8Array) => void,
  take?: () => Uint8Array
): Generator<void, void, void> {
  const out = new Pieces(src, sink, BLOCK, take);
  let handed = 0;
  const ROW = ascii(`<${prefix}row`);
  const ROW_CLOSE = ascii(`</${prefix}row`);
  const C = ascii(`<${prefix}c`);
  const C_CLOSE = ascii(`</${prefix}c>`);
  const F = ascii(`<${prefix}f`);
  const R = ascii("r");
  const S = ascii("s");
  const T = ascii("t");
  const SPANS = ascii("spans");
  let w = 0; // the next cell of `cells` to write
  /** Where the writes of row `r` start in `cells` (they end at `w`, moved past them). */
  const rowCells = (r: number): number => {
    const from = w;
    while (w < cells.length && cells[w]!.row === r) w++;
    return from;
  };

  // A cell's markup after its reference, by style and value, as bytes: a results column repeats a
  // few texts down tens of thousands of rows (each encoded once, then copied).
  const byStyle = new Map<number, Tails>();
  const byAttr = new Map<string, Tails>();
  const tailsOf = <K>(m: Map<K, Tails>, k: K): Tails => {
    let t = m.get(k);
    if (!t) m.set(k, (t = { string: new Map(), number: new Map(), boolean: new Map() }));
    return t;
  };
  // `<c r="` and the column's letters, by column.
  const opens: Uint8Array[] = [];
  const cellOpen = (col: number): Uint8Array =>
    (opens[col] ??= ascii(`<${prefix}c r="${columnLetter(col)}`));
  const cell = (row: number, c: CellWrite, s: string) => {
    const v = c.value;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      const kind = typeof v as keyof Tails;
      const tails = (c.style !== undefined ? tailsOf(byStyle, c.style) : tailsOf(byAttr, s))[
        kind
      ] as Map<typeof v, Uint8Array>;
      let tail = tails.get(v);
      if (tail === undefined) {
        const styleAttr = c.style !== undefined ? ` s="${c.style}"` : s;
        tail = encoder.encode(
          cellXml("", styleAttr, v, date1904, prefix).slice(`<${prefix}c r="`.length)
        );
        tails.set(v, tail);
      }
      out.bytes(cellOpen(c.col));
      out.uint(row);
      out.bytes(tail);
    } else {
      const styleAttr = c.style !== undefined ? ` s="${c.style}"` : s;
      out.write(cellXml(`${columnLetter(c.col)}${row}`, styleAttr, v, date1904, prefix));
    }
  };
  const newRow = (row: number) => {
    out.write(`<${prefix}row r="${row}">`);
    for (let p = rowCells(row); p < w; p++) cell(row, cells[p]!, "");
    out.write(`</${prefix}row>`);
  };

  const openEnd = tagEndAt(src, start);
  if (src[openEnd - 2] === SLASH) {
    // `<sheetData/>`: open it for the new rows.
    out.write(`${latin(src, start, openEnd - 2).trimEnd()}>`);
    while (w < cells.length) newRow(cells[w]!.row);
    out.write(`</${prefix}sheetData>`);
    out.end();
    return;
  }
  const closeStart = src.lastIndexOf(LT, end - 1);
  let cursor = start;
  let prev = 0;
  let k = openEnd;
  while (k < closeStart) {
    const lt = src.indexOf(LT, k);
    if (lt < 0 || lt >= closeStart) break;
    if (!nameAt(src, lt, ROW)) {
      k = tagEndAt(src, lt);
      continue;
    }
    const rowOpenEnd = tagEndAt(src, lt);
    const selfClosing = src[rowOpenEnd - 2] === SLASH;
    let rowEnd = rowOpenEnd;
    if (!selfClosing) {
      const close = indexOfBytes(src, ROW_CLOSE, rowOpenEnd, closeStart);
      if (close < 0) throw new Error("xml: a row is not closed");
      rowEnd = tagEndAt(src, close);
    }
    const rAt = attrAt(src, lt, rowOpenEnd, R);
    const r = (rAt >= 0 && numberAt(src, rAt)) || prev + 1;
    prev = r;
    k = rowEnd;

    if (w < cells.length && cells[w]!.row < r) {
      out.copy(cursor, lt);
      cursor = lt;
      while (w < cells.length && cells[w]!.row < r) newRow(cells[w]!.row);
    }
    if (w < cells.length && cells[w]!.row === r) {
      out.copy(cursor, lt);
      cursor = rowEnd;
      editRow(lt, rowOpenEnd, rowEnd, selfClosing, r, rAt >= 0);
    } else if (rAt < 0) {
      // A row after an inserted one must not move: its number is stated.
      out.copy(cursor, lt);
      out.write(withAttr(utf8.decode(src.subarray(lt, rowOpenEnd)), "r", String(r)));
      cursor = rowOpenEnd;
    }
    if (out.handed !== handed) {
      handed = out.handed;
      yield;
    }
  }
  out.copy(cursor, closeStart);
  cursor = closeStart;
  while (w < cells.length) newRow(cells[w]!.row);
  out.copy(cursor, end);
  out.end();

  /** One row with its writes: cells replaced or inserted in column order. */
  function editRow(
    lt: number,
    rowOpenEnd: number,
    rowEnd: number,
    selfClosing: boolean,
    r: number,
    numbered: boolean
  ): void {
    const first = rowCells(r); // the row's writes: cells[first] to cells[w - 1], by column
    const to = w;
    // The start tag: its number stated; the optional `spans` hint dropped if the row outgrows it.
    const outgrows = cells[to - 1]!.col > spanEnd(src, lt, rowOpenEnd, SPANS);
    if (numbered && !outgrows && !selfClosing) out.copy(lt, rowOpenEnd);
    else {
      let open = utf8.decode(src.subarray(lt, rowOpenEnd));
      if (!numbered) open = withAttr(open, "r", String(r));
      if (outgrows) open = withAttr(open, "spans", null);
      if (open.endsWith("/>")) open = `${open.slice(0, -2).trimEnd()}>`;
      out.write(open);
    }
    const rowClose = selfClosing ? rowOpenEnd : src.lastIndexOf(LT, rowEnd - 1);

    // Fast path (the results column is the row's last or a new one at its right): only the last
    // cell is looked at; everything before it is copied as it is.
    let lastStart = -1;
    for (let i = src.lastIndexOf(LT, rowClose - 1); i >= rowOpenEnd; i = src.lastIndexOf(LT, i - 1))
      if (nameAt(src, i, C)) {
        lastStart = i;
        break;
      }
    if (lastStart >= 0) {
      const lastOpenEnd = tagEndAt(src, lastStart);
      const lastEnd = cellEnd(lastOpenEnd, rowClose);
      const refAt = attrAt(src, lastStart, lastOpenEnd, R);
      const lastCol = refAt >= 0 ? columnAt(src, refAt) : -1;
      if (lastCol >= 0 && lastCol <= cells[first]!.col) {
        out.copy(rowOpenEnd, lastStart);
        let p = first;
        if (cells[p]!.col === lastCol) replace(lastStart, lastOpenEnd, lastEnd, cells[p++]!, r);
        else out.copy(lastStart, lastEnd);
        while (p < to) cell(r, cells[p++]!, "");
        out.copy(lastEnd, rowEnd); // the rest of the row and its end tag, as they were
        return;
      }
    }

    let p = first;
    let prevCol = 0;
    let c = rowOpenEnd;
    let tail = -1; // where the row's non-cell children start (its extLst)
    while (c < rowClose) {
      const clt = src.indexOf(LT, c);
      if (clt < 0 || clt >= rowClose) break;
      if (!nameAt(src, clt, C)) {
        if (tail < 0) tail = clt;
        c = tagEndAt(src, clt);
        continue;
      }
      const cOpenEnd = tagEndAt(src, clt);
      const cEnd = cellEnd(cOpenEnd, rowClose);
      c = cEnd;
      const ref = attr(src, clt, cOpenEnd, R);
      const col = (ref && colOf(ref)) || prevCol + 1;
      prevCol = col;
      while (p < to && cells[p]!.col < col) cell(r, cells[p++]!, "");
      if (p < to && cells[p]!.col === col) {
        replace(clt, cOpenEnd, cEnd, cells[p++]!, r, ref ? undefined : col);
      } else if (ref) out.copy(clt, cEnd);
      else keepNumbered(clt, cOpenEnd, cEnd, col, r);
    }
    while (p < to) cell(r, cells[p++]!, "");
    if (tail >= 0) out.copy(tail, rowClose);
    out.write(`</${prefix}row>`);
  }

  function cellEnd(cOpenEnd: number, rowClose: number): number {
    if (src[cOpenEnd - 2] === SLASH) return cOpenEnd;
    const close = indexOfBytes(src, C_CLOSE, cOpenEnd, rowClose);
    if (close < 0) throw new Error("xml: a cell is not closed");
    return close + C_CLOSE.length;
  }

  /** Set a cell that exists, keeping its style unless the write gives one; a formula anchor stays. */
  function replace(
    clt: number,
    cOpenEnd: number,
    cEnd: number,
    wr: CellWrite,
    row: number,
    implicitCol?: number
  ): void {
    const f = indexOfBytes(src, F, cOpenEnd, cEnd);
    if (f >= 0 && nameAt(src, f, F)) {
      const kind = attr(src, f, tagEndAt(src, f), T);
      if (kind === "shared" || kind === "array" || kind === "dataTable") {
        // A shared or array formula's anchor: other cells depend on it — left as it is.
        state.skipped++;
        if (implicitCol === undefined) out.copy(clt, cEnd);
        else keepNumbered(clt, cOpenEnd, cEnd, implicitCol, row);
        return;
      }
      state.replacedFormula = true;
    }
    const s = wr.style === undefined ? attr(src, clt, cOpenEnd, S) : undefined;
    cell(row, wr, s !== undefined ? ` s="${s}"` : "");
  }

  /** A cell without `r` kept, given its reference (a cell inserted before it must not move it). */
  function keepNumbered(clt: number, cOpenEnd: number, cEnd: number, col: number, row: number) {
    out.write(
      withAttr(utf8.decode(src.subarray(clt, cOpenEnd)), "r", `${columnLetter(col)}${row}`)
    );
    out.copy(cOpenEnd, cEnd);
  }
}

/** Where `<sheetData>` is in a worksheet part's bytes, with the SpreadsheetML prefix it is written with. */
export function findSheetData(
  b: Uint8Array
): { start: number; end: number; prefix: string } | null {
  const NAME = ascii("sheetData");
  let i = indexOfBytes(b, NAME, 0);
  while (i >= 0) {
    // `<sheetData` or `<x:sheetData`: walk back over the prefix to the `<`.
    let s = i - 1;
    while (s >= 0 && b[s] !== LT && b[s] !== GT && !isSpace(b[s])) s--;
    const after = b[i + NAME.length];
    if (
      s >= 0 &&
      b[s] === LT &&
      b[s + 1] !== SLASH &&
      (isSpace(after) || after === GT || after === SLASH)
    ) {
      const prefix = latin(b, s + 1, i);
      if (prefix === "" || prefix.endsWith(":")) {
        const openEnd = tagEndAt(b, s);
        if (b[openEnd - 2] === SLASH) return { start: s, end: openEnd, prefix };
        const close = indexOfBytes(b, ascii(`</${prefix}sheetData`), openEnd);
        if (close < 0) throw new Error("xml: sheetData is not closed");
        return { start: s, end: tagEndAt(b, close), prefix };
      }
    }
    i = indexOfBytes(b, NAME, i + 1);
  }
  return null;
}
