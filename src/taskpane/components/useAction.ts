import * as React from "react";
import { toPortError, type PortError } from "../../workbook/edit/port";

/** Show progress only for work that lasts longer than this (ms). */
export const PROGRESS_DELAY_MS = 500;

export interface ActionState {
  readonly busy: boolean;
  /** True once the current work has run for PROGRESS_DELAY_MS. */
  readonly showProgress: boolean;
  readonly error: PortError | null;
  readonly notice: string | null;
}

/** `run` of `useAction`, as the sections receive it. */
export type RunAction = <T>(
  operation: string,
  work: () => Promise<T>,
  notice?: (value: T) => string | null
) => Promise<T | undefined>;

/**
 * One action at a time: `run(name, work)` QUEUES the work behind the action under way (a re-check
 * triggered by an edit in the sheet waits for the setup or export the clerk started, never runs beside
 * it on the same workbook), sets busy, shows progress after 0.5 s, catches and keeps the error (never
 * swallowed: it is shown until dismissed), and lets the work post a notice.
 */
export function useAction() {
  const [state, setState] = React.useState<ActionState>({
    busy: false,
    showProgress: false,
    error: null,
    notice: null,
  });
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The action under way and those queued behind it (settles when the last one is done). */
  const queue = React.useRef<Promise<unknown>>(Promise.resolve());
  /** Actions started and not finished (the one under way and those queued). */
  const inFlight = React.useRef(0);
  const execute = React.useCallback(
    async <T>(
      operation: string,
      work: () => Promise<T>,
      notice: ((value: T) => string | null) | undefined,
      /** Queued behind another action: its error stays on screen (the clerk has not seen it yet). */
      queued: boolean
    ): Promise<T | undefined> => {
      setState((s) => ({ ...s, busy: true, error: queued ? s.error : null, notice: null }));
      timer.current = setTimeout(
        () => setState((s) => (s.busy ? { ...s, showProgress: true } : s)),
        PROGRESS_DELAY_MS
      );
      try {
        const value = await work();
        setState((s) => ({
          busy: false,
          showProgress: false,
          error: queued ? s.error : null,
          notice: notice ? notice(value) : null,
        }));
        return value;
      } catch (e) {
        setState({
          busy: false,
          showProgress: false,
          error: toPortError(e, operation),
          notice: null,
        });
        return undefined;
      } finally {
        if (timer.current) clearTimeout(timer.current);
      }
    },
    []
  );
  const run = React.useCallback(
    <T>(
      operation: string,
      work: () => Promise<T>,
      notice?: (value: T) => string | null
    ): Promise<T | undefined> => {
      const queued = inFlight.current > 0;
      inFlight.current++;
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      const next = queue.current
        .then(() => execute(operation, work, notice, queued))
        .finally(() => {
          inFlight.current--;
        });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [execute]
  );
  const dismiss = React.useCallback(
    () => setState((s) => ({ ...s, error: null, notice: null })),
    []
  );
  const setNotice = React.useCallback(
    (notice: string | null) => setState((s) => ({ ...s, notice })),
    []
  );
  /** Show a failure that happened outside `run` (e.g. subscribing to change events). */
  const fail = React.useCallback(
    (e: unknown, operation: string) =>
      setState((s) => ({ ...s, error: toPortError(e, operation) })),
    []
  );
  React.useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    []
  );
  return { ...state, run, dismiss, setNotice, fail };
}
