/**
 * User-facing text of the task pane, Vietnamese first (i18next resources, namespace `pane`).
 * English must have exactly the same keys (checked by the type `Shape` in locales/en.ts).
 * Rule messages come from the domain (`ruleResources`, namespace `domain`).
 *
 * The pane's bundle never imports this module: the shell uses `./shell` (its own labels, both
 * languages) and the sections load one language at a time (`./paneStrings`). It gathers both for
 * tests and tools.
 */
import { en } from "./locales/en";
import { vi, type PaneStrings } from "./locales/vi";
import type { Language } from "./shell";

export * from "./shell";
export type { PaneStrings } from "./locales/vi";

export const PANE_STRINGS: Record<Language, PaneStrings> = { vi, en: en as PaneStrings };
