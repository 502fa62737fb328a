/// <reference types="office-js" />
/**
 * The task pane page: the shell paints at once; inside Excel the Office.js adapter is loaded on
 * demand (its own chunk, in parallel with the workbench) and handed to the pane as a promise.
 *
 * Never a blank pane: src/taskpane/start.js (ES5, loaded first) shows a Vietnamese message when this
 * bundle cannot run at all (an old Trident/EdgeHTML webview) — this module tells it that it did start;
 * when office.js did not load, or Office.onReady has not fired after a few seconds, the shell says so.
 * The ribbon's commands (src/commands/commands.ts) are associated here: the page is also the shared
 * runtime's function file.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { type AppProps } from "./components/App";
import { parseStartOptions } from "./shell";
import { associateCommands } from "../commands/commands";
import type { WorkbookPort } from "../workbook/edit/port";

/* global document, window, Office */

/** How long Office.onReady may take before the pane says Excel is not ready (ms). */
export const OFFICE_START_TIMEOUT_MS = 8000;

interface StartScript {
  booted?: () => void;
}
(window as unknown as { SoThiDuaStart?: StartScript }).SoThiDuaStart?.booted?.();

const rootElement: HTMLElement | null = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

function render(
  port?: Promise<WorkbookPort>,
  startProblem?: NonNullable<AppProps["startProblem"]>
): void {
  const { tab, language } = parseStartOptions(window.location.search);
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App
        initialTab={tab}
        initialLanguage={language}
        logo="assets/icon-32.png"
        {...(port ? { port } : {})}
        {...(startProblem ? { startProblem } : {})}
      />
    </FluentProvider>
  );
}

/* Inside Excel the pane works on the open workbook through the Office.js port; elsewhere it shows the shell. */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  associateCommands();
  let ready = false;
  const slow = setTimeout(() => {
    if (!ready) render(undefined, "officeSlow");
  }, OFFICE_START_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    clearTimeout(slow);
    render(
      info.host === Office.HostType.Excel
        ? import(/* webpackChunkName: "office" */ "../adapters/office/port").then(
            (m) => new m.OfficePort()
          )
        : undefined
    );
  });
} else {
  // office.js did not load (no network, blocked by a proxy): say so rather than a silent shell.
  render(undefined, "officeMissing");
}
