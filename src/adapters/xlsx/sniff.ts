/**
 * Look at a file's bytes before handing it to ExcelJS: tell an old `.xls`, an encrypted `.xlsx`
 * (both OLE compound files), an `.ods`, a CSV renamed to `.xlsx` and a zip bomb apart, with no parsing.
 */
import type { InputProblem } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Default limit on the total uncompressed size of an xlsx (a clerk's register is far smaller). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

const startsWith = (buf: Uint8Array, magic: readonly number[]) => magic.every((b, i) => buf[i] === b);

function utf16(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

/** Sum of uncompressed sizes declared in the zip central directory, or null when it cannot be found. */
export function declaredUncompressedSize(buf: Buffer): { total: number; entries: string[] } | null {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  const entries: string[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    total += buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push(buf.toString("utf8", p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { total, entries };
}

/** The problem with this file's bytes, or null when it looks like an xlsx package worth parsing. */
export function sniffXlsx(buf: Buffer, maxUncompressed = MAX_UNCOMPRESSED_BYTES): InputProblem | null {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, CFB_MAGIC)) {
    return buf.includes(utf16("EncryptionInfo")) || buf.includes(utf16("EncryptedPackage")) ? "encrypted" : "xls";
  }
  if (!startsWith(buf, ZIP_MAGIC)) return "notXlsx";
  const dir = declaredUncompressedSize(buf);
  if (!dir) return "corrupt";
  if (dir.entries.includes("mimetype") && buf.includes(Buffer.from("application/vnd.oasis.opendocument"))) return "ods";
  if (!dir.entries.includes("[Content_Types].xml") || !dir.entries.some((e) => e.startsWith("xl/"))) return "notXlsx";
  if (dir.total > maxUncompressed) return "tooLarge";
  return null;
}
