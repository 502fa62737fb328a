/**
 * A byte-level XML tokenizer for the plain XML that spreadsheet writers produce: it walks the
 * inflated bytes of a part with `indexOf('<')`, never decodes markup, and hands on positions (a
 * tag's local name, its attribute bytes, a text run); the caller decodes only what it keeps. Most of
 * what `validate` spent on a 100,000-row sheet was saxes building a tag object, an attribute record
 * and a string for every element of ~50 MB of XML (docs/decisions.md, "Reading a register fast").
 *
 * It handles elements, attributes (either quote), namespace prefixes, the five named entities and
 * character references, comments, processing instructions, CDATA and a UTF-8 byte-order mark, and
 * checks that end tags match. Anything else — a DOCTYPE, UTF-16, text outside the root element, an
 * unknown entity, a part cut off, malformed markup — throws `NotPlainXml`, and the caller parses the
 * part again with saxes (./xml.ts), which gives the conformant result or the conformant error. So
 * the fast path never decides what a damaged part means. Plain Uint8Array code: Node and browser.
 */

/** The part is not plain XML this tokenizer handles: parse it with saxes instead. */
export class NotPlainXml extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotPlainXml";
  }
}

export interface ByteXmlHandler {
  /**
   * A start tag: its local name is `b[nameStart, nameEnd)` (prefix dropped), its attributes lie in
   * `b[attrStart, attrEnd)` (read them with `attributeRange`).
   */
  open(
    nameStart: number,
    nameEnd: number,
    attrStart: number,
    attrEnd: number,
    selfClosing: boolean
  ): void;
  /** An end tag (also after a self-closing start tag), by local name. */
  close(nameStart: number, nameEnd: number): void;
  /** Character data `b[start, end)` (raw: decode with `textOf`); `cdata` when it is a CDATA section. */
  text(start: number, end: number, cdata: boolean): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const AMP = 38;
const CR = 13;

const isSpace = (c: number | undefined): boolean => c === 32 || c === 10 || c === 9 || c === 13;

function indexOfSeq(b: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0]!;
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const COMMENT_END = [45, 45, 62]; // -->
const PI_END = [63, 62]; // ?>
const CDATA_END = [93, 93, 62]; // ]]>
const CDATA_START = [91, 67, 68, 65, 84, 65, 91]; // [CDATA[

/** Tokenize a whole part; throws NotPlainXml for anything it does not handle (see above). */
export function scanXmlBytes(b: Uint8Array, h: ByteXmlHandler): void {
  const n = b.length;
  let i = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (n >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)))
    throw new NotPlainXml("UTF-16");
  // Open elements: the start and end of each qualified name, for matching end tags.
  const stack: number[] = [];
  let depth = 0;
  let rootClosed = false;
  for (;;) {
    const lt = b.indexOf(LT, i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (depth > 0) h.text(i, textEnd, false);
      else
        for (let k = i; k < textEnd; k++)
          if (!isSpace(b[k])) throw new NotPlainXml("text outside the root");
    }
    if (lt < 0) break;
    const c1 = b[lt + 1];
    if (c1 === SLASH) {
      // An end tag: the name, optional spaces, '>'.
      const nameStart = lt + 2;
      let p = nameStart;
      while (p < n && !isSpace(b[p]) && b[p] !== GT) p++;
      const nameEnd = p;
      while (isSpace(b[p])) p++;
      if (b[p] !== GT || depth === 0) throw new NotPlainXml("end tag");
      const os = stack[2 * depth - 2]!;
      const oe = stack[2 * depth - 1]!;
      if (oe - os !== nameEnd - nameStart) throw new NotPlainXml("end tag mismatch");
      for (let k = 0; k < oe - os; k++)
        if (b[os + k] !== b[nameStart + k]) throw new NotPlainXml("end tag mismatch");
      depth--;
      if (depth === 0) rootClosed = true;
      let local = nameStart;
      for (let k = nameStart; k < nameEnd; k++) if (b[k] === COLON) local = k + 1;
      h.close(local, nameEnd);
      i = p + 1;
    } else if (c1 === QUESTION) {
      const end = indexOfSeq(b, PI_END, lt + 2);
      if (end < 0) throw new NotPlainXml("processing instruction");
      i = end + 2;
    } else if (c1 === BANG) {
      if (b[lt + 2] === 45 && b[lt + 3] === 45) {
        const end = indexOfSeq(b, COMMENT_END, lt + 4);
        if (end < 0) throw new NotPlainXml("comment");
        i = end + 3;
      } else {
        let k = 0;
        while (k < CDATA_START.length && b[lt + 2 + k] === CDATA_START[k]) k++;
        if (k < CDATA_START.length || depth === 0) throw new NotPlainXml("declaration");
        const start = lt + 2 + CDATA_START.length;
        const end = indexOfSeq(b, CDATA_END, start);
        if (end < 0) throw new NotPlainXml("CDATA");
        if (end > start) h.text(start, end, true);
        i = end + 3;
      }
    } else {
      // A start tag: the name, then attributes `name = "value"` (either quote), then '>' or '/>'.
      if (rootClosed) throw new NotPlainXml("second root element");
      const nameStart = lt + 1;
      let p = nameStart;
      let local = nameStart;
      for (; p < n; p++) {
        const c = b[p]!;
        if (c === 32 || c === 10 || c === 9 || c === 13 || c === GT || c === SLASH) break;
        if (c === COLON) local = p + 1;
        else if (c === LT || c === 61 || c === 34 || c === 39) throw new NotPlainXml("name");
      }
      const nameEnd = p;
      if (nameEnd === nameStart) throw new NotPlainXml("name");
      const attrStart = p;
      let selfClosing = false;
      for (;;) {
        while (isSpace(b[p])) p++;
        const c = b[p];
        if (c === GT) break;
        if (c === SLASH) {
          if (b[p + 1] !== GT) throw new NotPlainXml("tag");
          selfClosing = true;
          break;
        }
        if (c === undefined || c === LT) throw new NotPlainXml("tag");
        // An attribute name, '=', a quoted value.
        const an = p;
        while (p < n && !isSpace(b[p]) && b[p] !== 61 && b[p] !== GT && b[p] !== SLASH) p++;
        if (p === an) throw new NotPlainXml("attribute");
        while (isSpace(b[p])) p++;
        if (b[p] !== 61) throw new NotPlainXml("attribute");
        p++;
        while (isSpace(b[p])) p++;
        const q = b[p];
        if (q !== 34 && q !== 39) throw new NotPlainXml("attribute");
        const close = b.indexOf(q, p + 1);
        if (close < 0) throw new NotPlainXml("attribute");
        for (let k = p + 1; k < close; k++) if (b[k] === LT) throw new NotPlainXml("attribute");
        p = close + 1;
        if (!isSpace(b[p]) && b[p] !== GT && b[p] !== SLASH) throw new NotPlainXml("attribute");
      }
      const attrEnd = p;
      if (!selfClosing) {
        stack[2 * depth] = nameStart;
        stack[2 * depth + 1] = nameEnd;
      }
      h.open(local, nameEnd, attrStart, attrEnd, selfClosing);
      if (selfClosing) {
        if (depth === 0) rootClosed = true;
        h.close(local, nameEnd);
        i = p + 2;
      } else {
        depth++;
        i = p + 1;
      }
    }
  }
  if (!rootClosed) throw new NotPlainXml("the root element is not closed");
}

/** Whether `b[s, e)` spells `name` (ASCII). */
export function bytesAre(b: Uint8Array, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * Find attribute `name` (its qualified name, as written) in `b[from, to)` (a start tag's attribute
 * bytes, already checked by the tokenizer): true and its raw value's bounds in `out`, or false.
 */
export function attributeRange(
  b: Uint8Array,
  from: number,
  to: number,
  name: string,
  out: [number, number]
): boolean {
  let p = from;
  while (p < to) {
    while (p < to && isSpace(b[p])) p++;
    if (p >= to || b[p] === GT || b[p] === SLASH) return false;
    const an = p;
    while (!isSpace(b[p]) && b[p] !== 61) p++;
    const ae = p;
    while (b[p] !== 34 && b[p] !== 39) p++;
    const q = b[p]!;
    const close = b.indexOf(q, p + 1);
    if (bytesAre(b, an, ae, name)) {
      out[0] = p + 1;
      out[1] = close;
      return true;
    }
    p = close + 1;
  }
  return false;
}

/** Every attribute of a start tag, decoded (qualified names as keys, as saxes gives them). */
export function attributesOf(b: Uint8Array, from: number, to: number): Record<string, string> {
  const a: Record<string, string> = {};
  let p = from;
  while (p < to) {
    while (p < to && isSpace(b[p])) p++;
    if (p >= to || b[p] === GT || b[p] === SLASH) break;
    const an = p;
    while (!isSpace(b[p]) && b[p] !== 61) p++;
    const ae = p;
    while (b[p] !== 34 && b[p] !== 39) p++;
    const q = b[p]!;
    const close = b.indexOf(q, p + 1);
    const key = utf8(b, an, ae);
    if (key in a) throw new NotPlainXml("duplicate attribute");
    a[key] = attributeText(b, p + 1, close);
    p = close + 1;
  }
  return a;
}

const decoder = new TextDecoder("utf-8");
const units = new Uint16Array(4096);

/**
 * Short texts met again are given the string made the first time: a register repeats the same
 * values down its rows (“Cá nhân”, “Nữ”, the unit, the title, the rating …). Every cell's string
 * outlives the read (the grid keeps it), so each one made is copied by the garbage collector until
 * it reaches the old space; handing back the same string instead was a third of `validate`'s GC on
 * a 100,000-row register (docs/decisions.md, "Reading a register fast"). A table slot keeps the
 * last string hashed there; a hit is checked character by character.
 */
const INTERN_MAX = 48;
const INTERN_SLOTS = 4096;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS);

function fromUnits(u: number, hash: number): string {
  if (u > INTERN_MAX)
    return String.fromCharCode.apply(null, units.subarray(0, u) as unknown as number[]);
  const slot = (hash >>> 0) & (INTERN_SLOTS - 1);
  const hit = interned[slot];
  if (hit !== undefined && hit.length === u) {
    let k = 0;
    while (k < u && hit.charCodeAt(k) === units[k]) k++;
    if (k === u) return hit;
  }
  const made = String.fromCharCode.apply(null, units.subarray(0, u) as unknown as number[]);
  interned[slot] = made;
  return made;
}

/** UTF-8 bytes as a string (invalid sequences as U+FFFD, as TextDecoder does). */
export function utf8(b: Uint8Array, s: number, e: number): string {
  const len = e - s;
  if (len > units.length) return decoder.decode(b.subarray(s, e));
  let u = 0;
  let hash = 0x811c9dc5;
  for (let k = s; k < e;) {
    const c = b[k]!;
    let unit: number;
    if (c < 0x80) {
      unit = c;
      k++;
    } else if (c >= 0xc2 && c < 0xe0) {
      const c2 = b[k + 1]!;
      if (k + 1 >= e || (c2 & 0xc0) !== 0x80) return decoder.decode(b.subarray(s, e));
      unit = ((c & 0x1f) << 6) | (c2 & 0x3f);
      k += 2;
    } else if (c >= 0xe0 && c < 0xf0) {
      const c2 = b[k + 1]!;
      const c3 = b[k + 2]!;
      if (
        k + 2 >= e ||
        (c2 & 0xc0) !== 0x80 ||
        (c3 & 0xc0) !== 0x80 ||
        (c === 0xe0 && c2 < 0xa0) ||
        (c === 0xed && c2 >= 0xa0)
      )
        return decoder.decode(b.subarray(s, e));
      unit = ((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
      k += 3;
    } else {
      // Four bytes (a surrogate pair) or anything invalid: TextDecoder's answer.
      return decoder.decode(b.subarray(s, e));
    }
    units[u++] = unit;
    hash = Math.imul(hash ^ unit, 0x01000193);
  }
  return fromUnits(u, hash);
}

const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** `&lt;`, `&#233;`, `&#xE9;` … decoded; any other `&` is not plain XML. */
function decodeEntities(s: string): string {
  return s.replace(
    /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z]+));|&/gu,
    (m, hex, dec, name) => {
      if (hex !== undefined || dec !== undefined) {
        const cp = hex !== undefined ? parseInt(hex as string, 16) : parseInt(dec as string, 10);
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          throw new NotPlainXml("character reference");
        return String.fromCodePoint(cp);
      }
      const v = name === undefined ? undefined : NAMED[name as string];
      if (v === undefined) throw new NotPlainXml(`entity ${m}`);
      return v;
    }
  );
}

/** Whether `b[s, e)` holds `byte`; bounded to the range (an `indexOf` past `e` would make reading quadratic). */
function hasByte(b: Uint8Array, s: number, e: number, byte: number): boolean {
  for (let k = s; k < e; k++) if (b[k] === byte) return true;
  return false;
}

/** Character data as XML gives it: line ends as "\n", entities and character references decoded. */
export function textOf(b: Uint8Array, s: number, e: number, cdata = false): string {
  let t = utf8(b, s, e);
  if (hasByte(b, s, e, CR)) t = t.replace(/\r\n?/gu, "\n");
  if (!cdata && hasByte(b, s, e, AMP)) t = decodeEntities(t);
  return t;
}

/** An attribute value as XML gives it: white space characters as spaces, references decoded. */
export function attributeText(b: Uint8Array, s: number, e: number): string {
  let t = utf8(b, s, e);
  if (hasByte(b, s, e, CR)) t = t.replace(/\r\n?/gu, "\n");
  if (/[\t\n]/u.test(t)) t = t.replace(/[\t\n]/gu, " ");
  if (hasByte(b, s, e, AMP)) t = decodeEntities(t);
  return t;
}
