/**
 * How long a test waits for a state it expects (a button enabled, a notice shown, a page loaded).
 * Tests wait for the state, never for the clock: this bound only stops a test that would otherwise
 * wait forever, so it is set far above what any state takes on a loaded 2-core machine (a quiet
 * one reaches them in well under a second; two Jest workers beside LibreOffice and Chromium have
 * been seen to take 20 s). It never shortens a passing test.
 */
export const STATE_WAIT_MS = 120_000;

/** `{ timeout }` for Testing Library's `findBy…`/`waitFor` and Playwright's `waitFor`. */
export const STATE_WAIT = { timeout: STATE_WAIT_MS } as const;

/**
 * Resolve once `reached()` is true (polled every 10 ms), for tests without a DOM to observe; rejects
 * only after STATE_WAIT_MS, as a hang guard. A debounced callback is awaited this way, not by sleeping
 * for its delay (a loaded machine ran the timer later than a fixed sleep allowed for).
 */
export async function untilState(
  reached: () => boolean,
  what = "the expected state"
): Promise<void> {
  const end = Date.now() + STATE_WAIT_MS;
  while (!reached()) {
    if (Date.now() > end) throw new Error(`Not reached within ${STATE_WAIT_MS} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
