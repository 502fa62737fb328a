/**
 * The surgical package writer: a BookEdit (src/workbook/edit/book.ts) carried out on the bytes of
 * an existing .xlsx/.xlsm package. The parts it owns change — the worksheets it edits or adds,
 * `xl/styles.xml` when a style is added, `xl/workbook.xml` (sheets, defined names, recalculation on
 * load), its relationships and `[Content_Types].xml` when a sheet is added, and `xl/calcChain.xml`,
 * dropped when a formula cell was given a value. Every other zip entry is copied as its compressed
 * bytes, unchanged; inside a changed part, everything the edit does not own is kept character for
 * character (./sheet.ts). No Node API: compression is injected.
 */
import type { BookEdit } from "../../../workbook/edit/book";
import type { PlanCell } from "../../../workbook/plan/types";
import { sheetRef } from "../../../workbook/plan/types";
import { printAreaName } from "../../../workbook/plan/print";
import { foldKey } from "../../../domain/text/normalize";
import { ChunkPool, xmlText } from "../sheetXml";
import { type Deflater, type PackedEntry, PartWriter, zipPacked } from "../zip";
import { relativeTarget, relsPartOf, resolveTarget } from "../package/parts";
import { whole } from "../package/read";
import { entryData, type InflateRaw, partChunks, type ZipEntry, zipEntries } from "../package/zip";
import { xmlContent } from "./cellXml";
import { newSheetXml, printTitles } from "./newSheet";
import { sheetWithCharts } from "../charts";
import {
  attributes,
  child,
  children,
  closeStart,
  decodeEntities,
  insertionPoint,
  rootElement,
  splice,
  type Span,
  withAttribute,
} from "./scan";
import { type CellWrite, editSheetPartSteps } from "./sheet";
import { BLOCK } from "./sheetData";
import { EMPTY_STYLESHEET, StyleBook } from "./styles";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_WORKSHEET = `${REL_NS}/worksheet`;
const REL_STYLES = `${REL_NS}/styles`;
export const WORKSHEET_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Why an edit cannot be carried out on this package (the caller explains it to the clerk). */
export type EditRefusalKind = "structureLocked" | "noSheet" | "strict";

export class EditRefusal extends Error {
  constructor(
    readonly kind: EditRefusalKind,
    readonly detail = ""
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "EditRefusal";
  }
}

export interface PackageEditOptions {
  readonly deflater: Deflater;
  readonly inflateRaw?: InflateRaw;
  /** Limit on the bytes inflated from the parts the edit reads. */
  readonly maxUncompressed: number;
  /** Parts the reader inflated already (package/read.ts `keepParts`), by part name. */
  readonly inflated?: ReadonlyMap<string, Uint8Array>;
}

export interface PackageEditReport {
  /** Zip entries whose content changed, were added or removed. */
  readonly changedParts: readonly string[];
  readonly addedParts: readonly string[];
  readonly removedParts: readonly string[];
  /** Planned cells left alone because they anchor a shared or array formula. */
  readonly cellsSkipped: number;
}

/** The workbook's sheets (name, id, relationship), its date system and structure lock. */
export interface WorkbookInfo {
  readonly part: string;
  readonly sheets: readonly { name: string; sheetId: number; relId: string; part?: string }[];
  readonly date1904: boolean;
  readonly structureLocked: boolean;
  /** The prefix bound to the relationships namespace in workbook.xml (`r`), if any. */
  readonly relPrefix: string | null;
}

const utf8 = new TextEncoder();

/** A relationship part's entries (Id, Type, Target as written). */
export function relationships(
  xml: string
): { id: string; type: string; target: string; external: boolean }[] {
  const root = rootElement(xml);
  return children(xml, root)
    .filter((c) => c.name === "Relationship")
    .map((c) => {
      const a = attributes(xml, c);
      return {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target: decodeEntities(a.get("Target") ?? ""),
        external: a.get("TargetMode") === "External",
      };
    });
}

function nextId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export class Package {
  readonly entries: Map<string, ZipEntry>;
  private readonly budget: { left: number };
  /** New content of changed or added parts (in pieces, or compressed already); null = removed. */
  readonly changes = new Map<string, readonly Uint8Array[] | Promise<PackedEntry> | null>();
  private readonly texts = new Map<string, string>();

  constructor(
    readonly buf: Uint8Array,
    private readonly options: PackageEditOptions
  ) {
    this.entries = zipEntries(buf);
    this.budget = { left: options.maxUncompressed };
  }

  /** The entry of a part name, case-insensitively as in OPC. */
  entry(name: string): ZipEntry | undefined {
    return (
      this.entries.get(name) ??
      [...this.entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase())
    );
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined || (this.changes.get(name) ?? null) !== null;
  }

  /** A part's bytes as they are in the package (inflated; the reader's copy when it kept one). */
  original(e: ZipEntry): Uint8Array {
    return (
      this.options.inflated?.get(e.name) ??
      whole([...partChunks(this.buf, e, this.budget, this.options.inflateRaw)])
    );
  }

  /** A part's text (its current, edited text when it changed). */
  text(name: string): string | undefined {
    const e = this.entry(name);
    const cached = this.texts.get(e ? e.name : name);
    if (cached !== undefined) return cached;
    if (!e) return undefined;
    const text = decodeXml(this.original(e));
    this.texts.set(e.name, text);
    return text;
  }

  /** Replace a part by one compressed as it was edited (a part edited as bytes, not as text). */
  setPacked(name: string, packed: Promise<PackedEntry>): void {
    const e = this.entry(name);
    const key = e ? e.name : name;
    this.texts.delete(key);
    this.changes.set(key, packed);
  }

  setText(name: string, text: string): void {
    const e = this.entry(name);
    const key = e ? e.name : name;
    this.texts.set(key, text);
    this.changes.set(key, [utf8.encode(text)]);
  }

  remove(name: string): void {
    const e = this.entry(name);
    if (e) this.changes.set(e.name, null);
  }

  async bytes(): Promise<{ bytes: Uint8Array; report: Omit<PackageEditReport, "cellsSkipped"> }> {
    const out: Promise<PackedEntry>[] = [];
    const changedParts: string[] = [];
    const addedParts: string[] = [];
    const removedParts: string[] = [];
    const name8 = (n: string) => utf8.encode(n);
    for (const e of this.entries.values()) {
      const change = this.changes.get(e.name);
      if (change === null) {
        removedParts.push(e.name);
        continue;
      }
      if (change !== undefined) {
        changedParts.push(e.name);
        const packed =
          change instanceof Promise ? change : packParts(e.name, change, this.options.deflater);
        out.push(packed.then((p) => ({ ...p, time: e.time, date: e.date })));
        continue;
      }
      const { start, end } = entryData(this.buf, e);
      out.push(
        Promise.resolve({
          name: name8(e.name),
          method: e.method,
          crc: e.crc,
          size: e.size,
          body: [this.buf.subarray(start, end)],
          time: e.time,
          date: e.date,
        })
      );
    }
    for (const [name, change] of this.changes) {
      if (change === null || this.entries.has(name)) continue;
      addedParts.push(name);
      out.push(change instanceof Promise ? change : packParts(name, change, this.options.deflater));
    }
    return {
      bytes: zipPacked(await Promise.all(out)),
      report: { changedParts, addedParts, removedParts },
    };
  }
}

/** Slices a part is compressed in: each on its own (Node's zlib compresses them side by side). */
const SLICE = 4 << 20;

/** Compress a part given in pieces, in slices of at most SLICE bytes. */
async function packParts(
  name: string,
  pieces: readonly Uint8Array[],
  deflater: Deflater
): Promise<PackedEntry> {
  const w = new PartWriter(name, deflater);
  const slices: Uint8Array[] = [];
  for (const p of pieces)
    for (let i = 0; i < p.length; i += SLICE)
      slices.push(p.subarray(i, Math.min(p.length, i + SLICE)));
  if (!slices.length) slices.push(new Uint8Array(0));
  slices.forEach((c, i) => w.push(c, i === slices.length - 1));
  return w.packed();
}

/** UTF-8 (or UTF-16 with its byte-order mark) to text. */
function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  return new TextDecoder("utf-8").decode(b);
}

export function workbookInfo(pkg: Package): WorkbookInfo {
  const rootRels = pkg.text("_rels/.rels");
  const office = rootRels
    ? relationships(rootRels).find((r) => r.type.endsWith("/officeDocument"))
    : undefined;
  const part = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const xml = pkg.text(part);
  if (xml === undefined) throw new EditRefusal("noSheet", part);
  if (xml.includes("purl.oclc.org/ooxml/spreadsheetml")) throw new EditRefusal("strict");
  const root = rootElement(xml);
  let relPrefix: string | null = null;
  for (const [k, v] of attributes(xml, root))
    if (k.startsWith("xmlns:") && v === REL_NS) relPrefix = k.slice(6);
  const relsXml = pkg.text(relsPartOf(part)) ?? "";
  const rels = relsXml ? relationships(relsXml) : [];
  const sheetsSpan = child(xml, root, "sheets");
  const sheets = (sheetsSpan ? children(xml, sheetsSpan) : [])
    .filter((s) => s.name === "sheet")
    .map((s) => {
      const a = attributes(xml, s);
      const relId = [...a].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.find((r) => r.id === relId && !r.external);
      return {
        name: decodeEntities(a.get("name") ?? ""),
        sheetId: Number(a.get("sheetId")) || 0,
        relId,
        part: rel && rel.type.endsWith("/worksheet") ? resolveTarget(part, rel.target) : undefined,
      };
    });
  const pr = child(xml, root, "workbookPr");
  const prA = pr ? attributes(xml, pr) : new Map<string, string>();
  const prot = child(xml, root, "workbookProtection");
  const protA = prot ? attributes(xml, prot) : new Map<string, string>();
  const on = (v: string | undefined) => v === "1" || v === "true";
  return {
    part,
    sheets,
    date1904: on(prA.get("date1904")),
    structureLocked: on(protA.get("lockStructure")),
    relPrefix,
  };
}

/** The styles part (created, with its relationship and content type, when the package has none). */
export function stylesPart(pkg: Package, wb: WorkbookInfo): string {
  const relsName = relsPartOf(wb.part);
  const relsXml = pkg.text(relsName);
  const rel = relsXml ? relationships(relsXml).find((r) => r.type === REL_STYLES) : undefined;
  if (rel) {
    const name = resolveTarget(wb.part, rel.target);
    if (pkg.has(name)) return name;
  }
  const name = "xl/styles.xml";
  pkg.setText(name, EMPTY_STYLESHEET);
  addRelationship(pkg, wb.part, REL_STYLES, name);
  addOverride(pkg, name, STYLES_TYPE);
  return name;
}

export function addRelationship(pkg: Package, from: string, type: string, part: string): string {
  const relsName = relsPartOf(from);
  let xml = pkg.text(relsName);
  if (xml === undefined)
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const id = nextId(
    relationships(xml).map((r) => r.id),
    "rId"
  );
  const root = rootElement(xml);
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(relativeTarget(from, part))}"/>`;
  const text = root.selfClosing
    ? xml.slice(0, root.start) +
      xml.slice(root.start, root.end).replace(/\s*\/>$/u, ">") +
      rel +
      `</${root.qname}>` +
      xml.slice(root.end)
    : splice(xml, [{ start: closeStart(xml, root), end: closeStart(xml, root), text: rel }]);
  pkg.setText(relsName, text);
  return id;
}

export function addOverride(pkg: Package, part: string, type: string): void {
  const xml = pkg.text("[Content_Types].xml");
  if (xml === undefined) throw new EditRefusal("noSheet", "[Content_Types].xml");
  const root = rootElement(xml);
  const o = `<Override PartName="/${xmlText(part)}" ContentType="${type}"/>`;
  const at = closeStart(xml, root);
  pkg.setText("[Content_Types].xml", splice(xml, [{ start: at, end: at, text: o }]));
}

/** workbook.xml children in schema order (CT_Workbook). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const afterInWorkbook = (name: string) => WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1);

interface NameWrite {
  readonly name: string;
  readonly refersTo: string;
  readonly localSheetId?: number;
}

/** workbook.xml with sheets appended, names added or re-pointed, and a full recalculation on load. */
function editWorkbookXml(
  xml: string,
  newSheets: readonly { name: string; sheetId: number; relId: string; state: string }[],
  names: readonly NameWrite[],
  relPrefix: string | null,
  recalc: boolean
): string {
  const root = rootElement(xml);
  const kids = children(xml, root);
  const prefix = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
  const edits: { start: number; end: number; text: string }[] = [];
  const find = (n: string) => kids.find((k) => k.name === n);

  if (newSheets.length) {
    const sheets = find("sheets");
    const rel = relPrefix ?? "r";
    const decl = relPrefix ? "" : ` xmlns:r="${REL_NS}"`;
    const text = newSheets
      .map(
        (s) =>
          `<${prefix}sheet name="${xmlText(s.name)}" sheetId="${s.sheetId}"${s.state !== "visible" ? ` state="${s.state}"` : ""}${decl} ${rel}:id="${s.relId}"/>`
      )
      .join("");
    if (!sheets) throw new EditRefusal("noSheet", "sheets");
    if (sheets.selfClosing)
      edits.push({
        start: sheets.start,
        end: sheets.end,
        text: `${xml.slice(sheets.start, sheets.end).replace(/\s*\/>$/u, ">")}${text}</${sheets.qname}>`,
      });
    else edits.push({ start: closeStart(xml, sheets), end: closeStart(xml, sheets), text });
  }

  if (names.length) {
    const dn = find("definedNames");
    const existing = dn ? children(xml, dn).filter((c) => c.name === "definedName") : [];
    const added: string[] = [];
    for (const n of names) {
      const same = existing.find((c) => {
        const a = attributes(xml, c);
        const local = a.get("localSheetId");
        return (
          decodeEntities(a.get("name") ?? "").toUpperCase() === n.name.toUpperCase() &&
          (n.localSheetId === undefined ? local === undefined : Number(local) === n.localSheetId)
        );
      });
      if (same && !same.selfClosing) {
        edits.push({
          start: same.openEnd,
          end: closeStart(xml, same),
          text: xmlContent(n.refersTo),
        });
      } else if (same) {
        edits.push({
          start: same.start,
          end: same.end,
          text: `${xml.slice(same.start, same.end).replace(/\s*\/>$/u, ">")}${xmlContent(n.refersTo)}</${same.qname}>`,
        });
      } else
        added.push(
          `<${prefix}definedName name="${xmlText(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ""}>${xmlContent(n.refersTo)}</${prefix}definedName>`
        );
    }
    if (added.length) {
      if (dn && !dn.selfClosing)
        edits.push({ start: closeStart(xml, dn), end: closeStart(xml, dn), text: added.join("") });
      else if (dn)
        edits.push({
          start: dn.start,
          end: dn.end,
          text: `<${prefix}definedNames>${added.join("")}</${prefix}definedNames>`,
        });
      else {
        const at = insertionPoint(xml, root, afterInWorkbook("definedNames"));
        edits.push({
          start: at,
          end: at,
          text: `<${prefix}definedNames>${added.join("")}</${prefix}definedNames>`,
        });
      }
    }
  }

  if (recalc) {
    const calc = find("calcPr");
    if (calc) {
      if (attributes(xml, calc).get("fullCalcOnLoad") !== "1")
        edits.push({
          start: calc.start,
          end: calc.openEnd,
          text: withAttribute(xml, calc, "fullCalcOnLoad", "1"),
        });
    } else {
      const at = insertionPoint(xml, root, afterInWorkbook("calcPr"));
      edits.push({ start: at, end: at, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` });
    }
  }
  return edits.length ? splice(xml, edits) : xml;
}

/** Find a sheet by name: exactly, then by normalised name. */
function sheetByName<T extends { name: string }>(
  sheets: readonly T[],
  name: string
): T | undefined {
  return (
    sheets.find((s) => s.name === name) ?? sheets.find((s) => foldKey(s.name) === foldKey(name))
  );
}

/** The style of a planned cell in the workbook's stylesheet (a date gets a date format). */
function cellWrites(cells: readonly PlanCell[], styles: () => StyleBook): CellWrite[] {
  return cells.map((c) => {
    const isDate = c.value !== null && typeof c.value === "object" && "date" in c.value;
    const style = c.style
      ? styles().cellXf({ name: c.style, unlocked: c.unlocked })
      : isDate
        ? styles().cellXf("plainDate")
        : undefined;
    return { row: c.row, col: c.col, value: c.value, style };
  });
}

/** Carry out `edit` on the package `buf`; the bytes of the edited package and what changed. */
export async function editPackage(
  buf: Uint8Array,
  edit: BookEdit,
  options: PackageEditOptions
): Promise<{ bytes: Uint8Array; report: PackageEditReport }> {
  const pkg = new Package(buf, options);
  const wb = workbookInfo(pkg);
  let book: StyleBook | undefined;
  let stylesName: string | undefined;
  const styles = (): StyleBook => {
    if (!book) {
      stylesName = stylesPart(pkg, wb);
      book = new StyleBook(pkg.text(stylesName)!);
    }
    return book;
  };
  let cellsChanged = false;
  let replacedFormula = false;
  let cellsSkipped = 0;

  for (const s of edit.sheets) {
    const target = sheetByName(wb.sheets, s.sheet);
    if (!target?.part || !pkg.has(target.part)) throw new EditRefusal("noSheet", s.sheet);
    const cells = cellWrites(s.cells, styles);
    const conditionalFormats = s.conditionalFormats.map((plan) => ({
      plan,
      dxfId: styles().dxf(plan),
    }));
    const entry = pkg.entry(target.part)!;
    // The blocks of the edited sheet go back to the pool once compressed (a deflater that says so)
    // and are written again: a large sheet goes through a few blocks instead of fresh memory.
    const pool = new ChunkPool(BLOCK);
    const writer = new PartWriter(entry.name, options.deflater, pool);
    const steps = editSheetPartSteps(
      pkg.original(entry),
      { cells, validations: s.validations, conditionalFormats, widths: s.widths },
      wb.date1904,
      writer.push,
      () => pool.take()
    );
    let step = steps.next();
    while (!step.done) {
      // A block was handed on: a deflater that can tell lets the compression catch up.
      await writer.pause();
      step = steps.next();
    }
    const result = step.value;
    if (result.changed) pkg.setPacked(entry.name, writer.packed());
    cellsChanged ||= cells.length > 0;
    replacedFormula ||= result.replacedFormula;
    cellsSkipped += result.skipped;
  }

  const added: { name: string; sheetId: number; relId: string; state: string }[] = [];
  // A local name (a print area) is scoped by its sheet's position in <sheets> (localSheetId).
  const names: NameWrite[] = edit.names.map((n) => {
    if (n.sheet === undefined) return { name: n.name, refersTo: n.refersTo };
    const target = sheetByName(wb.sheets, n.sheet);
    if (!target) throw new EditRefusal("noSheet", n.sheet);
    return { name: n.name, refersTo: n.refersTo, localSheetId: wb.sheets.indexOf(target) };
  });
  if (edit.newSheets.length) {
    if (wb.structureLocked) throw new EditRefusal("structureLocked");
    let sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
    const folder = wb.part.split("/").slice(0, -1).join("/");
    let n = 1;
    for (const plan of edit.newSheets) {
      if (sheetByName([...wb.sheets, ...added], plan.name)) continue;
      while (pkg.has(`${folder}/worksheets/sheet${n}.xml`)) n++;
      const part = `${folder}/worksheets/sheet${n}.xml`;
      // A restored `Tổng hợp` comes with its charts (../charts.ts), as in a new file.
      const sheetXml = sheetWithCharts(
        {
          has: (name) => pkg.has(name),
          setText: (name, xml) => pkg.setText(name, xml),
          addOverride: (name, type) => addOverride(pkg, name, type),
          addRelationship: (from, type, to) => addRelationship(pkg, from, type, to),
        },
        part,
        plan,
        newSheetXml(plan, styles(), wb.date1904)
      );
      pkg.setText(part, sheetXml);
      addOverride(pkg, part, WORKSHEET_TYPE);
      const relId = addRelationship(pkg, wb.part, REL_WORKSHEET, part);
      added.push({ name: plan.name, sheetId: ++sheetId, relId, state: plan.state });
      const localSheetId = wb.sheets.length + added.length - 1;
      const titles = printTitles(plan, sheetRef(plan.name));
      if (titles) names.push({ name: "_xlnm.Print_Titles", refersTo: titles, localSheetId });
      if (plan.print.area)
        names.push({ ...printAreaName(plan.name, plan.print.area), localSheetId });
    }
  }

  if (book?.changed) pkg.setText(stylesName!, book.toXml());
  const workbookXml = pkg.text(wb.part)!;
  const nextWorkbook = editWorkbookXml(
    workbookXml,
    added,
    names,
    wb.relPrefix,
    cellsChanged || added.length > 0
  );
  if (nextWorkbook !== workbookXml) pkg.setText(wb.part, nextWorkbook);

  if (replacedFormula) dropCalcChain(pkg, wb);
  const { bytes, report } = await pkg.bytes();
  return { bytes, report: { ...report, cellsSkipped } };
}

/** Remove the calculation chain (Excel rebuilds it) with its relationship and content type. */
function dropCalcChain(pkg: Package, wb: WorkbookInfo): void {
  const relsName = relsPartOf(wb.part);
  const relsXml = pkg.text(relsName);
  if (!relsXml) return;
  const root = rootElement(relsXml);
  const rel = children(relsXml, root).find((c) =>
    (attributes(relsXml, c).get("Type") ?? "").endsWith("/calcChain")
  );
  if (!rel) return;
  const part = resolveTarget(wb.part, decodeEntities(attributes(relsXml, rel).get("Target") ?? ""));
  pkg.setText(relsName, splice(relsXml, [{ start: rel.start, end: rel.end, text: "" }]));
  pkg.remove(part);
  const ct = pkg.text("[Content_Types].xml");
  if (ct) {
    const ctRoot = rootElement(ct);
    const o = children(ct, ctRoot).find(
      (c: Span) =>
        c.name === "Override" &&
        decodeEntities(attributes(ct, c).get("PartName") ?? "").toLowerCase() ===
          `/${part}`.toLowerCase()
    );
    if (o)
      pkg.setText("[Content_Types].xml", splice(ct, [{ start: o.start, end: o.end, text: "" }]));
  }
}

/** The workbook-level defined names of a package (what `upgrade` must not add twice). */
export function workbookNames(
  buf: Uint8Array,
  options: Pick<PackageEditOptions, "inflateRaw" | "maxUncompressed">
): Set<string> {
  const pkg = new Package(buf, { ...options, deflater: undefined as unknown as Deflater });
  const wb = workbookInfo(pkg);
  const xml = pkg.text(wb.part)!;
  const dn = child(xml, rootElement(xml), "definedNames");
  const out = new Set<string>();
  if (dn)
    for (const c of children(xml, dn)) {
      const a = attributes(xml, c);
      if (c.name === "definedName" && a.get("localSheetId") === undefined)
        out.add(decodeEntities(a.get("name") ?? ""));
    }
  return out;
}

/** Each sheet's `_xlnm.Print_Area` as written (by sheet name), so a writer re-points only its own. */
export function printAreas(
  buf: Uint8Array,
  options: Pick<PackageEditOptions, "inflateRaw" | "maxUncompressed">
): Map<string, string> {
  const pkg = new Package(buf, { ...options, deflater: undefined as unknown as Deflater });
  const wb = workbookInfo(pkg);
  const xml = pkg.text(wb.part)!;
  const dn = child(xml, rootElement(xml), "definedNames");
  const out = new Map<string, string>();
  if (dn)
    for (const c of children(xml, dn)) {
      const a = attributes(xml, c);
      const local = a.get("localSheetId");
      const sheet = local === undefined ? undefined : wb.sheets[Number(local)];
      if (c.name !== "definedName" || !sheet || c.selfClosing) continue;
      if (decodeEntities(a.get("name") ?? "").toUpperCase() !== "_XLNM.PRINT_AREA") continue;
      out.set(sheet.name, decodeEntities(xml.slice(c.openEnd, closeStart(xml, c))));
    }
  return out;
}
