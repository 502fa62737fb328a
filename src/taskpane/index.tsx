/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { parseStartOptions } from "./strings";

/* global document, window, Office */

const rootElement: HTMLElement | null = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

function render(): void {
  const { tab, language } = parseStartOptions(window.location.search);
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App initialTab={tab} initialLanguage={language} logo="assets/icon-32.png" />
    </FluentProvider>
  );
}

/* Render after Office initialises; outside Office (a plain browser, no Office.js) render at once. */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => render());
} else {
  render();
}
