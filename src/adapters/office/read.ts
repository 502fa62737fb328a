/// <reference types="office-js" />
/**
 * Read the used ranges of the sheets the reader needs, in ONE sync: worksheet names, defined names and,
 * per wanted sheet, `values`, `valueTypes`, `numberFormat` (and `formulas` for setup) of its used range.
 * Past Excel on the web's 5 MB response limit the read is redone in row chunks (several syncs), sized
 * from the JSON bytes the chunks really weigh and halved when the host still refuses one.
 */
import type { Cell } from "../../domain/cell";
import { foldKey } from "../../domain/text/normalize";
import type { SheetGrid, WorkbookGrids } from "../../workbook/grid";
import { isPayloadError, jsonBytes } from "./batch";
import { cellFromOffice } from "./cells";

export { isPayloadError };

export interface ReadOptions {
  /** Also load formulas, to know which cells hold a formula whose result is empty (setup). */
  readonly formulas?: boolean;
  /** Also load the defined names. */
  readonly names?: boolean;
  /** Also find out whether the first sheet is empty (a blank workbook's default sheet). */
  readonly probeFirstSheet?: boolean;
  /**
   * Read in row chunks straight away (the last read of these sheets was too big for one response):
   * saves the request that the host would refuse.
   */
  readonly chunked?: boolean;
}

export interface ReadResult {
  readonly grids: WorkbookGrids;
  readonly names: Set<string>;
  /** Sheets that exist and are empty (no used range), by name. */
  readonly emptySheets: Set<string>;
  /** With `probeFirstSheet`: the first sheet's name when it holds nothing at all (values or formats). */
  readonly blankFirstSheet?: string | null;
  /** True when the read had to be made in row chunks (past the payload limit). */
  readonly chunked?: boolean;
}

interface Loaded {
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/**
 * The loaded properties of a range as a plain object. Office.js throws on reading a property that was
 * not loaded (PropertyNotLoaded), so `formulas` is read only when it was asked for.
 */
export function loadedOf(range: Excel.Range, withFormulas: boolean): Loaded {
  return {
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormat: range.numberFormat,
    ...(withFormulas ? { formulas: range.formulas } : {}),
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
  };
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

/** Budget of one chunked read (bytes of response). */
export const CHUNK_BYTES = 4_000_000;

/**
 * First guess of a loaded cell's JSON bytes (values, valueTypes, numberFormat; formulas too for setup)
 * before a chunk has been measured: a Vietnamese text cell is ~40 bytes of value alone.
 */
const FIRST_GUESS = { plain: 64, formulas: 112 };

const PROPS = "rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat";

/** Queue and run the one-sync read. */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  wanted: readonly string[],
  o: ReadOptions = {}
): Promise<ReadResult> {
  if (o.chunked && !o.probeFirstSheet) return await readChunked(ctx, wanted, o);
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
    } else sheets.set(q.ws.name, gridFromLoaded(q.ws.name, loadedOf(q.used, o.formulas ?? false)));
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
  interface Part {
    ws: Excel.Worksheet;
    name: string;
    /** 0-based first row still to read, rows left, columns. */
    r: number;
    rows: number;
    cols: number;
    ci: number;
  }
  // Bytes of a loaded cell: a first guess, then what the chunks read so far really weighed.
  let perCell = o.formulas ? FIRST_GUESS.formulas : FIRST_GUESS.plain;
  const todo: Part[] = [];
  const into = new Map<string, { rows: (Cell[] | undefined)[]; formulaCells: Set<string> }>();
  for (const s of shapes) {
    if (s.ws.isNullObject) continue;
    if (s.used.isNullObject) {
      sheets.set(s.ws.name, { name: s.ws.name, rows: [] });
      emptySheets.add(s.ws.name);
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = s.used;
    into.set(s.ws.name, { rows: [], formulaCells: new Set() });
    todo.push({
      ws: s.ws,
      name: s.ws.name,
      r: rowIndex,
      rows: rowCount,
      cols: Math.max(1, columnCount),
      ci: columnIndex,
    });
  }
  let chunkSyncs = 0;
  while (todo.length) {
    chunkSyncs++;
    // Row bands cut now, from the bytes a cell is known to weigh, until the budget is full.
    const batch: { part: Part; range: Excel.Range }[] = [];
    let budget = CHUNK_BYTES;
    while (todo.length && budget > 0) {
      const t = todo[0]!;
      const fit = Math.floor(budget / (t.cols * perCell));
      if (fit < 1 && batch.length) break;
      const rows = Math.max(1, Math.min(t.rows, fit));
      const part = { ...t, rows };
      t.r += rows;
      t.rows -= rows;
      if (!t.rows) todo.shift();
      const range = part.ws.getRangeByIndexes(part.r, part.ci, part.rows, part.cols);
      // eslint-disable-next-line office-addins/no-empty-load -- PROPS names them; the rule only reads literals
      range.load(o.formulas ? `${PROPS},formulas` : PROPS);
      batch.push({ part, range });
      budget -= rows * part.cols * perCell;
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // Refused all the same: a cell weighs more than thought. Read those rows again in halves.
      if (batch.length === 1 && batch[0]!.part.rows === 1) throw e;
      perCell *= 2;
      todo.unshift(...batch.map((x) => x.part));
      continue;
    }
    let measured = 0;
    let cells = 0;
    for (const { part, range } of batch) {
      const loaded = loadedOf(range, o.formulas ?? false);
      gridFromLoaded(part.name, loaded, into.get(part.name));
      measured +=
        jsonBytes(loaded.values) +
        jsonBytes(loaded.valueTypes) +
        jsonBytes(loaded.numberFormat) +
        (o.formulas ? jsonBytes(loaded.formulas) : 0);
      cells += part.rows * part.cols;
    }
    // The next bands sized from the real JSON length, with a 10 % margin for rows that weigh more
    // (the 4 MB budget is itself 1 MB under the host's limit, and a refused band is read in halves).
    if (cells) perCell = Math.max(8, Math.ceil((measured / cells) * 1.1));
  }
  for (const [name, g] of into) sheets.set(name, { name, ...g });
  return {
    grids: { sheetNames: wss.items.map((w) => w.name), sheets },
    names: new Set(names ? names.items.map((n) => n.name) : []),
    emptySheets,
    // More than one chunk: the sheets really are past one response (the next read chunks at once).
    chunked: chunkSyncs > 1,
  };
}
