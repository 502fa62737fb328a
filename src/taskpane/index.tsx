/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { parseStartOptions } from "./strings";
import { OfficePort } from "../adapters/office/port";
import type { WorkbookPort } from "./port";

/* global document, window, Office */

const rootElement: HTMLElement | null = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

function render(port?: WorkbookPort): void {
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
    render(info.host === Office.HostType.Excel ? new OfficePort() : undefined)
  );
} else {
  render();
}
