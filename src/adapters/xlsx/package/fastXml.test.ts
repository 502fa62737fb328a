import fc from "fast-check";
import { NotPlainXml, scanXmlBytes, utf8 } from "./fastXml";
import { parseWorksheet, parseWorksheetSax, type WorksheetContext } from "./worksheet";

const enc = new TextEncoder();
const ctx: WorksheetContext = {
  sharedStrings: ["Nguyễn Văn An", "Lao động tiên tiến", "a & b"],
  numberShapes: ["plain", "date", "percent"],
  date1904: false,
};

/** Text as an XML writer might escape it (named entities, character references, CR LF). */
const xmlText = fc
  .array(
    fc.constantFrom(
      "Lê Thị Hà",
      "&amp;",
      "&lt;b&gt;",
      "&#x1EA1;",
      "&#273;",
      "\r\n",
      "\r",
      " ",
      "tổ dân phố",
      "&quot;",
      "_x000D_",
      "'"
    ),
    { maxLength: 6 }
  )
  .map((xs) => xs.join(""));

const cell = fc.record({
  col: fc.integer({ min: 1, max: 30 }),
  withRef: fc.boolean(),
  style: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  kind: fc.constantFrom("n", "s", "str", "inlineStr", "rich", "b", "e", "formula", "empty"),
  text: xmlText,
  num: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  quote: fc.constantFrom('"', "'"),
});

type CellSpec = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(row: number, c: CellSpec, p: string): string {
  const q = c.quote;
  const r = c.withRef ? ` r=${q}${colName(c.col)}${row}${q}` : "";
  const s = c.style === undefined ? "" : ` s=${q}${c.style}${q}`;
  switch (c.kind) {
    case "n":
      return `<${p}c${r}${s}><${p}v>${c.num}</${p}v></${p}c>`;
    case "s":
      return `<${p}c${r}${s} t="s"><${p}v>${Math.abs(Math.trunc(c.num)) % 3}</${p}v></${p}c>`;
    case "str":
      return `<${p}c${r}${s} t="str"><${p}f>A1&amp;B1</${p}f><${p}v>${c.text}</${p}v></${p}c>`;
    case "inlineStr":
      return `<${p}c${r}${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${c.text}</${p}t></${p}is></${p}c>`;
    case "rich":
      return `<${p}c${r} t="inlineStr"><${p}is><${p}r><${p}t>${c.text}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ふり</${p}t></${p}rPh><${p}r><${p}t>!</${p}t></${p}r></${p}is></${p}c>`;
    case "b":
      return `<${p}c${r} t="b"><${p}v>${c.num > 0 ? 1 : 0}</${p}v></${p}c>`;
    case "e":
      return `<${p}c${r} t="e"><${p}v>#N/A</${p}v></${p}c>`;
    case "formula":
      return `<${p}c${r}${s}><${p}f>SUM(A1:A3)</${p}f><${p}v>${c.num}</${p}v></${p}c>`;
    default:
      return `<${p}c${r}${s}/>`;
  }
}

function colName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const sheet = fc.record({
  prefix: fc.constantFrom("", "x:"),
  bom: fc.boolean(),
  comment: fc.boolean(),
  rows: fc.array(
    fc.record({
      withRef: fc.boolean(),
      gap: fc.integer({ min: 1, max: 3 }),
      cells: fc.array(cell, { maxLength: 6 }),
    }),
    { maxLength: 8 }
  ),
  merges: fc.array(fc.constantFrom("A1:B2", "C3:D3", "E5:E9"), { maxLength: 2 }),
});

type SheetSpec = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(sh: SheetSpec): string {
  const p = sh.prefix;
  const ns = p
    ? ` xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : ` xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  let row = 0;
  const rows = sh.rows
    .map((r) => {
      row += r.gap;
      const attr = r.withRef ? ` r="${row}"` : "";
      return `<${p}row${attr}>${r.cells.map((c) => cellXml(row, c, p)).join("")}</${p}row>`;
    })
    .join(sh.comment ? "<!-- a comment -->\n" : "\n");
  const merges = sh.merges.length
    ? `<${p}mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
    : "";
  return `${sh.bom ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet${ns}><${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`;
}

describe("the byte tokenizer reads a worksheet exactly as saxes does", () => {
  it("for any sheet a spreadsheet writer could produce", () => {
    fc.assert(
      fc.property(sheet, (sh) => {
        const bytes = enc.encode(sheetXml(sh));
        expect(parseWorksheet("S", [bytes], ctx)).toEqual(parseWorksheetSax("S", [bytes], ctx));
      }),
      { numRuns: 300 }
    );
  });

  it("reads a large run of text without an entity or CR in linear time (no scan past the run)", () => {
    // 20,000 inline strings: a scan from each run to the end of the part would take minutes.
    const cells = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Tổ ${i}</t></is></c></row>`
    ).join("");
    const bytes = enc.encode(`<worksheet><sheetData>${cells}</sheetData></worksheet>`);
    const grid = parseWorksheet("S", [bytes], ctx);
    expect(grid.rows[20_000]?.[1]).toBe("Tổ 19999");
  });
});

describe("what the tokenizer leaves to saxes", () => {
  const scan = (xml: string | Uint8Array) =>
    scanXmlBytes(typeof xml === "string" ? enc.encode(xml) : xml, {
      open() {},
      close() {},
      text() {},
    });

  it.each([
    ["a DOCTYPE", '<!DOCTYPE x [<!ENTITY e "x">]><worksheet/>'],
    ["a part cut off", "<worksheet><sheetData><row>"],
    ["mismatched end tags", "<worksheet><sheetData></row></worksheet>"],
    ["text outside the root", "<worksheet/>tail"],
    ["an attribute without quotes", "<worksheet a=1/>"],
  ])("%s throws NotPlainXml", (_, xml) => {
    expect(() => scan(xml)).toThrow(NotPlainXml);
  });

  it("an unknown entity in a value is saxes's to report, with saxes's error", () => {
    const bytes = enc.encode(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row></sheetData></worksheet>'
    );
    let sax: unknown;
    try {
      parseWorksheetSax("S", [bytes], ctx);
    } catch (e) {
      sax = e;
    }
    expect(sax).toBeInstanceOf(Error);
    expect(() => parseWorksheet("S", [bytes], ctx)).toThrow((sax as Error).message);
  });

  it("UTF-16 throws NotPlainXml", () => {
    expect(() => scan(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toThrow(NotPlainXml);
  });

  it("a part saxes can read after the fallback gives saxes's grid", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet><worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
    const bytes = enc.encode(xml);
    const grid = parseWorksheet("S", [bytes], ctx);
    expect(grid).toEqual(parseWorksheetSax("S", [bytes], ctx));
    expect(grid.rows[2]?.[2]).toBe("x");
  });

  it("short texts decoded again and again (the intern table) are always TextDecoder's text", () => {
    // A small alphabet and short lengths: many texts share a table slot and many repeat.
    const letters = ["a", "b", "à", "ạ", "Đ", "ữ", " ", "1", "€", "\u00a0"];
    const text = fc
      .array(fc.constantFrom(...letters), { minLength: 0, maxLength: 60 })
      .map((xs) => xs.join(""));
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 300 }), (texts) => {
        for (const t of [...texts, ...texts.reverse()]) {
          const bytes = enc.encode(`<${t}>`);
          const got = utf8(bytes, 1, bytes.length - 1);
          if (got !== decoder.decode(bytes.subarray(1, bytes.length - 1))) return false;
        }
        return true;
      }),
      { numRuns: 200 }
    );
  });
});
