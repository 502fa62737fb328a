import i18next, { type i18n, type TFunction } from "i18next";
import type { Finding } from "../findings";
import { en } from "./en";
import { vi } from "./vi";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

/** Rule-message resources, for UIs that merge them into their own i18next instance. */
export const ruleResources = { vi: { domain: vi }, en: { domain: en } } as const;

let instance: i18n | null = null;
function domainI18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: ruleResources,
      lng: "vi",
      fallbackLng: "vi",
      ns: ["domain"],
      defaultNS: "domain",
      initAsync: false,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  }
  return instance;
}

export function translator(lang: Lang): TFunction {
  return domainI18n().getFixedT(lang, "domain");
}

/** The message key of a finding (variants for RG01/RG02/DL03 by their reason, others by `variant`). */
export function messageKey(f: Finding): string {
  const variant =
    f.rule === "RG01"
      ? f.params.what
      : f.rule === "RG02" || f.rule === "DL03"
        ? f.params.reason
        : f.params.variant;
  return `rule.${f.rule}${typeof variant === "string" ? `_${variant}` : ""}`;
}

/**
 * Messages already rendered: a register's findings repeat the same few messages, and i18next takes
 * ~10 µs a message (a 40,000-row consolidated register renders ~30,000). Bounded.
 */
const rendered = new Map<string, string>();
const MAX_RENDERED = 10_000;

/** The finding's message in the given language. */
export function renderMessage(f: Finding, lang: Lang = "vi"): string {
  // Everything the message depends on, unambiguously (numbers as String() gives them: NaN ≠ Infinity).
  const key = JSON.stringify([
    lang,
    messageKey(f),
    f.column,
    Object.entries(f.params).map(([k, v]) => [k, typeof v === "number" ? String(v) : v, typeof v]),
  ]);
  let message = rendered.get(key);
  if (message === undefined) {
    message = render(f, lang);
    if (rendered.size >= MAX_RENDERED) rendered.clear();
    rendered.set(key, message);
  }
  return message;
}

function render(f: Finding, lang: Lang): string {
  const t = translator(lang);
  const params: Record<string, unknown> = { column: f.column ?? "" };
  // Numbers as each language writes them: Vietnamese uses a decimal comma (44,4), English a point.
  for (const [k, v] of Object.entries(f.params))
    params[k] = typeof v === "number" && lang === "vi" ? String(v).replace(".", ",") : v;
  if (Array.isArray(f.params.reasons))
    params.reasonText = (f.params.reasons as string[])
      .map((r) => t(`reason.${r}`, params))
      .join("; ");
  if (Array.isArray(f.params.allowed)) params.allowed = (f.params.allowed as string[]).join(", ");
  // History rules: this year's proposal of the chain title, still waiting for its decision.
  params.pendingText = f.params.pending === undefined ? "" : t("history.pending", params);
  return t(messageKey(f), params);
}

export function severityLabel(severity: Finding["severity"], lang: Lang = "vi"): string {
  return translator(lang)(`severity.${severity}`);
}
