/**
 * The package reader (src/adapters/xlsx/package/*) on what the ExcelJS-based readers could not take:
 * rows and cells without `r`, namespace-prefixed SpreadsheetML, a zip whose directory lies about
 * sizes (a real zip bomb), and the same grids with fflate (browser) and zlib (Node).
 */
import { zipSync, type Zippable } from "fflate";
import ExcelJS from "exceljs";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { gridsFromWorkbook, loadWorkbookBytes } from "../src/adapters/xlsx/grids";
import { InputError } from "../src/adapters/xlsx/errors";
import { gridsOfBytes } from "../src/adapters/xlsx/registerBytes";
import { nodeInflateRaw } from "../src/adapters/xlsx/stream";
import { SHEET } from "../src/domain/register/contract";
import { demoRegister } from "../src/workbook/demo";
import type { WorkbookGrids } from "../src/workbook/grid";
import { expectSameGrids } from "./helpers/grids";
import { unzipEntries } from "./helpers/zip";

let demo: Buffer;
let memory: WorkbookGrids;

beforeAll(async () => {
  const wb = await buildDemoWorkbook(demoRegister(2026));
  demo = Buffer.from(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(demo as unknown as ArrayBuffer);
  memory = gridsFromWorkbook(back);
});

/** Re-zip the demo with every worksheet part's XML passed through `edit`. */
function rezip(edit: (xml: string, name: string) => string): Buffer {
  const files: Zippable = {};
  for (const [name, data] of unzipEntries(demo)) {
    files[name] = /^xl\/worksheets\/[^/]+\.xml$/u.test(name)
      ? new TextEncoder().encode(edit(data.toString("utf8"), name))
      : new Uint8Array(data);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

describe("package reader", () => {
  it("reads what ExcelJS reads, with fflate (browser) and with zlib (Node)", () => {
    const nominations = memory.sheets.get(SHEET.nominations)!;
    expect(nominations.rows.filter(Boolean).length).toBeGreaterThan(20);
    expectSameGrids(gridsOfBytes("demo.xlsx", demo), memory);
    expectSameGrids(gridsOfBytes("demo.xlsx", demo, { inflateRaw: nodeInflateRaw }), memory);
  });

  it("reads a number in a percent format as the text shown (0.07 → “7%”), like the ExcelJS reader and the pane", async () => {
    const wb = await buildDemoWorkbook(demoRegister(2026));
    const ws = wb.getWorksheet(SHEET.settings)!;
    const typed: [number, number][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (typeof cell.value === "number" && typed.length < 2) {
          cell.value = 0.07 * (typed.length + 1);
          cell.style = { ...cell.style, numFmt: typed.length ? "0.0%" : "0%" };
          typed.push([r, c]);
        }
      })
    );
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const inMemory = gridsFromWorkbook(back);
    const streamed = gridsOfBytes("pct.xlsx", bytes, { inflateRaw: nodeInflateRaw });
    expectSameGrids(streamed, inMemory);
    const grid = streamed.sheets.get(SHEET.settings)!;
    expect(typed.map(([r, c]) => grid.rows[r]![c])).toEqual(["7%", "14%"]);
  });

  it("reads rows and cells written without their `r` attribute (valid OOXML)", () => {
    // Drop `r` wherever the position follows from the previous row or cell (as writers that omit it do).
    let removed = 0;
    const colOf = (ref: string) =>
      [...ref.replace(/\d+$/u, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const bytes = rezip((xml) => {
      let prevRow = 0;
      let prevCol = 0;
      return xml.replace(
        /<(row|c)\b([^>]*?)\sr="([A-Z]*)(\d+)"/gu,
        (m, tag: string, before: string, letters: string, digits: string) => {
          if (tag === "row") {
            const r = Number(digits);
            const follows = r === prevRow + 1;
            prevRow = r;
            prevCol = 0;
            if (!follows) return m;
          } else {
            const c = colOf(letters + digits);
            const follows = c === prevCol + 1;
            prevCol = c;
            if (!follows) return m;
          }
          removed++;
          return `<${tag}${before}`;
        }
      );
    });
    expect(removed).toBeGreaterThan(500);
    expectSameGrids(gridsOfBytes("no-r.xlsx", bytes), memory);
  });

  it("reads SpreadsheetML written with a namespace prefix (<x:worksheet>, <x:c>)", () => {
    const bytes = rezip((xml) =>
      xml
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/gu, (m, slash: string, tag: string) =>
          tag === "xml" ? m : `<${slash}x:${tag}`
        )
        .replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        )
    );
    expect(unzipEntries(bytes).get("xl/worksheets/sheet1.xml")!.toString()).toMatch(/<x:c /u);
    expectSameGrids(gridsOfBytes("x.xlsx", bytes), memory);
  });

  it("stops a zip bomb whose directory declares small sizes, at the limit, with both inflaters", async () => {
    // 40 MB of repeated rows deflate to a few dozen KB; the directory claims 1 KB.
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>0000000000</t></is></c></row>';
    const xml = `<worksheet><sheetData>${row.repeat((40 * 1024 * 1024) / row.length)}</sheetData></worksheet>`;
    const files: Zippable = {};
    for (const [name, data] of unzipEntries(demo)) files[name] = new Uint8Array(data);
    const name = "xl/worksheets/sheet2.xml";
    files[name] = new TextEncoder().encode(xml);
    const bomb = Buffer.from(zipSync(files, { level: 9 }));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    // Make the central directory lie about the part's uncompressed size.
    let p = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (p >= 0 && bomb.toString("utf8", p + 46, p + 46 + bomb.readUInt16LE(p + 28)) !== name)
      p = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4);
    expect(p).toBeGreaterThan(0);
    bomb.writeUInt32LE(1024, p + 24);
    for (const inflateRaw of [undefined, nodeInflateRaw]) {
      let err: unknown;
      try {
        gridsOfBytes("bom.xlsx", bomb, { maxUncompressed: 8 * 1024 * 1024, inflateRaw });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect([(err as InputError).problem, (err as InputError).detail]).toEqual([
        "tooLarge",
        expect.stringContaining(name),
      ]);
    }
    // ExcelJS (the commands that write a register) is not handed it either: the real size is counted first.
    const loaded = await loadWorkbookBytes("bom.xlsx", bomb, 8 * 1024 * 1024).catch(
      (e: unknown) => e
    );
    expect((loaded as InputError).problem).toBe("tooLarge");
  });

  it("reports damaged deflate data and a part cut off as corrupt, naming the damage", () => {
    const entries = unzipEntries(demo);
    const files: Zippable = {};
    for (const [name, data] of entries) files[name] = new Uint8Array(data);
    const sheet = "xl/worksheets/sheet2.xml";
    const xml = entries.get(sheet)!.toString("utf8");
    files[sheet] = new TextEncoder().encode(xml.slice(0, Math.floor(xml.length / 2)));
    const cut = Buffer.from(zipSync(files));
    for (const inflateRaw of [undefined, nodeInflateRaw]) {
      expect(() => gridsOfBytes("cut.xlsx", cut, { inflateRaw })).toThrow(/bị cắt cụt|cut off/u);
    }
    // Raw deflate data of a part overwritten with garbage (the directory intact).
    const good = Buffer.from(zipSync({ ...files, [sheet]: new TextEncoder().encode(xml) }));
    const local = good.indexOf(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]),
      good.indexOf(Buffer.from(sheet)) - 30
    );
    expect(good.toString("utf8", local + 30, local + 30 + sheet.length)).toBe(sheet);
    const data = local + 30 + good.readUInt16LE(local + 26) + good.readUInt16LE(local + 28);
    const bad = Buffer.from(good);
    bad.fill(0xff, data + 10, data + Math.min(4000, good.readUInt32LE(local + 18) - 10));
    for (const inflateRaw of [undefined, nodeInflateRaw]) {
      let err: unknown;
      try {
        gridsOfBytes("bad.xlsx", bad, { inflateRaw });
      } catch (e) {
        err = e;
      }
      expect((err as InputError).problem).toBe("corrupt");
    }
  });
});
