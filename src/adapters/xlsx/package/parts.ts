/**
 * The workbook-level parts a register reader needs: relationships, the sheet list (names, parts,
 * date system), which cell styles are dates, and the shared strings table.
 */
import { isPercentFormat } from "../../../workbook/numberFormat";
import { decodeEscapes, parsePart, prefixedAttribute } from "./xml";

export interface Relationship {
  readonly type: string;
  /** The target as a part name (no leading slash), resolved against the source part's folder. */
  readonly part: string;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target (relative, `./x`, `../x` or absolute `/xl/x`) against a part's folder. */
export function resolveTarget(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//u, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** Target of `part` relative to the folder of `from` (both part names without a leading slash). */
export function relativeTarget(from: string, part: string): string {
  const base = from.split("/").slice(0, -1);
  const target = part.split("/");
  let i = 0;
  while (i < base.length && i < target.length - 1 && base[i] === target[i]) i++;
  return [...base.slice(i).map(() => ".."), ...target.slice(i)].join("/");
}

export function parseRels(chunks: Iterable<Uint8Array>, from: string): Map<string, Relationship> {
  return parsePart(chunks, (parseXml) => {
    const rels = new Map<string, Relationship>();
    parseXml({
      open(name, a) {
        if (name !== "Relationship" || !a.Id || a.Target === undefined) return;
        if (a.TargetMode === "External") return;
        rels.set(a.Id, { type: a.Type ?? "", part: resolveTarget(from, a.Target) });
      },
    });
    return rels;
  });
}

export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

export function parseWorkbook(chunks: Iterable<Uint8Array>): WorkbookPart {
  return parsePart(chunks, (parseXml) => {
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    parseXml({
      open(name, a) {
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        else if (name === "sheet" && a.name !== undefined) {
          const relId = prefixedAttribute(a, "id");
          if (relId) sheets.push({ name: a.name, relId });
        }
      },
    });
    return { sheets, date1904 };
  });
}

/** Built-in number formats that are dates (ECMA-376 18.8.30 and the East Asian ids ExcelJS knows). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Built-in number formats that are percentages (`0%`, `0.00%`). */
const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

/** ExcelJS's rule for a date format: date letters outside quotes and brackets. */
export function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /[ymdhMsb]/u.test(fmt.replace(/\[[^\]]*\]/gu, "").replace(/"[^"]*"/gu, ""));
}

/** How a cell style shows a number: as a date, as a percentage (×100), or as it is. */
export type NumberShape = "date" | "percent" | "plain";

/** For each cell style (`<xf>` of `cellXfs`, by index), how it shows a number. */
export function parseNumberShapes(chunks: Iterable<Uint8Array>): NumberShape[] {
  return parsePart(chunks, (parseXml) => {
    const custom = new Map<number, string>();
    const xfs: number[] = [];
    let inCellXfs = false;
    parseXml({
      open(name, a, selfClosing) {
        if (name === "numFmt" && a.numFmtId !== undefined)
          custom.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = !selfClosing;
        else if (name === "xf" && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    });
    // A custom format with a built-in id replaces it, as in Excel.
    return xfs.map((id): NumberShape => {
      const fmt = custom.get(id);
      if (fmt !== undefined)
        return isDateFormat(fmt) ? "date" : isPercentFormat(fmt) ? "percent" : "plain";
      if (BUILTIN_DATE_FORMATS.has(id)) return "date";
      return BUILTIN_PERCENT_FORMATS.has(id) ? "percent" : "plain";
    });
  });
}

/** The shared strings: rich text runs joined, phonetic guides (`rPh`) left out, `_xHHHH_` decoded. */
export function parseSharedStrings(chunks: Iterable<Uint8Array>): string[] {
  return parsePart(chunks, (parseXml) => {
    const strings: string[] = [];
    let current: string | null = null;
    let inT = false;
    let phonetic = 0;
    parseXml({
      // saxes reports a closing tag for a self-closing element too (`<si/>` is one empty string).
      open(name) {
        if (name === "si") current = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t" && current !== null && phonetic === 0) inT = true;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") {
          strings.push(decodeEscapes(current ?? ""));
          current = null;
        }
      },
      text(t) {
        if (inT) current += t;
      },
    });
    return strings;
  });
}
