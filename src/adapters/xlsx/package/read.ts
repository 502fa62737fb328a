/**
 * The register's grids read straight from an xlsx package: only the parts it needs are inflated
 * (workbook, relationships, styles, shared strings and the register's sheets — `Tổng hợp`, lists,
 * guide and any other sheet are never parsed), each parsed by saxes as it is inflated. Several
 * times faster than loading the workbook with ExcelJS and far smaller in memory
 * (bench: validate_vs_read, consolidate_vs_parse). Plain Uint8Array code: Node and browser.
 */
export { whole } from "./xml";
import type { SheetGrid, WorkbookGrids } from "../../../workbook/grid";
import {
  parseNumberShapes,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  relsPartOf,
} from "./parts";
import { parseWorksheet } from "./worksheet";
import { whole } from "./xml";
import { type InflateRaw, partChunks, type ZipEntry, zipEntries } from "./zip";

const REL = "relationships/";
const isRel = (type: string, kind: string) => type.endsWith(REL + kind);

/** A register sheet listed in the workbook whose part is not in the package. */
export const missingSheetPart = (name: string) =>
  `thiếu dữ liệu của sheet “${name}” / the data of sheet “${name}” is missing`;
export const NO_WORKBOOK = "thiếu xl/workbook.xml / xl/workbook.xml is missing";

export interface PackageReadOptions {
  /** Which sheets to parse (by name); the others are only listed. */
  readonly wanted: (sheetName: string) => boolean;
  /** Limit on the bytes inflated from the whole package (a zip bomb stops here). */
  readonly maxUncompressed: number;
  /** A faster inflater where there is one (Node's zlib); fflate otherwise. */
  readonly inflateRaw?: InflateRaw;
  /**
   * Keep the inflated bytes of the sheets parsed, by part name (a command that edits them next
   * need not inflate them again).
   */
  readonly keepParts?: Map<string, Uint8Array>;
}

/** The chunks of a part, remembered as they pass (`whole` joins them afterwards). */
function* tap(chunks: Iterable<Uint8Array>, seen: Uint8Array[]): Generator<Uint8Array> {
  for (const c of chunks) {
    seen.push(c);
    yield c;
  }
}

/**
 * Grids of the wanted sheets and every worksheet name in workbook order. Throws plain Errors for a
 * damaged package (callers report them as `corrupt`) and ZipLimitError past the size limit.
 */
export function readPackageGrids(buf: Uint8Array, options: PackageReadOptions): WorkbookGrids {
  const entries = zipEntries(buf);
  const budget = { left: options.maxUncompressed };
  const part = (name: string): ZipEntry | undefined =>
    entries.get(name) ??
    [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
  const chunks = (e: ZipEntry) => partChunks(buf, e, budget, options.inflateRaw);

  const rootRels = part("_rels/.rels");
  const officeDoc = rootRels
    ? [...parseRels(chunks(rootRels), "").values()].find((r) => isRel(r.type, "officeDocument"))
    : undefined;
  const workbookEntry = part(officeDoc?.part ?? "xl/workbook.xml") ?? part("xl/workbook.xml");
  if (!workbookEntry) throw new Error(NO_WORKBOOK);
  const workbookName = workbookEntry.name;
  const wbRelsEntry = part(relsPartOf(workbookName));
  const rels = wbRelsEntry ? parseRels(chunks(wbRelsEntry), workbookName) : new Map();
  const workbook = parseWorkbook(chunks(workbookEntry));

  const relOfType = (kind: string) => [...rels.values()].find((r) => isRel(r.type, kind));
  const stylesEntry = part(relOfType("styles")?.part ?? "xl/styles.xml");
  const numberShapes = stylesEntry ? parseNumberShapes(chunks(stylesEntry)) : [];
  const sstEntry = part(relOfType("sharedStrings")?.part ?? "xl/sharedStrings.xml");
  const sharedStrings = sstEntry ? parseSharedStrings(chunks(sstEntry)) : null;

  const sheetNames: string[] = [];
  const sheets = new Map<string, SheetGrid>();
  for (const s of workbook.sheets) {
    const rel = rels.get(s.relId);
    if (rel && !isRel(rel.type, "worksheet")) continue; // chart sheets, dialog sheets
    const entry = rel ? part(rel.part) : undefined;
    if (!entry) {
      if (options.wanted(s.name)) throw new Error(missingSheetPart(s.name));
      continue;
    }
    sheetNames.push(s.name);
    if (!options.wanted(s.name)) continue;
    const seen: Uint8Array[] = [];
    sheets.set(
      s.name,
      parseWorksheet(s.name, options.keepParts ? tap(chunks(entry), seen) : chunks(entry), {
        sharedStrings,
        numberShapes,
        date1904: workbook.date1904,
      })
    );
    options.keepParts?.set(entry.name, whole(seen));
  }
  return { sheetNames, sheets };
}
