/**
 * Unusable and awkward inputs through the REAL command line (`bin/so-thi-dua.js`):
 * - files that cannot be a register (missing, a folder, empty, not a zip, `.xls`, encrypted, truncated,
 *   `.ods`, a zip bomb, a workbook without the register's sheets) → exit 2 with a clear message
 *   (Vietnamese; English with `--lang en`) from `validate`, `validate --json` and `upgrade` (and
 *   `validate --write` for some), and the file is byte-identical afterwards, with nothing left beside it;
 * - registers a clerk may damage or lay out differently (renamed header, deleted sheet, 32,767-character
 *   text, formula-looking text, merged cells, title rows, reordered and extra columns, numbers as text,
 *   rich text, formula results) → the findings the rules promise;
 * - 100,000 nomination rows; `init` refusing to overwrite; bad arguments.
 */

import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { appendRows, setPolicy, setSettings, type FillValue } from "../src/adapters/xlsx/fill";
import { columnLetter } from "../src/domain/findings";
import { ANCHOR_LABEL, COL, NOMINATION_FIELDS, SHEET } from "../src/domain/register/contract";
import { MAX_CELL_CHARS } from "../src/domain/results";
import { planRegister } from "../src/workbook/plan/register";
import { defaultOptions } from "../src/workbook/plan/options";
import { toExcelValue } from "../src/adapters/xlsx/cells";
import { gridsFromWorkbook } from "../src/adapters/xlsx/read";
import { streamGrids } from "../src/adapters/xlsx/stream";
import { runCli, runCliAsync, tempDir, type CliRun, type ValidateJson } from "./helpers/cli";
import { sample, sampleRows, type FillRow } from "./helpers/sample";
import {
  findPythonUno,
  handMadeEncryptedXlsx,
  handMadeOds,
  handMadeXls,
  libreOfficeFixtures,
  type LibreOfficeFixtures,
  sha256,
  storedZip,
  withDeclaredSize,
} from "./helpers/badfiles";
import { describeWithLibreOffice } from "./helpers/libreoffice";

type Json = ValidateJson;

/** A valid individual LĐTT row, overridable by label. */
const person = (name: string, more: FillRow = {}): FillRow => ({
  [COL.name]: name,
  [COL.kind]: "Cá nhân",
  [COL.birthDate]: "12/03/1985",
  [COL.gender]: "Nam",
  [COL.position]: "Công chức",
  [COL.proposingUnit]: "Văn phòng UBND phường",
  [COL.directWorker]: "Không",
  [COL.monthsWorked]: 12,
  [COL.dutyLevel]: "Hoàn thành tốt",
  [COL.title]: "Lao động tiên tiến",
  [COL.votes]: 9,
  ...more,
});

const dir = tempDir("stđ-bad-");
const base = path.join(dir, "base.xlsx");
let baseBytes: Buffer;

beforeAll(() => {
  const r = runCli(["init", base, "--year", "2026", "--council-size", "9"]);
  expect(r.code).toBe(0);
  baseBytes = readFileSync(base);
});

let counter = 0;
/** Write bytes to a fresh sub-folder (so leftover `.bak` / temp files can be seen). */
function fixture(name: string, bytes: Buffer | string): string {
  const sub = path.join(dir, `case-${++counter}`);
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, bytes);
  return file;
}

async function loadBase(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(baseBytes as unknown as ArrayBuffer);
  return wb;
}

async function loadFile(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function saveVariant(wb: ExcelJS.Workbook, name: string): Promise<string> {
  return fixture(name, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The init register with the shared sample's settings, policy and complaints (rows not yet added). */
async function sampleBase(): Promise<ExcelJS.Workbook> {
  const wb = await loadBase();
  setSettings(wb.getWorksheet(SHEET.settings)!, sample.settings);
  setPolicy(wb.getWorksheet(SHEET.settings)!, sample.policy);
  appendRows(wb.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
  return wb;
}

interface Refusal {
  /** What the Vietnamese message must say. */
  readonly vi: RegExp;
  /** What the English message must say (checked with `--lang en` when `english`). */
  readonly en: RegExp;
}

/**
 * Every command that reads `file` refuses it with exit 2 and a message naming the problem and the
 * file; stdout stays empty (no half JSON document); the file and its folder are unchanged.
 * By default: validate, validate --json, upgrade. `write`: also validate --write; `english`: also
 * `--lang en validate --json`; `quick`: validate --json only (for second
 * variants of a case). Each run is a Node process that loads ExcelJS (~0.4 s of CPU), so cases share the work.
 */
async function expectRefused(
  file: string,
  want: Refusal,
  { write = false, english = false, quick = false } = {}
): Promise<void> {
  const folder = path.dirname(file);
  const before = existsSync(file) && statSync(file).isFile() ? sha256(file) : null;
  const listing = readdirSync(folder).sort();
  const commands: [string[], RegExp][] = [[["validate", file, "--json"], want.vi]];
  if (!quick) commands.push([["validate", file], want.vi], [["upgrade", file], want.vi]);
  if (write) commands.push([["validate", file, "--write"], want.vi]);
  if (english) commands.push([["--lang", "en", "validate", file, "--json"], want.en]);
  const runs = await Promise.all(commands.map(([args]) => runCliAsync(args)));
  runs.forEach((r, i) => {
    const [args, message] = commands[i]!;
    expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: "" });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(/at .+\.js:\d+|TypeError|Error:/); // a message, not a stack trace
  });
  if (before !== null) expect(sha256(file)).toBe(before);
  expect(readdirSync(folder).sort()).toEqual(listing); // no FILE.bak, no temp file left behind
}

const MSG = {
  missing: { vi: /Không tìm thấy tệp/, en: /not found/ },
  notFile: { vi: /không phải là tệp/, en: /is not a file/ },
  empty: { vi: /rỗng \(0 byte\)/, en: /is empty/ },
  notXlsx: { vi: /không phải tệp Excel \.xlsx/, en: /not an Excel \.xlsx file/ },
  xls: { vi: /Excel 97–2003 \(\.xls\).*Lưu thành.*\.xlsx/, en: /Excel 97–2003 \(\.xls\)/ },
  encrypted: { vi: /đặt mật khẩu/, en: /password/ },
  corrupt: { vi: /bị hỏng hoặc không đọc được/, en: /damaged or unreadable/ },
  ods: { vi: /OpenDocument \(\.ods\)/, en: /OpenDocument spreadsheet \(\.ods\)/ },
  tooLarge: { vi: /quá lớn khi giải nén/, en: /too large when uncompressed/ },
  notRegister: {
    vi: /không phải Sổ Thi đua: không có sheet Cấu hình, Đề nghị/,
    en: /not a Sổ Thi đua register: no sheet Cấu hình, Đề nghị/,
  },
} as const;

describe("unusable input files: exit 2, a clear message, the file untouched", () => {
  it("1. a missing file", async () => {
    const missing = path.join(dir, "khong-co.xlsx");
    await expectRefused(missing, MSG.missing, { english: true, write: true });
    const up = await runCliAsync(["--lang", "en", "upgrade", missing]);
    expect([up.code, up.stdout, up.stderr]).toEqual([2, "", `File “${missing}” not found.\n`]);
    expect(existsSync(missing)).toBe(false);
  });

  it("2. a folder", async () => {
    const folder = path.join(dir, "mot-thu-muc.xlsx");
    mkdirSync(folder);
    await expectRefused(folder, MSG.notFile);
  });

  it("3. an empty file", async () => {
    await expectRefused(fixture("rong.xlsx", Buffer.alloc(0)), MSG.empty);
  });

  it("4. random bytes, a CSV renamed .xlsx, a zip that is not a workbook", async () => {
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    );
    random[0] = 0x13; // not "PK" by chance
    await expectRefused(fixture("ngau-nhien.xlsx", random), MSG.notXlsx);
    const csv =
      "\ufeffHọ và tên / Tên tập thể,Loại,Danh hiệu / Hình thức đề nghị\r\nNguyễn Văn An,Cá nhân,Lao động tiên tiến\r\n";
    await expectRefused(fixture("danh-sach.xlsx", csv), MSG.notXlsx, {
      quick: true,
      english: true,
    });
    await expectRefused(
      fixture("nen.xlsx", storedZip([{ name: "readme.txt", data: "không phải sổ" }])),
      MSG.notXlsx,
      { quick: true }
    );
  });

  it("5. an old .xls (hand-made compound file)", async () => {
    await expectRefused(fixture("so-cu.xlsx", handMadeXls()), MSG.xls);
    await expectRefused(fixture("so-cu.xls", handMadeXls()), MSG.xls, { quick: true });
  });

  it("6. a password-protected xlsx (hand-made EncryptionInfo/EncryptedPackage container)", async () => {
    await expectRefused(fixture("mat-khau.xlsx", handMadeEncryptedXlsx()), MSG.encrypted, {
      write: true,
    });
  });

  it("7. a truncated register (its first half)", async () => {
    const file = fixture("cat-doi.xlsx", baseBytes.subarray(0, Math.floor(baseBytes.length / 2)));
    await expectRefused(file, MSG.corrupt);
    // The reason is given, not an empty "()" (fixed: errors.ts gives `corrupt` a default detail).
    const [vi, en] = await Promise.all([
      runCliAsync(["validate", file]),
      runCliAsync(["--lang", "en", "validate", file]),
    ]);
    expect(vi.stderr).toMatch(
      /bị hỏng hoặc không đọc được \(tệp zip không đầy đủ, có thể bị cắt ngang/
    );
    expect(en.stderr).toMatch(/incomplete zip, probably truncated\)/);
    for (const r of [vi, en]) expect(r.stderr).not.toContain("()");
  });

  it("7b. a register whose central directory is intact but whose entries are garbage", async () => {
    // Same directory, every compressed byte of the first entries overwritten: ExcelJS fails to inflate.
    const damaged = Buffer.from(baseBytes);
    damaged.fill(0x55, 64, Math.floor(damaged.length * 0.8));
    await expectRefused(fixture("hong.xlsx", damaged), MSG.corrupt, { quick: true, english: true });
  });

  it("8. an OpenDocument spreadsheet (hand-made .ods package)", async () => {
    await expectRefused(fixture("bang-tinh.ods", handMadeOds()), MSG.ods);
    await expectRefused(fixture("bang-tinh.xlsx", handMadeOds()), MSG.ods, { quick: true });
  });

  it("9. a zip bomb: the central directory declares more than 1 GiB uncompressed", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    await expectRefused(
      fixture("bom.xlsx", withDeclaredSize(baseBytes, sheet, 0x7fff_ffff)),
      MSG.tooLarge,
      { write: true }
    );
    // Several entries that together pass 1 GiB (each under it).
    let many = withDeclaredSize(baseBytes, "xl/worksheets/sheet1.xml", 400 * 1024 * 1024);
    many = withDeclaredSize(many, "xl/worksheets/sheet2.xml", 400 * 1024 * 1024);
    many = withDeclaredSize(many, "xl/worksheets/sheet3.xml", 400 * 1024 * 1024);
    await expectRefused(fixture("bom-nhieu.xlsx", many), MSG.tooLarge, {
      quick: true,
      english: true,
    });
  });

  it("10. a valid xlsx that is not a register: validate names the missing sheets; upgrade (as the message suggests) adds them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["Họ tên", "Điểm"]);
    ws.addRow(["Nguyễn Văn An", 90]);
    ws.getCell("C2").value = { formula: "B2*2", result: 180 } as ExcelJS.CellFormulaValue;
    const file = await saveVariant(wb, "bang-tinh-khac.xlsx");
    const original = readFileSync(file);
    const [text, json, write, en] = await Promise.all([
      runCliAsync(["validate", file]),
      runCliAsync(["validate", file, "--json"]),
      runCliAsync(["validate", file, "--write"]),
      runCliAsync(["--lang", "en", "validate", file]),
    ]);
    for (const r of [text, json, write])
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        "",
        expect.stringMatching(MSG.notRegister.vi),
      ]);
    expect(text.stderr).toMatch(/so-thi-dua init.*so-thi-dua upgrade/);
    expect([en.code, en.stderr]).toEqual([2, expect.stringMatching(MSG.notRegister.en)]);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);

    // cli.md: upgrade brings "a workbook with some sheets missing" to the layout, keeping every cell.
    const up = await runCliAsync(["upgrade", file]);
    expect(up.code).toBe(0);
    for (const sheet of Object.values(SHEET)) expect(up.stdout).toContain(`sheet “${sheet}”`);
    expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const kept = after.getWorksheet("Sheet1")!;
    expect([
      kept.getCell("A2").value,
      kept.getCell("B2").value,
      kept.getCell("C2").formula,
    ]).toEqual(["Nguyễn Văn An", 90, "B2*2"]);
    const v = await runCliAsync(["validate", file, "--json"]);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as Json).counts).toEqual({ error: 0, warning: 0, rows: 0 });
  });
});

describeWithLibreOffice(
  "real .xls, .ods and password-protected files made by LibreOffice",
  (soffice) => {
    const python = findPythonUno();
    let made: LibreOfficeFixtures;

    beforeAll(async () => {
      const small = new ExcelJS.Workbook();
      small.addWorksheet(SHEET.nominations).addRow(["Họ và tên / Tên tập thể", "Loại"]);
      const src = await saveVariant(small, "nho.xlsx");
      made = await libreOfficeFixtures(
        soffice,
        python,
        src,
        path.join(path.dirname(src), "lo"),
        "MatKhau@2026"
      );
    });

    it("5. an .xls saved by LibreOffice (BIFF8 in a compound file)", async () => {
      const bytes = readFileSync(made.xls);
      expect(bytes.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
      await expectRefused(made.xls, MSG.xls, { quick: true }); // (the hand-made .xls runs every command)
      await expectRefused(fixture("doi-ten.xlsx", bytes), MSG.xls, { quick: true }); // renamed to .xlsx: the bytes decide
    });

    it("8. an .ods saved by LibreOffice", async () => {
      await expectRefused(made.ods, MSG.ods, { quick: true });
    });

    (python ? it : it.skip)(
      "6. an xlsx encrypted by LibreOffice (ECMA-376 Standard encryption; needs python3-uno)",
      async () => {
        const bytes = readFileSync(made.encrypted!);
        expect(bytes.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
        expect(bytes.includes(Buffer.from("EncryptedPackage", "utf16le"))).toBe(true);
        await expectRefused(made.encrypted!, MSG.encrypted, { quick: true, english: true });
      }
    );
  }
);

describe("registers with damage the rules report", () => {
  async function validateJson(
    file: string,
    lang: "vi" | "en" = "vi"
  ): Promise<{ run: CliRun; json: Json }> {
    const before = sha256(file);
    const run = await runCliAsync(["--lang", lang, "validate", file, "--json"]);
    expect(sha256(file)).toBe(before);
    expect(run.stderr).toBe("");
    return { run, json: JSON.parse(run.stdout) as Json };
  }

  it("11. `Loại` renamed to `Loai` in `Đề nghị`: exit 1, RG01 names `Loại`", async () => {
    const wb = await loadBase();
    const ws = wb.getWorksheet(SHEET.nominations)!;
    appendRows(ws, [person("Nguyễn Văn An")], ANCHOR_LABEL);
    let renamed = 0;
    ws.getRow(4).eachCell((cell) => {
      if (cell.value === COL.kind) {
        cell.value = "Loai";
        renamed++;
      }
    });
    expect(renamed).toBe(1);
    const file = await saveVariant(wb, "doi-ten-cot.xlsx");
    const [{ run, json }, en, text] = await Promise.all([
      validateJson(file),
      validateJson(file, "en"),
      runCliAsync(["validate", file]),
    ]);
    expect(run.code).toBe(1);
    const rg01 = json.findings.filter((f) => f.rule === "RG01");
    expect(rg01).toEqual([
      expect.objectContaining({
        sheet: SHEET.nominations,
        row: null,
        column: COL.kind,
        severity: "error",
      }),
    ]);
    expect(rg01[0]!.message).toContain("“Loại”");
    expect(rg01[0]!.message).toMatch(/đổi tên/);
    expect(en.json.findings.find((f) => f.rule === "RG01")!.message).toMatch(
      /lacks the column\/setting “Loại” \(maybe renamed\)/
    );
    // The text output names it too.
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/RG01.*Loại/);
  });

  it("12. the `Khiếu nại` sheet deleted: RG01 names the sheet", async () => {
    const wb = await loadBase();
    wb.removeWorksheet(wb.getWorksheet(SHEET.complaints)!.id);
    appendRows(wb.getWorksheet(SHEET.nominations)!, [person("Nguyễn Văn An")], ANCHOR_LABEL);
    const file = await saveVariant(wb, "mat-sheet.xlsx");
    const { run, json } = await validateJson(file);
    expect(run.code).toBe(1);
    const rg01 = json.findings.filter((f) => f.rule === "RG01");
    expect(rg01).toEqual([
      expect.objectContaining({ sheet: SHEET.complaints, row: null, column: null }),
    ]);
    expect(rg01[0]!.message).toMatch(/Thiếu sheet “Khiếu nại”.*upgrade/);
    // The nominee's row is still validated (no DK13 without complaints, no other finding).
    expect(json.counts).toEqual({ error: 1, warning: 0, rows: 1 });
  });

  it("13. 32,767-character text in the name and `Tóm tắt thành tích` validates; --write stays within Excel's cell limit", async () => {
    const long = (start: string) =>
      (start + " Ôn luyện, tổ chức, vận động nhân dân;".repeat(1000)).slice(0, MAX_CELL_CHARS);
    const name = long("Nguyễn Văn Dài");
    const wb = await loadBase();
    appendRows(
      wb.getWorksheet(SHEET.nominations)!,
      [
        person(name, { [COL.summaryText]: long("Thành tích") }),
        person("Trần Thị Bé", { [COL.kind]: long("Cá nhân?") }), // DL02 quotes the 32,767-character value
      ],
      ANCHOR_LABEL
    );
    const file = await saveVariant(wb, "van-ban-dai.xlsx");
    const copy = fixture("van-ban-dai-ghi.xlsx", readFileSync(file)); // --write runs on a copy, side by side
    expect(name.length).toBe(32767);
    const [{ run, json }, w] = await Promise.all([
      validateJson(file),
      runCliAsync(["validate", copy, "--write"]),
    ]);
    expect(run.code).toBe(1);
    expect(json.counts.rows).toBe(2);
    expect(json.findings.filter((f) => f.row === 5)).toEqual([]);
    expect(json.findings.filter((f) => f.row === 6).map((f) => f.rule)).toEqual(["DL02"]);

    expect(w.code).toBe(1);
    const after = await loadFile(copy);
    const ws = after.getWorksheet(SHEET.nominations)!;
    const header = ws.getRow(4).values as unknown[];
    const resultCol = header.indexOf(COL.result);
    expect(ws.getCell(5, header.indexOf(COL.name)).value === name).toBe(true); // (no 32 KB diff on failure)
    expect(ws.getCell(5, resultCol).value).toBe("Hợp lệ");
    const r6 = String(ws.getCell(6, resultCol).value);
    expect(r6.startsWith("Lỗi: DL02")).toBe(true);
    expect(r6.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it("14. formula-looking text is a DL09 warning and stays text after validate --write", async () => {
    const wb = await loadBase();
    const risky: [string, string][] = [
      [COL.name, "=1+1"],
      [COL.position, "+84 912 345 678"],
      [COL.proposingUnit, "@x"],
      [COL.summaryText, '=HYPERLINK("http://example.com","Bấm")'],
      [COL.name, "  =SUM(A1:A9)"],
    ];
    const rows = appendRows(
      wb.getWorksheet(SHEET.nominations)!,
      risky.map(([label, text], i) =>
        person(
          label === COL.name ? text : `Người ${i}`,
          label === COL.name ? {} : { [label]: text }
        )
      ),
      ANCHOR_LABEL
    );
    const file = await saveVariant(wb, "cong-thuc.xlsx");
    const copy = fixture("cong-thuc-ghi.xlsx", readFileSync(file)); // --write runs on a copy, side by side
    const [{ run, json }, w] = await Promise.all([
      validateJson(file),
      runCliAsync(["validate", copy, "--write"]),
    ]);
    expect(run.code).toBe(0); // warnings only
    expect(json.findings.map((f) => [f.rule, f.row, f.column])).toEqual(
      risky.map(([label], i) => ["DL09", rows[i], label])
    );

    expect(w.code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(copy);
    const ws = after.getWorksheet(SHEET.nominations)!;
    const header = ws.getRow(4).values as unknown[];
    risky.forEach(([label, text], i) => {
      const cell = ws.getCell(rows[i]!, header.indexOf(label));
      expect([cell.type, cell.value, cell.formula]).toEqual([
        ExcelJS.ValueType.String,
        text,
        undefined,
      ]);
      const result = ws.getCell(rows[i]!, header.indexOf(COL.result));
      expect(result.type).toBe(ExcelJS.ValueType.String);
      expect(String(result.value)).toMatch(/^Hợp lệ – cảnh báo: DL09 /);
    });
  });

  /** Rule and column per nominee (by its index in the sample), from a JSON report and nominee → Excel row. */
  function perNominee(json: Json, rowOf: readonly number[]): string[][] {
    return rowOf.map((r) =>
      json.findings
        .filter((f) => f.row === r)
        .map((f) => `${f.rule}|${f.column ?? ""}`)
        .sort()
    );
  }

  /** The shared sample in the layout `init` makes (header on row 4, columns in contract order). */
  let canonical: { json: Json; rows: number[] } | undefined;
  async function canonicalSample(): Promise<{ json: Json; rows: number[] }> {
    if (canonical) return canonical;
    const wb = await sampleBase();
    const rows = appendRows(wb.getWorksheet(SHEET.nominations)!, sampleRows, ANCHOR_LABEL);
    const { json } = await validateJson(await saveVariant(wb, "chuan.xlsx"));
    expect(json.counts.rows).toBe(sampleRows.length);
    // Sanity: the canonical layout gives exactly the sample's expected rules.
    expect(
      rows.map((r) =>
        [...new Set(json.findings.filter((f) => f.row === r).map((f) => f.rule))].sort()
      )
    ).toEqual(sample.expected.map((e) => [...e].sort()));
    canonical = { json, rows };
    return canonical;
  }

  interface Layout {
    /** Title rows above the header (each merged across the table). */
    readonly titles: readonly string[];
    /** Header labels left to right; `null` = a blank (unlabelled) column, other text = a user column. */
    readonly columns: readonly (string | null)[];
    /** Merges in the header row, as [first label, number of columns]. */
    readonly headerMerges?: readonly [string, number][];
    /** Insert a fully empty row before this nominee index (rows in between are skipped, not an end). */
    readonly blankBefore?: number;
    /** Extra user-column values per nominee. */
    readonly extra?: (label: string, i: number) => FillValue;
  }

  /** Replace `Đề nghị` with the sample's rows under another layout; returns each nominee's Excel row. */
  async function sampleInLayout(
    layout: Layout,
    name: string
  ): Promise<{ file: string; rows: number[]; colOf: Map<string, number> }> {
    const wb = await sampleBase();
    wb.removeWorksheet(wb.getWorksheet(SHEET.nominations)!.id);
    const ws = wb.addWorksheet(SHEET.nominations);
    const width = layout.columns.length;
    layout.titles.forEach((t, i) => {
      ws.getCell(i + 1, 1).value = t;
      ws.mergeCells(i + 1, 1, i + 1, width);
    });
    const headerRow = layout.titles.length + 1;
    const colOf = new Map<string, number>();
    layout.columns.forEach((label, i) => {
      if (label === null) return;
      ws.getCell(headerRow, i + 1).value = label;
      if (!colOf.has(label)) colOf.set(label, i + 1);
    });
    for (const [label, span] of layout.headerMerges ?? []) {
      const c = colOf.get(label)!;
      ws.mergeCells(headerRow, c, headerRow, c + span - 1);
    }
    const rows: number[] = [];
    let r = headerRow + 1;
    sampleRows.forEach((data, i) => {
      if (i === layout.blankBefore) r++;
      for (const [label, value] of Object.entries(data)) {
        if (value === undefined) continue;
        const c = colOf.get(label);
        if (c === undefined) throw new Error(`no column ${label}`);
        ws.getCell(r, c).value =
          value !== null && typeof value === "object" && "date" in value
            ? new Date(Date.UTC(value.date.year, value.date.month - 1, value.date.day))
            : (value as ExcelJS.CellValue);
      }
      for (const label of layout.columns) {
        if (label && layout.extra && !NOMINATION_FIELDS.some((f) => COL[f] === label))
          ws.getCell(r, colOf.get(label)!).value = layout.extra(label, i) as ExcelJS.CellValue;
      }
      rows.push(r++);
    });
    // A row with only a user column filled is not a nomination.
    const userCol = layout.columns.findIndex(
      (l) => l !== null && !NOMINATION_FIELDS.some((f) => COL[f] === l)
    );
    if (userCol >= 0) ws.getCell(r + 1, userCol + 1).value = "ghi chú riêng, không phải đề nghị";
    return { file: await saveVariant(wb, name), rows, colOf };
  }

  async function expectSameAsCanonical(layout: Layout, name: string): Promise<void> {
    const canon = await canonicalSample();
    const { file, rows, colOf } = await sampleInLayout(layout, name);
    const { json } = await validateJson(file);
    expect(json.counts).toEqual(canon.json.counts);
    expect(perNominee(json, rows)).toEqual(perNominee(canon.json, canon.rows));
    // Register-level findings are the same, and every cell address follows the moved column.
    expect(json.findings.filter((f) => f.row === null)).toEqual(
      canon.json.findings.filter((f) => f.row === null)
    );
    for (const f of json.findings)
      if (f.row !== null && f.column !== null)
        expect(f.cell).toBe(`${columnLetter(colOf.get(f.column)!)}${f.row}`);
  }

  const contract: (string | null)[] = NOMINATION_FIELDS.map((f) => COL[f]);

  it("15. merged title rows above the header and a header merged over two columns", async () => {
    const columns = [...contract];
    columns.splice(columns.indexOf(COL.name) + 1, 0, null); // the name header spans this blank column
    await expectSameAsCanonical(
      {
        titles: ["ỦY BAN NHÂN DÂN PHƯỜNG KIẾN HƯNG", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026"],
        columns,
        headerMerges: [[COL.name, 2]],
      },
      "gop-o.xlsx"
    );
  });

  it("16. header moved to row 9, columns reordered, user columns added, a blank row inside: same rules per nominee", async () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const shuffled = [...contract].sort(() => rnd() - 0.5);
    shuffled.splice(3, 0, "Mã hồ sơ");
    shuffled.push("Người nhập");
    expect(shuffled.indexOf(COL.name)).not.toBe(1);
    await expectSameAsCanonical(
      {
        titles: [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "",
          "DANH SÁCH",
          "Kèm theo Tờ trình số …",
          "",
          "",
          "",
        ],
        columns: shuffled,
        blankBefore: 10,
        extra: (label, i) => (label === "Mã hồ sơ" ? `HS-${i}` : "Cán bộ VP"),
      },
      "xep-lai.xlsx"
    );
  });

  it("17. numbers as text, text and real dates, rich text and formula results are read as values", async () => {
    const wb = await loadBase();
    const ws = wb.getWorksheet(SHEET.nominations)!;
    const rows = appendRows(
      ws,
      [
        person("Nguyễn Văn Số", {
          [COL.monthsWorked]: " 12 ",
          [COL.score]: "8,5",
          [COL.votes]: " 9 ",
          [COL.birthDate]: "3/2/1990",
        }),
        person("Trần Thị Ngày", {
          [COL.birthDate]: { date: { year: 1990, month: 2, day: 3 } },
          [COL.gender]: "  nữ ",
        }),
        person("placeholder rich"),
        person("placeholder formula"),
        {
          [COL.name]: "Chi bộ Tổ dân phố 2",
          [COL.kind]: "Tập thể",
          [COL.dutyLevel]: "Hoàn thành tốt",
          [COL.members]: "10",
          [COL.membersCompleted]: " 10",
          [COL.membersLdtt]: "8 ",
          [COL.membersCstdcs]: "1",
          [COL.membersDisciplined]: "0",
          [COL.title]: "Tập thể lao động tiên tiến",
          [COL.votes]: "9",
        },
      ],
      ANCHOR_LABEL
    );
    const header = ws.getRow(4).values as unknown[];
    const at = (row: number, label: string) => ws.getCell(row, header.indexOf(label));
    at(rows[2]!, COL.name).value = {
      richText: [
        { text: "Lê " },
        { font: { bold: true }, text: "Văn " },
        { font: { italic: true }, text: "Giàu" },
      ],
    };
    at(rows[2]!, COL.kind).value = {
      richText: [{ text: "Cá " }, { font: { color: { argb: "FFFF0000" } }, text: "nhân" }],
    };
    at(rows[2]!, COL.dutyLevel).value = {
      richText: [{ text: "Hoàn thành " }, { font: { bold: true }, text: "tốt" }],
    };
    at(rows[3]!, COL.monthsWorked).value = {
      formula: "6+6",
      result: 12,
    } as ExcelJS.CellFormulaValue;
    at(rows[3]!, COL.votes).value = {
      formula: "CH_SoThanhVien",
      result: 9,
    } as ExcelJS.CellFormulaValue;
    at(rows[3]!, COL.dutyLevel).value = {
      formula: '"Hoàn thành "&"tốt"',
      result: "Hoàn thành tốt",
    } as ExcelJS.CellFormulaValue;
    at(rows[3]!, COL.title).value = {
      formula: '"Lao động tiên tiến"',
      result: "Lao động tiên tiến",
    } as ExcelJS.CellFormulaValue;
    at(rows[3]!, COL.birthDate).value = {
      formula: "DATE(1985,3,12)",
      result: new Date(Date.UTC(1985, 2, 12)),
    } as ExcelJS.CellFormulaValue;
    at(rows[3]!, COL.birthDate).numFmt = "dd/mm/yyyy";
    const file = await saveVariant(wb, "kieu-du-lieu.xlsx");
    const { run, json } = await validateJson(file);
    // Before the fix in src/adapters/xlsx/stream.ts the streaming reader gave the date formula's
    // cached serial number: DL03 "Ngày sinh “31118” không phải ngày hợp lệ".
    expect(json.findings).toEqual([]);
    expect(json.counts).toEqual({ error: 0, warning: 0, rows: 5 });
    expect(run.code).toBe(0);
  });
});

describe("17b. Vietnamese text survives the streaming reader (validate) in a register larger than one zip chunk", () => {
  it("reads every cell of 3,000 rows exactly as the in-memory reader does", async () => {
    const wb = await loadBase();
    const rows = Array.from({ length: 3000 }, (_, i) =>
      person(`Nguyễn Thị Hồng Nhung ${i}`, {
        [COL.position]: `Công chức văn hóa – xã hội số ${i}`,
        [COL.summaryText]: `Đạt thành tích xuất sắc trong phong trào “Toàn dân đoàn kết” ${i}`,
      })
    );
    appendRows(wb.getWorksheet(SHEET.nominations)!, rows, ANCHOR_LABEL);
    const file = await saveVariant(wb, "ba-nghin.xlsx");
    const memory = gridsFromWorkbook(await loadFile(file));
    const stream = await streamGrids(file);
    const a = stream.sheets.get(SHEET.nominations)!.rows;
    const b = memory.sheets.get(SHEET.nominations)!.rows;
    // Before the fix in src/adapters/xlsx/stream.ts, ExcelJS decoded each inflated chunk on its own:
    // e.g. "Nguyễn Thị H���ng Nhung 1370" (3 cells of 3,000 rows here; 18 list values in the 100k test).
    const differing: string[] = [];
    b.forEach((row, r) =>
      row?.forEach(
        (v, c) =>
          JSON.stringify(a[r]?.[c]) !== JSON.stringify(v) &&
          differing.push(`${r}:${c} ${String(a[r]?.[c])}`)
      )
    );
    expect(differing).toEqual([]);
    expect(a.flat().some((v) => typeof v === "string" && v.includes("\ufffd"))).toBe(false);
  });
});

describe("18. a register with 100,000 nomination rows", () => {
  const ROWS = 100_000;
  const file = path.join(dir, "lon", "100k.xlsx");
  const bad = (i: number) => i % 10_000 === 9_999; // 10 rows with an unknown `Loại`
  const noVotes = (i: number) => i % 25_000 === 1; // 4 rows not yet voted on

  afterAll(() => rmSync(path.dirname(file), { recursive: true, force: true })); // 6 MB

  beforeAll(async () => {
    mkdirSync(path.dirname(file));
    const started = Date.now();
    const { plan } = planRegister(defaultOptions({ year: 2026, councilSize: 9, preparedRows: 10 }));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: false, // (date cells need styles and make writing slower: case 17 has them)
      useSharedStrings: false,
    });
    for (const s of plan.sheets) {
      if (![SHEET.settings, SHEET.history, SHEET.complaints].includes(s.name as never)) continue;
      const ws = wb.addWorksheet(s.name);
      const byRow = new Map<number, ExcelJS.CellValue[]>();
      for (const c of s.cells) {
        const row = byRow.get(c.row) ?? [];
        row[c.col - 1] = toExcelValue(c.value);
        byRow.set(c.row, row);
      }
      for (const r of [...byRow.keys()].sort((a, b) => a - b)) ws.getRow(r).values = byRow.get(r)!;
      ws.commit();
    }
    const ws = wb.addWorksheet(SHEET.nominations);
    ws.getRow(1).values = ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"];
    ws.getRow(4).values = NOMINATION_FIELDS.map((f) => COL[f]);
    const col = (label: string) => NOMINATION_FIELDS.findIndex((f) => COL[f] === label);
    for (let i = 0; i < ROWS; i++) {
      const v: ExcelJS.CellValue[] = [];
      v[col(COL.stt)] = i + 1;
      v[col(COL.name)] = `Nguyễn Văn ${i}`;
      v[col(COL.kind)] = bad(i) ? "Cá nhân tốt" : "Cá nhân";
      v[col(COL.birthDate)] = i % 2 ? "3/2/1990" : "12/03/1985";
      v[col(COL.gender)] = i % 2 ? "Nam" : "Nữ";
      v[col(COL.position)] = "Công chức";
      v[col(COL.proposingUnit)] = `Tổ dân phố số ${i % 40}`;
      v[col(COL.monthsWorked)] = 12;
      v[col(COL.dutyLevel)] = i % 3 ? "Hoàn thành tốt" : "Hoàn thành xuất sắc";
      v[col(COL.title)] = "Lao động tiên tiến";
      v[col(COL.votes)] = noVotes(i) ? null : 5 + (i % 5);
      v[col(COL.summaryText)] = "Hoàn thành tốt nhiệm vụ được giao";
      ws.addRow(v).commit();
    }
    ws.commit();
    await wb.commit();

    console.log(
      `100k: wrote ${path.basename(file)} (${(readFileSync(file).length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
  });

  it("validate --json completes with the right counts (time and peak memory reported)", async () => {
    const probe = path.join(dir, "lon", "maxrss.js");
    writeFileSync(
      probe,
      "process.on('exit', () => require('fs').writeSync(2, `\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n"
    );
    const before = sha256(file);
    const started = Date.now();
    const run = await runCliAsync(["validate", file, "--json"], { nodeArgs: ["-r", probe] });
    const seconds = (Date.now() - started) / 1000;
    const maxRss = Number(/MAXRSS_KB (\d+)/.exec(run.stderr)?.[1]);

    console.log(
      `100k: validate --json took ${seconds.toFixed(1)} s, peak RSS ${(maxRss / 1024).toFixed(0)} MB`
    );
    expect(run.stderr.replace(/\s*MAXRSS_KB \d+\s*/, "")).toBe("");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.counts).toEqual({ error: 10, warning: 4, rows: ROWS });
    const errorRows = json.findings
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.row, f.column]);
    const expectedBad = Array.from({ length: ROWS }, (_, i) => i).filter(bad);
    expect(errorRows).toEqual(expectedBad.map((i) => ["DL02", 5 + i, COL.kind]));
    expect(
      json.findings.filter((f) => f.severity === "warning").map((f) => [f.rule, f.row])
    ).toEqual(
      Array.from({ length: ROWS }, (_, i) => i)
        .filter(noVotes)
        .map((i) => ["DK10", 5 + i])
    );
    expect(sha256(file)).toBe(before);
  });
});

describe("init and arguments", () => {
  it("init refuses to overwrite an existing file (exit 2, file unchanged), in both languages", async () => {
    const file = fixture("co-san.xlsx", "nội dung của người dùng");
    const before = sha256(file);
    const [vi, en] = await Promise.all([
      runCliAsync(["init", file, "--year", "2026"]),
      runCliAsync(["--lang", "en", "init", file]),
    ]);
    expect([vi.code, en.code]).toEqual([2, 2]);
    expect(vi.stderr).toMatch(/đã tồn tại: không ghi đè/);
    expect(en.stderr).toMatch(/already exists: not overwritten/);
    expect(sha256(file)).toBe(before);
    // Not even an existing register.
    const reg = fixture("so.xlsx", baseBytes);
    expect((await runCliAsync(["init", reg])).code).toBe(2);
    expect(readFileSync(reg).equals(baseBytes)).toBe(true);
  });

  it("bad arguments exit 2 and write nothing", async () => {
    const file = path.join(dir, "moi.xlsx");
    const runs = await Promise.all([
      runCliAsync(["init", file, "--year", "abc"]),
      runCliAsync(["--lang", "en", "init", file, "--council-size", "9.5"]),
      runCliAsync(["lam-gi-do", file]),
      runCliAsync(["validate"]),
      runCliAsync(["--lang", "fr", "validate", base]),
      runCliAsync(["validate", base, "--khong-co"]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(runs[0]!.stderr).toMatch(/“abc” của tùy chọn --year không hợp lệ: cần một số nguyên/);
    expect(runs[1]!.stderr).toMatch(/Invalid value “9\.5” for --council-size: give a whole number/);
    expect(runs[2]!.stderr).toMatch(/lam-gi-do/);
    expect(runs[3]!.stderr).toMatch(/<sổ\.xlsx>/);
    expect(runs[4]!.stderr).toMatch(/“fr” của tùy chọn --lang/);
    expect(runs[5]!.stderr).toMatch(/--khong-co/);
    for (const r of runs) expect(r.stdout).toBe("");
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(base).equals(baseBytes)).toBe(true);
  });
});
