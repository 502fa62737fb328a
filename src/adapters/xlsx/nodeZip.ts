/**
 * Node's zlib as the packages' deflater: native, and asynchronous — every chunk of a part is
 * compressed on the thread pool as soon as it is written (each chunk on its own, ending on a sync
 * flush, the last one finishing the stream: together one valid DEFLATE stream, as pigz does).
 */
import { once } from "node:events";
import type { TransformOptions } from "node:stream";
import zlib from "node:zlib";
import { type Deflater, ZIP_LEVEL } from "./zip";

function deflateRaw(chunk: Uint8Array, final: boolean, release?: () => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(
      chunk,
      {
        level: ZIP_LEVEL,
        // Room for the whole output: one pass on the thread pool, no round trip through the
        // (busy) JavaScript thread between output buffers.
        chunkSize: Math.max(64 * 1024, chunk.length + (chunk.length >> 3) + 1024),
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      },
      (e, out) => {
        release?.(); // zlib reads the chunk no more
        if (e) reject(e);
        else resolve(new Uint8Array(out.buffer, out.byteOffset, out.length));
      }
    )
  );
}

export const nodeDeflater: Deflater = {
  open() {
    const pieces: Promise<Uint8Array>[] = [];
    return {
      push: (chunk, final, release) => void pieces.push(deflateRaw(chunk, final, release)),
      // A turn of the event loop: the compressions finished meanwhile hand over their output and
      // give their chunks back (the producer never waits longer).
      ready: () => new Promise<void>((resolve) => setImmediate(resolve)),
      done: () => Promise.all(pieces),
    };
  },
  crc32: (data, crc) => zlib.crc32(data, crc),
};

/**
 * Node's zlib for a producer that waits on `ready` between chunks (the document export): one DEFLATE
 * stream per part, compressed on the thread pool while the next chunks are written — one thread
 * beside the JavaScript one instead of a new stream per chunk all queued at once (on two cores those
 * compete with the producer, and each holds its input and output until the producer stops).
 */
export const nodeStreamDeflater: Deflater = {
  open() {
    const options: zlib.ZlibOptions & TransformOptions = {
      level: ZIP_LEVEL,
      // One pass on the thread pool for a whole chunk of the producer (about 7:1 for sheet XML).
      chunkSize: 512 * 1024,
      // The producer runs up to a few chunks ahead of the compression (zlib passes stream options on).
      writableHighWaterMark: 4 << 20,
    };
    const z = zlib.createDeflateRaw(options);
    const out: Uint8Array[] = [];
    z.on("data", (d: Buffer) => out.push(d));
    const done = new Promise<readonly Uint8Array[]>((resolve, reject) => {
      z.on("end", () => resolve(out));
      z.on("error", reject);
    });
    done.catch(() => undefined); // a failure is reported by done(), not as an unhandled rejection
    return {
      push: (chunk, final, release) => {
        // The callback runs once zlib has consumed the chunk (it keeps its own window).
        z.write(chunk, release && (() => release()));
        if (final) z.end();
      },
      // Waiting for the next turn of the event loop lets the finished compression hand over its
      // output and take the next chunk.
      ready: async () => {
        if (z.writableNeedDrain) await once(z, "drain");
        else await new Promise<void>((resolve) => setImmediate(resolve));
      },
      done: () => done,
    };
  },
  crc32: (data, crc) => zlib.crc32(data, crc),
};
