/**
 * One XML part: through the byte tokenizer (./fastXml.ts) when it is plain XML, else through saxes
 * (a conformant, maintained SAX parser), fed in slices:
 * UTF-8 decoded across chunk boundaries (UTF-16 when the part starts with its byte-order mark),
 * element names without their namespace prefix (`x:c` is `c`), and a part that stops before its
 * root element is closed reported as cut off.
 */
import { SaxesParser } from "saxes";
import { attributesOf, NotPlainXml, scanXmlBytes, textOf, utf8 } from "./fastXml";

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A part ended before its root element was closed (a truncated file). */
export const TRUNCATED_XML = "dữ liệu trong tệp bị cắt cụt / part of the data is cut off";

const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

function decoderFor(first: Uint8Array): InstanceType<typeof globalThis.TextDecoder> {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le");
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

export function parseXml(chunks: Iterable<Uint8Array>, handler: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let rootClosed = false;
  parser.on("opentag", (tag) => {
    depth++;
    handler.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    if (--depth === 0) rootClosed = true;
    handler.close?.(local(tag.name));
  });
  if (handler.text) {
    const onText = handler.text.bind(handler);
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  let decoder: InstanceType<typeof globalThis.TextDecoder> | undefined;
  for (const chunk of chunks) {
    if (!chunk.length) continue;
    decoder ??= decoderFor(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  if (decoder) parser.write(decoder.decode());
  if (!rootClosed) throw new Error(TRUNCATED_XML);
  parser.close();
}

/** The attribute whose local name is `name` (any prefix): `r:id`, `ns1:id`. */
export function prefixedAttribute(
  attributes: Readonly<Record<string, string>>,
  name: string
): string | undefined {
  for (const [k, v] of Object.entries(attributes)) if (local(k) === name && k !== name) return v;
  return undefined;
}

/** Excel's `_xHHHH_` escapes (control characters in text) decoded. */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}

/** Chunks as one array: the buffer they are slices of when they are (Node's zlib), else a copy. */
export function whole(chunks: readonly Uint8Array[]): Uint8Array {
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  if (!first || !last) return new Uint8Array(0);
  let length = 0;
  for (const c of chunks) length += c.length;
  if (first.buffer === last.buffer && last.byteOffset + last.length - first.byteOffset === length)
    return new Uint8Array(first.buffer, first.byteOffset, length);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A part's bytes in 1 MB slices (what saxes is fed: one string per slice, not one of the whole part). */
export function* sliced(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
}

/**
 * Parse a part with `body`, which sends its handler through `parse` and returns what it built: the
 * byte tokenizer first; when the part is not plain XML, `body` runs again from scratch on saxes (so
 * everything it builds must be its own, made inside it).
 */
export function parsePart<T>(
  chunks: Iterable<Uint8Array>,
  body: (parse: (handler: XmlHandler) => void) => T
): T {
  const bytes = whole([...chunks]);
  try {
    return body((h) =>
      scanXmlBytes(bytes, {
        open: (s, e, as, ae, selfClosing) =>
          h.open(utf8(bytes, s, e), attributesOf(bytes, as, ae), selfClosing),
        close: (s, e) => h.close?.(utf8(bytes, s, e)),
        text: (s, e, cdata) => h.text?.(textOf(bytes, s, e, cdata)),
      })
    );
  } catch (e) {
    if (!(e instanceof NotPlainXml)) throw e;
  }
  return body((h) => parseXml(sliced(bytes), h));
}
