/**
 * The consolidated register's big sheets (`Đề nghị`, `Tổng hợp đề nghị`) are written as sheet XML
 * straight from the values (src/adapters/xlsx/bulk.ts). Proof that the file is the one ExcelJS alone
 * writes (`writer: "exceljs"`, the former way): the same workbook cell for cell once both are loaded
 * with ExcelJS (values, types, styles, merges, widths, validations, conditional formats, names,
 * views, print setup, sheet states), the same package part for part (shared strings resolved), the
 * same validation; and the file opens in LibreOffice, and `so-thi-dua validate` finds in it what the
 * consolidation reported.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  buildConsolidatedWorkbook,
  type ConsolidatedBook,
  readSourceBytes,
} from "../src/adapters/xlsx/consolidateBook";
import { nodeDeflater } from "../src/adapters/xlsx/nodeZip";
import { fflateDeflater } from "../src/adapters/xlsx/zip";
import { appendRows, setSettings } from "../src/adapters/xlsx/fill";
import { todayCivil } from "../src/cli/clock";
import type { ConsolidationSource, FailedSource } from "../src/domain/consolidation/consolidate";
import { ANCHOR_LABEL, COL, HISTORY_COL, SHEET } from "../src/domain/register/contract";
import { CONSOLIDATION_SHEET } from "../src/workbook/plan/consolidation";
import { runCliAsync, tempDir, type ValidateJson } from "./helpers/cli";
import {
  describeWithLibreOffice,
  readValuesWithExcelJs,
  recalculateXlsx,
} from "./helpers/libreoffice";
import { person, registerWorkbook, team, type Row } from "./helpers/registers";
import { sample, sampleRows } from "./helpers/sample";
import { sharedStrings, unzipEntries } from "./helpers/zip";

const { writeBigRegister } = require("../bench/lib/bigRegister") as {
  writeBigRegister(file: string, rows: number, options?: { seed?: number }): Promise<void>;
};

const today = todayCivil();
const LONG = `Thành tích xuất sắc ${"trong phong trào thi đua, ".repeat(1300)}`.slice(0, 32000);

/** Rows a clerk could type, and some no clerk should: formula-like text, XML specials, controls. */
function trickyRows(): Row[] {
  const names = [
    '=HYPERLINK("http://example.com","bấm vào đây")',
    "+84 912 345 678",
    "-Trần Văn Âm",
    "@SUM(A1:A9)",
    "Nguyễn Thị Ánh Tuyết",
    `A & B <c> "d" 'e'`,
    "Tab\there",
    "Hai\ndòng",
    "CR\rLF\r\n",
    "Điều\u0001khiển\u0008\u000b\u000c\u001f\u007f",
    "  Khoảng trắng đầu",
    "Khoảng trắng cuối  ",
    "_x0041_ mã thoát",
    // ExcelJS decodes `_xHHHH_` when it reads a unit: control characters reach the consolidation.
    "Điều_x0001_khiển_x000B__x001F__x0009_",
    "_x005F_x0041_ thoát kép",
    "\u00a0không ngắt",
    "Lê Văn 𝓗 (ngoài BMP) 😀",
    "",
  ];
  const rows: Row[] = names.map((name, i) =>
    person(name, {
      [COL.proposingUnit]: `Tổ dân phố số ${i % 3}`,
      [COL.birthDate]:
        i % 4 === 0
          ? { date: { year: 1960 + i, month: 1 + (i % 12), day: 1 + i } }
          : i % 4 === 1
            ? `0${1 + (i % 9)}/0${1 + (i % 9)}/19${70 + i}`
            : i % 4 === 2
              ? "1985"
              : null,
      [COL.score]: [85.5, "90", -1, 1e-7, 123456789012345, 0, 99.99, null][i % 8] ?? null,
      [COL.votes]: i % 5 === 0 ? "9" : i,
      [COL.directWorker]: i % 3 === 0 ? true : i % 3 === 1 ? false : "Có",
      [COL.note]: i % 2 ? LONG : "Ghi chú: ắằẳẵặ ốồổỗộ ướừửữự & <b>",
      [COL.position]: i % 6 === 0 ? { date: { year: 1900, month: 2, day: 28 } } : "Công chức",
    })
  );
  rows.push(
    team("Hội Cựu chiến binh", { [COL.members]: "10", [COL.note]: "=1+1" }),
    team("Hội Người cao tuổi phường", { [COL.proposingUnit]: "Tổ dân phố số 1" })
  );
  return rows;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Unit registers (as the pane receives them: names and bytes), and two files that are not. */
async function unitFiles(dir: string): Promise<[string, Uint8Array][]> {
  const files: [string, Uint8Array][] = [];
  // The shared sample with its settings, policy and complaints; a history row.
  const a = await registerWorkbook({ rows: sampleRows, policy: sample.policy });
  setSettings(a.getWorksheet(SHEET.settings)!, sample.settings);
  appendRows(a.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
  appendRows(
    a.getWorksheet(SHEET.history)!,
    [
      {
        [HISTORY_COL.name]: "Nguyễn Thị Lan",
        [HISTORY_COL.year]: 2025,
        [HISTORY_COL.title]: "Giấy khen",
        [HISTORY_COL.decisionDate]: { date: { year: 2025, month: 12, day: 20 } },
      },
    ],
    ANCHOR_LABEL
  );
  files.push(["a-mau.xlsx", await bytesOf(a)]);

  // Tricky text, numbers as text, booleans, empty cells, an error value and a formula.
  const b = await registerWorkbook({
    rows: trickyRows(),
    options: { unitName: "Tổ dân phố số 1" },
  });
  const ws = b.getWorksheet(SHEET.nominations)!;
  ws.getCell(6, 20).value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell(7, 20).value = { formula: "40+2", result: 42 } as ExcelJS.CellFormulaValue;
  files.push(["b-kho.xlsx", await bytesOf(b)]);

  // Generated units as the benchmark writes them (inline strings, no styles).
  for (const seed of [1, 2]) {
    const f = path.join(dir, `c-${seed}.xlsx`);
    await writeBigRegister(f, 300, { seed });
    files.push([`c-${seed}.xlsx`, new Uint8Array(await fs.readFile(f))]);
  }
  // A unit with no nomination, and the same person as the sample's first row (a duplicate).
  files.push(["d-rong.xlsx", await bytesOf(await registerWorkbook({ rows: [sampleRows[0]!] }))]);
  files.push(["e-hong.xlsx", new TextEncoder().encode("PK\u0003\u0004 không phải zip")]);
  files.push(["f-khong-phai-so.xlsx", await bytesOf(new ExcelJS.Workbook())]);
  return files;
}

async function read(
  files: readonly [string, Uint8Array][]
): Promise<{ sources: ConsolidationSource[]; failures: FailedSource[] }> {
  const sources: ConsolidationSource[] = [];
  const failures: FailedSource[] = [];
  for (const [name, bytes] of files) {
    const r = await readSourceBytes(name, bytes);
    if ("source" in r) sources.push(r.source);
    else failures.push(r.failure);
  }
  return { sources, failures };
}

// ---- the workbook as ExcelJS loads it -------------------------------------------------------------

const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v instanceof Date
      ? { date: v.toISOString() }
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])])
          )
        : v;

interface CellDump {
  readonly type: number;
  readonly value: unknown;
  readonly style: unknown;
}

/** Every cell of a sheet: its type, value and style as Excel shows them. */
function cells(ws: ExcelJS.Worksheet): Map<string, CellDump> {
  const out = new Map<string, CellDump>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const { numFmt, font, fill, border, alignment, protection } = c.style;
      out.set(c.address, {
        type: c.type,
        value: sorted(c.value),
        style: sorted({ numFmt, font, fill, border, alignment, protection }),
      });
    })
  );
  return out;
}

/** Everything of a sheet but its cells: widths, merges, validations, formats, views, print setup… */
function frame(ws: ExcelJS.Worksheet): unknown {
  const model = { ...(ws.model as unknown as Record<string, unknown>) };
  delete model.rows; // compared cell by cell
  return sorted({
    ...model,
    columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: c.style })),
    rowCount: ws.rowCount,
    actualRowCount: ws.actualRowCount,
    columnCount: ws.columnCount,
  });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function expectSameWorkbook(actual: ExcelJS.Workbook, expected: ExcelJS.Workbook): void {
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => [ws.name, ws.state]);
  expect(names(actual)).toEqual(names(expected));
  expect(sorted(actual.definedNames.model)).toEqual(sorted(expected.definedNames.model));
  expect(sorted(actual.views)).toEqual(sorted(expected.views));
  expect(sorted(actual.calcProperties)).toEqual(sorted(expected.calcProperties));
  for (const e of expected.worksheets) {
    const a = actual.getWorksheet(e.name)!;
    expect([e.name, frame(a)]).toEqual([e.name, frame(e)]);
    const ac = cells(a);
    const ec = cells(e);
    expect([e.name, ac.size]).toEqual([e.name, ec.size]);
    const differ: unknown[] = [];
    for (const [address, x] of ec) {
      const y = ac.get(address);
      if (JSON.stringify(y) !== JSON.stringify(x)) differ.push({ address, expected: x, actual: y });
      if (differ.length > 5) break;
    }
    expect([e.name, differ]).toEqual([e.name, []]);
  }
}

/** The package's parts, shared strings resolved into the sheets (their order is the only freedom). */
function parts(bytes: Uint8Array): Map<string, string> {
  const entries = unzipEntries(Buffer.from(bytes));
  const strings = sharedStrings(entries);
  const out = new Map<string, string>();
  for (const [name, data] of entries) {
    if (name === "xl/sharedStrings.xml" || name === "docProps/core.xml" || name.endsWith("/"))
      continue;
    const xml = data.toString("utf8");
    out.set(
      name,
      name.startsWith("xl/worksheets/")
        ? xml.replace(/ t="s"><v>(\d+)<\/v>/g, (_, i: string) => ` t="s"><v>${strings[+i]}</v>`)
        : xml
    );
  }
  return out;
}

const findingKeys = (r: ConsolidatedBook) =>
  r.validation.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column, f.cell]);

describe("the consolidated register written in bulk is the one ExcelJS writes", () => {
  const dir = tempDir("stđ-bulk-");
  let files: [string, Uint8Array][];
  let bulk: { bytes: Uint8Array; result: ConsolidatedBook };
  let reference: { bytes: Uint8Array; result: ConsolidatedBook };
  const out = path.join(dir, "tong-hop.xlsx");

  beforeAll(async () => {
    files = await unitFiles(dir);
    const { sources, failures } = await read(files);
    const built = await buildConsolidatedWorkbook(sources, failures, { today });
    bulk = { bytes: await built.xlsx(nodeDeflater), result: built.result };
    const old = await buildConsolidatedWorkbook(sources, failures, { today, writer: "exceljs" });
    reference = { bytes: await old.xlsx(), result: old.result };
    await fs.writeFile(out, bulk.bytes);
  });

  it("covers what it claims: many rows, every report sheet, failures, duplicates, tricky text", () => {
    const r = bulk.result;
    expect(r.sources.length).toBe(5);
    expect(r.failures.map((f) => [f.fileName, f.problem])).toEqual([
      ["e-hong.xlsx", "corrupt"],
      ["f-khong-phai-so.xlsx", "notRegister"],
    ]);
    expect(r.merged.nominations.length).toBeGreaterThan(600);
    expect(r.duplicates.length).toBeGreaterThan(0);
    expect(r.merged.complaints.length).toBeGreaterThan(0);
    expect(r.merged.history.length).toBe(1);
  });

  it("finds the same: validation, duplicates, rows and sources", () => {
    expect(bulk.result.validation).toEqual(reference.result.validation);
    expect(bulk.result.duplicates).toEqual(reference.result.duplicates);
    expect([...bulk.result.sourceOfRow]).toEqual([...reference.result.sourceOfRow]);
    expect([...bulk.result.sourceTextOfRow]).toEqual([...reference.result.sourceTextOfRow]);
    expect([...bulk.result.indexOfRow]).toEqual([...reference.result.indexOfRow]);
  });

  it("is the same workbook, cell for cell, once loaded by ExcelJS", async () => {
    expectSameWorkbook(await load(bulk.bytes), await load(reference.bytes));
  });

  it("is the same package, part for part (styles too), with a consistent shared-strings table", () => {
    const a = parts(bulk.bytes);
    const e = parts(reference.bytes);
    expect([...a.keys()]).toEqual([...e.keys()]);
    for (const [name, xml] of e) expect([name, a.get(name) === xml]).toEqual([name, true]);

    const entries = unzipEntries(Buffer.from(bulk.bytes));
    const sst = entries.get("xl/sharedStrings.xml")!.toString("utf8");
    const refs = [...entries]
      .filter(([n]) => n.startsWith("xl/worksheets/sheet"))
      .reduce((n, [, x]) => n + (x.toString("utf8").match(/ t="s">/g)?.length ?? 0), 0);
    expect(sst).toContain(`count="${refs}"`);
    expect(sst).toContain(`uniqueCount="${sharedStrings(entries).length}"`);
  });

  it("keeps text that looks like a formula as text", async () => {
    const wb = await load(bulk.bytes);
    for (const sheet of [SHEET.nominations, CONSOLIDATION_SHEET.merged]) {
      const formulas: string[] = [];
      const texts: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.formula);
          if (typeof c.value === "string") texts.push(c.value);
        })
      );
      expect(formulas.every((f) => f.startsWith("IF($B") || f.startsWith('"Đơn vị'))).toBe(true);
      for (const t of ['=HYPERLINK("http://example.com","bấm vào đây")', "@SUM(A1:A9)", "=1+1"])
        expect([sheet, t, texts.includes(t)]).toEqual([sheet, t, true]);
    }
  });

  it("zips the same bytes with the browser's deflater (fflate)", async () => {
    const { sources, failures } = await read(files);
    const built = await buildConsolidatedWorkbook(sources, failures, { today });
    const browser = await built.xlsx(fflateDeflater);
    const a = parts(browser);
    for (const [name, xml] of parts(bulk.bytes))
      expect([name, a.get(name) === xml]).toEqual([name, true]);
    expectSameWorkbook(await load(browser), await load(reference.bytes));
  });

  it("`so-thi-dua validate` finds in the file what the consolidation reported", async () => {
    const r = await runCliAsync(["validate", out, "--json"]);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as ValidateJson;
    expect(json.counts).toEqual(bulk.result.validation.counts);
    expect(
      json.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column, f.cell])
    ).toEqual(findingKeys(bulk.result));
  });

  describeWithLibreOffice("opens in LibreOffice", () => {
    let values: Awaited<ReturnType<typeof readValuesWithExcelJs>>;
    beforeAll(async () => {
      values = await readValuesWithExcelJs(await recalculateXlsx(out, path.join(dir, "lo")));
    });

    it("computes the STT formulas and keeps the text", () => {
      const first = [...bulk.result.indexOfRow.keys()][0]!;
      expect(values(SHEET.nominations, `A${first}`)).toBe(1);
      expect(values(SHEET.nominations, `A${first + 1}`)).toBe(2);
      const row = [...bulk.result.sourceTextOfRow].find(([, t]) => t.includes("b-kho.xlsx"))![0];
      expect(values(SHEET.nominations, `B${row}`)).toBe(
        '=HYPERLINK("http://example.com","bấm vào đây")'
      );
      expect(values(CONSOLIDATION_SHEET.merged, "A4")).toBe(1);
    });
  });
});

describe("a consolidation without nominations", () => {
  it("writes the same (empty) sheets both ways", async () => {
    const { sources, failures } = await read([
      ["rong.xlsx", await bytesOf(await registerWorkbook({ rows: [] }))],
    ]);
    const built = await buildConsolidatedWorkbook(sources, failures, { today });
    const old = await buildConsolidatedWorkbook(sources, failures, { today, writer: "exceljs" });
    const a = await built.xlsx(nodeDeflater);
    const e = await old.xlsx();
    expectSameWorkbook(await load(a), await load(e));
    const pa = parts(a);
    for (const [name, xml] of parts(e)) expect([name, pa.get(name) === xml]).toEqual([name, true]);
  });
});
