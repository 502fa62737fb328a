/**
 * The council export has two writers of one document plan: the package writer the CLI uses
 * (src/adapters/xlsx/documentPackage.ts, linear in the plan) and ExcelJS, which the task pane uses
 * in the browser (src/adapters/xlsx/document.ts). Loaded back with ExcelJS, both files must show the
 * same thing: values, fonts, borders, fills, alignment, number formats, merges, row heights, column
 * widths, page setup, print titles, headers and the hidden metadata sheet.
 */
import ExcelJS from "exceljs";
import { demoWorkbook } from "../src/adapters/memory/demo";
import { documentPackage } from "../src/adapters/xlsx/documentPackage";
import { workbookFromDocument } from "../src/adapters/xlsx/document";
import { buildCouncilExport } from "../src/domain/export/council";
import { validateRegister } from "../src/domain/validate";
import { demoRegister } from "../src/workbook/demo";
import { planCouncilExport } from "../src/workbook/plan/export";
import { type DocumentPlan, SheetBuilder } from "../src/workbook/plan/export/document";
import { pageWithFooter } from "../src/workbook/plan/export/lists";
import { nodeStreamDeflater } from "../src/adapters/xlsx/nodeZip";
import { unzipEntries } from "./helpers/zip";
import { readRegister, SHEETS_TO_READ } from "../src/workbook/read";

const today = { year: 2026, month: 12, day: 8 };

async function demoPlan(): Promise<DocumentPlan> {
  const { workbook, port } = await demoWorkbook(demoRegister(2026));
  try {
    const snapshot = readRegister(await port.readGrids(SHEETS_TO_READ));
    const result = validateRegister(snapshot, { today });
    return planCouncilExport(
      buildCouncilExport(snapshot, result, { documentDate: today, forced: true }),
      {
        fileName: "so-thi-dua-mau.xlsx",
      }
    );
  } finally {
    workbook.dispose();
  }
}

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

/** What a reader sees of a cell: its value and the style properties Excel shows. */
function cellView(c: ExcelJS.Cell): unknown {
  const f = c.font ?? {};
  const a = c.alignment ?? {};
  const b = c.border ?? {};
  const fill = c.fill as ExcelJS.FillPattern | undefined;
  const value = c.value instanceof Date ? c.value.toISOString() : c.value;
  return {
    value: value ?? null,
    font: [f.name, f.size, Boolean(f.bold), Boolean(f.italic), f.underline ?? false],
    align: [a.horizontal ?? null, a.vertical ?? null, Boolean(a.wrapText), a.indent ?? 0],
    border: (["top", "bottom", "left", "right"] as const).map((s) => b[s]?.style ?? null),
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : null,
    numFmt: c.numFmt ?? null,
  };
}

function sheetView(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  const rows: Record<number, number | null> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) rows[r] = Math.round(row.height * 100) / 100;
    row.eachCell({ includeEmpty: true }, (c) => {
      const v = cellView(c);
      if (JSON.stringify(v) !== JSON.stringify(cellView(ws.getCell("XFD1048576"))))
        cells[c.address] = v;
    });
  });
  const p = ws.pageSetup;
  return {
    state: ws.state,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: (ws.columns ?? []).map((c) => (c.width ? Math.round(c.width * 1000) / 1000 : null)),
    rows,
    page: {
      orientation: p.orientation,
      // The hidden metadata sheet is never printed: the package writer gives it A4, ExcelJS nothing.
      paperSize: ws.state === "veryHidden" ? "not printed" : p.paperSize,
      fitToPage: Boolean(p.fitToPage),
      fitToWidth: p.fitToPage ? p.fitToWidth : null,
      fitToHeight: p.fitToPage ? p.fitToHeight : null,
      margins: p.margins,
      printTitlesRow: p.printTitlesRow ?? null,
    },
    header: [ws.headerFooter?.oddHeader ?? null, Boolean(ws.headerFooter?.differentFirst)],
    tab: ws.properties.tabColor?.argb ?? null,
    cells,
  };
}

describe("the export's two writers agree", () => {
  let plan: DocumentPlan;
  let fromPackage: ExcelJS.Workbook;
  let fromExcelJs: ExcelJS.Workbook;

  beforeAll(async () => {
    plan = await demoPlan();
    fromPackage = await load(await documentPackage(plan));
    fromExcelJs = await load(await workbookFromDocument(plan).xlsx.writeBuffer());
  });

  it("has the same sheets, in order, with the same visibility", () => {
    const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => [w.name, w.state]);
    expect(names(fromPackage)).toEqual(names(fromExcelJs));
    expect(fromPackage.worksheets.length).toBe(plan.sheets.length + 1); // + the metadata sheet
  });

  it("shows every sheet the same: cells, styles, merges, sizes, page setup", () => {
    for (const ws of fromExcelJs.worksheets) {
      const other = fromPackage.getWorksheet(ws.name)!;
      expect({ sheet: ws.name, view: sheetView(other) }).toEqual({
        sheet: ws.name,
        view: sheetView(ws),
      });
    }
  });

  it("carries the one-page setting of a Tờ trình that runs a few lines over", () => {
    const letter = plan.sheets[0]!;
    const ws = fromPackage.getWorksheet(letter.name)!;
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToHeight).toBe(letter.page.fitToHeight ? 1 : 0);
  });
});

describe("the CLI's streaming deflater", () => {
  it("writes the same parts as fflate for a sheet of many chunks (chunks reused only once read)", async () => {
    // A table of 40,000 rows with merges and distinct texts: the sheet XML is many 1 MB chunks.
    const b = new SheetBuilder([10, 30, 30, 20]);
    const format = { size: 11, border: "all" as const, wrap: true };
    for (let r = 1; r <= 40_000; r++) {
      b.put(r, 1, r, format);
      b.merge(r, 2, r, 3, `Nguyễn Văn ${r} — tổ dân phố số ${r % 97}`, format);
      b.put(r, 4, r % 3 ? `${r / 7}` : { date: { year: 2026, month: 1 + (r % 12), day: 1 } });
    }
    const plan: DocumentPlan = {
      sheets: [b.sheet("Bảng", pageWithFooter(1), "FF1F4E79")],
      properties: { title: "t", subject: "s", created: today },
      meta: [["rows", 40_000]],
    };
    const streamed = unzipEntries(
      Buffer.from(await documentPackage(plan, { deflater: nodeStreamDeflater }))
    );
    const reference = unzipEntries(Buffer.from(await documentPackage(plan)));
    expect(streamed.get("xl/worksheets/sheet1.xml")!.length).toBeGreaterThan(6 << 20);
    expect([...streamed.keys()]).toEqual([...reference.keys()]);
    for (const [name, data] of reference)
      expect({ name, same: streamed.get(name)!.equals(data) }).toEqual({ name, same: true });
  });
});
