/**
 * @jest-environment jsdom
 *
 * The task pane as a user meets it (Testing Library + jest-axe), on the in-memory port loaded with
 * the demo register: every tab is axe-clean, issues select their cell through the port, Office errors
 * are explained in Vietnamese, long work shows a progress bar, English switches everything; the
 * shell paints before the sections' code is loaded, and a part that fails to load is reported.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { demoWorkbook } from "../../src/adapters/memory/demo";
import { MemoryPort } from "../../src/adapters/memory/port";
import { MemoryWorkbook } from "../../src/adapters/memory/workbook";
import { demoRegister } from "../../src/workbook/demo";
import { columnLetter } from "../../src/domain/findings";
import { FRESH_NOMINATION_LAYOUT } from "../../src/workbook/plan/layout";
import type { WorkbookPort } from "../../src/workbook/edit/port";
import { TAB_IDS, type TabId } from "../../src/taskpane/strings";
import { AUDIT_SHEET, META_SHEET } from "../../src/domain/register/contract";
import { findSheet, readRegister, SHEETS_TO_READ } from "../../src/workbook/read";
import { readAuditRows } from "../../src/workbook/edit/audit";
import { validateRegister } from "../../src/domain/validate";
import { nextDeadline, parseDrives } from "../../src/domain/drives";
import { formatDdMmYyyy } from "../../src/domain/text/dates";
import { readSnapshot } from "../../src/taskpane/service";
import { polyfillFluentBrowserApis } from "./jsdomFluent";
import { STATE_WAIT, STATE_WAIT_MS } from "../helpers/waits";

const today = { year: 2026, month: 11, day: 20 };

beforeAll(polyfillFluentBrowserApis);
// The pane loads its sections on demand: on a loaded machine the first one can take seconds to
// appear. `find…`/`waitFor` wait for what the clerk would see, never a fixed time (no timing test).
configure({ asyncUtilTimeout: STATE_WAIT_MS });

function renderPane(port: WorkbookPort, tab: TabId = "thiet-lap", lang: "vi" | "en" = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} today={today} initialTab={tab} initialLanguage={lang} />
    </FluentProvider>
  );
}

async function axeClean(container: HTMLElement) {
  // Colour contrast needs layout that jsdom does not do.
  const results = await axe(container, { rules: { "color-contrast": { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)
  ).toEqual([]);
}

/** Buttons are disabled while the pane reads the workbook on start: click once enabled. */
async function clickWhenEnabled(name: string) {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false), STATE_WAIT);
  fireEvent.click(button);
}

let demo: Awaited<ReturnType<typeof demoWorkbook>>;
beforeAll(async () => {
  demo = await demoWorkbook(demoRegister(2026));
});
afterAll(() => demo.workbook.dispose());

describe("task pane", () => {
  it("Thiết lập shows the existing register and is axe-clean", async () => {
    const { container } = renderPane(demo.port);
    await screen.findByRole("button", { name: "Bổ sung phần còn thiếu" });
    expect(
      (screen.getByRole("spinbutton", { name: "Năm đánh giá" }) as HTMLInputElement).value
    ).toBe("2026");
    await axeClean(container);
  });

  it("Kiểm tra lists issues by row; clicking one selects its cell through the port", async () => {
    const select = jest.spyOn(demo.port, "selectCell");
    const { container } = renderPane(demo.port, "kiem-tra");
    // The next deadline of the demo's drives (issue #14), shown before the first check.
    const next = nextDeadline(
      parseDrives((await readSnapshot(demo.port)).snapshot.drives)!,
      today
    )!;
    expect((await screen.findByTestId("next-deadline", {}, STATE_WAIT)).textContent).toBe(
      `Hạn nộp gần nhất: ${next.drive} — ${formatDdMmYyyy(next.deadline)}, còn ${next.days} ngày`
    );
    await clickWhenEnabled("Kiểm tra");
    const counts = await screen.findByTestId("check-counts", {}, STATE_WAIT);
    expect(counts.textContent).toMatch(
      new RegExp(`\\d+ lỗi · \\d+ cảnh báo · ${demoRegister().nominations.length} đề nghị`, "u")
    );
    const issue = container.querySelector("button[data-rule=DK01]") as HTMLButtonElement;
    const duty = columnLetter(FRESH_NOMINATION_LAYOUT.col.dutyLevel);
    expect(issue.getAttribute("aria-label")).toMatch(
      new RegExp(`^Lỗi DK01: .*Chọn ô ${duty}\\d+ trên sheet “Đề nghị”`, "u")
    );
    fireEvent.click(issue);
    await waitFor(() => expect(select).toHaveBeenCalledWith("Đề nghị", issue.dataset.cell));
    await waitFor(() => expect(demo.workbook.selection).toMatchObject({ sheet: "Đề nghị" }));
    // Filter to warnings only.
    fireEvent.click(screen.getByRole("radio", { name: /Cảnh báo/ }));
    expect(container.querySelectorAll("button[data-rule]").length).toBeGreaterThan(0);
    expect(
      [...container.querySelectorAll("button[data-rule]")].every((b) =>
        b.getAttribute("aria-label")!.startsWith("Cảnh báo")
      )
    ).toBe(true);
    await axeClean(container);
    select.mockRestore();
  });

  it("Tổng hợp shows counts per title, the cap and direct workers; axe-clean; English switch", async () => {
    const { container } = renderPane(demo.port, "kiem-tra");
    await clickWhenEnabled("Kiểm tra");
    await screen.findByTestId("check-counts", {}, STATE_WAIT);
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    // Each section's code is loaded on demand (src/taskpane/components/sections.tsx).
    expect((await screen.findByTestId("cap-status")).textContent).toBe("Trong mức trần");
    const table = screen.getByRole("table", { name: "Theo danh hiệu, hình thức" });
    expect(within(table).getByText("Lao động tiên tiến")).toBeTruthy();
    await axeClean(container);
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ" }), {
      target: { value: "en" },
    });
    await screen.findByRole("tab", { name: "Summary" });
    expect(screen.getByTestId("cap-status").textContent).toBe("Within the cap");
    expect(document.documentElement.lang).toBe("en");
  });

  it("Xuất báo cáo asks for a check first, then refuses a register with errors unless forced; axe-clean", async () => {
    const { container } = renderPane(demo.port, "kiem-tra");
    await clickWhenEnabled("Kiểm tra");
    await screen.findByTestId("check-counts", {}, STATE_WAIT);
    fireEvent.click(screen.getByRole("tab", { name: "Xuất báo cáo" }));
    const build = (await screen.findByRole("button", {
      name: "Tạo tệp báo cáo",
    })) as HTMLButtonElement;
    expect(build.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Vẫn xuất khi còn lỗi" }));
    expect(build.disabled).toBe(false);
    await axeClean(container);
  });

  it("Xuất báo cáo records the export date in the register only when asked (RG03)", async () => {
    const own = await demoWorkbook(demoRegister(2026));
    const urls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    URL.createObjectURL = () => "blob:so-thi-dua";
    URL.revokeObjectURL = () => undefined;
    try {
      const meta = async () => readRegister(await own.port.readGrids([META_SHEET])).meta.exportedOn;
      const { unmount } = renderPane(own.port, "kiem-tra");
      await clickWhenEnabled("Kiểm tra");
      await screen.findByTestId("check-counts", {}, STATE_WAIT);
      fireEvent.click(screen.getByRole("tab", { name: "Xuất báo cáo" }));
      fireEvent.click(await screen.findByRole("checkbox", { name: "Vẫn xuất khi còn lỗi" }));
      // Built without asking: the register is not touched.
      await clickWhenEnabled("Tạo tệp báo cáo");
      await screen.findByTestId("export-download", {}, STATE_WAIT);
      expect(await meta()).toBeNull();
      // Asked: the date of the export is recorded.
      fireEvent.click(
        screen.getByRole("checkbox", {
          name: "Ghi ngày xuất báo cáo vào sổ (không còn cảnh báo RG03)",
        })
      );
      await clickWhenEnabled("Tạo tệp báo cáo");
      await screen.findByText(/Đã ghi ngày xuất báo cáo vào sổ/u, {}, STATE_WAIT);
      expect(await meta()).toEqual(today);
      unmount();
    } finally {
      Object.assign(URL, urls);
      own.workbook.dispose();
    }
  });

  it("Ghi quyết định records the decision on the approved rows only; a bad number is told before sending", async () => {
    const own = await demoWorkbook(demoRegister(2026));
    try {
      const statuses = async () => {
        const snap = readRegister(await own.port.readGrids(SHEETS_TO_READ));
        return new Map(snap.nominations!.rows.map((r) => [r.row, r.cells]));
      };
      const { container, unmount } = renderPane(own.port, "kiem-tra");
      await clickWhenEnabled("Kiểm tra");
      await screen.findByTestId("check-counts", {}, STATE_WAIT);
      fireEvent.click(screen.getByRole("tab", { name: "Xuất báo cáo" }));
      const form = await screen.findByRole("form", { name: "Ghi quyết định khen thưởng" });
      const number = within(form).getByRole("textbox", { name: "Số quyết định" });
      const date = within(form).getByRole("textbox", { name: "Ngày ký (ngày/tháng/năm)" });
      const button = within(form).getByRole("button", { name: "Ghi quyết định" });
      fireEvent.change(number, { target: { value: "123-UBND" } });
      fireEvent.change(date, { target: { value: "20/12/2026" } });
      expect(await within(form).findByText(/Viết dạng số\/QĐ-cơ quan/u)).toBeTruthy();
      expect((button as HTMLButtonElement).disabled).toBe(true);
      await axeClean(container);

      fireEvent.change(number, { target: { value: "123/qđ-ubnd" } });
      await clickWhenEnabled("Ghi quyết định");
      const notice = await screen.findByText(
        /Đã ghi quyết định số 123\/QĐ-UBND ngày 20\/12\/2026/u,
        {},
        STATE_WAIT
      );
      const count = Number(/cho (\d+) dòng/u.exec(notice.textContent ?? "")?.[1]);
      const after = await statuses();
      const decided = [...after].filter(([, c]) => c.status === "Đã quyết định");
      expect(decided).toHaveLength(count);
      expect(count).toBeGreaterThan(0);
      for (const [, c] of decided) expect(c.decisionNo).toBe("123/QĐ-UBND");
      // Rows with errors are never decided (checked on the register as it was before).
      const before = readRegister(await demo.port.readGrids(SHEETS_TO_READ));
      const errorRows = new Set(
        validateRegister(before, { today })
          .findings.filter((f) => f.severity === "error" && f.row !== null)
          .map((f) => f.row)
      );
      expect(errorRows.size).toBeGreaterThan(0);
      for (const [row] of decided) expect(errorRows.has(row)).toBe(false);

      // The same decision again writes nothing and says so.
      await clickWhenEnabled("Ghi quyết định");
      expect(await screen.findByText(/đã được ghi đủ/u, {}, STATE_WAIT)).toBeTruthy();
      unmount();
    } finally {
      own.workbook.dispose();
    }
  });

  it("Tiêu chí lists the criteria sheets with totals and ranks; axe-clean", async () => {
    const { container } = renderPane(demo.port, "tieu-chi");
    await screen.findByRole("table", { name: "TC Cá nhân" }, STATE_WAIT);
    expect(screen.getAllByRole("columnheader", { name: "Xếp hạng" }).length).toBeGreaterThan(0);
    await axeClean(container);
  });

  it("explains an Office error in Vietnamese and keeps it until dismissed", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    jest
      .spyOn(port, "readGrids")
      .mockRejectedValue(
        Object.assign(new Error("The operation failed"), { code: "InvalidOperationInCellEditMode" })
      );
    const { container } = renderPane(port);
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("Excel đang ở chế độ sửa ô");
    expect(bar.textContent).toContain("InvalidOperationInCellEditMode");
    await axeClean(container);
    fireEvent.click(within(bar).getByRole("button", { name: "Đóng" }));
    expect(screen.queryByTestId("error")).toBeNull();
    wb.dispose();
  });

  it("paints the shell at once and the section once the Office port's code is there", async () => {
    let resolve: (p: WorkbookPort) => void = () => undefined;
    const port = new Promise<WorkbookPort>((r) => (resolve = r));
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} today={today} initialTab="thiet-lap" />
      </FluentProvider>
    );
    expect(screen.getAllByRole("tab")).toHaveLength(TAB_IDS.length);
    expect(screen.getByRole("status").textContent).toBe("Đang tải…");
    resolve(demo.port);
    await screen.findByRole("button", { name: "Bổ sung phần còn thiếu" });
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says so when a part of the pane cannot be loaded, instead of a blank pane", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={Promise.reject(new Error("Loading chunk office failed"))} today={today} />
      </FluentProvider>
    );
    const alert = await screen.findByTestId("load-error");
    expect(alert.textContent).toContain("Không tải được phần này của ngăn");
    expect(alert.textContent).toContain("Loading chunk office failed");
    expect(screen.getAllByRole("tab")).toHaveLength(TAB_IDS.length);
    quiet.mockRestore();
  });

  it("shows a progress bar for work that takes longer than half a second", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb, { latencyMs: 900 });
    renderPane(port);
    expect(screen.queryByRole("progressbar")).toBeNull();
    await screen.findByRole("progressbar", {}, STATE_WAIT);
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), STATE_WAIT);
    await act(async () => undefined);
    wb.dispose();
  });

  it("Tiêu chí picks a CSV with a Fluent button and the pane's words (no browser “Choose File”); imports it", async () => {
    const own = await demoWorkbook(demoRegister(2026));
    try {
      const { container, unmount } = renderPane(own.port, "tieu-chi");
      const choose = (await screen.findByRole("button", {
        name: "Chọn tệp CSV…",
      })) as HTMLButtonElement;
      // The description says what the file is for and that none is chosen yet.
      const described = (choose.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join(" ");
      expect(described).toContain("Hoặc nhập từ tệp CSV");
      expect(described).toContain("Chưa chọn tệp");
      // The native input is hidden and out of the tab order; the button opens it.
      const input = screen.getByTestId("criteria-csv") as HTMLInputElement;
      expect(input.type).toBe("file");
      expect(input.hidden).toBe(true);
      const opened = jest.spyOn(input, "click").mockImplementation(() => undefined);
      // Disabled while the pane reads the workbook on start (alone, this test gets here sooner).
      await waitFor(() => expect(choose.disabled).toBe(false), STATE_WAIT);
      fireEvent.click(choose);
      expect(opened).toHaveBeenCalledTimes(1);
      opened.mockRestore();
      const csv =
        "Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn\n1,Một,Tiêu chí,60\n2,Hai,Tiêu chí,40\n";
      fireEvent.change(input, { target: { files: [new File([csv], "Thanh niên.csv")] } });
      expect(screen.getByTestId("criteria-csv-name").textContent).toBe("Thanh niên.csv");
      expect(
        (screen.getByRole("textbox", { name: "Tên sheet (sau “TC ”)" }) as HTMLInputElement).value
      ).toBe("Thanh niên");
      await clickWhenEnabled("Nhập CSV");
      await screen.findByText("Đã thêm sheet “TC Thanh niên”.", {}, STATE_WAIT);
      expect(own.workbook.sheets.map((x) => x.name)).toContain("TC Thanh niên");
      // …and records it in Nhật ký, as the CLI's `criteria import` does (issue #14).
      const audit = readAuditRows(findSheet(await own.port.readGrids([AUDIT_SHEET]), AUDIT_SHEET)!);
      expect(audit?.rows.map((r) => [r[2], r[4]])).toEqual([
        ["Nhập bộ tiêu chí (bản xem thử)", "TC Thanh niên"],
      ]);
      expect(container.textContent).not.toMatch(/Choose File|No file chosen/);
      await axeClean(container);
      unmount();
    } finally {
      own.workbook.dispose();
    }
  });

  it("Tiêu chí's file picker speaks English in the English pane", async () => {
    renderPane(demo.port, "tieu-chi", "en");
    const choose = await screen.findByRole("button", { name: "Choose a CSV file…" });
    const described = (choose.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent)
      .join(" ");
    expect(described).toContain("Or import a CSV file");
    expect(described).toContain("No file chosen");
  });

  it("Thiết lập writes the province's profile: its values and sources, its Cấp trình and its regulation as a Căn cứ row", async () => {
    const wb = new MemoryWorkbook();
    const { container } = renderPane(new MemoryPort(wb));
    const create = (await screen.findByRole("button", { name: "Tạo sổ" })) as HTMLButtonElement;
    await waitFor(() => expect(create.disabled).toBe(false));
    const province = screen.getByRole("textbox", { name: /Tỉnh\/Thành phố/ }) as HTMLInputElement;
    const submitTo = screen.getByRole("textbox", { name: /Cấp trình/ }) as HTMLInputElement;
    expect(container.textContent).toContain("Hà Nội: chưa xác minh được quy định riêng");
    fireEvent.change(province, { target: { value: "Đà Nẵng" } });
    expect(province.value).toBe("Đà Nẵng");
    expect(container.textContent).toContain("Chưa có bộ tham số riêng của tỉnh này");
    fireEvent.change(province, { target: { value: "tỉnh Bắc Ninh" } });
    expect(container.textContent).toContain(
      "Sổ ghi tham số theo quy định của Bắc Ninh: Tỷ lệ LĐTT tối thiểu của Tập thể lao động tiên tiến (%) = 70"
    );
    expect(container.textContent).toContain("Căn cứ Quyết định số 86/2025/QĐ-UBND");
    // The Cấp trình the clerk had not changed follows the province.
    expect(submitTo.value).toBe("UBND tỉnh Bắc Ninh");
    await axeClean(container);
    fireEvent.change(screen.getByRole("textbox", { name: /Tên đơn vị/ }), {
      target: { value: "UBND phường Kinh Bắc" },
    });
    fireEvent.click(create);
    await screen.findByText(/Đã tạo sổ/);
    const byLabel = (label: string) => {
      const s = wb.sheet("Cấu hình")!;
      for (const [k, c] of s.cells)
        if (c.input === label) {
          const row = Number(k.split(":")[0]);
          return [wb.input("Cấu hình", row, 2)?.input, wb.input("Cấu hình", row, 4)?.input];
        }
      return undefined;
    };
    expect(byLabel("Tỉnh/Thành phố")?.[0]).toBe("Bắc Ninh");
    expect(byLabel("Cấp trình")?.[0]).toBe("UBND tỉnh Bắc Ninh");
    expect(byLabel("Tỷ lệ LĐTT tối thiểu của Tập thể lao động tiên tiến (%)")).toEqual([
      70,
      "QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh, Quy định Điều 4 khoản 2 điểm b",
    ]);
    expect(String(byLabel("Căn cứ 4")?.[0])).toMatch(/^Quyết định số 86\/2025\/QĐ-UBND/u);
    wb.dispose();
  });

  it("Thiết lập refuses an empty or blank unit name with a Vietnamese hint (as RG02 and --unit)", async () => {
    const wb = new MemoryWorkbook();
    const { container } = renderPane(new MemoryPort(wb));
    const create = (await screen.findByRole("button", { name: "Tạo sổ" })) as HTMLButtonElement;
    await waitFor(() => expect(create.disabled).toBe(false), STATE_WAIT);
    const unit = screen.getByRole("textbox", { name: /Tên đơn vị/ }) as HTMLInputElement;
    const hint = "Ghi tên đơn vị (ví dụ “UBND phường Kiến Hưng”)";
    expect(container.textContent).not.toContain(hint);
    for (const blank of ["", "   ", " \t "]) {
      fireEvent.change(unit, { target: { value: blank } });
      expect(create.disabled).toBe(true);
      expect(unit.getAttribute("aria-invalid")).toBe("true");
      expect(container.textContent).toContain(hint);
      // Enter in the form does not create it either.
      fireEvent.submit(unit.form!);
      expect(wb.sheets.map((x) => x.name)).not.toContain("Đề nghị");
    }
    await axeClean(container);
    fireEvent.change(unit, { target: { value: "UBND phường Kiến Hưng" } });
    expect(create.disabled).toBe(false);
    expect(container.textContent).not.toContain(hint);
    fireEvent.click(create);
    await screen.findByText(/Đã tạo sổ/, {}, STATE_WAIT);
    wb.dispose();
  });
});
