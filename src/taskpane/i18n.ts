/**
 * The pane's i18next instance: its own strings (namespace `pane`) merged with the domain's rule
 * messages (`ruleResources`, namespace `domain`), so a finding renders in the pane's language.
 */
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { ruleResources } from "../domain/i18n/render";
import { PANE_STRINGS, type Language } from "./strings";

export function createPaneI18n(lng: Language = "vi"): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      vi: { pane: PANE_STRINGS.vi, ...ruleResources.vi },
      en: { pane: PANE_STRINGS.en, ...ruleResources.en },
    },
    lng,
    fallbackLng: "vi",
    ns: ["pane", "domain"],
    defaultNS: "pane",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  return instance;
}
