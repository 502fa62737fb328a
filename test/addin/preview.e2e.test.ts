/**
 * End to end in a real browser: the preview (the task pane beside a sheet view, on the in-memory
 * HyperFormula workbook) driven by Playwright with Debian's Chromium. README's screenshots
 * (docs/screenshots/) are rendered here and must match a fresh render (test/addin/screenshots.ts;
 * UPDATE_SCREENSHOTS=1 rewrites them). Skipped locally without Chromium; fails under CI=true.
 */
import fs from "node:fs";
import path from "node:path";
import type { FileChooser, Page } from "playwright-core";
import { buildPreview, chromiumAvailable, openSite, type Site } from "./browser";
import { UPDATE_COMMAND, rendererNote, screenshotBook, staleScreenshots } from "./screenshots";
import { gridsOfBytes } from "../../src/adapters/xlsx/registerBytes";
import { COL } from "../../src/domain/register/contract";
import { CONSOLIDATION_SHEET } from "../../src/workbook/plan/consolidation";
import { MEMBER_INFO_LABEL, MEMBER_INFO_SHEET } from "../../src/workbook/plan/memberCopy";
import { readRegister, SHEETS_TO_READ } from "../../src/workbook/read";
import { demoRegister } from "../../src/workbook/demo";
import { driveOfKey, nextDeadline, parseDrives, postingPeriod } from "../../src/domain/drives";
import { readPolicy } from "../../src/domain/policy";
import { foldKey } from "../../src/domain/text/normalize";
import { formatDdMmYyyy } from "../../src/domain/text/dates";
import type { WorkbookPort } from "../../src/workbook/edit/port";
import type { SheetGrid } from "../../src/workbook/grid";
import { drivePhrase } from "../../src/workbook/plan/export/text";
import { SHEET_POSTING } from "../../src/workbook/plan/export/posting";
import { person, registerWorkbook, team } from "../helpers/registers";
import { STATE_WAIT } from "../helpers/waits";

const TODAY = "2026-11-20";
/** The demo register's nominations (the pane counts them). */
const DEMO_ROWS = demoRegister().nominations.length;
const haveChromium = chromiumAvailable();
const maybe = haveChromium ? describe : describe.skip;

maybe("browser preview", () => {
  let site: Site;
  const shots = screenshotBook(() => site.context);

  beforeAll(async () => {
    site = await openSite(buildPreview, { width: 1366, height: 820 });
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(
    query: string,
    viewport?: { readonly width: number; readonly height: number }
  ): Promise<Page> {
    const page = await site.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The page's Content Security Policy (no eval, no network) must never be violated.
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
    await page.goto(`${site.url}preview.html?today=${TODAY}&${query}`);
    await page.getByTestId("sheet-view").waitFor(STATE_WAIT);
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
    await shots.shoot(page, "thiet-lap.png");

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
    await shots.shoot(page, "tieu-chi.png");

    // A CSV set through the pane's own file picker, by keyboard: no browser “Choose File”.
    const pane = page.getByRole("complementary", { name: "Sổ Thi đua" });
    expect(await pane.innerText()).not.toMatch(/Choose File|No file chosen|Chọn tệp tin/);
    expect(await pane.locator("input[type=file]").isVisible()).toBe(false);
    expect(await page.getByTestId("criteria-csv-name").textContent()).toBe("Chưa chọn tệp");
    const chooseCsv = page.getByRole("button", { name: "Chọn tệp CSV…" });
    // The button is disabled while an action runs, and the automatic check queued behind the last
    // write may start after its notice shows: wait until the pane is idle and the button enabled
    // (a trial click waits for that), then press Enter on it; once more if a check began between.
    let chooser: FileChooser | null = null;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      await page.locator("[role=tabpanel][aria-busy=false]").waitFor();
      await chooseCsv.click({ trial: true });
      [chooser] = await Promise.all([
        page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null),
        chooseCsv.press("Enter"),
      ]);
    }
    if (!chooser) throw new Error("Enter on “Chọn tệp CSV…” opened no file chooser");
    await chooser.setFiles({
      name: "Thanh niên.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn\n1,Tham gia phong trào,Tiêu chí,60\n2,Tình nguyện,Tiêu chí,40\n"
      ),
    });
    await page.getByTestId("criteria-csv-name").getByText("Thanh niên.csv").waitFor();
    expect(await page.getByLabel("Tên sheet (sau “TC ”)").inputValue()).toBe("Thanh niên");
    await page.getByRole("button", { name: "Nhập CSV" }).click();
    await page.getByTestId("notice").getByText("Đã thêm sheet “TC Thanh niên”.").waitFor();
    await page.getByTestId("sheet-tab-TC Thanh niên").waitFor();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("checks the demo register, selects the cell of an issue, and switches to English", async () => {
    const page = await open("tab=kiem-tra");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const counts = page.getByTestId("check-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(
      new RegExp(`\\d+ lỗi · \\d+ cảnh báo · ${DEMO_ROWS} đề nghị`, "u")
    );
    // The results column is written and coloured in the sheet.
    await page
      .getByTestId("sheet-view")
      .locator("td", { hasText: /^Lỗi: DK01/ })
      .first()
      .waitFor();
    await shots.shoot(page, "kiem-tra.png");

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
    await shots.shoot(page, "chon-o.png");

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
    await shots.shoot(page, "tong-hop.png");

    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await page.locator("#tab-kiem-tra").click();
    await page.getByRole("button", { name: "Check again" }).waitFor();
    expect(await page.getByTestId("check-counts").textContent()).toMatch(
      new RegExp(`\\d+ errors · \\d+ warnings · ${DEMO_ROWS} nominations`, "u")
    );
    expect(await page.locator("button[data-rule=DK01]").first().textContent()).toContain("Error");
    await shots.shoot(page, "english.png");
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
      .waitFor(STATE_WAIT);
    await shots.shoot(page, "xuat-bao-cao.png");
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
    // Then the chairman's decision is recorded on the approved rows (the CLI's `decide`).
    const form = page.getByRole("form", { name: "Ghi quyết định khen thưởng" });
    await form.getByLabel("Số quyết định").fill("123/QĐ-UBND");
    await form.getByLabel("Ngày ký (ngày/tháng/năm)").fill("20/12/2026");
    await form.getByRole("button", { name: "Ghi quyết định" }).click();
    const recorded = page.getByTestId("notice").getByText(/Đã ghi quyết định số 123\/QĐ-UBND/u);
    await recorded.waitFor(STATE_WAIT);
    const count = Number(/cho (\d+) dòng/u.exec((await recorded.textContent()) ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);
    // The decided rows' certificates, and the decision itself, numbered (the CLI's `export
    // --certificates` and `--decision`).
    await page.getByRole("button", { name: "Tạo giấy khen" }).click();
    await page
      .getByTestId("notice")
      .getByText(new RegExp(`Đã tạo ${count} giấy khen`, "u"))
      .waitFor(STATE_WAIT);
    const [certificates] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("certificates-download").click(),
    ]);
    const gk = path.join(site.profile, certificates.suggestedFilename());
    await certificates.saveAs(gk);
    const gkBook = new ExcelJS.Workbook();
    await gkBook.xlsx.readFile(gk);
    expect(gkBook.getWorksheet("Giấy khen")?.pageSetup.orientation).toBe("landscape");
    await page.getByRole("button", { name: "Tạo dự thảo quyết định" }).click();
    await page
      .getByTestId("notice")
      .getByText(new RegExp(`Đã tạo quyết định số 123/QĐ-UBND: ${count} trường hợp`, "u"))
      .waitFor(STATE_WAIT);
    const [decision] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("decision-download").click(),
    ]);
    const qd = path.join(site.profile, decision.suggestedFilename());
    await decision.saveAs(qd);
    const qdBook = new ExcelJS.Workbook();
    await qdBook.xlsx.readFile(qd);
    expect(qdBook.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
      "Quyết định",
      "Danh sách kèm theo",
    ]);
    const qdTexts: unknown[] = [];
    qdBook.getWorksheet("Quyết định")!.eachRow((row) => row.eachCell((c) => qdTexts.push(c.value)));
    expect(qdTexts).toContain("Số: 123/QĐ-UBND");
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("shows the next deadline, exports one drive's dossier and its posting list (issue #14)", async () => {
    const page = await open("tab=kiem-tra");
    // What the pane should say, from the open demo's own drives and settings through the domain.
    const read = await page.evaluate(async (names) => {
      const { port } = (window as unknown as { __preview: { port: WorkbookPort } }).__preview;
      const g = await port.readGrids(names);
      return {
        sheetNames: g.sheetNames,
        sheets: [...g.sheets.values()].map((x) => ({ name: x.name, rows: x.rows })),
      };
    }, SHEETS_TO_READ);
    const snapshot = readRegister({
      sheetNames: read.sheetNames,
      sheets: new Map(read.sheets.map((x) => [x.name, x as SheetGrid])),
    });
    const [y, m, d] = TODAY.split("-").map(Number) as [number, number, number];
    const drives = parseDrives(snapshot.drives)!;
    const next = nextDeadline(drives, { year: y, month: m, day: d })!;
    const DRIVE = "Đợt 2/9";
    const nominee = demoRegister(y).nominations.find((r) => r[COL.drive] === DRIVE)![COL.name];
    const start = readPolicy(snapshot.settings).policy.postingStart;
    if (start.state !== "ok") throw new Error("the demo has no posting start");
    const period = postingPeriod(start.value, driveOfKey(drives, foldKey(DRIVE)));

    await page
      .getByTestId("next-deadline")
      .getByText(
        `Hạn nộp gần nhất: ${next.drive} — ${formatDdMmYyyy(next.deadline)}, còn ${next.days} ngày`
      )
      .waitFor(STATE_WAIT);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-counts").waitFor();
    await page.locator("#tab-xuat-bao-cao").click();
    await page.getByRole("combobox", { name: "Đợt thi đua" }).selectOption(DRIVE);
    await page.getByLabel("Vẫn xuất khi còn lỗi").check();
    await page.getByRole("button", { name: "Tạo tệp báo cáo" }).click();
    await page
      .getByTestId("notice")
      .getByText(/Đã tạo báo cáo/)
      .waitFor(STATE_WAIT);
    const ExcelJS = (await import("exceljs")).default;
    const names: string[] = [];
    const texts = async (testId: string, sheet: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId(testId).click(),
      ]);
      const name = download.suggestedFilename();
      const file = path.join(site.profile, name);
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const out: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((r) =>
        r.eachCell((c) => void (typeof c.value === "string" && out.push(c.value)))
      );
      names.push(name);
      return out.join("\n");
    };
    // The drive's dossier: its name in the Tờ trình's subject, as `export --drive` writes it.
    expect(await texts("export-download", "Tờ trình")).toContain(`${drivePhrase(DRIVE)} năm ${y}`);

    await page.getByRole("button", { name: "Tạo danh sách công khai" }).click();
    const from = formatDdMmYyyy(period.from);
    const to = formatDdMmYyyy(period.to);
    await page
      .getByTestId("notice")
      .getByText(`niêm yết từ ${from} đến hết ${to}`, { exact: false })
      .waitFor(STATE_WAIT);
    const posted = await texts("posting-download", SHEET_POSTING);
    expect(posted).toContain(String(nominee));
    expect(posted).toContain(`từ ngày ${from} đến hết ngày ${to}`);
    // Both files say which drive they are for (Đợt 2/9 → dot-2-9).
    expect(names).toEqual([
      expect.stringMatching(new RegExp(`^trinh-hoi-dong-${y}-dot-2-9-\\d{8}`, "u")),
      expect.stringMatching(new RegExp(`^danh-sach-cong-khai-${y}-dot-2-9-\\d{8}`, "u")),
    ]);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("makes the council member's copy of the workbook (Xuất báo cáo › Bản gửi Hội đồng)", async () => {
    const page = await open("tab=kiem-tra");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-counts").waitFor();
    await page.locator("#tab-xuat-bao-cao").click();
    await page.getByTestId("member-copy-build").click();
    await page
      .getByTestId("notice")
      .getByText(/Đã tạo bản gửi Hội đồng/u)
      .waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("member-copy-download").click(),
    ]);
    const file = path.join(site.profile, download.suggestedFilename());
    await download.saveAs(file);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const first = wb.worksheets[0]!;
    expect(first.name).toBe(MEMBER_INFO_SHEET);
    const info = new Map<unknown, unknown>();
    first.eachRow((row) => info.set(row.getCell(1).value, row.getCell(2).value));
    expect(info.get(MEMBER_INFO_LABEL.rows)).toBe(DEMO_ROWS);
    expect(String(info.get(MEMBER_INFO_LABEL.sha256))).toMatch(/^[0-9a-f]{64}$/u);
    // The register's sheets follow, every one protected.
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Đề nghị", "Tổng hợp"])
    );
    const xml = (await import("fflate")).unzipSync(fs.readFileSync(file));
    const sheets = Object.keys(xml).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n));
    for (const n of sheets)
      expect([n, Buffer.from(xml[n]!).toString("utf8").includes("<sheetProtection")]).toEqual([
        n,
        true,
      ]);
    expect(Buffer.from(xml["xl/workbook.xml"]!).toString("utf8")).toContain('lockStructure="1"');
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
    await shots.shoot(page, "tong-hop-don-vi.png");
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

  it("copies last year's register into Lịch sử (Thiết lập › Lịch sử từ sổ năm trước)", async () => {
    const page = await open("tab=thiet-lap");
    const last = await registerWorkbook({
      options: { year: 2025 },
      rows: [
        person("Đinh Văn Khoa", {
          [COL.status]: "Đã quyết định",
          [COL.decisionNo]: "150/QĐ-UBND",
          [COL.decisionDate]: "20/12/2025",
        }),
      ],
    });
    await page.getByTestId("history-file").setInputFiles({
      name: "so-2025.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await last.xlsx.writeBuffer()),
    });
    await page.getByRole("button", { name: "Chép vào sheet Lịch sử" }).click();
    await page
      .getByTestId("history-outcome")
      .getByText(/Đã thêm 1 dòng vào sheet “Lịch sử”/u)
      .waitFor();
    await page.getByTestId("sheet-tab-Lịch sử").click();
    await page.getByRole("grid", { name: "Lịch sử" }).getByText("Đinh Văn Khoa").waitFor();
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

  /** Every sheet tab's box lies inside the viewport, and the page itself has nothing to scroll. */
  async function expectTabsInView(page: Page, viewport: { width: number; height: number }) {
    const tabs = await page.$$eval("[data-testid^=sheet-tab-]", (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { tab: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })
    );
    expect(tabs.length).toBeGreaterThan(5);
    const outside = tabs.filter(
      (t) => t.left < 0 || t.top < 0 || t.right > viewport.width || t.bottom > viewport.height
    );
    expect(outside).toEqual([]);
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)
    ).toBe(true);
  }

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])(
    "keeps the sheet tabs in view at $width×$height, the grid scrolling inside (largest sheet too)",
    async (viewport) => {
      const page = await open("tab=kiem-tra", viewport);
      await expectTabsInView(page, viewport);
      // The largest sheet of the demo register (most cells), selected by its tab.
      const largest = await page.evaluate(() => {
        const wb = (
          window as unknown as {
            __preview: {
              workbook: {
                sheets: { name: string; state: string; cells: Map<string, unknown> }[];
              };
            };
          }
        ).__preview.workbook;
        return [...wb.sheets]
          .filter((x) => x.state === "visible")
          .sort((a, b) => b.cells.size - a.cells.size)[0]!.name;
      });
      await page.getByTestId(`sheet-tab-${largest}`).click();
      await page.waitForFunction(
        (name) =>
          document.querySelector("[data-testid=sheet-view]")?.getAttribute("data-sheet") === name,
        largest
      );
      await expectTabsInView(page, viewport);
      // Its grid is taller than the room it has: it scrolls inside, the tabs stay where they are.
      const grid = page.getByRole("grid", { name: largest });
      const scroller = grid.locator("xpath=..");
      expect(
        await scroller.evaluate((e) => e.scrollHeight > e.clientHeight && e.clientHeight > 200)
      ).toBe(true);
      await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight));
      await expectTabsInView(page, viewport);
      // Selecting the cell of the last issue (far down the Đề nghị sheet) scrolls only the grid.
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await page.getByTestId("check-counts").waitFor();
      const issue = page.locator("button[data-rule]").last();
      const cell = await issue.getAttribute("data-cell");
      await issue.click();
      await page.waitForFunction(
        (c) =>
          document.querySelector("[data-testid=sheet-view]")?.getAttribute("data-selected") === c,
        cell
      );
      await expectTabsInView(page, viewport);
      expect((page as unknown as { errors: string[] }).errors).toEqual([]);
      await page.close();
    }
  );

  // Last: every screenshot README shows was rendered above and matches its committed file.
  it("README's screenshots match a fresh render of the preview", () => {
    const note = rendererNote(shots.results);
    if (note) console.warn(note);
    const stale = staleScreenshots(shots.results);
    if (stale.length)
      throw new Error(
        `README's screenshots are stale — check the renders in test-output/screenshots, then run ` +
          `${UPDATE_COMMAND} and commit docs/screenshots:\n  ${stale.join("\n  ")}`
      );
  });
});

if (!haveChromium) {
  it("browser tests need Chromium (skipped: not installed)", () => undefined);
}
