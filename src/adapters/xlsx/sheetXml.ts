/**
 * Worksheet XML written directly, byte for byte as ExcelJS 4.4 writes the same cells (its
 * `xmlEncode`, shared strings, `<c>`/`<row>` serialisation), for sheets too large to go through its
 * object model. No Node API: the task pane runs this in the browser.
 */

import { columnLetter } from "../../domain/findings";

// ExcelJS `utils.xmlEncode`: & < > " ' escaped; DEL and control characters other than TAB, LF and CR
// dropped (XML 1.0 cannot carry them).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/** Text or attribute content escaped exactly as ExcelJS escapes it. */
export function xmlText(text: string): string {
  const m = NEEDS_ESCAPE.exec(text);
  if (!m) return text;
  let out = "";
  let last = 0;
  let i = m.index;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let esc: string;
    switch (code) {
      case 34:
        esc = "&quot;";
        break;
      case 38:
        esc = "&amp;";
        break;
      case 39:
        esc = "&apos;";
        break;
      case 60:
        esc = "&lt;";
        break;
      case 62:
        esc = "&gt;";
        break;
      case 127:
        esc = "";
        break;
      default:
        if (code <= 31 && (code <= 8 || (code >= 11 && code !== 13))) {
          esc = "";
          break;
        }
        continue;
    }
    if (last !== i) out += text.substring(last, i);
    last = i + 1;
    out += esc;
  }
  return last !== i ? out + text.substring(last, i) : out;
}

const LETTERS: string[] = [""];

/** Column letters, 1 → A (cached). */
export function colLetters(col: number): string {
  let s = LETTERS[col];
  if (s === undefined) LETTERS[col] = s = columnLetter(col);
  return s;
}

/** `A1:Y40104`, as ExcelJS writes a range (always two corners). */
export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  return `${colLetters(left)}${top}:${colLetters(right)}${bottom}`;
}

/**
 * Strings appended to a shared-strings table that already holds `base` entries (the ones ExcelJS
 * wrote); equal strings share one entry, as in ExcelJS.
 */

/** Write the decimal digits of `v` (a non-negative integer below 2^53) at `pos`; the position after. */
function writeUint(buf: Uint8Array, pos: number, v: number): number {
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  const end = pos + digits;
  let p = end;
  let x = v;
  do {
    buf[--p] = 48 + (x % 10);
    x = Math.floor(x / 10);
  } while (p > pos);
  return end;
}

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly entries: string[] = [];
  /** References handed out (the table's `count` counts every cell that uses a string). */
  refs = 0;

  constructor(private readonly base: number) {}

  id(s: string): number {
    this.refs++;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.base + this.entries.length;
      this.ids.set(s, id);
      // ExcelJS TextXform: `xml:space="preserve"` when the text starts or ends with white space or has a line break.
      this.entries.push(
        /^\s|\n|\s$/.test(s)
          ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>`
          : `<si><t>${xmlText(s)}</t></si>`
      );
    }
    return id;
  }

  /** A rich-text entry (its `<si>` element given), shared by `key` as equal strings are. */
  rich(key: string, si: () => string): number {
    this.refs++;
    const k = `\u0000${key}`; // no plain string reaches here with a NUL: xmlText drops it
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.base + this.entries.length;
      this.ids.set(k, id);
      this.entries.push(si());
    }
    return id;
  }

  get added(): number {
    return this.entries.length;
  }

  /** The `<si>` elements of the strings added, in id order. */
  write(w: ByteWriter): void {
    for (const e of this.entries) w.utf8(e);
  }
}

const encoder = new TextEncoder();

/** A small growing byte buffer (one row's cells), written without building strings. */
export class ByteRun {
  private buf = new Uint8Array(4096);
  private pos = 0;

  reset(): void {
    this.pos = 0;
  }

  private room(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
      bigger.set(this.buf.subarray(0, this.pos));
      this.buf = bigger;
    }
    return this.buf;
  }

  /** Text known to be ASCII (markup). */
  ascii(s: string): void {
    const n = s.length;
    const buf = this.room(n);
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** A non-negative integer below 2^53. */
  uint(v: number): void {
    this.pos = writeUint(this.room(16), this.pos, v);
  }

  /** A number as `String(v)` writes it (as ExcelJS does). */
  number(v: number): void {
    if (Number.isInteger(v) && v >= 0 && v < 1e15) this.uint(v);
    else this.ascii(String(v));
  }

  /** Any text (XML-escaped already where it must be). */
  utf8(s: string): void {
    const buf = this.room(s.length * 3);
    this.pos += encoder.encodeInto(s, buf.subarray(this.pos)).written;
  }

  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * Chunk buffers of ByteWriters, handed back by the consumer once it no longer reads them and reused
 * for the next chunks: a large part then goes through a few buffers instead of a new one per chunk.
 */
export class ChunkPool {
  private readonly free: Uint8Array[] = [];
  private readonly owned = new Set<ArrayBufferLike>();

  constructor(readonly size = 1 << 20) {}

  take(): Uint8Array {
    const buf = this.free.pop();
    if (buf) return buf;
    const fresh = new Uint8Array(this.size);
    this.owned.add(fresh.buffer);
    return fresh;
  }

  /** A chunk (or a view of one) taken from this pool, which its consumer no longer reads. */
  give(chunk: Uint8Array): void {
    if (this.owned.has(chunk.buffer)) this.free.push(new Uint8Array(chunk.buffer, 0, this.size));
  }
}

/**
 * A part's XML as UTF-8 bytes in chunks handed to `flush` as they fill (the last one with `final`):
 * no string is built for a whole sheet, and compression starts on the first chunks while the rest is
 * written. Chunks come from `pool` when one is given (its consumer gives them back), else are new.
 */
export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(
    private readonly flush: (chunk: Uint8Array, final: boolean) => void,
    private readonly size = 1 << 20,
    private readonly pool?: ChunkPool
  ) {
    this.buf = this.fresh();
  }

  private fresh(): Uint8Array {
    return this.pool ? this.pool.take() : new Uint8Array(this.size);
  }

  private spill(): void {
    if (!this.pos) return;
    this.flush(this.buf.subarray(0, this.pos), false);
    this.buf = this.fresh();
    this.pos = 0;
  }

  bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) {
      this.spill();
      if (b.length > this.buf.length) return this.flush(b.slice(), false);
    }
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Text known to be ASCII (markup). */
  ascii(s: string): void {
    const n = s.length;
    if (this.pos + n > this.buf.length) {
      this.spill();
      if (n > this.buf.length) return this.utf8(s);
    }
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** A non-negative integer below 2^53, as `String(v)` writes it (no string is made). */
  uint(v: number): void {
    if (this.pos + 16 > this.buf.length) this.spill();
    this.pos = writeUint(this.buf, this.pos, v);
  }

  /** Any text (XML-escaped already where it must be). */
  utf8(s: string): void {
    if (this.pos + s.length * 3 > this.buf.length) {
      this.spill();
      if (s.length * 3 > this.buf.length) return this.flush(encoder.encode(s), false);
    }
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** Hand over the last chunk. */
  end(): void {
    this.flush(this.buf.subarray(0, this.pos), true);
    this.buf = new Uint8Array(0);
    this.pos = 0;
  }
}

/** Number formats Excel knows by id (ECMA-376 18.8.30) that the register and the export use. */
export const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
