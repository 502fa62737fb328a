/**
 * A small scanner over the text of one XML part, for editing it in place: it finds elements by
 * their local name (any namespace prefix) and reports where they start and end, so an edit can
 * replace exactly those characters and copy every other character as it was — elements it does not
 * know, `extLst`, comments and white space included. It does not build a tree.
 */

/** One element found in the text: `start` at its `<`, `end` just after its last `>`. */
export interface Span {
  /** The qualified name as written (`x:row`). */
  readonly qname: string;
  /** The local name (`row`). */
  readonly name: string;
  readonly start: number;
  /** End of the start tag (just after its `>`). */
  readonly openEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

const localName = (qname: string): string => {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
};

/** Index just after the `>` closing the tag that starts at `i` (quotes in attribute values skipped). */
export function tagEnd(xml: string, i: number): number {
  let quote = 0;
  for (let k = i + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k + 1;
  }
  throw new Error("xml: a tag is not closed");
}

/** The qualified name of the tag starting at `i` (`<x:row r="1">` → `x:row`). */
function tagName(xml: string, i: number): string {
  let k = i + 1;
  while (k < xml.length) {
    const c = xml.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    k++;
  }
  return xml.slice(i + 1, k);
}

/** Skip a comment, processing instruction, CDATA or doctype starting at `i`; -1 when `i` is a tag. */
function skipSpecial(xml: string, i: number): number {
  const next = xml.charCodeAt(i + 1);
  if (next === 33 /* ! */) {
    if (xml.startsWith("<!--", i)) return xml.indexOf("-->", i + 4) + 3;
    if (xml.startsWith("<![CDATA[", i)) return xml.indexOf("]]>", i + 9) + 3;
    return tagEnd(xml, i);
  }
  if (next === 63 /* ? */) return xml.indexOf("?>", i + 2) + 2;
  return -1;
}

/** Elements that never contain an element of their own name: their end is found without counting. */
const FLAT = new Set(["sheetData", "row", "c", "si", "sst"]);

/** The element whose start tag begins at `i`, with its end found by counting nested tags of any name. */
export function elementAt(xml: string, i: number): Span {
  const qname = tagName(xml, i);
  const openEnd = tagEnd(xml, i);
  const selfClosing = xml.charCodeAt(openEnd - 2) === 47;
  if (selfClosing)
    return { qname, name: localName(qname), start: i, openEnd, end: openEnd, selfClosing };
  if (FLAT.has(localName(qname))) {
    const close = xml.indexOf(`</${qname}`, openEnd);
    if (close < 0) throw new Error(`xml: <${qname}> is not closed`);
    return {
      qname,
      name: localName(qname),
      start: i,
      openEnd,
      end: tagEnd(xml, close),
      selfClosing,
    };
  }
  let depth = 1;
  let k = openEnd;
  while (depth > 0) {
    const lt = xml.indexOf("<", k);
    if (lt < 0) throw new Error(`xml: <${qname}> is not closed`);
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      if (skipped < lt) throw new Error("xml: a comment is not closed");
      k = skipped;
      continue;
    }
    const e = tagEnd(xml, lt);
    if (xml.charCodeAt(lt + 1) === 47) depth--;
    else if (xml.charCodeAt(e - 2) !== 47) depth++;
    k = e;
  }
  return { qname, name: localName(qname), start: i, openEnd, end: k, selfClosing };
}

/** The root element of a part (after the XML declaration and comments). */
export function rootElement(xml: string): Span {
  let k = 0;
  for (;;) {
    const lt = xml.indexOf("<", k);
    if (lt < 0) throw new Error("xml: no root element");
    const skipped = skipSpecial(xml, lt);
    if (skipped < 0) return elementAt(xml, lt);
    k = skipped;
  }
}

/** The child elements of `parent` (comments and text between them are not listed). */
export function children(xml: string, parent: Span): Span[] {
  const out: Span[] = [];
  if (parent.selfClosing) return out;
  const stop = closeStart(xml, parent);
  let k = parent.openEnd;
  while (k < stop) {
    const lt = xml.indexOf("<", k);
    if (lt < 0 || lt >= stop) break;
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      k = skipped;
      continue;
    }
    const child = elementAt(xml, lt);
    out.push(child);
    k = child.end;
  }
  return out;
}

/** Where the end tag of a (not self-closing) element starts. */
export function closeStart(xml: string, span: Span): number {
  return span.selfClosing ? span.end : xml.lastIndexOf("<", span.end - 1);
}

/** The first child named `name` (local name), if any. */
export function child(xml: string, parent: Span, name: string): Span | undefined {
  return children(xml, parent).find((c) => c.name === name);
}

/** The namespace prefix of an element (`x:` for `x:worksheet`, `` for none). */
export function prefixOf(span: Span): string {
  const i = span.qname.indexOf(":");
  return i < 0 ? "" : span.qname.slice(0, i + 1);
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gu;

/** The attributes of a start tag, by qualified name (values as written, entities not decoded). */
export function attributes(xml: string, span: Span): Map<string, string> {
  const tag = xml.slice(span.start + span.qname.length + 1, span.openEnd - 1);
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1]!, m[3] ?? m[4] ?? "");
  return out;
}

/**
 * The start tag of `span` with `name` set to `value` (added at the end when absent), or removed
 * when `value` is null. Every other attribute is kept as written.
 */
export function withAttribute(xml: string, span: Span, name: string, value: string | null): string {
  const tag = xml.slice(span.start, span.openEnd);
  const re = new RegExp(`(\\s)${name.replace(/[.:]/gu, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`, "u");
  if (re.test(tag))
    return value === null ? tag.replace(re, "") : tag.replace(re, `$1${name}="${value}"`);
  if (value === null) return tag;
  const close = span.selfClosing ? tag.lastIndexOf("/") : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/u, "");
  return `${head} ${name}="${value}"${tag.slice(close)}`;
}

/** Decode the five predefined entities and character references of attribute or text content. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/gu, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/**
 * Where a new child of `parent` goes: before the first existing child whose local name is in
 * `before` (the children that come later in the schema's order), else at the end of `parent`.
 * A self-closing parent is the caller's to open.
 */
export function insertionPoint(xml: string, parent: Span, before: readonly string[]): number {
  const kids = children(xml, parent);
  const next = kids.find((k) => before.includes(k.name));
  if (next) return next.start;
  return closeStart(xml, parent);
}

/** Apply non-overlapping replacements (start, end, text) to `xml`. */
export function splice(
  xml: string,
  edits: readonly { readonly start: number; readonly end: number; readonly text: string }[]
): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let k = 0;
  for (const e of sorted) {
    if (e.start < k) throw new Error("xml: overlapping edits");
    out.push(xml.slice(k, e.start), e.text);
    k = e.end;
  }
  out.push(xml.slice(k));
  return out.join("");
}
