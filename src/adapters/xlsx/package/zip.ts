/**
 * The parts of an xlsx package (a zip) read straight from its bytes: the central directory gives the
 * entries, and a part is inflated in slices (fflate) so its text can be parsed as it comes and its
 * REAL size is counted — a zip that declares small sizes and inflates to gigabytes is stopped at the
 * limit instead of trusting the directory. Plain Uint8Array code: runs in Node and in the browser.
 */
import { fflate } from "./fflate";

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
  /** CRC-32 and uncompressed size as the central directory declares them (an entry copied as it is keeps them). */
  readonly crc: number;
  readonly size: number;
  /** MS-DOS modification time and date of the entry. */
  readonly time: number;
  readonly date: number;
}

/** Thrown when a part inflates past the limit (the caller reports `tooLarge`). */
export class ZipLimitError extends Error {
  constructor(readonly part: string) {
    super(`${part}: too large when uncompressed`);
  }
}

const SLICE = 32 * 1024;
let utf8: InstanceType<typeof globalThis.TextDecoder> | undefined;

/** The entries of the zip's central directory by name (ZIP64 sizes and offsets read from their extra field). */
export function zipEntries(buf: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("zip: end of central directory not found");
  let count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || p === 0xffffffff) && eocd >= 20) {
    // ZIP64 end of central directory locator, then record.
    const loc = eocd - 20;
    if (view.getUint32(loc, true) === 0x07064b50) {
      const rec = Number(view.getBigUint64(loc + 8, true));
      if (rec + 56 <= buf.length && view.getUint32(rec, true) === 0x06064b50) {
        count = Number(view.getBigUint64(rec + 32, true));
        p = Number(view.getBigUint64(rec + 48, true));
      }
    }
  }
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50)
      throw new Error("zip: central directory is damaged");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = (utf8 ??= new TextDecoder("utf-8")).decode(
      buf.subarray(p + 46, Math.min(buf.length, p + 46 + nameLen))
    );
    let compressedSize = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    let size = uncompressed;
    let localOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff || size === 0xffffffff) {
      // ZIP64 extended information: the 8-byte fields present are those whose 4-byte field is 0xffffffff.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = view.getUint16(e, true);
        const fieldSize = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === 0xffffffff) {
            size = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(q, true));
          break;
        }
        e += 4 + fieldSize;
      }
    }
    entries.set(name, {
      name,
      method: view.getUint16(p + 10, true),
      compressedSize,
      localOffset,
      crc: view.getUint32(p + 16, true),
      size,
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What an `InflateRaw` throws once its output would pass `maxOutput`. */
export class InflateLimitError extends Error {}

/**
 * Inflate raw DEFLATE data whole, throwing InflateLimitError once more than `maxOutput` bytes come out. Node passes
 * zlib's (native, ~3× faster than fflate: `inflateRawSync` with `maxOutputLength`); the default
 * inflates with fflate in slices, as the parts are parsed.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number, sizeHint?: number) => Uint8Array;

/** Whole inflated parts are handed on in slices of this size (each decoded and parsed in turn). */
const TEXT_SLICE = 1024 * 1024;

/**
 * The part's bytes in slices, inflated as they are needed; throws ZipLimitError once more than
 * `budget.left` bytes came out (the budget is shared by all parts of one file).
 */
/** Where an entry's compressed bytes start and end in the package (its local header checked). */
export function entryData(buf: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const h = entry.localOffset;
  if (h + 30 > buf.length || view.getUint32(h, true) !== 0x04034b50)
    throw new Error(`zip: local header of ${entry.name} is damaged`);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new Error(`zip: ${entry.name} is cut short`);
  return { start, end };
}

export function* partChunks(
  buf: Uint8Array,
  entry: ZipEntry,
  budget: { left: number },
  inflateRaw?: InflateRaw
): Generator<Uint8Array> {
  const { start, end } = entryData(buf, entry);
  const take = (n: number) => {
    budget.left -= n;
    if (budget.left < 0) throw new ZipLimitError(entry.name);
  };
  if (entry.method === 0) {
    for (let i = start; i < end; i += SLICE) {
      const chunk = buf.subarray(i, Math.min(end, i + SLICE));
      take(chunk.length);
      yield chunk;
    }
    return;
  }
  if (entry.method !== 8)
    throw new Error(`zip: ${entry.name} uses compression method ${entry.method}`);
  if (inflateRaw) {
    let whole: Uint8Array;
    try {
      // The declared size is only a hint (one output buffer when it is right); the limit is real.
      whole = inflateRaw(buf.subarray(start, end), Math.max(0, budget.left) + 1, entry.size);
    } catch (e) {
      if (e instanceof InflateLimitError) throw new ZipLimitError(entry.name);
      throw e;
    }
    take(whole.length);
    for (let i = 0; i < whole.length; i += TEXT_SLICE) yield whole.subarray(i, i + TEXT_SLICE);
    return;
  }
  const out: Uint8Array[] = [];
  let done = false;
  const inflate = new (fflate().Inflate)((data, final) => {
    take(data.length);
    out.push(data);
    if (final) done = true;
  });
  for (let i = start; i < end || (i === start && start === end); i += SLICE) {
    const last = i + SLICE >= end;
    inflate.push(buf.subarray(i, Math.min(end, i + SLICE)), last);
    while (out.length) yield out.shift()!;
    if (last) break;
  }
  if (!done) throw new Error(`zip: ${entry.name} is cut short`);
}

/**
 * Inflate every part of the package, keeping nothing, and throw ZipLimitError once more than
 * `maxUncompressed` bytes came out in all: the real-size check for packages another library will
 * inflate whole (ExcelJS), whatever sizes the central directory declares.
 */
export function checkInflatedSize(buf: Uint8Array, maxUncompressed: number): void {
  const budget = { left: maxUncompressed };
  for (const entry of zipEntries(buf).values()) {
    const chunks = partChunks(buf, entry, budget);
    while (!chunks.next().done); // the budget is charged as the part inflates
  }
}
