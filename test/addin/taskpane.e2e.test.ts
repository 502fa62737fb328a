/**
 * The task pane page itself (taskpane.html as built, with its ES5 start script) in a real browser,
 * with Office.js from Microsoft's CDN replaced by a stand-in (no network here):
 *  - on an engine that parses no more than ES2017 (Excel 2019's EdgeHTML has no `?.`/`??`): every
 *    script the page loads is checked with acorn at ecmaVersion 2017 and, when it does not parse,
 *    served as the engine would take it — a syntax error. The page must show either the pane or the
 *    Vietnamese fallback message, never a blank pane;
 *  - on a current engine the pane starts and the start script stays silent;
 *  - office.js that does not load, and Office.onReady that never fires, are said in Vietnamese.
 * Skipped without Chromium, like preview.e2e.test.ts; fails under CI=true.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { buildTaskpane, chromiumAvailable, openSite, type Site } from "./browser";
import { STATE_WAIT } from "../helpers/waits";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Office.js as the pane meets it outside Excel (host null), or one that never becomes ready. */
const OFFICE_STUB = (ready: boolean) => `window.Office = {
  HostType: { Excel: "Excel" },
  actions: { associate: function () {} },
  onReady: function (cb) {
    return ${ready ? "Promise.resolve().then(function () { return cb({ host: null, platform: null }); })" : "new Promise(function () {})"};
  }
};`;

const haveChromium = chromiumAvailable();
const maybe = haveChromium ? describe : describe.skip;

maybe("task pane page", () => {
  let site: Site;

  beforeAll(async () => {
    site = await openSite(buildTaskpane, { width: 420, height: 760 });
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(
    o: { office?: "ready" | "never" | "missing"; es2017?: boolean; clock?: boolean } = {}
  ): Promise<{ page: Page; refused: string[] }> {
    const page = await site.context.newPage();
    const refused: string[] = [];
    if (o.clock) await page.clock.install();
    await page.route(OFFICE_JS, (route) =>
      o.office === "missing"
        ? route.abort("internetdisconnected")
        : route.fulfill({
            contentType: "text/javascript",
            body: OFFICE_STUB(o.office !== "never"),
          })
    );
    if (o.es2017) {
      const acorn = require("acorn") as typeof import("acorn");
      await page.route(`${site.url}**/*.js`, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        try {
          acorn.parse(body, { ecmaVersion: 2017, sourceType: "script" });
          await route.fulfill({ response, body });
        } catch (e) {
          refused.push(
            `${path.basename(new URL(route.request().url()).pathname)}: ${(e as Error).message}`
          );
          // What an ES2017 engine makes of it: a syntax error, nothing of the file runs.
          await route.fulfill({ response, body: "}" });
        }
      });
    }
    await page.goto(`${site.url}taskpane.html`);
    return { page, refused };
  }

  it("on an ES2017-only engine (no ?. / ??) shows the pane or the Vietnamese fallback message", async () => {
    const { page, refused } = await open({ office: "ready", es2017: true });
    const message = page.locator("#start-message");
    const tabs = page.getByRole("tab");
    await Promise.race([message.waitFor(STATE_WAIT), tabs.first().waitFor(STATE_WAIT)]);
    if (process.env.SYNC_REPORT) console.log(`refused as ES2017: ${refused.join("; ") || "none"}`);
    if (refused.length) {
      // The bundle does not parse as ES2017 (its dependencies use ?. and ??): the start script speaks.
      await expect(message.getAttribute("role")).resolves.toBe("alert");
      const text = await message.innerText();
      expect(text).toContain("Sổ Thi đua không chạy được trong Excel này");
      expect(text).toContain("Excel cho Microsoft 365, Excel 2021 trở lên, hoặc Excel trên web");
      expect(await tabs.count()).toBe(0);
    } else {
      expect(await tabs.count()).toBeGreaterThan(0);
      expect(await message.count()).toBe(0);
    }
    await page.close();
  });

  it("on a current engine the pane starts and the start script stays silent", async () => {
    const { page } = await open({ office: "ready" });
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor(STATE_WAIT);
    await page.getByText("Mở ngăn này trong Excel").waitFor();
    expect(await page.locator("#start-message").count()).toBe(0);
    await page.close();
  });

  it("says so in Vietnamese when office.js does not load", async () => {
    const { page } = await open({ office: "missing" });
    const problem = page.getByTestId("start-problem");
    await problem.waitFor(STATE_WAIT);
    expect(await problem.innerText()).toContain("Không tải được thư viện Office (office.js)");
    await page.close();
  });

  it("says so in Vietnamese when Office.onReady does not fire within a few seconds", async () => {
    const { page } = await open({ office: "never", clock: true });
    await page.clock.fastForward(9_000);
    const problem = page.getByTestId("start-problem");
    await problem.waitFor(STATE_WAIT);
    expect(await problem.innerText()).toContain("Excel chưa sẵn sàng");
    await page.close();
  });
});

if (!haveChromium)
  describe("task pane page", () => {
    it("browser tests need Chromium (skipped: not installed)", () => undefined);
  });
