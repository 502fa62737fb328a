/** Read the entries of a zip (an .xlsx) with node:zlib only, to look at the raw XML. */
import { inflateRawSync } from "node:zlib";

export function unzipEntries(buf: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The text of every shared string (`<si>`), XML entities decoded. */
export function sharedStrings(entries: Map<string, Buffer>): string[] {
  const xml = entries.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
}

/** The worksheet part (`xl/worksheets/sheetN.xml`) of a sheet, by its name in the workbook. */
export function sheetPartOf(entries: Map<string, Buffer>, name: string): string {
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`, "u").exec(
    entries.get("xl/workbook.xml")!.toString("utf8")
  )![1];
  const rel = entries
    .get("xl/_rels/workbook.xml.rels")!
    .toString("utf8")
    .match(/<Relationship [^>]*>/gu)!
    .find((r) => r.includes(`Id="${rid}"`))!;
  return `xl/${/Target="\/?(?:xl\/)?([^"]+)"/u.exec(rel)![1]}`;
}
