#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/: a gold five-pointed star on a deep red
 * rounded square (the emblem of an emulation/commendation register).
 *
 *   node scripts/make-icons.js          write assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --check  exit 1 when a committed icon differs
 *
 * Plain Node + pngjs. Anti-aliasing by supersampling: each pixel is the average of
 * SS×SS sample points (premultiplied alpha), so edges are smooth at every size.
 * The output is deterministic (no timestamps), so --check can guard the files.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.resolve(__dirname, "..", "assets");

/** Colours as [r, g, b] in 0..255. */
const RED = [178, 24, 30]; // deep red field
const RED_DARK = [138, 14, 20]; // thin rim for contrast on light ribbons
const GOLD = [255, 205, 0]; // star

/** Rounded-square geometry, in units of the icon size (0..1). */
const INSET = 0.03; // transparent margin around the square
const RADIUS = 0.2; // corner radius
const RIM = 0.035; // width of the darker rim

/** Star: outer radius and the regular inner/outer ratio sin18°/sin54°. */
const STAR_OUTER = 0.36;
const STAR_INNER = STAR_OUTER * (Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10));

/** Signed distance from (x, y) to a rounded square spanning [a, b]² with radius r (negative inside). */
function roundedSquareDistance(x, y, a, b, r) {
  const c = (a + b) / 2;
  const half = (b - a) / 2 - r;
  const qx = Math.abs(x - c) - half;
  const qy = Math.abs(y - c) - half;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

/** The ten vertices of an upright five-pointed star centred at (cx, cy). */
function starPolygon(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

/** Even-odd point-in-polygon test (the star is a simple polygon). */
function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Renders one icon of `size` pixels and returns the PNG object. */
function drawIcon(size) {
  const ss = size <= 32 ? 16 : 8; // samples per axis
  // The star's bounding box runs from -R to R·cos36° vertically: lower the centre so the box is centred.
  const starCentreY = 0.5 + (STAR_OUTER * (1 - Math.cos(Math.PI / 5))) / 2;
  const star = starPolygon(0.5, starCentreY, STAR_OUTER, STAR_INNER);
  const png = new PNG({ width: size, height: size });

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          const d = roundedSquareDistance(x, y, INSET, 1 - INSET, RADIUS);
          if (d > 0) continue; // transparent outside the square
          let colour = d > -RIM ? RED_DARK : RED;
          if (insidePolygon(x, y, star)) colour = GOLD;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      const samples = ss * ss;
      // Premultiplied sums → straight alpha.
      png.data[offset] = a ? Math.round(r / a) : 0;
      png.data[offset + 1] = a ? Math.round(g / a) : 0;
      png.data[offset + 2] = a ? Math.round(b / a) : 0;
      png.data[offset + 3] = Math.round((255 * a) / samples);
    }
  }
  return png;
}

function main() {
  const check = process.argv.includes("--check");
  fs.mkdirSync(ASSETS, { recursive: true });
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(ASSETS, `icon-${size}.png`);
    const bytes = PNG.sync.write(drawIcon(size), { colorType: 6 });
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(bytes);
      if (!same) {
        stale++;
        console.error(`stale: ${path.relative(process.cwd(), file)}`);
      }
    } else {
      fs.writeFileSync(file, bytes);
      console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}  ${bytes.length} bytes`);
    }
  }
  if (check && stale > 0) process.exit(1);
}

if (require.main === module) main();

module.exports = { drawIcon, SIZES };
