/**
 * End to end in a real browser: the preview (the task pane beside a sheet view, on the in-memory
 * HyperFormula workbook) driven by Playwright with Debian's Chromium. Screenshots go to
 * docs/screenshots/ (shown in README). Skipped locally without Chromium; fails under CI=true.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildPreview, chromiumAvailable, openSite, type Site } from "./browser";
import { gridsOfBytes } from "../../src/adapters/xlsx/registerBytes";
import { COL } from "../../src/domain/register/contract";
import { CONSOLIDATION_SHEET } from "../../src/workbook/plan/consolidation";
import { readRegister } from "../../src/workbook/read";
import { person, registerWorkbook, team } from "../helpers/registers";

/** README's screenshots are refreshed with UPDATE_SCREENSHOTS=1; otherwise they go to test-output/. */
const SHOTS = path.join(
  __dirname,
  "..",
  "..",
  process.env.UPDATE_SCREENSHOTS === "1" ? "docs/screenshots" : "test-output/screenshots"
);
const TODAY = "2026-11-20";
const haveChromium = chromiumAvailable();
const maybe = haveChromium ? describe : describe.skip;

jest.setTimeout(180_000);

maybe("browser preview", () => {
  let site: Site;

  beforeAll(async () => {
    site = await openSite(buildPreview, { width: 1366, height: 820 });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(query: string): Promise<Page> {
    const page = await site.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The page's Content Security Policy (no eval, no network) must never be violated.
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
    await page.goto(`${site.url}preview.html?today=${TODAY}&${query}`);
    await page.getByTestId("sheet-view").waitFor({ timeout: 60_000 });
    (page as unknown as { errors: string[] }).errors = errors;
    return page;
  }

  it("sets up a register in a blank workbook and adds a criteria sheet", async () => {
    const page = await open("workbook=blank");
    await page.getByLabel("Tên đơn vị").fill("UBND phường Kiến Hưng");
    await page.getByRole("button", { name: "Tạo sổ" }).click();
    await page
      .getByTestId("notice")
      .getByText(/Đã tạo sổ/)
      .waitFor();
    await page.getByTestId("sheet-tab-Đề nghị").waitFor();
    expect(await page.getByTestId("sheet-tab-Sheet1").count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "thiet-lap.png") });

    await page.locator("#tab-tieu-chi").click();
    const template = page.getByRole("combobox", { name: "Mẫu" });
    await template.selectOption("TC Tổ dân phố");
    await page.getByRole("button", { name: "Thêm sheet" }).click();
    await page.getByTestId("notice").getByText("Đã thêm sheet “TC Tổ dân phố”.").waitFor();
    await page.getByTestId("sheet-tab-TC Tổ dân phố").waitFor();
    await page.getByRole("combobox", { name: "Sheet" }).selectOption("TC Tổ dân phố");
    await page.getByLabel("Mỗi dòng một tên.").fill("Tổ dân phố số 1\nTổ dân phố số 3");
    await page.getByRole("button", { name: "Thêm vào sheet" }).click();
    await page
      .getByTestId("notice")
      .getByText(/Đã thêm 2 cột/)
      .waitFor();
    await page.getByRole("table", { name: "TC Tổ dân phố" }).getByText("Tổ dân phố số 3").waitFor();
    expect(await page.getByTestId("sheet-view").getAttribute("data-sheet")).toBe("TC Tổ dân phố");
    await page.screenshot({ path: path.join(SHOTS, "tieu-chi.png") });
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("checks the demo register, selects the cell of an issue, and switches to English", async () => {
    const page = await open("tab=kiem-tra");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const counts = page.getByTestId("check-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/\d+ lỗi · \d+ cảnh báo · 36 đề nghị/);
    // The results column is written and coloured in the sheet.
    await page
      .getByTestId("sheet-view")
      .locator("td", { hasText: /^Lỗi: DK01/ })
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS, "kiem-tra.png") });

    const issue = page.locator("button[data-rule=DK01]").first();
    const cell = await issue.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await issue.click();
    await page.waitForFunction(
      (c) =>
        document.querySelector("[data-testid=sheet-view]")?.getAttribute("data-selected") === c,
      cell
    );
    expect(await page.getByTestId("sheet-view").getAttribute("data-sheet")).toBe("Đề nghị");
    expect(await page.getByTestId("name-box").inputValue()).toBe(cell);
    await page.screenshot({ path: path.join(SHOTS, "chon-o.png") });

    // Keyboard: the issues are buttons in tab order; Enter selects too.
    await page.locator("button[data-rule=DK02]").first().focus();
    await page.keyboard.press("Enter");
    const cell2 = await page.locator("button[data-rule=DK02]").first().getAttribute("data-cell");
    await page.waitForFunction(
      (c) =>
        document.querySelector("[data-testid=sheet-view]")?.getAttribute("data-selected") === c,
      cell2
    );

    await page.locator("#tab-tong-hop").click();
    await page.getByTestId("cap-status").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "tong-hop.png") });

    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await page.locator("#tab-kiem-tra").click();
    await page.getByRole("button", { name: "Check again" }).waitFor();
    expect(await page.getByTestId("check-counts").textContent()).toMatch(
      /\d+ errors · \d+ warnings · 36 nominations/
    );
    expect(await page.locator("button[data-rule=DK01]").first().textContent()).toContain("Error");
    await page.screenshot({ path: path.join(SHOTS, "english.png") });
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("exports the council documents as an .xlsx built in the browser", async () => {
    const page = await open("tab=kiem-tra");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-counts").waitFor();
    await page.locator("#tab-xuat-bao-cao").click();
    const build = page.getByRole("button", { name: "Tạo tệp báo cáo" });
    expect(await build.isDisabled()).toBe(true); // errors: refused unless forced, as the CLI does
    await page.getByLabel("Vẫn xuất khi còn lỗi").check();
    await build.click();
    await page
      .getByTestId("notice")
      .getByText(/Đã tạo báo cáo/)
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, "xuat-bao-cao.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-download").click(),
    ]);
    const file = path.join(site.profile, download.suggestedFilename());
    await download.saveAs(file);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Tờ trình", "Danh sách", "Biên bản", "Tổng hợp"])
    );
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("moves between the pane's tabs with the keyboard (tabs pattern, one tab stop)", async () => {
    const page = await open("tab=thiet-lap");
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
    const selectedIds = () =>
      page.$$eval("[role=tab][id^=tab-][aria-selected=true]", (els) => els.map((e) => e.id));
    // Tab from the language switch reaches the selected tab, and only it.
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).focus();
    await page.keyboard.press("Tab");
    expect(await focusedId()).toBe("tab-thiet-lap");
    // Fluent's focus ring (keyboard focus, focus-visible polyfill) is drawn.
    expect(await page.locator("#tab-thiet-lap").getAttribute("data-fui-focus-visible")).not.toBe(
      null
    );
    expect(
      await page.locator("#tab-thiet-lap").evaluate((e) => getComputedStyle(e).boxShadow)
    ).not.toBe("none");
    // Arrows move the focus, not the selection; Enter selects.
    await page.keyboard.press("ArrowRight");
    expect(await focusedId()).toBe("tab-tieu-chi");
    expect(await selectedIds()).toEqual(["tab-thiet-lap"]);
    await page.keyboard.press("Enter");
    expect(await selectedIds()).toEqual(["tab-tieu-chi"]);
    await page.locator("#panel-tieu-chi").waitFor();
    await page.locator("#panel-tieu-chi button").first().waitFor();
    // Circular, Home and End.
    await page.keyboard.press("End");
    expect(await focusedId()).toBe("tab-tong-hop-don-vi");
    await page.keyboard.press("ArrowRight");
    expect(await focusedId()).toBe("tab-thiet-lap");
    await page.keyboard.press("ArrowLeft");
    expect(await focusedId()).toBe("tab-tong-hop-don-vi");
    await page.keyboard.press("Home");
    expect(await focusedId()).toBe("tab-thiet-lap");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(" ");
    expect(await selectedIds()).toEqual(["tab-kiem-tra"]);
    const check = page.getByRole("button", { name: "Kiểm tra", exact: true });
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[role=tabpanel] button")].some(
        (b) => b.textContent === "Kiểm tra" && !(b as HTMLButtonElement).disabled
      )
    );
    // Tab leaves the strip at once; Shift+Tab comes back to the selected tab.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    expect(await check.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedId()).toBe("tab-kiem-tra");
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("consolidates units' registers in the browser (package reader, bulk writer, fflate) and offers the file", async () => {
    const page = await open("tab=tong-hop-don-vi");
    const unit = async (name: string, rows: Parameters<typeof registerWorkbook>[0]["rows"]) => ({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await (await registerWorkbook({ rows })).xlsx.writeBuffer()),
    });
    await page.getByTestId("consolidate-input").setInputFiles([
      await unit("to-dan-pho-1.xlsx", [
        person("Nguyễn Văn An"),
        person("Trần Thị Bình", { [COL.gender]: "Nữ" }),
      ]),
      await unit("mat-tran.xlsx", [team("Chi hội Cựu chiến binh"), person("Nguyễn Văn An")]),
      {
        name: "hong.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from("không phải sổ"),
      },
    ]);
    await page
      .getByText(/Đọc được — 2 đề nghị/u)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("consolidate-summary").waitFor();
    expect(await page.getByTestId("consolidate-units").textContent()).toBe("2");
    expect(await page.getByTestId("consolidate-rows").textContent()).toBe("4");
    expect(await page.getByTestId("consolidate-failed").textContent()).toBe("1");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("consolidate-download").click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    // The browser's file is a register: read back in Node, with its four nominations and report sheets.
    const grids = gridsOfBytes(download.suggestedFilename(), bytes);
    expect(readRegister(grids).nominations!.rows).toHaveLength(4);
    expect(grids.sheetNames).toEqual(
      expect.arrayContaining([CONSOLIDATION_SHEET.merged, CONSOLIDATION_SHEET.failures])
    );
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("re-checks the rows a user edits in the sheet", async () => {
    const page = await open("tab=kiem-tra");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-counts").waitFor();
    const before = await page.getByTestId("check-counts").textContent();
    // Fix Ngô Đức Thịnh's duty level (DK01) by typing into the formula bar.
    const issue = page.locator("button[data-rule=DK01]").first();
    await issue.click();
    const bar = page.getByLabel("Nội dung ô");
    await bar.fill("Hoàn thành tốt");
    await bar.press("Enter");
    await page
      .getByTestId("notice")
      .getByText(/Đã kiểm tra lại/)
      .waitFor();
    expect(await page.getByTestId("check-counts").textContent()).not.toBe(before);
    await page.close();
  });
});

if (!haveChromium) {
  it("browser tests need Chromium (skipped: not installed)", () => undefined);
}
