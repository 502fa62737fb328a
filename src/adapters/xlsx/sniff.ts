/**
 * Look at a file's bytes before handing it to ExcelJS: tell an old `.xls`, an encrypted `.xlsx`
 * (both OLE compound files), an `.ods`, a CSV renamed to `.xlsx` and a zip bomb apart, with no parsing.
 * Plain `Uint8Array` code (a Node `Buffer` is one): the task pane runs it in the browser too.
 */
import type { InputProblem } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Default limit on the total uncompressed size of an xlsx (a clerk's register is far smaller). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

const startsWith = (buf: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => buf[i] === b);

/** ASCII text as UTF-16LE bytes (OLE stream names). */
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[2 * i] = text.charCodeAt(i);
  return out;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Whether `needle` occurs in `buf` (what `Buffer#includes` does). */
function includes(buf: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = buf.length - needle.length;
  for (let i = buf.indexOf(first!); i !== -1 && i <= last; i = buf.indexOf(first!, i + 1)) {
    let k = 1;
    while (k < needle.length && buf[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

let utf8: InstanceType<typeof globalThis.TextDecoder> | undefined;

/** Sum of uncompressed sizes declared in the zip central directory, or null when it cannot be found. */
export function declaredUncompressedSize(
  buf: Uint8Array
): { total: number; entries: string[] } | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u32 = (i: number) => view.getUint32(i, true);
  const u16 = (i: number) => view.getUint16(i, true);
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  let p = u32(eocd + 16);
  let total = 0;
  const entries: string[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || u32(p) !== 0x02014b50) return null;
    total += u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    entries.push(
      (utf8 ??= new TextDecoder("utf-8")).decode(
        buf.subarray(p + 46, Math.min(buf.length, p + 46 + nameLen))
      )
    );
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { total, entries };
}

/** The problem with this file's bytes, or null when it looks like an xlsx package worth parsing. */
export function sniffXlsx(
  buf: Uint8Array,
  maxUncompressed = MAX_UNCOMPRESSED_BYTES
): InputProblem | null {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, CFB_MAGIC)) {
    return includes(buf, utf16("EncryptionInfo")) || includes(buf, utf16("EncryptedPackage"))
      ? "encrypted"
      : "xls";
  }
  if (!startsWith(buf, ZIP_MAGIC)) return "notXlsx";
  const dir = declaredUncompressedSize(buf);
  if (!dir) return "corrupt";
  if (
    dir.entries.includes("mimetype") &&
    includes(buf, ascii("application/vnd.oasis.opendocument"))
  )
    return "ods";
  if (!dir.entries.includes("[Content_Types].xml") || !dir.entries.some((e) => e.startsWith("xl/")))
    return "notXlsx";
  if (dir.total > maxUncompressed) return "tooLarge";
  return null;
}
