/**
 * User-facing text of the task pane, Vietnamese first. English must have exactly the
 * same keys (checked by the type `Strings`).
 */

export type Language = "vi" | "en";

export const LANGUAGES: readonly Language[] = ["vi", "en"];

/** Tabs of the pane, in display order. The ids double as `?tab=` values in manifest URLs. */
export const TAB_IDS = ["thiet-lap", "tieu-chi", "kiem-tra", "tong-hop", "xuat-bao-cao"] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface Strings {
  appTitle: string;
  languageLabel: string;
  languageNames: Record<Language, string>;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  underConstruction: string;
}

const vi: Strings = {
  appTitle: "Sổ Thi đua",
  languageLabel: "Ngôn ngữ",
  languageNames: { vi: "Tiếng Việt", en: "English" },
  tabsLabel: "Các mục của sổ",
  tabs: {
    "thiet-lap": "Thiết lập",
    "tieu-chi": "Tiêu chí",
    "kiem-tra": "Kiểm tra",
    "tong-hop": "Tổng hợp",
    "xuat-bao-cao": "Xuất báo cáo",
  },
  underConstruction: "Đang xây dựng",
};

const en: Strings = {
  appTitle: "Sổ Thi đua",
  languageLabel: "Language",
  languageNames: { vi: "Tiếng Việt", en: "English" },
  tabsLabel: "Register sections",
  tabs: {
    "thiet-lap": "Setup",
    "tieu-chi": "Criteria",
    "kiem-tra": "Check",
    "tong-hop": "Summary",
    "xuat-bao-cao": "Export reports",
  },
  underConstruction: "Under construction",
};

export const STRINGS: Record<Language, Strings> = { vi, en };

export function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Reads `?tab=` and `?lang=` from a query string such as `location.search`; unknown values fall back. */
export function parseStartOptions(search: string): { tab: TabId; language: Language } {
  const params = new URLSearchParams(search);
  const tab = params.get("tab");
  const language = params.get("lang");
  return {
    tab: isTabId(tab) ? tab : "thiet-lap",
    language: isLanguage(language) ? language : "vi",
  };
}
