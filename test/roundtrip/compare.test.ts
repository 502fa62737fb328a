/**
 * The round-trip comparator (test/helpers/roundtripPackage.ts) itself: a harness that passes because
 * it looks at nothing would prove nothing. Each case damages a fixture the way a whole-workbook
 * rewrite does and expects a message naming the entry, the element or the cell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  comparePackages,
  hasContent,
  parseXml,
  readPackage,
  sheetCells,
  styleResolver,
  type OwnedSpec,
} from "../helpers/roundtripPackage";

const FIXTURE = readFileSync(path.join(__dirname, "fixtures", "openpyxl-features.xlsx"));
const pkg = readPackage(FIXTURE);
const part = (sheet: string) => pkg.sheets.find((s) => s.name === sheet)!.part;

/** The fixture with some entries rewritten (text in, text out) or removed (null). */
function damaged(edits: Record<string, ((xml: string) => string) | null>): Uint8Array {
  const files = unzipSync(FIXTURE);
  for (const [name, edit] of Object.entries(edits)) {
    if (!(name in files)) throw new Error(`no entry ${name}`);
    if (edit === null) delete files[name];
    else {
      const before = strFromU8(files[name]!);
      const after = edit(before);
      if (after === before) throw new Error(`edit of ${name} changed nothing`);
      files[name] = strToU8(after);
    }
  }
  return zipSync(files);
}

/** `validate --write`: owns the `Kết quả kiểm tra` column (X) of `Đề nghị` under the header. */
const VALIDATE: OwnedSpec = {
  sheets: () => new Set(["Đề nghị"]),
  ownsCell: (sheet, ref) => sheet === "Đề nghị" && /^X([5-9]|\d\d+)$/.test(ref),
};

const all = (r: ReturnType<typeof comparePackages>) => [...r.entries, ...r.sheets, ...r.workbook];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("round-trip comparator", () => {
  it("finds nothing when nothing changed", () => {
    expect(comparePackages(FIXTURE, FIXTURE, VALIDATE)).toEqual({
      entries: [],
      sheets: [],
      workbook: [],
    });
  });

  it("names a dropped chart, a changed comment and a changed unowned sheet (removed protection)", () => {
    const notes = part("Ghi chép");
    const r = comparePackages(
      FIXTURE,
      damaged({
        "xl/charts/chart1.xml": null,
        "xl/comments/comment1.xml": (x) => x.replace("Văn thư", "Author"),
        [notes]: (x) => x.replace(/<sheetProtection[^>]*\/>/, ""),
      }),
      VALIDATE
    );
    expect(r.entries).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml: removed",
        expect.stringMatching(/^xl\/comments\/comment1\.xml: changed/),
        expect.stringMatching(
          new RegExp(
            `^${notes} \\(sheet “Ghi chép”, not owned by this command\\): changed .*removed <sheetProtection>`
          )
        ),
      ])
    );
  });

  it("names an unowned cell, a dropped picture reference and a lost user validation in an owned sheet", () => {
    const nominations = part("Đề nghị");
    const r = comparePackages(
      FIXTURE,
      damaged({
        [nominations]: (x) =>
          x
            .replace(/(<c r="T6"[^>]*><v>)82</, "$183<")
            .replace(/<drawing [^>]*\/>/, "")
            .replace(/<dataValidation [^>]*sqref="Z5:Z200"[^>]*>[\s\S]*?<\/dataValidation>/, "")
            .replace(
              /(<row r="5"[^>]*>[\s\S]*?)(<\/row>)/,
              '$1<c r="X5" t="inlineStr"><is><t>Hợp lệ</t></is></c>$2'
            ),
      }),
      VALIDATE
    );
    const where = `sheet “Đề nghị” (${nominations})`;
    expect(all(r)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${escape(where)}: <drawing> removed`)),
        expect.stringMatching(
          new RegExp(`^${escape(where)}: <dataValidation sqref="Z5:Z200"> missing after the write`)
        ),
        `${where} T6: value number "82" → number "83"`,
      ])
    );
    expect(all(r).some((m) => m.includes(" X5:"))).toBe(false); // owned by validate --write
  });

  it("names a validation whose formula became NaN", () => {
    const nominations = part("Đề nghị");
    const r = comparePackages(
      FIXTURE,
      damaged({
        [nominations]: (x) => x.replace(/(sqref="C5:C1004"[^>]*>\s*<formula1>)[^<]*</, "$1NaN<"),
      }),
      VALIDATE
    );
    expect(r.sheets).toEqual([
      expect.stringMatching(
        /<dataValidation sqref="C5:C1004"> changed: children <formula1>.*Danh mục.* → <formula1>NaN<\/formula1>$/
      ),
    ]);
  });

  it("names lost workbook protection, a removed defined name and a removed content type", () => {
    const r = comparePackages(
      FIXTURE,
      damaged({
        "xl/workbook.xml": (x) =>
          x
            .replace(/<workbookProtection[^>]*\/>/, "")
            .replace(/<definedName name="DS_TrangThai"[^>]*>[^<]*<\/definedName>/, ""),
        "[Content_Types].xml": (x) =>
          x.replace(/<Override PartName="\/xl\/charts\/chart1\.xml"[^>]*\/>/, ""),
      }),
      VALIDATE
    );
    expect(r.workbook).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/workbook\.xml: <workbookProtection> removed/),
        expect.stringMatching(/^xl\/workbook\.xml: defined name DS_TrangThai .*removed$/),
        expect.stringMatching(
          /^\[Content_Types\]\.xml: \/xl\/charts\/chart1\.xml application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml → application\/xml$/
        ),
      ])
    );
  });

  it("numbers cells and rows that have no r attribute by position", () => {
    const xml =
      '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>' +
      '<row r="4"><c r="B4"><v>2</v></c><c><v>3</v></c></row><row><c/><c/><c t="b"><v>1</v></c></row></sheetData>';
    const cells = sheetCells(parseXml(xml), [], styleResolver(undefined)).cells;
    expect(
      Object.fromEntries(
        [...cells].filter(([, c]) => hasContent(c)).map(([ref, c]) => [ref, `${c.kind}:${c.value}`])
      )
    ).toEqual({ A1: "text:a", B1: "number:1", B4: "number:2", C4: "number:3", C5: "bool:1" });
  });
});
