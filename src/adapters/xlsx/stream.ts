/**
 * Streaming reader: the register's grids straight from the zip with ExcelJS's WorkbookReader, keeping
 * only the sheets `readRegister` needs. Faster and far smaller in memory than loading the workbook
 * (bench/validate-vs-read). `validate` uses it; commands that write still load the workbook.
 */
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import type { Cell } from "../../domain/cell";
import type { RegisterSnapshot } from "../../domain/snapshot";
import { cellKey, type SheetGrid, type WorkbookGrids } from "../../workbook/grid";
import { isSheetToRead, readRegister } from "../../workbook/read";
import { SHEET } from "../../domain/register/contract";
import { fromExcelValue } from "./cells";
import { InputError } from "./errors";
import { readBytes } from "./read";
import { sniffXlsx } from "./sniff";

/** ExcelJS's rule for a date number format: date letters outside quotes and brackets. */
function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * The cached result of a formula cell. ExcelJS's in-memory reader turns the number cached by a
 * date-formatted formula (`=DATE(1985,3,12)`, a lookup into a staff list) into a Date, as it does
 * for plain date cells; its streaming reader does not, so do it here (same 1900/1904 serial rule).
 */
function formulaResult(cell: ExcelJS.Cell, date1904: boolean): ExcelJS.CellValue {
  const r = errorValue(cell.result as ExcelJS.CellValue);
  if (typeof r !== "number" || !isDateFormat(cell.numFmt)) return r;
  return new Date(Math.round((r - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The private steps of ExcelJS 4.4's WorkbookReader that hand zip bytes to its XML parser. */
interface ReaderInternals {
  _parseWorksheet(
    iterator: AsyncIterable<Buffer | string>,
    sheetNo: string
  ): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  workbookRels?: { Target?: unknown }[];
}

/** Details of a damaged package that ExcelJS reads without complaint (shown in the `corrupt` message). */
export const DAMAGED = {
  truncatedXml: "dữ liệu trong tệp bị cắt cụt / part of the data is cut off",
  noSharedStrings:
    "thiếu bảng chữ dùng chung xl/sharedStrings.xml / xl/sharedStrings.xml is missing",
  noWorkbook: "thiếu xl/workbook.xml / xl/workbook.xml is missing",
  missingSheet: (name: string) =>
    `thiếu dữ liệu của sheet “${name}” / the data of sheet “${name}” is missing`,
} as const;

/** Excel's error values: a cell of type `e`, or the cached result of a failed formula. */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Text that is one of Excel's error values (see `sheetTagFixes`) as an error value. */
function errorValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  return typeof v === "string" && EXCEL_ERRORS.has(v)
    ? ({ error: v } as ExcelJS.CellErrorValue)
    : v;
}

/**
 * UTF-8 text of one XML part, decoded across chunk boundaries (ExcelJS 4.4's streaming reader
 * decodes every inflated zip chunk on its own, utils/parse-sax.js, so a letter whose bytes straddle
 * two chunks became "��" — a few names or list values per thousand rows), with `fix` applied to
 * whole tags (text after a chunk's last `>` waits for the next chunk). Throws when the part stops
 * before the end tag of its root element: ExcelJS's parser is never closed, so a part cut short
 * read as a shorter sheet.
 */
async function* xmlText(
  chunks: AsyncIterable<Buffer | string>,
  fix?: (text: string) => string
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  const seen = { root: null as string | null, tail: "" };
  const emit = (text: string): string => {
    if (seen.root === null) {
      const m = /<([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/u.exec(text.replace(/<[?!][^>]*>/gu, ""));
      if (m) seen.root = m[2] ? "" : m[1]!; // "": an empty root `<sst/>`, complete by itself
    }
    seen.tail = (seen.tail + text).slice(-4096);
    return fix ? fix(text) : text;
  };
  for await (const chunk of chunks) {
    const all = carry + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    const cut = all.lastIndexOf(">") + 1;
    carry = all.slice(cut);
    if (cut > 0) yield emit(all.slice(0, cut));
  }
  const rest = carry + decoder.end();
  if (rest) yield emit(rest);
  const { root } = seen;
  const tail = seen.tail.replace(/(?:\s|<!--[\s\S]*?-->|<\?[^>]*\?>)*$/u, ""); // comments may follow the root
  if (root && !new RegExp(`</${root.replace(/[.]/gu, "\\.")}\\s*>$`, "u").test(tail))
    throw new Error(DAMAGED.truncatedXml);
}

/**
 * Tag-level fixes of a worksheet's XML for ExcelJS's streaming parser (state kept across chunks):
 * - a cell of type `e` becomes `str`: ExcelJS read a formula's cached error (`=VLOOKUP(…)` → `#N/A`)
 *   with parseFloat, i.e. as NaN, which looked like an empty cell (a required cell "missing", a
 *   score silently absent); as text it is kept and turned back into an error value by `errorValue`;
 * - in an inline string (`<is>`, written by Apache POI, xlsxwriter's constant-memory mode, many
 *   exports) only the first `<t>` stays a `<t>`: ExcelJS restarts the value at every `<t>`, so a
 *   rich inline string ("Nguyễn " + bold "Văn An") kept its last run only.
 */
function sheetTagFixes(): (text: string) => string {
  let inInline = false;
  let runs = 0;
  let renamed = false;
  return (text) =>
    text.replace(/<(\/?)(c|is|t)(?=[\s/>])[^>]*>/gu, (tag, close: string, name: string) => {
      if (name === "c") return close ? tag : tag.replace(/(\st\s*=\s*["'])e(["'])/u, "$1str$2");
      if (name === "is") {
        inInline = !close && !tag.endsWith("/>");
        runs = 0;
        return tag;
      }
      if (close) {
        if (!renamed) return tag;
        renamed = false;
        return "</t_>";
      }
      if (!inInline || ++runs === 1) return tag;
      renamed = !tag.endsWith("/>");
      return `<t_${tag.slice(2)}`;
    });
}

/**
 * Patch the streaming reader (ExcelJS 4.4 internals, checked): XML decoded across chunks and
 * checked for completeness (`xmlText`), worksheet fixes (`sheetTagFixes`), and relationship
 * targets written as absolute part names — `/xl/worksheets/sheet1.xml`, as openpyxl writes every
 * file — made relative: ExcelJS matched only `worksheets/sheet1.xml`, so such a register had no
 * sheet names and was "not a register".
 */
function patchReader(reader: object): void {
  const r = reader as ReaderInternals;
  if (
    typeof r._parseWorksheet !== "function" ||
    typeof r._parseSharedStrings !== "function" ||
    typeof r._parseRels !== "function"
  ) {
    throw new Error("ExcelJS WorkbookReader internals changed: check src/adapters/xlsx/stream.ts");
  }
  const parseWorksheet = r._parseWorksheet;
  const parseSharedStrings = r._parseSharedStrings;
  const parseRels = r._parseRels;
  r._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, xmlText(iterator, sheetTagFixes()), sheetNo);
  };
  r._parseSharedStrings = function (entry) {
    return parseSharedStrings.call(this, Readable.from(xmlText(entry as AsyncIterable<Buffer>)));
  };
  r._parseRels = async function (entry) {
    await parseRels.call(this, entry);
    for (const rel of this.workbookRels ?? []) {
      if (typeof rel.Target === "string")
        rel.Target = rel.Target.replace(/^\/xl\//u, "").replace(/^\.\//u, "");
    }
  };
}

const isWorksheetPart = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/u.test(name);

/**
 * The package with its worksheets last. ExcelJS's streaming reader reads the zip in order and needs
 * the workbook, its relationships, the styles and the shared strings before a worksheet: a worksheet
 * stored before `xl/workbook.xml` failed ("Cannot read properties of undefined"), one before
 * `xl/styles.xml` lost its date formats (every birth date a DL03), and in the usual order (Excel and
 * ExcelJS store the shared strings after the worksheets) each worksheet went through a temporary
 * file. The zip is in memory anyway: its local records are moved whole (with any data descriptor)
 * and the central directory re-pointed. Unusual zips (zip64, overlapping records) are left as they are.
 */
function worksheetsLast(buf: Buffer, file: string): Buffer {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return buf;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return buf;
  const entries: { name: string; local: number; central: Buffer }[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) return buf;
    const size =
      46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString("utf8", p + 46, p + 46 + buf.readUInt16LE(p + 28)),
      local: buf.readUInt32LE(p + 42),
      central: buf.subarray(p, p + size),
    });
    p += size;
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml"))
    throw new InputError("corrupt", file, DAMAGED.noWorkbook);
  const byOffset = [...entries].sort((a, b) => a.local - b.local);
  const records = new Map<(typeof entries)[number], Buffer>();
  for (let i = 0; i < byOffset.length; i++) {
    const e = byOffset[i]!;
    const end = i + 1 < byOffset.length ? byOffset[i + 1]!.local : cdOffset;
    if (end <= e.local || end > cdOffset) return buf;
    records.set(e, buf.subarray(e.local, end));
  }
  const order = [
    ...byOffset.filter((e) => !isWorksheetPart(e.name)),
    ...byOffset.filter((e) => isWorksheetPart(e.name)),
  ];
  if (order.every((e, i) => e === byOffset[i])) return buf;
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of order) {
    const central = Buffer.from(e.central);
    central.writeUInt32LE(offset, 42);
    centrals.push(central);
    parts.push(records.get(e)!);
    offset += records.get(e)!.length;
  }
  const end = Buffer.from(buf.subarray(eocd));
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

export async function streamGrids(file: string, buffer?: Buffer): Promise<WorkbookGrids> {
  const buf = buffer ?? (await readBytes(file));
  const problem = sniffXlsx(buf);
  if (problem) throw new InputError(problem, file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([worksheetsLast(buf, file)]),
    {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "emit",
    }
  );
  patchReader(reader);
  const sheetNames: string[] = [];
  const sheets = new Map<string, SheetGrid>();
  try {
    for await (const ws of reader as AsyncIterable<
      ExcelJS.stream.xlsx.WorksheetReader & { name: string }
    >) {
      sheetNames.push(ws.name);
      if (!isSheetToRead(ws.name)) {
        for await (const _row of ws as AsyncIterable<ExcelJS.Row>) void _row; // drain
        continue;
      }
      const rows: (Cell[] | undefined)[] = [];
      const formulaCells = new Set<string>();
      const date1904 =
        (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model
          ?.date1904 === true;
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const r = row.number;
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const isFormula = cell.type === ExcelJS.ValueType.Formula;
          if (isFormula) formulaCells.add(cellKey(r, c));
          // A shared-string index left unresolved: the package has no shared strings table.
          if (typeof cell.value === "object" && cell.value !== null && "sharedString" in cell.value)
            throw new Error(DAMAGED.noSharedStrings);
          const v = fromExcelValue(
            isFormula ? formulaResult(cell, date1904) : errorValue(cell.value)
          );
          if (v !== null) cells[c] = v;
        });
        if (cells.length) rows[r] = cells;
      }
      sheets.set(ws.name, { name: ws.name, rows, formulaCells });
    }
    // A register sheet listed in the workbook whose part is not in the zip (ExcelJS skips it silently).
    const declared =
      (reader as unknown as { model?: { sheets?: { name?: unknown }[] } }).model?.sheets ?? [];
    for (const d of declared) {
      if (typeof d.name === "string" && isSheetToRead(d.name) && !sheetNames.includes(d.name))
        throw new Error(DAMAGED.missingSheet(d.name));
    }
  } catch (e) {
    throw new InputError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  return { sheetNames, sheets };
}

/** The register snapshot of a file, streamed; a workbook with none of the register's sheets is `notRegister`. */
export async function streamRegisterSnapshot(file: string): Promise<RegisterSnapshot> {
  const snapshot = readRegister(await streamGrids(file));
  if (!snapshot.nominations && !snapshot.settings)
    throw new InputError("notRegister", file, [SHEET.settings, SHEET.nominations].join(", "));
  return snapshot;
}
