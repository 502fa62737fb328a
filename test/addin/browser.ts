/**
 * Browser harness for the preview tests: build the preview with the project's webpack config
 * (development mode, into a temp folder), serve it on 127.0.0.1, and launch Debian's Chromium
 * through playwright-core with flags that work as root with no network. Never downloads a browser.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { BrowserContext } from "playwright-core";
import { STATE_WAIT_MS } from "../helpers/waits";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium present? Under CI=true a missing browser is a failure, not a skip. */
export function chromiumAvailable(): boolean {
  const ok = fs.existsSync(CHROMIUM);
  if (!ok && process.env.CI === "true")
    throw new Error(
      `Chromium not found at ${CHROMIUM}: .ci/run installs it with apt-get install -y chromium`
    );
  return ok;
}

/** Build preview.html and its chunks; resolves to the output folder. */
export async function buildPreview(): Promise<string> {
  return buildPage("preview");
}

/** Build taskpane.html (with its start script and assets) and its chunks. */
export async function buildTaskpane(): Promise<string> {
  return buildPage("taskpane");
}

async function buildPage(page: "preview" | "taskpane"): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `sothidua-${page}-`));

  const webpack = require("webpack");

  const makeConfig = require("../../webpack.config.js");
  // Production code paths (React's production build, tree shaking) without the minifier: the
  // minifier was three quarters of a build's time and changes nothing a test looks at.
  const config = await makeConfig({}, { mode: "production" });
  config.optimization = { ...config.optimization, minimize: false };
  config.entry = { [page]: config.entry[page] };
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.plugins = config.plugins.filter(
    (p: { userOptions?: { filename?: string } }) =>
      !p.userOptions || p.userOptions.filename === `${page}.html`
  );
  await new Promise<void>((resolve, reject) =>
    webpack(
      config,
      (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
        if (err) reject(err);
        else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
        else resolve();
      }
    )
  );
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".js": "text/javascript",
  ".png": "image/png",
  ".json": "application/json",
};

/** A static file server on 127.0.0.1 (random port). */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel =
      decodeURIComponent((req.url ?? "/").split("?")[0]!).replace(/^\/+/, "") || "preview.html";
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A built page served on 127.0.0.1 with Chromium open on it (a profile folder of its own). */
export interface Site {
  readonly url: string;
  readonly context: BrowserContext;
  /** The browser profile folder (downloads land here). */
  readonly profile: string;
  /** Close the browser and the server, remove the build and the profile. */
  close(): Promise<void>;
}

export async function openSite(
  build: () => Promise<string>,
  viewport: { width: number; height: number }
): Promise<Site> {
  const buildDir = await build();
  const server = await serve(buildDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sothidua-chromium-"));
  const { chromium } = await import("playwright-core");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: "vi-VN",
  });
  // Pages wait for states (a notice, a tab); the bound only stops a test that would wait forever.
  context.setDefaultTimeout(STATE_WAIT_MS);
  return {
    url: server.url,
    context,
    profile,
    async close() {
      await context.close();
      await server.close();
      for (const d of [buildDir, profile]) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
