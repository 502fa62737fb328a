/**
 * A zip (an .xlsx package) written from its parts with an injected DEFLATE: the CLI passes Node's
 * zlib (native; each chunk of a part compresses on the thread pool while the next is generated), the
 * task pane uses the default, fflate's. No Node API here.
 */
import { fflate } from "./package/fflate";

/** Compression of one part, fed in chunks. */
export interface PartDeflater {
  /**
   * The next chunk (the last one with `final`); the chunk must not change afterwards, unless
   * `release` is given and the deflater has called it: it no longer reads the chunk (a deflater that
   * cannot tell never calls it).
   */
  push(chunk: Uint8Array, final: boolean, release?: () => void): void;
  /**
   * For a producer that can wait between chunks: resolves when the deflater can take the next one
   * (what was pushed is being compressed rather than piling up). Absent: the producer never waits.
   */
  ready?(): Promise<void>;
  /** The raw DEFLATE stream of the whole part, in pieces. */
  done(): Promise<readonly Uint8Array[]>;
}

export interface Deflater {
  open(): PartDeflater;
  /** CRC-32 (zip's) of `data`, continuing from `crc`. */
  crc32(data: Uint8Array, crc?: number): number;
}

/** Level of the packages written here: fast (measured on a 40,000-row register: level 3 takes ~60% more time for 8% less size). */
export const ZIP_LEVEL = 2;

const CRC_TABLE = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n]!;
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff]!;
    }
  return t;
})();

/** CRC-32 in plain JavaScript (slicing by 8). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  let i = 0;
  const n8 = data.length - (data.length % 8);
  for (; i < n8; i += 8) {
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ c;
    const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
    c =
      t[7 * 256 + (a & 0xff)]! ^
      t[6 * 256 + ((a >>> 8) & 0xff)]! ^
      t[5 * 256 + ((a >>> 16) & 0xff)]! ^
      t[4 * 256 + (a >>> 24)]! ^
      t[3 * 256 + (b & 0xff)]! ^
      t[2 * 256 + ((b >>> 8) & 0xff)]! ^
      t[256 + ((b >>> 16) & 0xff)]! ^
      t[b >>> 24]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The browser's (and the default) deflater: fflate, synchronous, one stream per part. */
export const fflateDeflater: Deflater = {
  open() {
    const out: Uint8Array[] = [];
    const d = new (fflate().Deflate)({ level: ZIP_LEVEL }, (data) => out.push(data));
    return {
      push: (chunk, final) => d.push(chunk, final),
      done: async () => out,
    };
  },
  crc32,
};

export interface PackedEntry {
  readonly name: Uint8Array;
  /** 0 = stored, 8 = deflated (an entry copied from another package keeps its own method). */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: readonly Uint8Array[];
  /** MS-DOS time and date of the entry (default: the package's). */
  readonly time?: number;
  readonly date?: number;
}

const utf8 = new TextEncoder();

/** One part being compressed as its chunks arrive. */
export class PartWriter {
  private crc = 0;
  private size = 0;
  private readonly deflate: PartDeflater;

  /** `pool`: where the chunks pushed go back once the deflater has read them (see ChunkPool). */
  constructor(
    private readonly name: string,
    private readonly deflater: Deflater,
    private readonly pool?: { give(chunk: Uint8Array): void }
  ) {
    this.deflate = deflater.open();
  }

  private pushed = false;

  readonly push = (chunk: Uint8Array, final: boolean): void => {
    this.crc = this.deflater.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.pushed = true;
    const pool = this.pool;
    this.deflate.push(chunk, final, pool ? () => pool.give(chunk) : undefined);
  };

  /**
   * After a chunk was pushed, what a producer that can wait should await before writing on (the
   * deflater's `ready`); null when nothing was pushed since or the deflater never needs a wait.
   */
  pause(): Promise<void> | null {
    if (!this.pushed || !this.deflate.ready) return null;
    this.pushed = false;
    return this.deflate.ready();
  }

  async packed(): Promise<PackedEntry> {
    const body = await this.deflate.done();
    const name = utf8.encode(this.name);
    return this.size
      ? { name, method: 8, crc: this.crc >>> 0, size: this.size, body }
      : { name, method: 0, crc: 0, size: 0, body: [] };
  }
}

/** Compress a whole part (started now; in the background with an asynchronous deflater). */
export function packEntry(
  name: string,
  data: Uint8Array,
  deflater: Deflater
): Promise<PackedEntry> {
  const w = new PartWriter(name, deflater);
  w.push(data, true);
  return w.packed();
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The zip of packed entries, in the order given. */
export function zipPacked(entries: readonly PackedEntry[], when = new Date()): Uint8Array {
  const { time, date } = dosDateTime(when);
  const compressed = entries.map((e) => e.body.reduce((n, b) => n + b.length, 0));
  let local = 0;
  let central = 0;
  entries.forEach((e, i) => {
    local += 30 + e.name.length + compressed[i]!;
    central += 46 + e.name.length;
  });
  if (local + central > 0xffffffff || entries.length > 0xffff)
    throw new Error("Package too large for a zip without ZIP64");
  const out = new Uint8Array(local + central + 22);
  const v = new DataView(out.buffer);
  let p = 0;
  let c = local;
  entries.forEach((e, i) => {
    const flags = e.name.every((x) => x < 0x80) ? 0 : 0x800; // bit 11: the name is UTF-8
    const offset = p;
    v.setUint32(p, 0x04034b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, flags, true);
    v.setUint16(p + 8, e.method, true);
    v.setUint16(p + 10, e.time ?? time, true);
    v.setUint16(p + 12, e.date ?? date, true);
    v.setUint32(p + 14, e.crc, true);
    v.setUint32(p + 18, compressed[i]!, true);
    v.setUint32(p + 22, e.size, true);
    v.setUint16(p + 26, e.name.length, true);
    out.set(e.name, p + 30);
    p += 30 + e.name.length;
    for (const b of e.body) {
      out.set(b, p);
      p += b.length;
    }

    v.setUint32(c, 0x02014b50, true);
    v.setUint16(c + 4, 20, true);
    v.setUint16(c + 6, 20, true);
    v.setUint16(c + 8, flags, true);
    v.setUint16(c + 10, e.method, true);
    v.setUint16(c + 12, e.time ?? time, true);
    v.setUint16(c + 14, e.date ?? date, true);
    v.setUint32(c + 16, e.crc, true);
    v.setUint32(c + 20, compressed[i]!, true);
    v.setUint32(c + 24, e.size, true);
    v.setUint16(c + 28, e.name.length, true);
    // extra and comment lengths, disk, internal attributes: 0
    v.setUint32(c + 38, e.name[e.name.length - 1] === 0x2f ? 0x10 : 0, true); // a directory
    v.setUint32(c + 42, offset, true);
    out.set(e.name, c + 46);
    c += 46 + e.name.length;
  });
  v.setUint32(c, 0x06054b50, true);
  v.setUint16(c + 8, entries.length, true);
  v.setUint16(c + 10, entries.length, true);
  v.setUint32(c + 12, central, true);
  v.setUint32(c + 16, local, true);
  return out;
}
