/**
 * What the task pane's SHELL needs before anything else is loaded: the tab ids, the languages, the
 * start options of the page URL and the few labels of the header and the tab strip, in both
 * languages (a few hundred bytes). Everything else the pane says is in `locales/*`, loaded with
 * the sections (src/taskpane/components/Workbench.tsx).
 */

export type Language = "vi" | "en";

export const LANGUAGES: readonly Language[] = ["vi", "en"];

/** Tabs of the pane, in display order. The ids double as `?tab=` values in manifest URLs. */
export const TAB_IDS = [
  "thiet-lap",
  "tieu-chi",
  "kiem-tra",
  "tong-hop",
  "xuat-bao-cao",
  "tong-hop-don-vi",
] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface ShellStrings {
  appTitle: string;
  languageLabel: string;
  languageNames: Record<Language, string>;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  noWorkbook: string;
  previewBadge: string;
  /** Label of the spinner shown while a section's code is loading. */
  loading: string;
  /** A section's code could not be loaded (offline, add-in updated meanwhile). */
  loadFailed: string;
  /** office.js did not load (no network, blocked): the pane cannot reach the workbook. */
  officeMissing: string;
  /** Office.js loaded but did not say it is ready within a few seconds. */
  officeSlow: string;
}

export const SHELL_STRINGS: Record<Language, ShellStrings> = {
  vi: {
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
      "tong-hop-don-vi": "Tổng hợp đơn vị",
    },
    noWorkbook: "Mở ngăn này trong Excel (hoặc bản xem trước trên trình duyệt) để làm việc với sổ.",
    previewBadge: "Bản xem trước",
    loading: "Đang tải…",
    loadFailed: "Không tải được phần này của ngăn. Kiểm tra kết nối mạng rồi mở lại ngăn.",
    officeMissing:
      "Không tải được thư viện Office (office.js) nên ngăn chưa làm việc được với sổ. Kiểm tra kết nối mạng rồi đóng và mở lại ngăn.",
    officeSlow:
      "Excel chưa sẵn sàng sau vài giây. Chờ thêm một chút; nếu ngăn vẫn vậy, hãy đóng và mở lại ngăn (hoặc tải lại trang Excel trên web).",
  },
  en: {
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
      "tong-hop-don-vi": "Consolidate units",
    },
    noWorkbook: "Open this pane in Excel (or the browser preview) to work on a register.",
    previewBadge: "Preview",
    loading: "Loading…",
    loadFailed:
      "Could not load this part of the pane. Check the network connection and reopen the pane.",
    officeMissing:
      "The Office library (office.js) could not be loaded, so the pane cannot work on the workbook. Check the network connection, then close and reopen the pane.",
    officeSlow:
      "Excel is not ready after a few seconds. Wait a moment; if nothing changes, close and reopen the pane (or reload Excel on the web).",
  },
};

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

/**
 * Requests to show a tab from outside the pane's React tree: the ribbon's "Kiểm tra" button runs in
 * the pane's shared runtime (src/commands/commands.ts) and asks for the check tab whether the pane is
 * open or not. A request made before the pane has mounted waits for it.
 */
let pendingTab: TabId | null = null;
const tabListeners = new Set<(tab: TabId) => void>();

export function requestTab(tab: TabId): void {
  if (!tabListeners.size) {
    pendingTab = tab;
    return;
  }
  for (const listener of tabListeners) listener(tab);
}

/** Listen for tab requests (a waiting one is delivered at once); returns the unsubscribe function. */
export function onTabRequest(listener: (tab: TabId) => void): () => void {
  tabListeners.add(listener);
  if (pendingTab) {
    const tab = pendingTab;
    pendingTab = null;
    listener(tab);
  }
  return () => {
    tabListeners.delete(listener);
  };
}
