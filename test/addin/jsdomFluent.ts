import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { configure } from "@testing-library/react";
import { STATE_WAIT_MS } from "../helpers/waits";

/**
 * jsdom lacks these browser APIs that Fluent UI and the pane's export touch (every webview the pane
 * runs in has them): call in `beforeAll` of a jsdom test. It also makes every `findBy…`/`waitFor`
 * without its own bound wait for the state as long as STATE_WAIT (Testing Library's default, 1 s,
 * is a clock: a loaded machine took longer to show a lazily loaded section and a test failed).
 */
export function polyfillFluentBrowserApis(): void {
  configure({ asyncUtilTimeout: STATE_WAIT_MS });
  const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
  g.TextEncoder ??= NodeTextEncoder;
  g.TextDecoder ??= NodeTextDecoder;
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
