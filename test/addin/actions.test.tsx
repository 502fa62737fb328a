/**
 * @jest-environment jsdom
 *
 * The pane's actions over a workbook (on the in-memory port):
 *  - one action at a time: a re-check triggered by edits in the sheet waits for the action under way,
 *    then runs once for all the rows changed meanwhile;
 *  - a failed write says what became of the workbook (undone: as it was);
 *  - Excel on the Mac and on the web: a report opens as a new workbook, the download link stays as a
 *    fallback.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { demoWorkbook } from "../../src/adapters/memory/demo";
import { MemoryPort } from "../../src/adapters/memory/port";
import { demoRegister } from "../../src/workbook/demo";
import { PortError, type WorkbookPort } from "../../src/workbook/edit/port";
import { SHEET } from "../../src/domain/register/contract";
import type { TabId } from "../../src/taskpane/shell";
import { polyfillFluentBrowserApis } from "./jsdomFluent";
import { STATE_WAIT } from "../helpers/waits";

const today = { year: 2026, month: 11, day: 20 };

beforeAll(polyfillFluentBrowserApis);

function renderPane(port: WorkbookPort, tab: TabId) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} today={today} initialTab={tab} />
    </FluentProvider>
  );
}

async function clickWhenEnabled(name: string) {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false), STATE_WAIT);
  fireEvent.click(button);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("a re-check triggered by edits waits for the action under way, then runs once for all rows", async () => {
  const d = await demoWorkbook(demoRegister(2026));
  const port = new MemoryPort(d.workbook, { debounceMs: 20 });
  try {
    const { container } = renderPane(port, "kiem-tra");
    await clickWhenEnabled("Kiểm tra");
    await screen.findByTestId("check-counts", {}, STATE_WAIT);
    // An action that lasts until we say so: selecting the cell of an issue.
    let release: () => void = () => undefined;
    const select = jest
      .spyOn(port, "selectCell")
      .mockImplementation(() => new Promise<void>((r) => (release = r)));
    const read = jest.spyOn(port, "readGrids");
    fireEvent.click(container.querySelector("button[data-rule]") as HTMLButtonElement);
    await waitFor(() => expect(select).toHaveBeenCalled());
    // The clerk types in two rows meanwhile (two change events, debounced apart).
    d.workbook.userEdit(SHEET.nominations, 7, 2, "Nguyễn Văn Mới");
    await sleep(80);
    d.workbook.userEdit(SHEET.nominations, 9, 2, "Trần Thị Mới");
    await sleep(200);
    expect(read).not.toHaveBeenCalled(); // the re-check waits for the selection
    release();
    await waitFor(() => expect(read).toHaveBeenCalled(), STATE_WAIT);
    const notice = await screen.findByTestId("notice", {}, STATE_WAIT);
    expect(notice.textContent).toContain("dòng 7, 9");
    await sleep(200);
    expect(read).toHaveBeenCalledTimes(1); // one re-check for both edits
  } finally {
    d.workbook.dispose();
  }
});

it("a setup that failed half-way says the workbook is as it was", async () => {
  const d = await demoWorkbook(demoRegister(2026));
  try {
    jest
      .spyOn(d.port, "setUp")
      .mockRejectedValue(
        new PortError("GeneralException", "An internal error has occurred.", "setUp", "undone")
      );
    renderPane(d.port, "thiet-lap");
    await clickWhenEnabled("Bổ sung phần còn thiếu");
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("Excel báo lỗi chung");
    expect(screen.getByTestId("error-note").textContent).toContain(
      "Sổ vẫn như trước khi bấm: phần vừa thêm dở đã được gỡ"
    );
  } finally {
    d.workbook.dispose();
  }
});

it("Excel on the Mac and on the web: the report opens as a new workbook, the link stays as a fallback", async () => {
  const d = await demoWorkbook(demoRegister(2026));
  const urls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  URL.createObjectURL = () => "blob:so-thi-dua";
  URL.revokeObjectURL = () => undefined;
  const opened: string[] = [];
  const port = Object.assign(d.port, {
    prefersNewWorkbook: true,
    createWorkbook: async (b64: string) => void opened.push(b64),
  });
  const { unmount } = renderPane(port, "kiem-tra");
  try {
    await clickWhenEnabled("Kiểm tra");
    await screen.findByTestId("check-counts", {}, STATE_WAIT);
    fireEvent.click(screen.getByRole("tab", { name: "Xuất báo cáo" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: "Vẫn xuất khi còn lỗi" }));
    await clickWhenEnabled("Tạo tệp báo cáo");
    await waitFor(() => expect(opened).toHaveLength(1), STATE_WAIT);
    expect(opened[0]!.startsWith("UEsDB")).toBe(true); // a zip (.xlsx), base64
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "Đã mở tệp thành một sổ mới trong Excel"
    );
    const open = screen.getByTestId("export-download-open");
    expect(open.textContent).toBe("Mở trong Excel");
    const link = screen.getByTestId("export-download");
    expect(link.getAttribute("href")).toBe("blob:so-thi-dua");
    expect(link.parentElement!.textContent).toContain("Nếu sổ mới không mở ra, tải tệp về:");
  } finally {
    unmount(); // revokes the file's URL: before URL is given back its own (absent) functions
    Object.assign(URL, urls);
    d.workbook.dispose();
  }
});
