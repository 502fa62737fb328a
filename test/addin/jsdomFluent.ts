import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
/**
 * jsdom lacks these browser APIs that Fluent UI and the pane's export touch (every webview the pane
 * runs in has them): call in `beforeAll` of a jsdom test.
 */
export function polyfillFluentBrowserApis(): void {
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
