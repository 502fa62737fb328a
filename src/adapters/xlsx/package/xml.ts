/**
 * One XML part through saxes (a conformant, maintained SAX parser), fed as its bytes are inflated:
 * UTF-8 decoded across chunk boundaries (UTF-16 when the part starts with its byte-order mark),
 * element names without their namespace prefix (`x:c` is `c`), and a part that stops before its
 * root element is closed reported as cut off.
 */
import { SaxesParser } from "saxes";

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
