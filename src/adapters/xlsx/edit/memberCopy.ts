/**
 * The council member's copy as a PACKAGE TRANSFORM of the register's bytes (issue #14 point 3,
 * docs/decisions.md): never a round trip through a spreadsheet library, so everything the clerk had —
 * charts, pictures, comments, validations, conditional formats, formulas — is in the copy. What
 * changes:
 * - every worksheet gets `<sheetProtection>` (ours replaces one it had; with a password, the
 *   ECMA-376 agile hash: SHA-512, salt, spin count), every chart sheet its content lock, and no sheet
 *   is selected but the new one;
 * - a new worksheet part `Thông tin` (../../../workbook/plan/memberCopy.ts) is appended to the parts
 *   (nothing existing is renamed or renumbered: new part name, new relationship id, new sheetId) and
 *   listed FIRST in workbook.xml `<sheets>`; the positions that count sheets in that list shift by
 *   one (definedNames' `localSheetId`), the workbook view shows the new sheet (`activeTab`,
 *   `firstSheet` = 0);
 * - `<workbookProtection lockStructure="1">` (with the password's hash when there is one).
 * No Node API: compression is injected, as for ./package.ts.
 */
import type { SheetPlan } from "../../../workbook/plan/types";
import { xmlText } from "../sheetXml";
import {
  addOverride,
  addRelationship,
  EditRefusal,
  Package,
  type PackageEditOptions,
  REL_WORKSHEET,
  relationships,
  stylesPart,
  WORKBOOK_ORDER,
  workbookInfo,
  WORKSHEET_TYPE,
} from "./package";
import { relsPartOf, resolveTarget } from "../package/parts";
import { newSheetXml } from "./newSheet";
import {
  attributes,
  children,
  insertionPoint,
  rootElement,
  splice,
  type Span,
  withAttribute,
} from "./scan";
import { after } from "./sheet";
import { StyleBook } from "./styles";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A password's hash as ECMA-376 protection elements store it (algorithm SHA-512). */
export interface ProtectionHash {
  /** Base64 of the hash. */
  readonly hashValue: string;
  /** Base64 of the salt. */
  readonly saltValue: string;
  readonly spinCount: number;
}

function passwordAttributes(hash: ProtectionHash | undefined): string {
  return hash
    ? ` algorithmName="SHA-512" hashValue="${hash.hashValue}" saltValue="${hash.saltValue}" spinCount="${hash.spinCount}"`
    : "";
}

/** CT_Chartsheet children that come after `sheetProtection`. */
const AFTER_CHARTSHEET_PROTECTION = [
  "customSheetViews",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "webPublishItems",
  "extLst",
];

/**
 * A sheet part's text with `<sheetProtection{attrs}/>` (replacing one it had, else inserted before
 * the first of `afterProtection`) and no selected tab.
 */
function protectSheetPartXml(
  xml: string,
  attrs: string,
  afterProtection: readonly string[]
): string {
  const root = rootElement(xml);
  const prefix = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
  const kids = children(xml, root);
  const edits: { start: number; end: number; text: string }[] = [];
  const views = kids.find((k) => k.name === "sheetViews");
  if (views)
    for (const v of children(xml, views)) {
      if (v.name !== "sheetView") continue;
      const a = attributes(xml, v).get("tabSelected");
      if (a === "1" || a === "true")
        edits.push({
          start: v.start,
          end: v.openEnd,
          text: withAttribute(xml, v, "tabSelected", null),
        });
    }
  const protection = `<${prefix}sheetProtection${attrs}/>`;
  const existing = kids.find((k) => k.name === "sheetProtection");
  if (existing) edits.push({ start: existing.start, end: existing.end, text: protection });
  else {
    const at = insertionPoint(xml, root, afterProtection);
    edits.push({ start: at, end: at, text: protection });
  }
  return splice(xml, edits);
}

/**
 * A worksheet locked: nothing can be typed, not even into the cells the register leaves unlocked for
 * the clerk (those cannot be selected), objects and scenarios locked too.
 */
export function protectWorksheetXml(xml: string, hash: ProtectionHash | undefined): string {
  return protectSheetPartXml(
    xml,
    `${passwordAttributes(hash)} sheet="1" objects="1" scenarios="1" selectUnlockedCells="1"`,
    after("sheetProtection")
  );
}

/** A chart sheet's text with its content and objects locked and no selected tab. */
export function protectChartsheetXml(xml: string, hash: ProtectionHash | undefined): string {
  return protectSheetPartXml(
    xml,
    `${passwordAttributes(hash)} content="1" objects="1"`,
    AFTER_CHARTSHEET_PROTECTION
  );
}

/** A sheet name not taken yet (case-insensitively): `name`, else `name (2)`, `name (3)`… */
function freeName(taken: readonly string[], name: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  let n = 2;
  while (used.has(`${name} (${n})`.toLowerCase())) n++;
  return `${name} (${n})`;
}

/** workbook.xml of the copy: the new sheet first, local names shifted, the view on it, structure locked. */
function copyWorkbookXml(
  xml: string,
  sheet: { name: string; sheetId: number; relId: string },
  relPrefix: string | null,
  hash: ProtectionHash | undefined
): string {
  const root = rootElement(xml);
  const kids = children(xml, root);
  const prefix = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
  const find = (n: string): Span | undefined => kids.find((k) => k.name === n);
  const edits: { start: number; end: number; text: string }[] = [];

  const sheets = find("sheets");
  if (!sheets || sheets.selfClosing) throw new EditRefusal("noSheet", "sheets");
  const decl = relPrefix ? "" : ` xmlns:r="${REL_NS}"`;
  edits.push({
    start: sheets.openEnd,
    end: sheets.openEnd,
    text: `<${prefix}sheet name="${xmlText(sheet.name)}" sheetId="${sheet.sheetId}"${decl} ${relPrefix ?? "r"}:id="${sheet.relId}"/>`,
  });

  const names = find("definedNames");
  if (names)
    for (const n of children(xml, names)) {
      const local = n.name === "definedName" ? attributes(xml, n).get("localSheetId") : undefined;
      if (local === undefined || !/^\d+$/u.test(local)) continue;
      edits.push({
        start: n.start,
        end: n.openEnd,
        text: withAttribute(xml, n, "localSheetId", String(Number(local) + 1)),
      });
    }

  const views = find("bookViews");
  if (views)
    for (const v of children(xml, views)) {
      if (v.name !== "workbookView") continue;
      let tag = withAttribute(xml, v, "activeTab", null);
      const t = { xml: tag, span: { ...v, start: 0, openEnd: tag.length, end: tag.length } };
      tag = withAttribute(t.xml, t.span, "firstSheet", null);
      edits.push({ start: v.start, end: v.openEnd, text: tag });
    }

  const pw = hash
    ? ` workbookAlgorithmName="SHA-512" workbookHashValue="${hash.hashValue}" workbookSaltValue="${hash.saltValue}" workbookSpinCount="${hash.spinCount}"`
    : "";
  const protection = `<${prefix}workbookProtection${pw} lockStructure="1"/>`;
  const existing = find("workbookProtection");
  if (existing) edits.push({ start: existing.start, end: existing.end, text: protection });
  else {
    const after = WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf("workbookProtection") + 1);
    const at = insertionPoint(xml, root, after);
    edits.push({ start: at, end: at, text: protection });
  }
  return splice(xml, edits);
}

/** The copy's bytes. */
export interface MemberCopyPackage {
  readonly bytes: Uint8Array;
  /** The name the information sheet got (`Thông tin`, or `Thông tin (2)` when the register had one). */
  readonly infoSheet: string;
}

/** The member's copy of the package `buf`, with `info` as its first sheet. */
export async function memberCopyPackage(
  buf: Uint8Array,
  info: SheetPlan,
  options: PackageEditOptions & { readonly password?: ProtectionHash }
): Promise<MemberCopyPackage> {
  const pkg = new Package(buf, options);
  const wb = workbookInfo(pkg);
  const hash = options.password;
  for (const s of wb.sheets) {
    if (!s.part || !pkg.has(s.part)) continue;
    const xml = pkg.text(s.part)!;
    pkg.setText(s.part, protectWorksheetXml(xml, hash));
  }
  // Chart sheets (a chart moved to a sheet of its own) are locked too.
  const rels = relationships(pkg.text(relsPartOf(wb.part)) ?? "<Relationships/>");
  for (const s of wb.sheets) {
    const rel = rels.find((r) => r.id === s.relId && !r.external);
    if (!rel?.type.endsWith("/chartsheet")) continue;
    const part = resolveTarget(wb.part, rel.target);
    const xml = pkg.text(part);
    if (xml !== undefined) pkg.setText(part, protectChartsheetXml(xml, hash));
  }

  const name = freeName(
    wb.sheets.map((s) => s.name),
    info.name
  );
  const stylesName = stylesPart(pkg, wb);
  const book = new StyleBook(pkg.text(stylesName)!);
  const folder = wb.part.split("/").slice(0, -1).join("/");
  let n = 1;
  while (pkg.has(`${folder}/worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}/worksheets/sheet${n}.xml`;
  const sheetXml = newSheetXml({ ...info, name }, book, wb.date1904).replace(
    /<sheetView workbookViewId="0"/u,
    '<sheetView tabSelected="1" workbookViewId="0"'
  );
  pkg.setText(part, protectWorksheetXml(sheetXml, hash));
  addOverride(pkg, part, WORKSHEET_TYPE);
  const relId = addRelationship(pkg, wb.part, REL_WORKSHEET, part);
  if (book.changed) pkg.setText(stylesName, book.toXml());
  const sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  pkg.setText(
    wb.part,
    copyWorkbookXml(pkg.text(wb.part)!, { name, sheetId, relId }, wb.relPrefix, hash)
  );
  const { bytes } = await pkg.bytes();
  return { bytes, infoSheet: name };
}
