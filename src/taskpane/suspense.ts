/**
 * Promises read during render (React 18 Suspense): `read` returns the value once it is there,
 * throws the promise while it is pending (the nearest <Suspense> shows its fallback, or a
 * transition keeps the previous screen) and throws the error if it failed (error boundary).
 */
export interface Tracked<T> {
  read(): T;
  readonly promise: Promise<T>;
}

export function track<T>(promise: Promise<T>): Tracked<T> {
  let state: { done: true; value: T } | { done: false; error?: { e: unknown } } = { done: false };
  const settled = promise.then(
    (value) => {
      state = { done: true, value };
    },
    (e: unknown) => {
      state = { done: false, error: { e } };
    }
  );
  return {
    promise,
    read() {
      if (state.done) return state.value;
      if (state.error) throw state.error.e;
      throw settled;
    },
  };
}

const byPromise = new WeakMap<PromiseLike<unknown>, Tracked<unknown>>();

/** The one `Tracked` of a promise (created, and its rejection handled, on the first call). */
export function tracked<T>(promise: PromiseLike<T>): Tracked<T> {
  let t = byPromise.get(promise) as Tracked<T> | undefined;
  if (!t) {
    t = track(Promise.resolve(promise));
    byPromise.set(promise, t);
  }
  return t;
}

export function isPromiseLike<T>(v: unknown): v is PromiseLike<T> {
  return typeof (v as { then?: unknown } | null)?.then === "function";
}
