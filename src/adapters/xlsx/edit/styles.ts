/**
 * The register's cell styles added to an existing workbook's `xl/styles.xml`: a plan style becomes
 * a `<font>`, `<fill>`, `<border>`, number format and `<xf>` appended to the workbook's own lists
 * (never changing an entry that is there), and a conditional format's look a `<dxf>`. An entry
 * equal to one already in the list — written by an earlier run, or by the clerk — is reused, so
 * running a command twice does not grow the file.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatPlan, StyleName } from "../../../workbook/plan/types";
import { BUILTIN_FORMATS, xmlText } from "../sheetXml";
import { STYLES } from "../styles";
import { attributes, child, children, closeStart, rootElement, splice, type Span } from "./scan";

/** The stylesheet's lists in schema order (a missing list is inserted before the ones after it). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

const ITEM: Record<ListName, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** A style to give a cell: one of the plan's (optionally unlocked), a plain date, or only unlocked. */
export type CellStyleKey =
  { readonly name: StyleName; readonly unlocked?: boolean } | "plainDate" | "unlocked";

const color = (tag: string, c: Partial<ExcelJS.Color> | undefined): string =>
  c?.argb ? `<${tag} rgb="${c.argb}"/>` : "";

export function fontXml(f: Partial<ExcelJS.Font> | undefined): string {
  if (!f) return "";
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    (f.underline ? "<u/>" : "") +
    (f.size ? `<sz val="${f.size}"/>` : "") +
    color("color", f.color) +
    (f.name ? `<name val="${xmlText(f.name)}"/>` : "") +
    "</font>"
  );
}

function fillXml(f: ExcelJS.Fill | undefined, dxf: boolean): string {
  if (!f || f.type !== "pattern") return "";
  // In a differential format the solid colour is the background colour (as Excel writes it).
  const fg = f.fgColor ?? (f as { bgColor?: Partial<ExcelJS.Color> }).bgColor;
  return dxf
    ? `<fill><patternFill patternType="${f.pattern}">${color("bgColor", fg)}</patternFill></fill>`
    : `<fill><patternFill patternType="${f.pattern}">${color("fgColor", fg)}<bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(b: Partial<ExcelJS.Borders> | undefined): string {
  if (!b) return "";
  const side = (tag: string, s: Partial<ExcelJS.Border> | undefined) =>
    s?.style ? `<${tag} style="${s.style}">${color("color", s.color)}</${tag}>` : `<${tag}/>`;
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: Partial<ExcelJS.Alignment> | undefined): string {
  if (!a) return "";
  const attrs = [
    a.horizontal ? ` horizontal="${a.horizontal}"` : "",
    // ExcelJS says `middle` where SpreadsheetML says `center` (ST_VerticalAlignment).
    a.vertical ? ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"` : "",
    a.wrapText ? ` wrapText="1"` : "",
  ].join("");
  return attrs ? `<alignment${attrs}/>` : "";
}

interface List {
  span: Span | undefined;
  /** Raw XML of each item, by index. */
  items: string[];
  added: string[];
}

/** `xl/styles.xml` being added to. */
export class StyleBook {
  private readonly lists = new Map<ListName, List>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly xfCache = new Map<string, number>();

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    for (const name of Object.keys(ITEM) as ListName[]) {
      const span = child(xml, root, name);
      const items = span
        ? children(xml, span)
            .filter((c) => c.name === ITEM[name])
            .map((c) => xml.slice(c.start, c.end))
        : [];
      this.lists.set(name, { span, items, added: [] });
    }
    const fmts = this.lists.get("numFmts")!;
    if (fmts.span)
      for (const c of children(xml, fmts.span)) {
        const a = attributes(xml, c);
        const id = Number(a.get("numFmtId"));
        if (Number.isFinite(id)) {
          this.numFmtIds.set(a.get("formatCode") ?? "", id);
          this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
        }
      }
  }

  /** Index of `item` in list `name`, appending it when no equal item is there. */
  private index(name: ListName, item: string): number {
    const list = this.lists.get(name)!;
    const all = [...list.items, ...list.added];
    const i = all.indexOf(item);
    if (i >= 0) return i;
    list.added.push(item);
    return all.length;
  }

  private numFmt(code: string | undefined): number {
    if (!code) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmtIds.get(xmlText(code));
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmtIds.set(xmlText(code), id);
      this.lists
        .get("numFmts")!
        .added.push(`<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    }
    return id;
  }

  /** The `cellXfs` index of a style (its font, fill, border and number format added as needed). */
  cellXf(key: CellStyleKey): number {
    const cacheKey = typeof key === "string" ? key : `${key.name}|${key.unlocked ? 1 : 0}`;
    const cached = this.xfCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const s: Partial<ExcelJS.Style> =
      key === "plainDate" ? { numFmt: "dd/mm/yyyy" } : key === "unlocked" ? {} : STYLES[key.name];
    const unlocked = key === "unlocked" || (typeof key !== "string" && key.unlocked);
    const fontId = s.font ? this.index("fonts", fontXml(s.font)) : 0;
    const fillId = s.fill ? this.index("fills", fillXml(s.fill, false)) : 0;
    const borderId = s.border ? this.index("borders", borderXml(s.border)) : 0;
    const numFmtId = this.numFmt(s.numFmt);
    const inner = alignmentXml(s.alignment) + (unlocked ? `<protection locked="0"/>` : "");
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ` applyNumberFormat="1"` : "") +
      (s.font ? ` applyFont="1"` : "") +
      (s.fill ? ` applyFill="1"` : "") +
      (s.border ? ` applyBorder="1"` : "") +
      (s.alignment ? ` applyAlignment="1"` : "") +
      (unlocked ? ` applyProtection="1"` : "") +
      (inner ? `>${inner}</xf>` : "/>");
    const id = this.index("cellXfs", xf);
    this.xfCache.set(cacheKey, id);
    return id;
  }

  /** The `dxfs` index of a conditional format's look. */
  dxf(cf: Pick<ConditionalFormatPlan, "fill" | "fontColor" | "bold">): number {
    const font =
      cf.fontColor || cf.bold
        ? `<font>${cf.bold ? "<b/>" : ""}${cf.fontColor ? `<color rgb="${cf.fontColor}"/>` : ""}</font>`
        : "";
    const fill = fillXml({ type: "pattern", pattern: "solid", fgColor: { argb: cf.fill } }, true);
    return this.index("dxfs", `<dxf>${font}${fill}</dxf>`);
  }

  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** The stylesheet with the added entries (and the lists' `count`s) — unchanged text otherwise. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const root = rootElement(xml);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of Object.keys(ITEM) as ListName[]) {
      const list = this.lists.get(name)!;
      if (!list.added.length) continue;
      const count = list.items.length + list.added.length;
      if (list.span) {
        const open = xml
          .slice(list.span.start, list.span.openEnd)
          .replace(/\scount\s*=\s*("[^"]*"|'[^']*')/u, ` count="${count}"`);
        if (list.span.selfClosing) {
          edits.push({
            start: list.span.start,
            end: list.span.end,
            text: `${open.replace(/\s*\/>$/u, ">")}${list.added.join("")}</${list.span.qname}>`,
          });
        } else {
          edits.push({ start: list.span.start, end: list.span.openEnd, text: open });
          const at = closeStart(xml, list.span);
          edits.push({ start: at, end: at, text: list.added.join("") });
        }
      } else {
        const later = ORDER.slice(ORDER.indexOf(name) + 1) as readonly string[];
        const kids = children(xml, root);
        const next = kids.find((k) => later.includes(k.name));
        const at = next ? next.start : closeStart(xml, root);
        const p = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
        edits.push({
          start: at,
          end: at,
          text: `<${p}${name} count="${count}">${list.added.join("")}</${p}${name}>`,
        });
      }
    }
    return splice(xml, edits);
  }
}

/** A minimal stylesheet for a package that has none (the default font, the two required fills). */
export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
