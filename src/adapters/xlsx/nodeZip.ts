/**
 * Node's zlib as the packages' deflater: native, and asynchronous — every chunk of a part is
 * compressed on the thread pool as soon as it is written (each chunk on its own, ending on a sync
 * flush, the last one finishing the stream: together one valid DEFLATE stream, as pigz does).
 */
import zlib from "node:zlib";
import { type Deflater, ZIP_LEVEL } from "./zip";

function deflateRaw(chunk: Uint8Array, final: boolean): Promise<Uint8Array> {
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
      (e, out) => (e ? reject(e) : resolve(new Uint8Array(out.buffer, out.byteOffset, out.length)))
    )
  );
}

export const nodeDeflater: Deflater = {
  open() {
    const pieces: Promise<Uint8Array>[] = [];
    return {
      push: (chunk, final) => void pieces.push(deflateRaw(chunk, final)),
      done: () => Promise.all(pieces),
    };
  },
  crc32: (data, crc) => zlib.crc32(data, crc),
};
