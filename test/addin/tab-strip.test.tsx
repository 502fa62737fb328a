/**
 * @jest-environment jsdom
 *
 * The shell's tab strip (src/taskpane/components/TabStrip.tsx) keeps what Fluent's TabList gave:
 * the ARIA tabs pattern, one tab stop, arrow keys (circular), Home/End, manual activation.
 * The same in a real browser: test/addin/preview.e2e.test.ts.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { TAB_IDS, type TabId } from "../../src/taskpane/strings";

function renderShell(tab: TabId = "thiet-lap") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App initialTab={tab} />
    </FluentProvider>
  );
}

const tabs = () => screen.getAllByRole("tab") as HTMLButtonElement[];
const tabStops = () => tabs().filter((t) => t.tabIndex === 0);
const selected = () => tabs().filter((t) => t.getAttribute("aria-selected") === "true");
const focusedId = () => document.activeElement?.id;

describe("task pane tab strip", () => {
  it("is a labelled tablist of buttons with one tab stop, the selected tab", () => {
    renderShell("kiem-tra");
    const list = screen.getByRole("tablist", { name: "Các mục của sổ" });
    expect(list.getAttribute("aria-orientation")).toBe("horizontal");
    expect(tabs().map((t) => t.id)).toEqual(TAB_IDS.map((id) => `tab-${id}`));
    expect(tabs().every((t) => t.tagName === "BUTTON" && t.type === "button")).toBe(true);
    expect(tabs().map((t) => t.getAttribute("aria-controls"))).toEqual(
      TAB_IDS.map((id) => `panel-${id}`)
    );
    expect(selected().map((t) => t.id)).toEqual(["tab-kiem-tra"]);
    expect(tabs().filter((t) => t.getAttribute("aria-selected") === "false")).toHaveLength(
      TAB_IDS.length - 1
    );
    expect(tabStops().map((t) => t.id)).toEqual(["tab-kiem-tra"]);
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-kiem-tra");
    // The accessible name is the label once (its semibold copy, which reserves room, is hidden).
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).id).toBe("tab-kiem-tra");
  });

  it("moves the focus with the arrow keys (circular), Home and End; a click selects", () => {
    renderShell();
    const first = document.getElementById("tab-thiet-lap") as HTMLButtonElement;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(focusedId()).toBe("tab-tieu-chi");
    // Manual activation: the focus moved, the selection did not; the tab stop follows the focus.
    expect(selected().map((t) => t.id)).toEqual(["tab-thiet-lap"]);
    expect(tabStops().map((t) => t.id)).toEqual(["tab-tieu-chi"]);

    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(focusedId()).toBe("tab-thiet-lap");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(focusedId()).toBe("tab-tong-hop-don-vi");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(focusedId()).toBe("tab-thiet-lap");
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(focusedId()).toBe("tab-tong-hop-don-vi");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(focusedId()).toBe("tab-thiet-lap");
    // Other keys (and arrows with a modifier) are left to the browser.
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight", altKey: true });
    expect(focusedId()).toBe("tab-thiet-lap");

    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    expect(selected().map((t) => t.id)).toEqual(["tab-tong-hop"]);
    expect(screen.getByRole("tabpanel").id).toBe("panel-tong-hop");
  });

  it("gives the tab stop back to the selected tab when the focus leaves the strip", () => {
    renderShell("tong-hop");
    const start = document.getElementById("tab-tong-hop") as HTMLButtonElement;
    act(() => start.focus());
    fireEvent.keyDown(start, { key: "Home" });
    expect(tabStops().map((t) => t.id)).toEqual(["tab-thiet-lap"]);
    act(() => (screen.getByRole("combobox", { name: "Ngôn ngữ" }) as HTMLSelectElement).focus());
    expect(tabStops().map((t) => t.id)).toEqual(["tab-tong-hop"]);
  });

  it("inserts its style sheet once", () => {
    renderShell();
    renderShell("kiem-tra");
    expect(document.head.querySelectorAll("style[data-sotd=tabs]")).toHaveLength(1);
  });
});
