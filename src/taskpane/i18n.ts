/**
 * The pane's i18next instance for one language: its own strings (namespace `pane`, loaded on
 * demand by ./paneStrings) merged with the domain's rule messages (`ruleResources`, namespace
 * `domain`), so a finding renders in the pane's language. Switching language gives a new instance
 * (cheap: resources in memory, synchronous init), so the whole pane changes in one render.
 */
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { ruleResources } from "../domain/i18n/render";
import type { PaneStrings } from "./locales/vi";
import type { Language } from "./shell";

export function createPaneI18n(lng: Language, strings: PaneStrings): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { [lng]: { pane: strings, ...ruleResources[lng] } },
    lng,
    // Both languages have exactly the same keys (type-checked), so there is no fallback to load.
    fallbackLng: false,
    ns: ["pane", "domain"],
    defaultNS: "pane",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  return instance;
}
