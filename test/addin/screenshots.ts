/**
 * README's screenshots (docs/screenshots/*.png) are renders of the preview by the e2e suite. Each
 * fresh render is compared with the committed file inside Chromium itself (both PNGs decoded with
 * createImageBitmap, read back with getImageData; no image-diff dependency), so a README that no
 * longer shows what the pane shows fails the suite. `UPDATE_SCREENSHOTS=1` writes the renders into
 * docs/screenshots instead (and compares nothing) and records the Chromium version that made them in
 * docs/screenshots/renderer.txt; otherwise they go to test-output/screenshots.
 *
 * Pixels are compared strictly only under the Chromium build that made the committed files: a newer
 * Debian Chromium (156.0.8078.73 → .114 changed glyph advances enough to re-wrap text: 1–8 % of the
 * pixels, as much as a real change of the pane) cannot tell a stale picture from a new renderer. Under
 * another build the sizes are still compared and the suite prints which build to re-render with.
 */
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";

const ROOT = path.join(__dirname, "..", "..");
export const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
export const COMMITTED_DIR = path.join(ROOT, "docs", "screenshots");
export const FRESH_DIR = path.join(ROOT, "test-output", "screenshots");
export const UPDATE_COMMAND = "UPDATE_SCREENSHOTS=1 npx jest test/addin/preview.e2e.test.ts";
/** The Chromium version that rendered the committed screenshots. */
export const RENDERER_FILE = path.join(COMMITTED_DIR, "renderer.txt");

/** The recorded renderer version, or null when none is recorded. */
export function committedRenderer(): string | null {
  return fs.existsSync(RENDERER_FILE) ? fs.readFileSync(RENDERER_FILE, "utf8").trim() : null;
}

/**
 * A pixel differs when one of its channels differs by more than this (0–255): glyph edges
 * anti-aliased a little differently stay equal, a changed text, colour or layout does not.
 */
export const PIXEL_TOLERANCE = 64;
/**
 * A render is stale when more than this share of its pixels differ: 0.1 % of 1366×820 is about
 * 1,100 pixels — less than a changed word of the pane's text or a moved row, far more than the
 * anti-aliasing noise of the same Chromium with the same fonts (0 pixels between two runs here).
 */
export const MAX_DIFFERING_SHARE = 0.001;

/** The screenshots README.md shows, by file name (docs/screenshots/NAME.png). */
export function readmeScreenshots(): string[] {
  const md = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  return [...new Set([...md.matchAll(/docs\/screenshots\/([\w-]+\.png)/g)].map((m) => m[1]!))];
}

export interface PngDiff {
  readonly width: number;
  readonly height: number;
  /** Sizes differ: no pixel comparison. */
  readonly sizeMismatch: string | null;
  /** Pixels with a channel differing by more than the tolerance. */
  readonly differing: number;
  readonly share: number;
}

/** Decode two PNGs in a blank Chromium page and count the pixels that differ beyond `tolerance`. */
export async function comparePngs(
  context: BrowserContext,
  a: Buffer,
  b: Buffer,
  tolerance = PIXEL_TOLERANCE
): Promise<PngDiff> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ a64, b64, tolerance }) => {
        const decode = async (base64: string) => {
          const bin = atob(base64);
          const bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
          const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }), {
            colorSpaceConversion: "none",
            premultiplyAlpha: "none",
          });
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const g = canvas.getContext("2d", { willReadFrequently: true })!;
          g.drawImage(bitmap, 0, 0);
          return g.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(a64), decode(b64)]);
        if (x.width !== y.width || x.height !== y.height)
          return {
            width: x.width,
            height: x.height,
            sizeMismatch: `${x.width}×${x.height} vs ${y.width}×${y.height}`,
            differing: x.width * x.height,
            share: 1,
          };
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (
            Math.abs(x.data[i]! - y.data[i]!) > tolerance ||
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) > tolerance ||
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) > tolerance ||
            Math.abs(x.data[i + 3]! - y.data[i + 3]!) > tolerance
          )
            differing++;
        }
        return {
          width: x.width,
          height: x.height,
          sizeMismatch: null,
          differing,
          share: differing / (x.width * x.height),
        };
      },
      { a64: a.toString("base64"), b64: b.toString("base64"), tolerance }
    );
  } finally {
    await page.close();
  }
}

/** What became of each screenshot taken: compared with the committed file, or written over it. */
export type ShotResult =
  | { readonly name: string; readonly kind: "updated" }
  | { readonly name: string; readonly kind: "missing" }
  | {
      readonly name: string;
      readonly kind: "compared";
      readonly diff: PngDiff;
      /** False when the running Chromium is not the one that made the committed file. */
      readonly sameRenderer: boolean;
    };

/**
 * Screenshots of the preview for README: `shoot(page, "kiem-tra.png")` renders the page (CSS
 * animations and transitions finished, caret hidden) and, unless updating, compares the render
 * with the committed file; `results` are asserted at the end of the suite.
 */
export function screenshotBook(context: () => BrowserContext) {
  const results = new Map<string, ShotResult>();
  fs.mkdirSync(UPDATE ? COMMITTED_DIR : FRESH_DIR, { recursive: true });
  return {
    results,
    async shoot(page: Page, name: string): Promise<void> {
      const png = await page.screenshot({ animations: "disabled", caret: "hide" });
      fs.writeFileSync(path.join(UPDATE ? COMMITTED_DIR : FRESH_DIR, name), png);
      const renderer = context().browser()?.version() ?? "unknown";
      if (UPDATE) {
        fs.writeFileSync(RENDERER_FILE, `${renderer}\n`);
        results.set(name, { name, kind: "updated" });
        return;
      }
      const committed = path.join(COMMITTED_DIR, name);
      if (!fs.existsSync(committed)) {
        results.set(name, { name, kind: "missing" });
        return;
      }
      const diff = await comparePngs(context(), png, fs.readFileSync(committed));
      const sameRenderer = committedRenderer() === renderer;
      results.set(name, { name, kind: "compared", diff, sameRenderer });
    },
  };
}

/** One line per README screenshot that is missing, not rendered by the suite, or stale. */
export function staleScreenshots(results: ReadonlyMap<string, ShotResult>): string[] {
  return readmeScreenshots().flatMap((name) => {
    const r = results.get(name);
    if (!r) return [`${name}: README shows it but no test renders it`];
    if (r.kind === "missing") return [`${name}: not in docs/screenshots`];
    if (r.kind === "updated") return [];
    const d = r.diff;
    if (d.sizeMismatch) return [`${name}: size ${d.sizeMismatch}`];
    if (d.share > MAX_DIFFERING_SHARE && r.sameRenderer)
      return [
        `${name}: ${d.differing} pixels (${(d.share * 100).toFixed(2)} %) differ from a fresh render`,
      ];
    return [];
  });
}

/**
 * The note printed when pixels were not compared strictly: the screenshots were made by another
 * Chromium build (null when they were compared strictly).
 */
export function rendererNote(results: ReadonlyMap<string, ShotResult>): string | null {
  const other = [...results.values()].find((r) => r.kind === "compared" && !r.sameRenderer);
  if (!other) return null;
  return `docs/screenshots were rendered by Chromium ${committedRenderer() ?? "(unrecorded)"}; this is another build, so only their sizes were compared — re-render with ${UPDATE_COMMAND}`;
}
