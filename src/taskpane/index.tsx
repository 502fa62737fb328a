/// <reference types="office-js" />
/**
 * The task pane page: the shell paints at once; inside Excel the Office.js adapter is loaded on
 * demand (its own chunk, in parallel with the workbench) and handed to the pane as a promise.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { parseStartOptions } from "./shell";
import type { WorkbookPort } from "../workbook/edit/port";

/* global document, window, Office */

const rootElement: HTMLElement | null = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

function render(port?: Promise<WorkbookPort>): void {
  const { tab, language } = parseStartOptions(window.location.search);
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App
        initialTab={tab}
        initialLanguage={language}
        logo="assets/icon-32.png"
        {...(port ? { port } : {})}
      />
    </FluentProvider>
  );
}

/* Inside Excel the pane works on the open workbook through the Office.js port; elsewhere it shows the shell. */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) =>
    render(
      info.host === Office.HostType.Excel
        ? import(/* webpackChunkName: "office" */ "../adapters/office/port").then(
            (m) => new m.OfficePort()
          )
        : undefined
    )
  );
} else {
  render();
}
