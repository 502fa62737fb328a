/// <reference types="office-js" />
/**
 * Read the used ranges of the sheets the reader needs, in ONE sync: worksheet names, defined names and,
 * per wanted sheet, `values`, `valueTypes`, `numberFormat` (and `formulas` for setup) of its used range.
 * Past Excel on the web's 5 MB response limit the read is redone in row chunks (several syncs).
 */
import type { Cell } from "../../domain/cell";
import { foldKey } from "../../domain/text/normalize";
import type { SheetGrid, WorkbookGrids } from "../../workbook/grid";
import { cellFromOffice } from "./cells";

export interface ReadOptions {
  /** Also load formulas, to know which cells hold a formula whose result is empty (setup). */
  readonly formulas?: boolean;
  /** Also load the defined names. */
  readonly names?: boolean;
  /** Also find out whether the first sheet is empty (a blank workbook's default sheet). */
  readonly probeFirstSheet?: boolean;
}

export interface ReadResult {
  readonly grids: WorkbookGrids;
  readonly names: Set<string>;
  /** Sheets that exist and are empty (no used range), by name. */
  readonly emptySheets: Set<string>;
  /** With `probeFirstSheet`: the first sheet's name when it holds nothing at all (values or formats). */
  readonly blankFirstSheet?: string | null;
}

interface Loaded {
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** A loaded block (0-based origin) → a 1-based grid. */
export function gridFromLoaded(
  name: string,
  r: Loaded,
  into?: { rows: (Cell[] | undefined)[]; formulaCells: Set<string> }
): SheetGrid {
  const rows = into?.rows ?? [];
  const formulaCells = into?.formulaCells ?? new Set<string>();
  r.values.forEach((line, i) => {
    const rowNo = r.rowIndex + i + 1;
    let cells: Cell[] | undefined;
    line.forEach((v, j) => {
      const colNo = r.columnIndex + j + 1;
      const c = cellFromOffice(v, r.valueTypes[i]?.[j], r.numberFormat[i]?.[j]);
      if (c !== null) (cells ??= [])[colNo] = c;
      const f = r.formulas?.[i]?.[j];
      if (typeof f === "string" && f.startsWith("=")) formulaCells.add(`${rowNo}:${colNo}`);
    });
    if (cells) rows[rowNo] = cells;
  });
  return { name, rows, formulaCells };
}

/** Budget of one chunked read (bytes of response, estimated). */
const CHUNK_BYTES = 4_000_000;

const PROPS = "rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat";

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Queue and run the one-sync read. */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  wanted: readonly string[],
  o: ReadOptions = {}
): Promise<ReadResult> {
  try {
    return await readOnce(ctx, wanted, o);
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return await readChunked(ctx, wanted, o);
  }
}

/** Queue the worksheet names (and the defined names when asked) for the next sync. */
function queueSheetList(
  ctx: Excel.RequestContext,
  o: ReadOptions
): { wss: Excel.WorksheetCollection; names: Excel.NamedItemCollection | null } {
  const wss = ctx.workbook.worksheets;
  wss.load("items/name");
  const names = o.names ? ctx.workbook.names : null;
  names?.load("items/name");
  return { wss, names };
}

async function readOnce(
  ctx: Excel.RequestContext,
  wanted: readonly string[],
  o: ReadOptions
): Promise<ReadResult> {
  const { wss, names } = queueSheetList(ctx, o);
  const queued = wanted.map((name) => {
    const ws = wss.getItemOrNullObject(name);
    const used = ws.getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-empty-load -- PROPS names them; the rule only reads literals
    used.load(o.formulas ? `${PROPS},formulas` : PROPS);
    ws.load("name");
    return { name, ws, used };
  });
  const first = o.probeFirstSheet ? ctx.workbook.worksheets.getFirst() : null;
  first?.load("name");
  const firstUsed = first?.getUsedRangeOrNullObject(false);
  firstUsed?.load("address");
  await ctx.sync();
  const result = await collect(ctx, queued, wss, names, o);
  return first && firstUsed
    ? { ...result, blankFirstSheet: firstUsed.isNullObject ? first.name : null }
    : result;
}

async function collect(
  ctx: Excel.RequestContext,
  queued: { name: string; ws: Excel.Worksheet; used: Excel.Range }[],
  wss: Excel.WorksheetCollection,
  names: Excel.NamedItemCollection | null,
  o: ReadOptions
): Promise<ReadResult> {
  const sheetNames = wss.items.map((w) => w.name);
  const sheets = new Map<string, SheetGrid>();
  const emptySheets = new Set<string>();
  const missing: string[] = [];
  for (const q of queued) {
    if (q.ws.isNullObject) {
      missing.push(q.name);
      continue;
    }
    if (q.used.isNullObject) {
      sheets.set(q.ws.name, { name: q.ws.name, rows: [] });
      emptySheets.add(q.ws.name);
    } else sheets.set(q.ws.name, gridFromLoaded(q.ws.name, q.used as unknown as Loaded));
  }
  // A sheet whose name differs only by Unicode form or spacing: read it under its real name (rare; one more sync).
  const retry = missing.flatMap((m) =>
    sheetNames.filter((n) => foldKey(n) === foldKey(m) && !sheets.has(n))
  );
  if (retry.length) {
    const more = await readWorkbook(ctx, retry, { formulas: o.formulas ?? false });
    for (const [n, g] of more.grids.sheets) sheets.set(n, g);
    for (const n of more.emptySheets) emptySheets.add(n);
  }
  return {
    grids: { sheetNames, sheets },
    names: new Set(names ? names.items.map((n) => n.name) : []),
    emptySheets,
  };
}

/** The same read in row chunks sized to stay under the payload limit. */
async function readChunked(
  ctx: Excel.RequestContext,
  wanted: readonly string[],
  o: ReadOptions
): Promise<ReadResult> {
  const { wss, names } = queueSheetList(ctx, o);
  const shapes = wanted.map((name) => {
    const ws = wss.getItemOrNullObject(name);
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, ws, used };
  });
  await ctx.sync();
  const sheets = new Map<string, SheetGrid>();
  const emptySheets = new Set<string>();
  // Row bands of every sheet, packed into as few syncs as the budget allows.
  const perCell = o.formulas ? 48 : 32;
  const parts: {
    ws: Excel.Worksheet;
    name: string;
    r: number;
    rows: number;
    cols: number;
    ri: number;
    ci: number;
  }[] = [];
  const into = new Map<string, { rows: (Cell[] | undefined)[]; formulaCells: Set<string> }>();
  for (const s of shapes) {
    if (s.ws.isNullObject) continue;
    if (s.used.isNullObject) {
      sheets.set(s.ws.name, { name: s.ws.name, rows: [] });
      emptySheets.add(s.ws.name);
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = s.used;
    const chunk = Math.max(1, Math.floor(CHUNK_BYTES / (Math.max(1, columnCount) * perCell)));
    into.set(s.ws.name, { rows: [], formulaCells: new Set() });
    for (let r = 0; r < rowCount; r += chunk)
      parts.push({
        ws: s.ws,
        name: s.ws.name,
        r: rowIndex + r,
        rows: Math.min(chunk, rowCount - r),
        cols: columnCount,
        ri: rowIndex,
        ci: columnIndex,
      });
  }
  let batch: { part: (typeof parts)[number]; range: Excel.Range }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await ctx.sync();
    for (const { part, range } of batch)
      gridFromLoaded(part.name, range as unknown as Loaded, into.get(part.name));
    batch = [];
    bytes = 0;
  };
  for (const part of parts) {
    const size = part.rows * part.cols * perCell;
    if (bytes > 0 && bytes + size > CHUNK_BYTES) await flush();
    const range = part.ws.getRangeByIndexes(part.r, part.ci, part.rows, part.cols);
    // eslint-disable-next-line office-addins/no-empty-load -- PROPS names them; the rule only reads literals
    range.load(o.formulas ? `${PROPS},formulas` : PROPS);
    batch.push({ part, range });
    bytes += size;
  }
  await flush();
  for (const [name, g] of into) sheets.set(name, { name, ...g });
  return {
    grids: { sheetNames: wss.items.map((w) => w.name), sheets },
    names: new Set(names ? names.items.map((n) => n.name) : []),
    emptySheets,
  };
}
