/**
 * The pane's text (namespace `pane`), one language at a time: the shell starts loading the active
 * language as soon as a workbook is there, in parallel with the sections' code; the other language
 * is loaded only when the pane is switched to it.
 */
import type { PaneStrings } from "./locales/vi";
import type { Language } from "./shell";
import { track, type Tracked } from "./suspense";

const loaded: Partial<Record<Language, Tracked<PaneStrings>>> = {};

export function paneStrings(language: Language): Tracked<PaneStrings> {
  let entry = loaded[language];
  if (!entry) {
    entry = track(
      language === "en"
        ? import(/* webpackChunkName: "strings-en" */ "./locales/en").then(
            (m) => m.en as PaneStrings
          )
        : import(/* webpackChunkName: "strings-vi" */ "./locales/vi").then((m) => m.vi)
    );
    loaded[language] = entry;
  }
  return entry;
}
