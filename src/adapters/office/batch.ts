/// <reference types="office-js" />
/**
 * A write batch on an Excel request context, sized by the JSON it sends. Excel on the web refuses a
 * request or a response over 5 MB (RichApi.Error RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded); the desktop has no such limit. Operations are queued here as
 * closures with their size (the UTF-8 bytes of their JSON plus a per-operation allowance for the
 * object path) and carried out on the context only when the batch is sent, so that a request the host
 * refuses for its size — refused whole, nothing applied — can be sent again in halves.
 */

/** Our budget of one request, in bytes: under Excel on the web's 5 MB with room for what we do not count. */
export const PAYLOAD_LIMIT = 4_000_000;

/**
 * Allowance per queued call or property set for what Office.js sends besides the value: the action
 * and the object path (ids, member name, the range address). Generous on purpose: the estimate must
 * not undercount (bench/syncs.bench.ts compares it with the JSON measured by the strict host model).
 */
export const OP_BYTES = 200;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON: what it weighs in a request or a response. */
export function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x);
  return s === undefined ? 0 : utf8Length(s);
}

/** Bytes of `n` property sets or calls carrying these values. */
export function opBytes(...values: unknown[]): number {
  return values.reduce<number>((a, v) => a + OP_BYTES + jsonBytes(v ?? null), 0);
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

const isRequestPayloadError = (e: unknown) =>
  (e as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";

export interface BatchOp {
  /** Estimated request bytes of `run`. */
  readonly bytes: number;
  /** Queue the operation on the context (property sets, calls). */
  readonly run: () => void;
  /** The same operation as smaller pieces (e.g. a block in two row bands), for a refused request. */
  readonly split?: () => BatchOp[];
}

/** Operations queued for a write, sent in as few syncs as the payload budget allows. */
export class Batch {
  private ops: BatchOp[] = [];
  private bytes = 0;
  /** Syncs this batch made. */
  syncs = 0;
  constructor(
    readonly ctx: Excel.RequestContext,
    /** Queued at the start of every request (suspend calculation, events off …). */
    private readonly prepare: () => void = () => undefined,
    private readonly limit = PAYLOAD_LIMIT
  ) {}

  get limitBytes(): number {
    return this.limit;
  }

  /** Queue an operation; when it would not fit with those already queued, send those first. */
  async add(op: BatchOp): Promise<void> {
    if (this.ops.length && this.bytes + op.bytes > this.limit) await this.send(this.take());
    this.ops.push(op);
    this.bytes += op.bytes;
  }

  /** Shorthand of `add` for one property set or call. */
  async queue(bytes: number, run: () => void): Promise<void> {
    await this.add({ bytes, run });
  }

  /**
   * Send what is queued, then `finish` (e.g. events back on) at the end of the last request. Without
   * anything queued, `finish` alone is sent only when given.
   */
  async flush(finish?: () => void): Promise<void> {
    const ops = this.take();
    if (!ops.length && !finish) return;
    await this.send(ops, finish);
  }

  private take(): BatchOp[] {
    const ops = this.ops;
    this.ops = [];
    this.bytes = 0;
    return ops;
  }

  /** One request; refused for its size (nothing applied), it is sent again in halves. */
  private async send(ops: readonly BatchOp[], finish?: () => void): Promise<void> {
    this.prepare();
    for (const o of ops) o.run();
    finish?.();
    this.syncs++;
    try {
      await this.ctx.sync();
    } catch (e) {
      if (!isRequestPayloadError(e)) throw e;
      if (ops.length > 1) {
        const half = Math.ceil(ops.length / 2);
        await this.send(ops.slice(0, half));
        await this.send(ops.slice(half), finish);
        return;
      }
      const parts = ops[0]?.split?.();
      if (!parts || parts.length < 2) throw e;
      await this.send(parts, finish);
    }
  }
}
