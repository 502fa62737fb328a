/**
 * Writes the bad-input corpus of ./cases.ts into a folder: one builder per case. Registers come from
 * the register plan (test/helpers/registers.ts) and ExcelJS; what ExcelJS cannot write (zip order,
 * inline strings, a sheet cut short, absolute relationship targets, a missing part) is made by
 * rewriting the zip it wrote; `.xls`, `.ods` and encrypted files also come from LibreOffice when it is
 * installed (test/helpers/badfiles.ts). Nothing here is committed as a binary.
 *
 *   const cases = await generateCorpus(dir); // CorpusCase[] with absolute paths
 */
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { FillValue } from "../../src/adapters/xlsx/fill";
import { setSettings } from "../../src/adapters/xlsx/fill";
import { columnLetter } from "../../src/domain/findings";
import {
  COL,
  NOMINATION_FIELDS,
  SETTING,
  SHEET,
  type NominationField,
} from "../../src/domain/register/contract";
import { FRESH_NOMINATION_LAYOUT } from "../../src/workbook/plan/layout";
import { MAX_CELL_CHARS } from "../../src/domain/results";
import { unicodeToLegacy } from "../../src/domain/text/legacy";
import { foldKey } from "../../src/domain/text/normalize";
import {
  findPythonUno,
  handMadeEncryptedXlsx,
  handMadeOds,
  handMadeXls,
  libreOfficeFixtures,
  storedZip,
  zipOf,
  withDeclaredSize,
  crc32,
} from "../helpers/badfiles";
import { recalculateXlsx, requireLibreOffice } from "../helpers/libreoffice";
import { person, registerWorkbook, team, type RegisterSpec, type Row } from "../helpers/registers";
import { unzipEntries } from "../helpers/zip";
import { CASES, type CorpusCase } from "./cases";

/** Far in the future, so that RG03 (deadline passed) never depends on the day the corpus runs. */
const DEADLINE = { year: 2099, month: 12, day: 31 };
/** Header row and first data row of `Đề nghị` in the plan's layout. */
const HEADER_ROW = 4;

/** The baseline: two individuals and a collective, all valid (no finding). */
const THREE: readonly Row[] = [
  person("Nguyễn Văn An"),
  person("Trần Thị Bình", { [COL.gender]: "Nữ", [COL.birthDate]: "03/02/1990" }),
  team("Chi bộ Tổ dân phố số 3"),
];

// ---------------------------------------------------------------------------------------------
// Workbooks

async function register(
  rows: readonly Row[] = THREE,
  spec: Partial<RegisterSpec> = {}
): Promise<ExcelJS.Workbook> {
  return registerWorkbook({ ...spec, options: { deadline: DEADLINE, ...spec.options }, rows });
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.writeFile(file, await bytesOf(wb));
}

const nominations = (wb: ExcelJS.Workbook): ExcelJS.Worksheet =>
  wb.getWorksheet(SHEET.nominations)!;

/** Column of a header label on `Đề nghị`'s header row. */
function colOf(ws: ExcelJS.Worksheet, label: string, headerRow = HEADER_ROW): number {
  let found = 0;
  ws.getRow(headerRow).eachCell((cell, c) => {
    if (!found && typeof cell.value === "string" && foldKey(cell.value) === foldKey(label))
      found = c;
  });
  if (!found) throw new Error(`no column ${label}`);
  return found;
}

function cellValue(v: FillValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") {
    return "date" in v
      ? new Date(Date.UTC(v.date.year, v.date.month - 1, v.date.day))
      : ({ formula: v.formula } as ExcelJS.CellFormulaValue);
  }
  return v;
}

/** Set one cell of `Đề nghị` by row and label. */
function set(
  wb: ExcelJS.Workbook,
  row: number,
  label: string,
  value: ExcelJS.CellValue,
  numFmt?: string
): ExcelJS.Cell {
  const ws = nominations(wb);
  const cell = ws.getCell(row, colOf(ws, label));
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

/** Write a row by label at an explicit Excel row. */
function putRow(wb: ExcelJS.Workbook, row: number, data: Row): void {
  for (const [label, v] of Object.entries(data))
    if (v !== undefined) set(wb, row, label, cellValue(v));
}

interface Layout {
  /** Rows above the header, each merged across the table. */
  readonly titles: readonly string[];
  /** Header labels left to right: null = an unlabelled column, other text = a user column. */
  readonly columns: readonly (string | null)[];
  readonly rows: readonly Row[];
  /** Values for user columns, by label. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Replace `Đề nghị` by a sheet laid out as the clerk did; returns it with the header row number. */
function relayout(wb: ExcelJS.Workbook, layout: Layout): { ws: ExcelJS.Worksheet; header: number } {
  wb.removeWorksheet(nominations(wb).id);
  const ws = wb.addWorksheet(SHEET.nominations);
  const width = layout.columns.length;
  layout.titles.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    if (t) ws.mergeCells(i + 1, 1, i + 1, width);
  });
  const header = layout.titles.length + 1;
  layout.columns.forEach((label, i) => {
    if (label !== null) ws.getCell(header, i + 1).value = label;
  });
  const contract = new Set<string>(NOMINATION_FIELDS.map((f) => COL[f]));
  layout.rows.forEach((data, k) => {
    const r = header + 1 + k;
    for (const [label, v] of Object.entries(data)) {
      if (v === undefined) continue;
      const c = layout.columns.indexOf(label);
      if (c < 0) throw new Error(`no column ${label}`);
      ws.getCell(r, c + 1).value = cellValue(v);
    }
    layout.columns.forEach((label, c) => {
      if (label !== null && !contract.has(label) && layout.extra?.[label] !== undefined)
        ws.getCell(r, c + 1).value = `${layout.extra[label]} ${k + 1}`;
    });
  });
  return { ws, header };
}

const CONTRACT_COLUMNS: readonly string[] = NOMINATION_FIELDS.map((f) => COL[f]);

// ---------------------------------------------------------------------------------------------
// Zips

type Entries = { name: string; data: Buffer }[];

function entriesOf(zip: Buffer): Entries {
  return [...unzipEntries(zip)]
    .filter(([name]) => !name.endsWith("/"))
    .map(([name, data]) => ({ name, data }));
}

/** The part (`xl/worksheets/sheetN.xml`) of a sheet, through workbook.xml and its relationships. */
function sheetPart(entries: Entries, sheet: string): string {
  const text = (n: string) => entries.find((e) => e.name === n)!.data.toString("utf8");
  const tag = [...text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const rid = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const target =
    rid &&
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(
      text("xl/_rels/workbook.xml.rels")
    );
  if (!target) throw new Error(`no part for sheet ${sheet}`);
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}

/** Rewrite some entries' text (return undefined to keep, null to drop). */
function rewrite(
  entries: Entries,
  edit: (name: string, text: string) => string | null | undefined
): Entries {
  const out: Entries = [];
  for (const e of entries) {
    const r = edit(e.name, e.data.toString("utf8"));
    if (r === null) continue;
    out.push(r === undefined ? e : { name: e.name, data: Buffer.from(r, "utf8") });
  }
  return out;
}

/** Reorder entries: by `rank` (stable). */
function reorder(entries: Entries, rank: (name: string) => number): Entries {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.name) - rank(b.e.name) || a.i - b.i)
    .map((x) => x.e);
}

const isSheetXml = (n: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n);

/** XML text escape for generated inline strings. */
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal valid PNG (1×1 white pixel). */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length, 0);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body), 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Builders

interface Env {
  /** The baseline register's bytes (st-01). */
  readonly canonical: Buffer;
  /** LibreOffice fixtures, or why there are none. */
  readonly lo: Promise<LoFiles | string>;
}

interface LoFiles {
  readonly xls: string;
  readonly ods: string;
  readonly encrypted: string | null;
  readonly saved: string;
}

/** Write the case file; or return why it cannot be made here (the case is then skipped). */
type Builder = (file: string, env: Env) => Promise<void | string>;

const write = (bytes: Buffer | string) => async (file: string) => fs.writeFile(file, bytes);

/** A register built from rows, then adjusted. */
const reg =
  (
    rows: readonly Row[],
    adjust?: (wb: ExcelJS.Workbook) => void | Promise<void>,
    spec: Partial<RegisterSpec> = {}
  ): Builder =>
  async (file) => {
    const wb = await register(rows, spec);
    await adjust?.(wb);
    await save(wb, file);
  };

/** The baseline register's zip, rewritten. */
const zipEdit =
  (edit: (entries: Entries) => Entries | Buffer, source?: () => Promise<Buffer>): Builder =>
  async (file, env) => {
    const r = edit(entriesOf(source ? await source() : env.canonical));
    await fs.writeFile(file, Buffer.isBuffer(r) ? r : zipOf(r, 8));
  };

const fromLibreOffice =
  (pick: (lo: LoFiles) => string | null, needs: string): Builder =>
  async (file, env) => {
    const lo = await env.lo;
    if (typeof lo === "string") return lo;
    const made = pick(lo);
    if (made === null) return `${needs} not available`;
    await fs.copyFile(made, file);
  };

function nfd(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? v.normalize("NFD") : v])
  );
}

const long = (start: string) =>
  (start + " Ôn luyện, tổ chức, vận động nhân dân;".repeat(1000)).slice(0, MAX_CELL_CHARS);

/** Two valid individuals, then one whose gender is not in the list (for layouts). */
const WITH_GENDER_ERROR: readonly Row[] = [
  THREE[0]!,
  THREE[1]!,
  person("Lê Văn Cường", { [COL.gender]: "Nũ" }),
];

export const BUILDERS: Readonly<Record<string, Builder>> = {
  // Unusable inputs -------------------------------------------------------------------------------
  "in-01": async () => undefined,
  "in-01-en": async () => undefined,
  "in-02": async () => undefined,
  "in-03": async (file) => void (await fs.mkdir(file)),
  "in-04": write(Buffer.alloc(0)),
  "in-05": write(
    '\ufeffSTT,Họ và tên / Tên tập thể,Loại,Danh hiệu / Hình thức đề nghị\r\n1,Nguyễn Văn An,Cá nhân,Lao động tiên tiến\r\n2,"Chi bộ TDP 3, phường Kiến Hưng",Tập thể,Tập thể lao động tiên tiến\r\n'
  ),
  "in-05-en": async () => undefined, // same file as in-05
  "in-06": write(png()),
  "in-07": write(
    storedZip([
      { name: "to-trinh.txt", data: "Tờ trình đề nghị khen thưởng năm 2026" },
      { name: "anh/chan-dung.png", data: png() },
    ])
  ),
  "in-08": write(
    storedZip([
      {
        name: "[Content_Types].xml",
        data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      {
        name: "word/document.xml",
        data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p></w:body></w:document>',
      },
    ])
  ),
  "in-09": write(handMadeXls()),
  "in-10": write(handMadeXls()),
  "in-11": fromLibreOffice((lo) => lo.xls, "LibreOffice"),
  "in-12": write(handMadeEncryptedXlsx()),
  "in-12-en": async () => undefined, // same file as in-12
  "in-13": fromLibreOffice((lo) => lo.encrypted, "python3-uno"),
  "in-14": async (file, env) =>
    fs.writeFile(file, env.canonical.subarray(0, Math.floor(env.canonical.length / 2))),
  "in-15": async (file, env) =>
    fs.writeFile(file, env.canonical.subarray(0, env.canonical.length - 10)),
  "in-16": async (file, env) => {
    const part = sheetPart(entriesOf(env.canonical), SHEET.nominations);
    await fs.writeFile(file, withDeclaredSize(env.canonical, part, 0xffff_fff0));
  },
  "in-17": write(handMadeOds()),
  "in-18": fromLibreOffice((lo) => lo.ods, "LibreOffice"),
  "in-19": async (file) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await save(wb, file);
  },
  "in-19-en": async () => undefined, // same file as in-19
  "in-20": async (file) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cán bộ");
    ws.addRow(["Họ và tên", "Chức vụ", "Ngày sinh"]);
    ws.addRow(["Nguyễn Văn An", "Công chức", new Date(Date.UTC(1985, 2, 12))]);
    wb.addWorksheet("Đề nghị cũ").addRow(["Họ tên", "Loại"]);
    await save(wb, file);
  },
  "in-21": async (file, env) => {
    const damaged = Buffer.from(env.canonical);
    damaged.fill(0x55, 64, Math.floor(damaged.length * 0.8));
    await fs.writeFile(file, damaged);
  },
  "in-22": zipEdit((entries) => {
    const part = sheetPart(entries, SHEET.nominations);
    // Cut inside the sheet data, just after the second nomination's row.
    return rewrite(entries, (n, t) =>
      n === part ? t.slice(0, t.indexOf('<row r="7"')) : undefined
    );
  }),
  "in-23": zipEdit((entries) => entries.filter((e) => e.name !== "xl/workbook.xml")),
  "in-24": zipEdit((entries) => entries.filter((e) => e.name !== "xl/sharedStrings.xml")),
  "in-25": zipEdit((entries) => {
    const part = sheetPart(entries, SHEET.nominations);
    return entries.filter((e) => e.name !== part);
  }),

  // Layout ------------------------------------------------------------------------------------------
  "st-01": async (file, env) => fs.writeFile(file, env.canonical),
  "st-02": reg([]),
  "st-03": reg(
    THREE,
    (wb) =>
      void (nominations(wb).getCell(HEADER_ROW, colOf(nominations(wb), COL.kind)).value = "Loai")
  ),
  "st-03-en": async () => undefined, // same file as st-03
  "st-04": reg(THREE, (wb) => nominations(wb).spliceColumns(colOf(nominations(wb), COL.gender), 1)),
  "st-05": reg(THREE, (wb) => {
    const ws = nominations(wb);
    const c = ws.columnCount + 2;
    ws.getCell(HEADER_ROW, c).value = COL.kind;
    for (const r of [5, 6, 7]) ws.getCell(r, c).value = "Cá nhân tiêu biểu"; // not in the list: ignored
  }),
  "st-06": reg([], (wb) => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const columns = [...CONTRACT_COLUMNS].sort(() => rnd() - 0.5);
    relayout(wb, {
      titles: [
        "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN HƯNG",
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026",
        "",
        "(Kèm theo Tờ trình số …)",
        "",
      ],
      columns,
      rows: WITH_GENDER_ERROR,
    });
  }),
  "st-07": reg([], (wb) => {
    relayout(wb, {
      titles: Array.from({ length: 21 }, (_, i) => (i === 0 ? "DANH SÁCH ĐỀ NGHỊ" : "")),
      columns: CONTRACT_COLUMNS,
      rows: THREE,
    });
  }),
  "st-08": reg([], (wb) => {
    relayout(wb, {
      titles: Array.from({ length: 19 }, (_, i) => (i === 0 ? "DANH SÁCH ĐỀ NGHỊ" : "")),
      columns: CONTRACT_COLUMNS,
      rows: THREE,
    });
  }),
  "st-09": reg([], (wb) => {
    const columns: (string | null)[] = [...CONTRACT_COLUMNS];
    columns.splice(columns.indexOf(COL.name) + 1, 0, null); // the name header spans this blank column
    const { ws, header } = relayout(wb, {
      titles: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""],
      columns,
      rows: THREE,
    });
    const name = columns.indexOf(COL.name) + 1;
    ws.mergeCells(header, name, header, name + 1);
    // A band just above the header, "Thông tin chung" over the first columns, as printed forms have.
    ws.getCell(header - 1, 1).value = "Thông tin chung";
    ws.mergeCells(header - 1, 1, header - 1, 4);
  }),
  "st-25": reg([], (wb) => {
    // A printed form's two-row header: personal details under one heading, the other labels merged down.
    const { ws, header } = relayout(wb, {
      titles: ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026", ""],
      columns: CONTRACT_COLUMNS,
      rows: [],
    });
    const grouped = [COL.birthDate, COL.gender, COL.position].map(
      (l) => CONTRACT_COLUMNS.indexOf(l) + 1
    );
    for (const c of grouped) {
      ws.getCell(header + 1, c).value = ws.getCell(header, c).value;
      ws.getCell(header, c).value = null;
    }
    ws.getCell(header, grouped[0]!).value = "Thông tin cá nhân";
    ws.mergeCells(header, grouped[0]!, header, grouped[grouped.length - 1]!);
    CONTRACT_COLUMNS.forEach((_, i) => {
      if (!grouped.includes(i + 1)) ws.mergeCells(header, i + 1, header + 1, i + 1);
    });
    THREE.forEach((data, k) => {
      for (const [label, v] of Object.entries(data))
        if (v !== undefined)
          ws.getCell(header + 2 + k, CONTRACT_COLUMNS.indexOf(label) + 1).value = cellValue(v);
    });
    // The second nominee has a gender error: its finding must name row header + 3 and the gender column.
    ws.getCell(header + 3, CONTRACT_COLUMNS.indexOf(COL.gender) + 1).value = "Không rõ";
  }),
  "st-10": reg([person("Nguyễn Văn An"), person("Trần Văn Bình"), person("Lê Văn Cường")], (wb) => {
    const ws = nominations(wb);
    for (const label of [COL.kind, COL.proposingUnit]) {
      const c = colOf(ws, label);
      ws.getCell(6, c).value = null;
      ws.getCell(7, c).value = null;
      ws.mergeCells(5, c, 7, c);
    }
  }),
  "st-11": reg(
    [THREE[0]!, person("Trần Văn Bình", { [COL.gender]: "Nam giới" }), THREE[2]!],
    (wb) => {
      const ws = nominations(wb);
      ws.getRow(6).hidden = true;
      ws.getColumn(colOf(ws, COL.gender)).hidden = true;
      ws.getColumn(colOf(ws, COL.birthDate)).hidden = true;
    }
  ),
  "st-12": reg(THREE, async (wb) => {
    for (const ws of wb.worksheets)
      await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }),
  "st-13": reg(THREE, async (wb) => {
    for (const ws of wb.worksheets)
      await ws.protect("Bí mật 2026", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        spinCount: 1000,
      });
  }),
  // (ExcelJS refuses a rename that only changes case, as Excel does: the workbook part is edited.)
  "st-14": zipEdit((entries) =>
    rewrite(entries, (n, t) =>
      n === "xl/workbook.xml"
        ? t
            .replace(`name="${SHEET.nominations}"`, `name="${"đề nghị".normalize("NFD")}"`)
            .replace(`name="${SHEET.settings}"`, 'name="CẤU HÌNH"')
        : undefined
    )
  ),
  "st-15": reg(THREE, (wb) => {
    const copy = wb.addWorksheet(`${SHEET.nominations} (2)`);
    copy.getRow(HEADER_ROW).values = [...CONTRACT_COLUMNS];
    copy.getRow(HEADER_ROW + 1).values = [
      "",
      "Người trong bản nháp",
      "Không rõ",
      "31/02/1990",
      "?",
    ];
  }),
  "st-16": reg(THREE, (wb) => {
    nominations(wb).state = "hidden";
    wb.getWorksheet(SHEET.settings)!.state = "veryHidden";
  }),
  "st-17": reg(THREE, (wb) => {
    const ws = nominations(wb);
    const rename: [string, string][] = [
      [COL.name, "HỌ VÀ TÊN / TÊN TẬP THỂ"],
      [COL.kind, "Loại  "],
      [COL.birthDate, "Ngày\nsinh"],
      [COL.gender, "Giới\u00a0tính"],
      [COL.monthsWorked, "Số tháng\r\ncông  tác"],
      [COL.title, " Danh hiệu / Hình thức đề nghị"],
    ];
    for (const [from, to] of rename) ws.getCell(HEADER_ROW, colOf(ws, from)).value = to;
  }),
  "st-18": reg([], async (wb) => {
    const columns = [...CONTRACT_COLUMNS];
    columns.splice(2, 0, "Mã hồ sơ");
    columns.splice(9, 0, "Số điện thoại");
    columns.push("Người nhập");
    const { ws, header } = relayout(wb, {
      titles: ["DANH SÁCH ĐỀ NGHỊ"],
      columns,
      rows: THREE,
      extra: { "Mã hồ sơ": "HS-2026-", "Số điện thoại": "0912 345 67", "Người nhập": "Cán bộ VP" },
    });
    ws.getCell(header, columns.indexOf(COL.name) + 1).note = "Ghi đủ họ tên theo CCCD";
    ws.getCell(header + 1, columns.indexOf(COL.title) + 1).note = "Đã có xác nhận của chi bộ";
    // A note in a user column on a row of its own: not a nomination.
    ws.getCell(header + 6, columns.indexOf("Người nhập") + 1).value =
      "Còn thiếu 2 hồ sơ, bổ sung sau";
  }),
  "st-19": reg([THREE[0]!, THREE[1]!], (wb) => {
    putRow(wb, 9, THREE[2]!); // rows 7 and 8 left blank
    putRow(wb, 5000, person("Phạm Văn Dán", { [COL.gender]: "nam giới" }));
  }),
  "st-20": reg(THREE, (wb) => {
    nominations(wb).getCell(1_048_576, CONTRACT_COLUMNS.length + 6).value = "ghi chú ở dòng cuối";
    wb.getWorksheet(SHEET.history)!.getCell("XFD1048576").style = { font: { bold: true } };
  }),
  "st-21": reg(THREE, (wb) =>
    putRow(wb, 1_048_576, person("Hoàng Văn Cuối", { [COL.gender]: "Trai" }))
  ),
  "st-22": zipEdit((entries) => {
    const part = sheetPart(entries, SHEET.nominations);
    const rows: string[] = [];
    for (let r = 100; r < 100_100; r++)
      rows.push(`<row r="${r}" s="1" customFormat="1" ht="18" customHeight="1"/>`);
    return rewrite(entries, (n, t) =>
      n === part ? t.replace("</sheetData>", `${rows.join("")}</sheetData>`) : undefined
    );
  }),
  "st-23": reg(THREE, (wb) => wb.removeWorksheet(wb.getWorksheet(SHEET.settings)!.id)),
  "st-24": zipEdit((entries) => {
    const part = sheetPart(entries, SHEET.nominations);
    return rewrite(entries, (n, t) =>
      n === part
        ? t
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace(
              /<cols>[\s\S]*?<\/cols>/,
              '<cols><col min="1" max="16384" width="14" style="1" customWidth="1"/></cols>'
            )
        : undefined
    );
  }),

  // Cấu hình ------------------------------------------------------------------------------------------
  "cf-01": reg(THREE, (wb) =>
    setSettings(wb.getWorksheet(SHEET.settings)!, { [SETTING.year]: "2026" })
  ),
  "cf-02": reg(THREE, (wb) =>
    setSettings(wb.getWorksheet(SHEET.settings)!, { [SETTING.councilSize]: "9 người" })
  ),
  "cf-03": reg(
    THREE,
    (wb) => setSettings(wb.getWorksheet(SHEET.settings)!, { [SETTING.cstdcsCapPct]: -5 }),
    {
      policy: { "Lao động tiên tiến": { "Tỷ lệ phiếu tối thiểu (%)": 150 } },
    }
  ),
  "cf-04": reg(THREE, (wb) =>
    setSettings(wb.getWorksheet(SHEET.settings)!, { [SETTING.baseSalary]: "2.340.000" })
  ),
  // Typing “90%” into a cell: Excel stores 0.9 and applies the format `0%`.
  "cf-05": reg(
    THREE,
    (wb) => {
      const ws = wb.getWorksheet(SHEET.settings)!;
      setSettings(ws, { [SETTING.cstdcsCapPct]: 0.2 });
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          // A copy: the register's cells share style objects.
          if (cell.value === 0.9 || cell.value === 0.2)
            cell.style = { ...cell.style, numFmt: "0%" };
        })
      );
    },
    { policy: { "Lao động tiên tiến": { "Tỷ lệ phiếu tối thiểu (%)": 0.9 } } }
  ),

  // Text ----------------------------------------------------------------------------------------------
  "tx-01": reg(THREE.map(nfd)),
  "tx-02": reg([
    person("Nguyễn Thị Hồng Nhung"),
    person("Nguyễn Thị Hồng Nhung".normalize("NFD"), { [COL.kind]: "cá nhân".normalize("NFD") }),
  ]),
  "tx-03": reg([person(unicodeToLegacy("Nguyễn Thị Huyền Trang", "TCVN3")), THREE[1]!, THREE[2]!]),
  "tx-04": reg([
    THREE[0]!,
    person("Trần Văn Bình", {
      [COL.position]: unicodeToLegacy("Chủ tịch Hội Cựu chiến binh", "VNI"),
      [COL.proposingUnit]: unicodeToLegacy("Hội Cựu chiến binh phường", "VNI"),
    }),
    THREE[2]!,
  ]),
  "tx-05": reg([
    person("Nguyễn Thị Hoa 🌸", { [COL.gender]: "Nữ" }),
    person("Trần Văn Bình 👨‍👩‍👧", { [COL.summaryText]: "Hoàn thành xuất sắc 💯 nhiệm vụ" }),
    team("Tổ dân phố số 3 👍", { [COL.proposingUnit]: "Ban công tác Mặt trận 🇻🇳" }),
  ]),
  "tx-06": reg([
    person("Nguyễn\u00a0Văn An", { [COL.kind]: "Cá\u00a0nhân", [COL.gender]: "Nam\u200b" }),
    person("Trần Thị Bình", {
      [COL.gender]: "\u200bNữ",
      [COL.dutyLevel]: "Hoàn\u00a0thành  tốt\u200b",
    }),
    person("Nguyễn Văn An\u200b", { [COL.title]: "Lao động\u00a0tiên tiến" }),
  ]),
  "tx-07": reg([
    person(long("Nguyễn Văn Dài"), { [COL.summaryText]: long("Thành tích") }),
    THREE[1]!,
  ]),
  "tx-08": reg([
    person('=HYPERLINK("http://example.com","Bấm")'),
    person("Trần Thị Bình", { [COL.gender]: "Nữ", [COL.position]: "+84 912 345 678" }),
    person("Lê Văn Cường", { [COL.proposingUnit]: "@Tổ dân phố 5" }),
  ]),
  "tx-09": reg(THREE, (wb) => {
    set(wb, 5, COL.monthsWorked, { formula: "6+6", result: 12 } as ExcelJS.CellFormulaValue);
    set(wb, 5, COL.title, {
      formula: '"Lao động "&"tiên tiến"',
      result: "Lao động tiên tiến",
    } as ExcelJS.CellFormulaValue);
    set(wb, 5, COL.votes, { formula: "CH_SoThanhVien-1", result: 8 } as ExcelJS.CellFormulaValue);
    set(
      wb,
      6,
      COL.birthDate,
      {
        formula: "DATE(1990,2,3)",
        result: new Date(Date.UTC(1990, 1, 3)),
      } as ExcelJS.CellFormulaValue,
      "dd/mm/yyyy"
    );
    set(wb, 7, COL.members, { formula: "5+5", result: 10 } as ExcelJS.CellFormulaValue);
  }),
  "tx-10": reg(THREE.slice(0, 2).concat([person("Lê Văn Cường")]), (wb) => {
    const ws = nominations(wb);
    const c = colOf(ws, COL.monthsWorked);
    const a = (r: number) => `${ws.getColumn(c).letter}${r}`;
    ws.getCell(a(5)).value = {
      formula: "6*2",
      result: 12,
      shareType: "shared",
      ref: `${a(5)}:${a(7)}`,
    } as ExcelJS.CellFormulaValue;
    ws.getCell(a(6)).value = { sharedFormula: a(5), result: 12 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell(a(7)).value = { sharedFormula: a(5), result: 12 } as ExcelJS.CellSharedFormulaValue;
  }),
  "tx-11": reg(THREE, (wb) => {
    set(wb, 5, COL.monthsWorked, { formula: "6+6" } as ExcelJS.CellFormulaValue);
    set(wb, 6, COL.score, { formula: "'TC Cá nhân'!E40" } as ExcelJS.CellFormulaValue);
  }),
  "tx-12": reg(
    [
      person("placeholder"),
      person("Lỗi Loại"),
      person("Lỗi Tháng"),
      person("Lỗi Ngày"),
      person("Lỗi Danh hiệu"),
    ],
    (wb) => {
      set(wb, 5, COL.name, { error: "#REF!" } as ExcelJS.CellErrorValue);
      set(wb, 6, COL.kind, { error: "#N/A" } as ExcelJS.CellErrorValue);
      set(wb, 7, COL.monthsWorked, { error: "#DIV/0!" } as ExcelJS.CellErrorValue);
      set(wb, 8, COL.birthDate, { error: "#REF!" } as ExcelJS.CellErrorValue);
      set(wb, 9, COL.title, { error: "#N/A" } as ExcelJS.CellErrorValue);
    }
  ),
  "tx-13": reg(
    THREE.slice(0, 2).concat([person("Lê Văn Cường")]),
    (wb) => {
      set(wb, 5, COL.score, {
        formula: "VLOOKUP(B5,'TC Cá nhân'!$B:$E,4,FALSE)",
        result: { error: "#N/A" },
      } as unknown as ExcelJS.CellFormulaValue);
      set(wb, 6, COL.monthsWorked, {
        formula: "#REF!+12",
        result: { error: "#REF!" },
      } as unknown as ExcelJS.CellFormulaValue);
      set(wb, 7, COL.title, {
        formula: "DANHHIEU(B7)",
        result: { error: "#NAME?" },
      } as unknown as ExcelJS.CellFormulaValue);
    },
    { policy: { "Lao động tiên tiến": { "Điểm tối thiểu": 80 } } }
  ),
  "tx-14": reg(
    [
      person("Phạm Thị Sáng"),
      person("Phạm Thị Sáng", {
        [COL.title]: "Chiến sĩ thi đua cơ sở",
        [COL.dutyLevel]: "Hoàn thành tốt",
        [COL.initiative]: "placeholder",
      }),
      person("Đỗ Văn Kiến"),
      person("Đỗ Văn Kiến", {
        [COL.title]: "Chiến sĩ thi đua cơ sở",
        [COL.dutyLevel]: "Hoàn thành tốt",
        [COL.initiative]: "QĐ số 12/QĐ-UBND",
      }),
    ],
    (wb) => void set(wb, 6, COL.initiative, { error: "#REF!" } as ExcelJS.CellErrorValue),
    { options: { cstdcsCapPct: null } }
  ),
  "tx-15": reg([person("placeholder"), person("Trần Thị Bình"), person("Lê Văn Cường")], (wb) => {
    set(wb, 5, COL.name, {
      text: "Nguyễn Văn An",
      hyperlink: "https://example.com/ho-so/an",
    } as ExcelJS.CellHyperlinkValue);
    set(wb, 6, COL.gender, { richText: [{ text: "N" }, { font: { bold: true }, text: "ữ" }] });
    set(wb, 6, COL.dutyLevel, {
      richText: [{ text: "Hoàn thành " }, { font: { italic: true }, text: "tốt" }],
    });
    set(wb, 7, COL.kind, true);
  }),
  "tx-16": zipEdit(
    (entries) => {
      const part = sheetPart(entries, SHEET.nominations);
      const inline = (ref: string, ...runs: string[]) =>
        `<c r="${ref}" t="inlineStr"><is>${runs.length === 1 ? `<t>${xml(runs[0]!)}</t>` : runs.map((t, i) => `<r>${i ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${xml(t)}</t></r>`).join("")}</is></c>`;
      // Row 8: the same person as row 5, every text an inline string, the name in three runs.
      const at = (f: NominationField) => `${columnLetter(FRESH_NOMINATION_LAYOUT.col[f])}8`;
      const row8 =
        `<row r="8">${inline(at("name"), "Phạm ", "Văn ", "Đức")}${inline(at("kind"), "Cá nhân")}${inline(at("birthDate"), "12/03/1985")}${inline(at("gender"), "Nam")}` +
        `<c r="${at("monthsWorked")}"><v>12</v></c>${inline(at("dutyLevel"), "Hoàn thành tốt")}${inline(at("title"), "Lao động tiên tiến")}<c r="${at("votes")}"><v>8</v></c></row>`;
      return rewrite(entries, (n, t) =>
        n === part ? t.replace(/<row r="8"[^>]*?(\/>|>[\s\S]*?<\/row>)/, row8) : undefined
      );
    },
    async () => bytesOf(await register([person("Phạm Văn Đức"), THREE[1]!, THREE[2]!]))
  ),

  // Numbers -------------------------------------------------------------------------------------------
  "nb-01": reg([
    person("Nguyễn Văn An", { [COL.monthsWorked]: " 12 ", [COL.score]: "8,5", [COL.votes]: " 9 " }),
    THREE[1]!,
    team("Chi bộ Tổ dân phố số 3", { [COL.members]: "10 ", [COL.membersLdtt]: " 8" }),
  ]),
  "nb-02": reg([
    team("Hội Nông dân phường", {
      [COL.members]: "1.000",
      [COL.membersCompleted]: "1.000",
      [COL.membersLdtt]: "800",
      [COL.membersCstdcs]: "12",
      [COL.membersDisciplined]: "0",
    }),
    person("Trần Thị Bình", { [COL.gender]: "Nữ", [COL.votes]: "1.000" }),
    person("Lê Văn Cường", { [COL.score]: "8.5" }),
  ]),
  "nb-03": reg([
    person("Nguyễn Văn An", {
      [COL.monthsWorked]: "'12",
      [COL.birthDate]: "'12/03/1985",
      [COL.votes]: "'8",
    }),
    THREE[1]!,
    THREE[2]!,
  ]),
  "nb-04": reg(
    [
      person("Nguyễn Văn An"),
      person("Trần Thị Bình", { [COL.gender]: "Nữ" }),
      person("Lê Văn Cường"),
    ],
    (wb) => {
      set(wb, 5, COL.monthsWorked, {
        formula: "0.1*3*40",
        result: 0.1 * 3 * 40,
      } as ExcelJS.CellFormulaValue);
      set(wb, 6, COL.score, {
        formula: "AVERAGE(79.9,80.1)-0.00000000000001",
        result: 79.99999999999999,
      } as ExcelJS.CellFormulaValue);
      set(wb, 7, COL.score, 80);
    },
    { policy: { "Lao động tiên tiến": { "Điểm tối thiểu": 80 } } }
  ),
  "nb-05": reg([
    person("Nguyễn Văn An", { [COL.monthsWorked]: "12 tháng" }),
    person("Trần Thị Bình", { [COL.gender]: "Nữ", [COL.votes]: 10 }),
    person("Lê Văn Cường", { [COL.score]: 101 }),
    person("Phạm Văn Dũng", { [COL.monthsWorked]: 2.5, [COL.title]: "Giấy khen" }),
  ]),

  // Dates ---------------------------------------------------------------------------------------------
  "dt-01": reg([person("Nguyễn Văn An", { [COL.birthDate]: "12/31/1990" }), THREE[1]!, THREE[2]!]),
  "dt-02": reg([
    person("Nguyễn Văn An", { [COL.birthDate]: "3/2/1990" }),
    person("Trần Thị Bình", { [COL.gender]: "Nữ", [COL.birthDate]: "31-12-1990" }),
    person("Lê Văn Cường", { [COL.birthDate]: "03.02.1990" }),
    person("Phạm Văn Dũng", { [COL.birthDate]: " 1/1/2000 " }),
  ]),
  "dt-03": reg([person("Nguyễn Văn An", { [COL.birthDate]: "12/03/85" }), THREE[1]!, THREE[2]!]),
  "dt-04": reg([person("Nguyễn Văn An", { [COL.birthDate]: 31118 }), THREE[1]!, THREE[2]!]),
  "dt-05": reg(dateRows()),
  "dt-06": reg(dateRows(), (wb) => void (wb.properties.date1904 = true)),
  "dt-07": reg([
    person("Nguyễn Văn An", { [COL.birthDate]: { date: { year: 2030, month: 1, day: 1 } } }),
    THREE[1]!,
    THREE[2]!,
  ]),
  "dt-08": reg(THREE, (wb) => {
    set(wb, 5, COL.birthDate, new Date(Date.UTC(1985, 2, 12, 14, 30)), "dd/mm/yyyy hh:mm");
    set(wb, 6, COL.birthDate, new Date(Date.UTC(1990, 1, 3)), 'dd"/"mm"/"yyyy');
  }),

  // Packages ------------------------------------------------------------------------------------------
  "pk-01": zipEdit((entries) =>
    reorder(entries, (n) =>
      n === "xl/workbook.xml"
        ? 9
        : isSheetXml(n)
          ? 5
          : n.includes("_rels") || n === "xl/sharedStrings.xml"
            ? 1
            : 3
    )
  ),
  "pk-02": zipEdit(
    (entries) =>
      reorder(entries, (n) =>
        n === "xl/styles.xml"
          ? 9
          : isSheetXml(n)
            ? 5
            : n.includes("_rels") || n === "xl/sharedStrings.xml" || n === "xl/workbook.xml"
              ? 1
              : 3
      ),
    async () =>
      bytesOf(
        await register([
          person("Nguyễn Văn An", { [COL.birthDate]: { date: { year: 1985, month: 3, day: 12 } } }),
          THREE[1]!,
          THREE[2]!,
        ])
      )
  ),
  "pk-03": zipEdit((entries) =>
    rewrite(entries, (n, t) =>
      n === "xl/_rels/workbook.xml.rels" ? t.replace(/Target="(?!\/)/g, 'Target="/xl/') : undefined
    )
  ),
  "pk-04": zipEdit((entries) =>
    [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  ),
  "pk-05": zipEdit((entries) => storedZip(entries)),
  "pk-06": async (file, env) => fs.writeFile(file, env.canonical),
  "pk-08": zipEdit((entries) =>
    rewrite(entries, (n, t) =>
      isSheetXml(n) || n === "xl/sharedStrings.xml"
        ? `${t}\r\n<!-- Xuất từ phần mềm quản lý cán bộ -->\r\n`
        : undefined
    )
  ),
  "pk-07": fromLibreOffice((lo) => lo.saved, "LibreOffice"),
};

/** Ages on 31/12/2026: 70 (passes), 18 (passes), 71 (DL04). A 4-year date-system slip moves one of them over a limit. */
function dateRows(): Row[] {
  return [
    person("Nguyễn Văn Cao", { [COL.birthDate]: { date: { year: 1956, month: 7, day: 1 } } }),
    person("Trần Thị Trẻ", {
      [COL.gender]: "Nữ",
      [COL.birthDate]: { date: { year: 2008, month: 3, day: 1 } },
    }),
    person("Lê Văn Lão", { [COL.birthDate]: { date: { year: 1955, month: 12, day: 31 } } }),
  ];
}

/** The register LibreOffice converts (the pk-07 source: row 6 has a gender error). */
async function libreOfficeSource(): Promise<Buffer> {
  return bytesOf(await register([THREE[0]!, { ...THREE[1]!, [COL.gender]: "Nũ" }, THREE[2]!]));
}

async function libreOfficeFiles(dir: string): Promise<LoFiles | string> {
  const soffice = requireLibreOffice(); // throws under CI=true without LibreOffice
  if (soffice === null) return "LibreOffice not installed";
  const work = path.join(dir, "_libreoffice");
  await fs.mkdir(work, { recursive: true });
  const src = path.join(work, "so-nguon.xlsx");
  await fs.writeFile(src, await libreOfficeSource());
  const python = findPythonUno();
  const [made, saved] = await Promise.all([
    libreOfficeFixtures(soffice, python, src, path.join(work, "fixtures"), "MatKhau@2026"),
    recalculateXlsx(src, path.join(work, "saved"), { soffice }),
  ]);
  return { xls: made.xls, ods: made.ods, encrypted: made.encrypted, saved };
}

/**
 * Write every case of CASES into `dir` (cases sharing a file name share the file). Returns the cases
 * with absolute paths; a case that cannot be made here (LibreOffice missing locally) has `skipped`.
 */
export async function generateCorpus(dir: string): Promise<CorpusCase[]> {
  await fs.mkdir(dir, { recursive: true });
  const missing = CASES.filter((c) => !BUILDERS[c.id]).map((c) => c.id);
  const unused = Object.keys(BUILDERS).filter((id) => !CASES.some((c) => c.id === id));
  if (missing.length || unused.length)
    throw new Error(
      `corpus: no builder for ${missing.join(", ")}; no case for ${unused.join(", ")}`
    );
  const canonical = await bytesOf(await register(THREE));
  const lo = libreOfficeFiles(dir).catch((e: unknown) => {
    if (process.env.CI === "true") throw e;
    return `LibreOffice failed: ${e instanceof Error ? e.message : String(e)}`;
  });
  const env: Env = { canonical, lo };
  const made = new Map<string, Promise<void | string>>();
  const out: CorpusCase[] = [];
  for (const c of CASES) {
    const file = path.join(dir, c.file);
    // The first case naming a file builds it; `-en` variants reuse it.
    if (!made.has(c.file)) made.set(c.file, BUILDERS[c.id]!(file, env));
    const skipped = await made.get(c.file)!;
    out.push(typeof skipped === "string" ? { ...c, file, skipped } : { ...c, file });
  }
  await lo;
  for (const c of out) {
    const absent = ["missing"].includes(c.messageKey ?? "");
    if (!c.skipped && !absent && !existsSync(c.file))
      throw new Error(`corpus: ${c.id} wrote no ${c.file}`);
  }
  return out;
}
