/**
 * Issue #14 point 5: `init` writes `Tổng hợp`'s native bar charts (nominations per title and per
 * unit) as DrawingML parts that refer to the sheet's formula ranges, and a strict reader (openpyxl)
 * opens them. LibreOffice drawing them on a PDF page of the demo is proven by test/print.test.ts
 * (its one conversion of the demo).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TITLES } from "../src/domain/catalog/titles";
import { SHEET } from "../src/domain/register/contract";
import { CHART_NAME, MIN_CHART_UNITS } from "../src/workbook/plan/charts";
import { defaultOptions } from "../src/workbook/plan/options";
import { planSummarySheet } from "../src/workbook/plan/summary";
import { runCli, tempDir } from "./helpers/cli";
import { requireOpenpyxl } from "./helpers/strictPackage";
import { unzipEntries } from "./helpers/zip";

const dir = tempDir("charts-");
const FILE = path.join(dir, "so.xlsx");
let parts: Map<string, Buffer>;
const text = (name: string) => {
  const b = parts.get(name);
  if (!b) throw new Error(`no part ${name}`);
  return b.toString("utf8");
};

beforeAll(() => {
  const r = runCli(["init", FILE, "--year", "2026"]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  parts = unzipEntries(readFileSync(FILE));
});

const summary = planSummarySheet(defaultOptions({ year: 2026 }));
const [byTitle, byUnit] = summary.sheet.charts!;
const abs = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

test("the plan: titles' counts and the first unit rows, under the table", () => {
  const cell = (a1: string) =>
    summary.sheet.cells.find((c) => `${String.fromCharCode(64 + c.col)}${c.row}` === a1);
  expect(byTitle!.name).toBe(CHART_NAME.byTitle);
  const [first, last] = byTitle!.categories.split(":");
  expect(cell(first!)?.value).toBe(TITLES[0]!.name);
  expect(cell(last!)?.value).toBe(TITLES[TITLES.length - 1]!.name);
  expect(byTitle!.values).toBe(
    `${summary.cells.get(`title.${TITLES[0]!.code}.count`)}:${summary.cells.get(`title.${TITLES[TITLES.length - 1]!.code}.count`)}`
  );
  expect(cell(byTitle!.seriesName)?.value).toBe("Số đề nghị");
  // No units listed: room for the first MIN_CHART_UNITS units of `Danh mục`.
  const [u1, u2] = byUnit!.values.split(":").map((a) => Number(a.slice(1)));
  expect([u1, u2! - u1! + 1]).toEqual([summary.unitRows.first, MIN_CHART_UNITS]);
  const lastRow = Math.max(...summary.sheet.cells.map((c) => c.row));
  expect(byTitle!.from.row).toBeGreaterThanOrEqual(lastRow);
  expect(byUnit!.from.row).toBeGreaterThan(byTitle!.to.row);
});

test("init writes the chart parts, the drawing and the sheet's link to it", () => {
  const types = text("[Content_Types].xml");
  for (const p of ["/xl/charts/chart1.xml", "/xl/charts/chart2.xml", "/xl/drawings/drawing1.xml"])
    expect(types).toContain(`PartName="${p}"`);
  // The `Tổng hợp` part, through the workbook's relationships.
  const rid = new RegExp(`<sheet [^>]*name="${SHEET.summary}"[^>]*r:id="([^"]+)"`).exec(
    text("xl/workbook.xml")
  )![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(
    text("xl/_rels/workbook.xml.rels")
  )![1]!;
  const sheetPart = `xl/${target.replace(/^\/?xl\//, "")}`;
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(text(sheetPart))![1]!;
  const sheetRels = text(sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
  expect(sheetRels).toMatch(
    new RegExp(
      `Id="${drawingId}"[^>]*Target="../drawings/drawing1.xml"|Target="../drawings/drawing1.xml"[^>]*Id="${drawingId}"`
    )
  );
  expect(text("xl/drawings/_rels/drawing1.xml.rels")).toContain("../charts/chart2.xml");
  const drawing = text("xl/drawings/drawing1.xml");
  expect(drawing).toContain(`name="${CHART_NAME.byTitle}"`);
  expect(drawing).toContain(`name="${CHART_NAME.byUnit}"`);

  const refs = (xml: string) => [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
  const sheet = `'${SHEET.summary}'`;
  for (const [part, plan] of [
    ["xl/charts/chart1.xml", byTitle!],
    ["xl/charts/chart2.xml", byUnit!],
  ] as const) {
    const xml = text(part);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain(plan.title);
    expect(refs(xml)).toEqual([
      `${sheet}!${abs(plan.seriesName)}`,
      `${sheet}!${abs(plan.categories)}`,
      `${sheet}!${abs(plan.values)}`,
    ]);
  }
});

/** The category and value ranges of each chart on `Tổng hợp`, as openpyxl reads them. */
function chartRanges(py: string, file: string): [string, string][] {
  const script = [
    "import sys, json, openpyxl",
    "ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]",
    "print(json.dumps([[c.series[0].cat.strRef.f, c.series[0].val.numRef.f] for c in ws._charts]))",
  ].join("\n");
  const r = spawnSync(py, ["-c", script, file, SHEET.summary], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as [string, string][];
}

test("openpyxl opens the register and finds both charts with their ranges", () => {
  const py = requireOpenpyxl();
  if (!py) return;
  const sheet = `'${SHEET.summary}'`;
  expect(chartRanges(py, FILE)).toEqual(
    [byTitle!, byUnit!].map((p) => [`${sheet}!${abs(p.categories)}`, `${sheet}!${abs(p.values)}`])
  );
});

test("consolidate writes the same two charts into the ward's register (bulk writer)", () => {
  const py = requireOpenpyxl();
  const units = ["Tổ dân phố 1", "Tổ dân phố 2"].map((unit, i) => {
    const f = path.join(dir, `don-vi-${i + 1}.xlsx`);
    const r = runCli(["init", f, "--year", "2026", "--unit", unit]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    return f;
  });
  const out = path.join(dir, "tong-hop.xlsx");
  const r = runCli(["consolidate", ...units, "--out", out, "--unit", "Phường Mẫu"]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  const entries = unzipEntries(readFileSync(out));
  expect([...entries.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).sort()).toEqual([
    "xl/charts/chart1.xml",
    "xl/charts/chart2.xml",
  ]);
  if (!py) return;
  const [titles, perUnit] = chartRanges(py, out);
  const sheet = `'${SHEET.summary}'`;
  expect(titles).toEqual([
    `${sheet}!${abs(byTitle!.categories)}`,
    `${sheet}!${abs(byTitle!.values)}`,
  ]);
  expect(perUnit![1]).toMatch(
    new RegExp(`^'${SHEET.summary}'!\\$[A-Z]+\\$${summary.unitRows.first}:`)
  );
});

test("upgrade restores a deleted Tổng hợp with both charts, leaving every other part's bytes", () => {
  const py = requireOpenpyxl();
  if (!py) return;
  // A register whose Tổng hợp another program (openpyxl) deleted.
  const old = path.join(dir, "khong-tong-hop.xlsx");
  const del = spawnSync(
    py,
    [
      "-c",
      "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\ndel wb[sys.argv[3]]\nwb.save(sys.argv[2])",
      FILE,
      old,
      SHEET.summary,
    ],
    { encoding: "utf8" }
  );
  expect(del.stderr).toBe("");
  const before = unzipEntries(readFileSync(old));
  expect([...before.keys()].some((k) => k.startsWith("xl/charts/"))).toBe(false);
  const r = runCli(["upgrade", old]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  const sheet = `'${SHEET.summary}'`;
  expect(chartRanges(py, old)).toEqual(
    [byTitle!, byUnit!].map((p) => [`${sheet}!${abs(p.categories)}`, `${sheet}!${abs(p.values)}`])
  );
  // Only the package's bookkeeping and one sheet (Nhật ký's new row) change; the rest keep their bytes.
  const after = unzipEntries(readFileSync(old));
  const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
  expect(changed.filter((k) => !k.startsWith("xl/worksheets/")).sort()).toEqual([
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
  ]);
  expect(changed.filter((k) => k.startsWith("xl/worksheets/"))).toHaveLength(1);
  expect([...after.keys()].filter((k) => /^xl\/(charts|drawings)\//u.test(k)).sort()).toEqual([
    "xl/charts/chart1.xml",
    "xl/charts/chart2.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "xl/drawings/drawing1.xml",
  ]);
});
