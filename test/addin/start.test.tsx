/**
 * @jest-environment jsdom
 *
 * Never a blank pane, and the ribbon's "Kiểm tra":
 *  - src/taskpane/start.js is ES5 and ASCII, and shows its Vietnamese message when the bundle did not
 *    start by DOMContentLoaded (a webview that cannot parse it), nothing when the bundle said it started;
 *  - src/taskpane/index.tsx says so when office.js did not load, or when Office.onReady has not fired
 *    within a few seconds, and renders the pane normally once it does;
 *  - the ribbon command `openCheckTab` (shared runtime) shows the pane on the check tab, whether the
 *    pane is already on screen or mounts afterwards.
 */
import fs from "node:fs";
import path from "node:path";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { COMMANDS, associateCommands, openCheckTab } from "../../src/commands/commands";
import { polyfillFluentBrowserApis } from "./jsdomFluent";

const ROOT = path.join(__dirname, "..", "..");
const START = fs.readFileSync(path.join(ROOT, "src/taskpane/start.js"), "utf8");

beforeAll(polyfillFluentBrowserApis);

describe("the ES5 start script", () => {
  it("parses as ES5 (Trident) and is plain ASCII", () => {
    const acorn = require("acorn") as typeof import("acorn");
    expect(() => acorn.parse(START, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect([...START].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  });

  /** A page with the start script and a "bundle" that either boots or is refused by the engine. */
  async function page(bundle: string): Promise<Document> {
    // A second jsdom of its own (scripts run), loaded here: it needs TextEncoder, which the test
    // environment's window lacks.
    const util = require("node:util") as typeof import("node:util");
    Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
    const { JSDOM } = require("jsdom") as typeof import("jsdom");
    const dom = new JSDOM(
      `<!doctype html><html><head><script>${START}</script><script>${bundle}</script></head><body><div id="container"></div></body></html>`,
      { runScripts: "dangerously" }
    );
    await new Promise((r) => dom.window.addEventListener("load", () => setTimeout(r, 10)));
    return dom.window.document;
  }

  it("shows its Vietnamese message when the bundle never ran (syntax refused, files missing)", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const doc = await page("let x = a?.b ?? c; }"); // a syntax error here stands for an old engine's refusal
    quiet.mockRestore();
    const box = doc.getElementById("start-message");
    expect(box?.getAttribute("role")).toBe("alert");
    expect(box?.textContent).toContain("Sổ Thi đua không chạy được trong Excel này");
    expect(box?.textContent).toContain(
      "Excel cho Microsoft 365, Excel 2021 trở lên, hoặc Excel trên web"
    );
  });

  it("stays silent when the bundle started", async () => {
    const doc = await page("window.SoThiDuaStart.booted();");
    expect(doc.getElementById("start-message")).toBeNull();
  });
});

describe("the ribbon's Kiểm tra (shared runtime)", () => {
  const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event;
  const selected = () =>
    screen.getAllByRole("tab").filter((t) => t.getAttribute("aria-selected") === "true")[0]
      ?.textContent;

  it("switches an open pane to the check tab and shows it", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App initialTab="thiet-lap" />
      </FluentProvider>
    );
    expect(selected()).toContain("Thiết lập");
    const show = jest.fn(async () => undefined);
    const e = event();
    await act(async () => openCheckTab(e, { addin: { showAsTaskpane: show } }));
    expect(selected()).toContain("Kiểm tra");
    expect(show).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("opens a closed pane on the check tab (the request waits for the pane to mount)", async () => {
    const e = event();
    const quiet = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await openCheckTab(e, {
      addin: {
        showAsTaskpane: async () => {
          throw new Error("not in a shared runtime");
        },
      },
    });
    expect(e.completed).toHaveBeenCalledTimes(1); // always completed, even when showing failed
    quiet.mockRestore();
    render(
      <FluentProvider theme={webLightTheme}>
        <App initialTab="thiet-lap" />
      </FluentProvider>
    );
    expect(selected()).toContain("Kiểm tra");
  });

  it("associates nothing where Office has no actions (outside a shared runtime)", () => {
    expect(() => associateCommands({})).not.toThrow();
  });
});

describe("the pane's start in Office", () => {
  const container = () => {
    document.body.innerHTML = '<div id="container"></div>';
  };
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.useRealTimers();
  });

  async function loadEntry(): Promise<void> {
    await act(async () => {
      jest.isolateModules(() => {
        require("../../src/taskpane/index");
      });
    });
  }

  it("says so when office.js did not load", async () => {
    container();
    await loadEntry();
    expect((await screen.findByTestId("start-problem")).textContent).toContain(
      "Không tải được thư viện Office (office.js)"
    );
    expect(screen.getAllByRole("tab").length).toBeGreaterThan(0);
  });

  it("says so when Office.onReady has not fired within a few seconds, and carries on when it does", async () => {
    jest.useFakeTimers();
    container();
    let ready: ((info: { host: string | null }) => void) | null = null;
    const associated: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      onReady: (cb: (info: { host: string | null }) => void) => {
        ready = cb;
        return new Promise(() => undefined);
      },
      HostType: { Excel: "Excel" },
      actions: { associate: (name: string) => associated.push(name) },
    };
    await loadEntry();
    expect(associated).toEqual(Object.keys(COMMANDS)); // the shared runtime's ribbon commands
    expect(screen.queryByTestId("start-problem")).toBeNull();
    // The entry has a React of its own (isolated modules): let its scheduler run on the fake clock.
    const tick = async (ms: number) => {
      for (let i = 0; i < 10; i++) {
        jest.advanceTimersByTime(ms / 10);
        await Promise.resolve();
      }
    };
    await tick(7_000);
    expect(screen.queryByTestId("start-problem")).toBeNull();
    await tick(1_500);
    expect(screen.getByTestId("start-problem").textContent).toContain("Excel chưa sẵn sàng");
    ready!({ host: null });
    await tick(500);
    expect(screen.queryByTestId("start-problem")).toBeNull();
  });
});
