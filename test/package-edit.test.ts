/**
 * The surgical package writer (src/adapters/xlsx/edit) on hand-written packages: only the parts an
 * edit owns change; inside a changed sheet only the owned cells, validations, formats and widths;
 * every other entry keeps its compressed bytes; what it writes reads back through the package reader.
 */
import { editPackage, EditRefusal, workbookNames } from "../src/adapters/xlsx/edit/package";
import { editSheetPart } from "../src/adapters/xlsx/edit/sheet";
import { Pieces } from "../src/adapters/xlsx/edit/sheetData";
import { StyleBook } from "../src/adapters/xlsx/edit/styles";
import { parseSqref, uncovered } from "../src/adapters/xlsx/edit/ranges";
import { fflateDeflater } from "../src/adapters/xlsx/zip";
import { entryData, zipEntries } from "../src/adapters/xlsx/package/zip";
import { readPackageGrids } from "../src/adapters/xlsx/package/read";
import { NO_EDIT, sheetEdit } from "../src/workbook/edit/book";
import { planMetaSheet } from "../src/workbook/plan/meta";
import { zipOf } from "./helpers/badfiles";
import { unzipEntries } from "./helpers/zip";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function pkg(sheet1: string, extra: Record<string, string> = {}, workbookExtra = ""): Buffer {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${MAIN} ${R}>${workbookExtra}<sheets><sheet name="Đề nghị" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Mine">'Đề nghị'!$A$1</definedName></definedNames><calcPr calcId="191029"/><extLst><ext uri="{X}"><foo/></ext></extLst></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    "xl/calcChain.xml": `<?xml version="1.0"?><calcChain ${MAIN}><c r="C2" i="1"/></calcChain>`,
    "xl/worksheets/sheet1.xml": sheet1,
    "xl/media/image1.png": "not really a png, but bytes we must keep",
    ...extra,
  };
  return zipOf(
    Object.entries(files).map(([name, data]) => ({ name, data: Buffer.from(data) })),
    8
  );
}

const OPTIONS = { deflater: fflateDeflater, maxUncompressed: 1 << 28 };

const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet ${MAIN} ${R}><dimension ref="A1:C3"/><sheetData><row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" s="1"><v>45000</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>An</t></is></c><c r="C2"><f>A2&amp;"x"</f><v>Anx</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Bình</t></is></c></row></sheetData><sheetProtection sheet="1" password="CC1A"/><dataValidations count="1"><dataValidation type="whole" sqref="B2:B10"><formula1>CH_SoThanhVien</formula1></dataValidation></dataValidations><drawing r:id="rId9"/><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Other!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D2:D10</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;

function rawEntry(buf: Buffer, name: string): Buffer {
  const e = zipEntries(buf).get(name)!;
  const { start, end } = entryData(buf, e);
  return buf.subarray(start, end);
}

describe("package editor", () => {
  it("writes owned cells only; every other entry keeps its compressed bytes", async () => {
    const before = pkg(SHEET);
    const edit = {
      ...NO_EDIT,
      sheets: [
        sheetEdit("Đề nghị", [
          { row: 1, col: 4, value: "Kết quả kiểm tra", style: "header" as const },
          { row: 2, col: 4, value: "Hợp lệ" },
          { row: 3, col: 4, value: "Lỗi: DL01 _x000D_ <b>&" },
          { row: 5, col: 2, value: 7 },
        ]),
      ],
    };
    const { bytes, report } = await editPackage(before, edit, OPTIONS);
    const after = Buffer.from(bytes);
    expect([...report.changedParts].sort()).toEqual(
      ["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort()
    );
    expect(report.removedParts).toEqual([]);
    for (const name of zipEntries(before).keys())
      if (!report.changedParts.includes(name))
        expect(rawEntry(after, name).equals(rawEntry(before, name))).toBe(true);

    const xml = unzipEntries(after).get("xl/worksheets/sheet1.xml")!.toString();
    // Everything but the new cells and the used range is as it was.
    expect(xml).toContain(`<sheetProtection sheet="1" password="CC1A"/>`);
    expect(xml).toContain(`<drawing r:id="rId9"/>`);
    expect(xml).toContain("<formula1>CH_SoThanhVien</formula1>");
    expect(xml).toContain("<xm:sqref>D2:D10</xm:sqref>");
    expect(xml).toContain(`<c r="C2"><f>A2&amp;"x"</f><v>Anx</v></c>`);
    expect(xml).toContain(`<dimension ref="A1:D5"/>`);
    expect(xml).toContain(`<row r="5"><c r="B5"><v>7</v></c></row>`);
    expect(xml).not.toContain("spans=");

    const grids = readPackageGrids(after, { wanted: () => true, maxUncompressed: 1 << 28 });
    const rows = grids.sheets.get("Đề nghị")!.rows;
    expect(rows[1]![4]).toBe("Kết quả kiểm tra");
    expect(rows[2]![4]).toBe("Hợp lệ");
    expect(rows[3]![4]).toBe("Lỗi: DL01 _x000D_ <b>&"); // the literal text, not a carriage return
    expect(rows[1]![2]).toEqual({ date: { year: 2023, month: 3, day: 15 } });
    const wb = unzipEntries(after).get("xl/workbook.xml")!.toString();
    expect(wb).toContain(`<calcPr calcId="191029" fullCalcOnLoad="1"/>`);
    expect(wb).toContain(`<extLst><ext uri="{X}"><foo/></ext></extLst>`);
  });

  it("a second identical edit adds no style and changes no byte of the sheet", async () => {
    const edit = {
      ...NO_EDIT,
      sheets: [sheetEdit("Đề nghị", [{ row: 1, col: 4, value: "X", style: "header" as const }])],
    };
    const once = Buffer.from((await editPackage(pkg(SHEET), edit, OPTIONS)).bytes);
    const twice = Buffer.from((await editPackage(once, edit, OPTIONS)).bytes);
    const a = unzipEntries(once);
    const b = unzipEntries(twice);
    for (const [name, data] of a) expect(b.get(name)!.equals(data)).toBe(true);
  });

  it("never puts a validation over a cell that has one (its own or x14)", async () => {
    const edit = {
      ...NO_EDIT,
      sheets: [
        sheetEdit("Đề nghị", [], {
          validations: [
            { type: "whole" as const, range: "B1:B20", min: 0, max: "CH_SoThanhVien" },
            {
              type: "list" as const,
              range: "D1:D20",
              source: "'Danh mục'!$A$2:$A$4",
              strict: true,
            },
          ],
        }),
      ],
    };
    const xml = unzipEntries(Buffer.from((await editPackage(pkg(SHEET), edit, OPTIONS)).bytes))
      .get("xl/worksheets/sheet1.xml")!
      .toString();
    expect(xml).toContain(`<dataValidations count="3">`);
    expect(xml).toContain(`sqref="B1 B11:B20"`);
    expect(xml).toContain(`sqref="D1 D11:D20"`);
    expect(xml).toContain("<formula2>CH_SoThanhVien</formula2>");
    expect(xml).not.toMatch(/NaN|errorStyle="error"/u);
  });

  it("reads implicit rows and cells, keeps a namespace prefix, leaves shared-formula anchors", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:f t="shared" ref="B1:B3" si="0">A1</x:f><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const chunks: Uint8Array[] = [];
    const part = editSheetPart(
      new TextEncoder().encode(xml),
      {
        cells: [
          { row: 1, col: 2, value: "over a shared formula" },
          { row: 1, col: 3, value: "new" },
          { row: 3, col: 1, value: 3 },
        ],
        validations: [],
        conditionalFormats: [],
        widths: [{ col: 3, width: 50 }],
      },
      false,
      (chunk) => chunks.push(chunk.slice())
    );
    const r = { ...part, xml: Buffer.concat(chunks).toString() };
    expect(r.skipped).toBe(1);
    expect(r.xml).toContain(`<x:row r="1"><x:c t="inlineStr" r="A1">`);
    expect(r.xml).toContain(`<x:f t="shared" ref="B1:B3" si="0">A1</x:f>`);
    expect(r.xml).toContain(`<x:c r="C1" t="inlineStr"><x:is><x:t>new</x:t></x:is></x:c>`);
    expect(r.xml).toContain(`<x:row r="2">`);
    expect(r.xml).toContain(`<x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row>`);
    expect(r.xml).toContain(
      `<x:cols><x:col min="3" max="3" width="50" customWidth="1"/></x:cols><x:sheetData>`
    );
  });

  it("drops the calculation chain when a formula cell gets a value", async () => {
    const edit = { ...NO_EDIT, sheets: [sheetEdit("Đề nghị", [{ row: 2, col: 3, value: "v" }])] };
    const { bytes, report } = await editPackage(pkg(SHEET), edit, OPTIONS);
    expect(report.removedParts).toEqual(["xl/calcChain.xml"]);
    const e = unzipEntries(Buffer.from(bytes));
    expect(e.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    expect(e.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
  });

  it("adds a sheet and names; re-points an existing name; refuses a locked structure", async () => {
    const edit = {
      sheets: [],
      newSheets: [planMetaSheet()],
      names: [
        { name: "MINE", refersTo: "'Đề nghị'!$B$2" },
        { name: "CH_Nam", refersTo: "'Đề nghị'!$B$1" },
      ],
    };
    const before = pkg(SHEET);
    const { bytes, report } = await editPackage(before, edit, OPTIONS);
    expect(report.addedParts).toEqual(["xl/worksheets/sheet2.xml"]);
    const after = Buffer.from(bytes);
    const wb = unzipEntries(after).get("xl/workbook.xml")!.toString();
    expect(wb).toContain(
      `<sheet name="SoThiDua_Meta" sheetId="2" state="veryHidden" r:id="rId4"/>`
    );
    expect(wb).toContain(`<definedName name="Mine">'Đề nghị'!$B$2</definedName>`);
    expect(wb).toContain(`<definedName name="CH_Nam">'Đề nghị'!$B$1</definedName>`);
    expect([...workbookNames(after, OPTIONS)].sort()).toEqual(["CH_Nam", "Mine"]);
    const grids = readPackageGrids(after, { wanted: () => true, maxUncompressed: 1 << 28 });
    expect(grids.sheets.get("SoThiDua_Meta")!.rows[1]![1]).toBe("schemaVersion");
    expect(
      rawEntry(after, "xl/media/image1.png").equals(rawEntry(before, "xl/media/image1.png"))
    ).toBe(true);

    const locked = pkg(SHEET, {}, `<workbookProtection lockStructure="1"/>`);
    await expect(editPackage(locked, edit, OPTIONS)).rejects.toBeInstanceOf(EditRefusal);
  });
});

describe("style book", () => {
  it("appends a style once and reuses it; lists keep their order and counts", () => {
    const styles = `<styleSheet ${MAIN}><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`;
    const book = new StyleBook(styles);
    const a = book.cellXf({ name: "header" });
    expect(book.cellXf({ name: "header" })).toBe(a);
    expect(a).toBe(1);
    const d = book.dxf({ fill: "FFFFC7CE" });
    const xml = book.toXml();
    expect(xml).toContain(`<cellXfs count="2">`);
    expect(xml).toContain(`<fonts count="2">`);
    expect(xml).toContain(
      `<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>`
    );
    expect(d).toBe(0);
    const again = new StyleBook(xml);
    expect(again.cellXf({ name: "header" })).toBe(1);
    expect(again.changed).toBe(false);
  });
});

describe("ranges", () => {
  it("subtracts covered areas exactly", () => {
    const rest = uncovered(parseSqref("A1:C3"), parseSqref("B2"));
    const cells = new Set<string>();
    for (const r of rest)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) cells.add(`${row}:${col}`);
    expect(cells.size).toBe(8);
    expect(cells.has("2:2")).toBe(false);
  });
});

describe("sheetData output blocks", () => {
  it("bytes and numbers written straight into the blocks end them where text would", () => {
    const src = new TextEncoder().encode('<row r="1"><c r="A1"><v>ổ</v></c></row>'.repeat(4));
    const enc = new TextEncoder();
    for (let size = 1; size <= 40; size++) {
      const asText: Uint8Array[] = [];
      const asBytes: Uint8Array[] = [];
      const t = new Pieces(src, (c) => asText.push(c.slice()), size);
      const b = new Pieces(src, (c) => asBytes.push(c.slice()), size);
      const steps: [string, number, number][] = [
        ["copy", 0, 13],
        ["text", 0, 0],
        ["bytes", 0, 0],
        ["uint", 1048576, 0],
        ["copy", 13, 40],
        ["copy", 40, 52],
        ["uint", 0, 0],
        ["bytes", 0, 0],
        ["uint", 123456789012345, 0],
        ["text", 0, 0],
        ["uint", 7, 0],
      ];
      for (const [op, x, y] of steps) {
        if (op === "copy") {
          t.copy(x, y);
          b.copy(x, y);
        } else if (op === "text") {
          t.write(`<c r="AB`);
          b.write(`<c r="AB`);
        } else if (op === "bytes") {
          t.write(`" t="inlineStr"><is><t>Hợp lệ</t></is></c>`);
          b.bytes(enc.encode(`" t="inlineStr"><is><t>Hợp lệ</t></is></c>`));
        } else {
          t.write(String(x));
          b.uint(x);
        }
      }
      t.end();
      b.end();
      expect(asBytes.map((c) => c.length)).toEqual(asText.map((c) => c.length));
      expect(Buffer.concat(asBytes)).toEqual(Buffer.concat(asText));
    }
  });
});
