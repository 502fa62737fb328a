/**
 * The task pane shell rendered to HTML in Node (no browser, no Office): the Vietnamese
 * labels, the English switch target, and the start options read from the page URL; and that the
 * shell is only the shell (what it must not import).
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../src/taskpane/components/App";
import { PANE_STRINGS, SHELL_STRINGS, TAB_IDS, parseStartOptions } from "../src/taskpane/strings";
import type { Language, TabId } from "../src/taskpane/strings";

// The shell is the first paint: its static imports must not reach what the workbench loads on
// demand (i18next, the pane's service and the domain, the Office.js adapter). Requiring any of
// them in this file fails.
jest.mock("i18next", () => {
  throw new Error("the task pane shell imports i18next");
});
jest.mock("react-i18next", () => {
  throw new Error("the task pane shell imports react-i18next");
});
jest.mock("../src/taskpane/service", () => {
  throw new Error("the task pane shell imports the pane's service (domain, plans)");
});
jest.mock("../src/adapters/office/port", () => {
  throw new Error("the task pane shell imports the Office.js adapter");
});

function render(initialTab?: TabId, initialLanguage?: Language): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <App initialTab={initialTab} initialLanguage={initialLanguage} />
    </FluentProvider>
  );
}

/** Text content with tags removed and entities of the renderer decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("task pane shell", () => {
  test("Vietnamese by default: title, the five tabs, the no-workbook note and the language switch", () => {
    const html = render();
    const shown = text(html);
    for (const label of [
      "Sổ Thi đua",
      "Thiết lập",
      "Tiêu chí",
      "Kiểm tra",
      "Tổng hợp",
      "Xuất báo cáo",
      "Mở ngăn này trong Excel",
    ]) {
      expect(shown).toContain(label);
    }
    expect(shown).toContain("Tiếng Việt");
    expect(shown).toContain("English");
    expect(html).toMatch(/role="tablist"/);
    expect(html.match(/role="tab"/g)).toHaveLength(TAB_IDS.length);
    expect(html).toMatch(/<h1[^>]*>Sổ Thi đua<\/h1>/);
  });

  test("English labels when started in English", () => {
    const shown = text(render("thiet-lap", "en"));
    for (const label of [
      "Setup",
      "Criteria",
      "Check",
      "Summary",
      "Export reports",
      "Open this pane in Excel",
    ]) {
      expect(shown).toContain(label);
    }
    expect(shown).not.toContain("Mở ngăn này trong Excel");
  });

  test("opens at the tab it is given (the ribbon's Kiểm tra button)", () => {
    const html = render("kiem-tra");
    const selected = /<button[^>]*aria-selected="true"[^>]*>/.exec(html)?.[0] ?? "";
    expect(selected).toContain('id="tab-kiem-tra"');
    expect(html).toContain('id="panel-kiem-tra"');
  });

  test("both languages have a label for every tab", () => {
    for (const language of ["vi", "en"] as const) {
      for (const id of TAB_IDS) expect(PANE_STRINGS[language].tabs[id]).toBeTruthy();
    }
  });

  test("the shell's own labels are the pane's (one text per key, both languages)", () => {
    for (const language of ["vi", "en"] as const) {
      expect(PANE_STRINGS[language]).toMatchObject(SHELL_STRINGS[language]);
    }
  });

  test("start options come from ?tab= and ?lang=, unknown values fall back", () => {
    expect(parseStartOptions("")).toEqual({ tab: "thiet-lap", language: "vi" });
    expect(parseStartOptions("?tab=kiem-tra")).toEqual({ tab: "kiem-tra", language: "vi" });
    expect(parseStartOptions("?tab=tong-hop&lang=en")).toEqual({ tab: "tong-hop", language: "en" });
    expect(parseStartOptions("?tab=nope&lang=fr")).toEqual({ tab: "thiet-lap", language: "vi" });
  });
});
