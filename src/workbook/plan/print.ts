/**
 * Print geometry of the register's sheets: the A4 page the sheets print on, row heights for wrapped
 * text (neither Excel nor LibreOffice grows a merged row, and LibreOffice does not grow a row a file
 * gives no height), and the data-dependent print areas of `TC …` and `Đề nghị` with the rule that
 * decides when a writer may re-point an area a sheet already has (docs/decisions.md, "Printing the register").
 */
import { columnLetter } from "../../domain/findings";
import {
  DEFAULT_ROW_PT,
  fitsOnePageTall,
  linesHeight,
  mmOfWidth,
  textWidthMm,
  wrapLines,
} from "./export/document";
import { type DefinedNamePlan, type SheetPlan, type StyleName, sheetRef } from "./types";

/** The page margins every register sheet prints with (inches), as the appliers write them. */
export const PAGE_MARGINS_IN = {
  left: 0.5,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

/** A4 minus the left and right margins, in millimetres. */
export const A4_TEXT_WIDTH_MM = {
  portrait: 210 - (PAGE_MARGINS_IN.left + PAGE_MARGINS_IN.right) * 25.4,
  landscape: 297 - (PAGE_MARGINS_IN.left + PAGE_MARGINS_IN.right) * 25.4,
} as const;

/** A4 minus the top and bottom margins, in points (the header and footer sit in the margins). */
export const A4_TEXT_HEIGHT_PT = {
  portrait: (297 / 25.4 - PAGE_MARGINS_IN.top - PAGE_MARGINS_IN.bottom) * 72,
  landscape: (210 / 25.4 - PAGE_MARGINS_IN.top - PAGE_MARGINS_IN.bottom) * 72,
} as const;

export const PRINT_AREA_NAME = "_xlnm.Print_Area";

/** Width in millimetres of columns c1..c2 (1-based) of a plan's `widths` (undefined: Excel's 8.43). */
export function spanMm(widths: readonly (number | undefined)[], c1: number, c2: number): number {
  let mm = 0;
  for (let c = c1; c <= c2; c++) mm += mmOfWidth(widths[c] ?? 8.43);
  return mm;
}

/**
 * Height in points of a row holding `text` wrapped across columns c1..c2 at `size` points (one line
 * at least, never less than Excel's default 15).
 */
export function wrappedRowHeight(
  text: string,
  widths: readonly (number | undefined)[],
  c1: number,
  c2: number,
  size: number,
  bold = false
): number {
  return Math.max(15, linesHeight(linesNeeded(text, spanMm(widths, c1, c2), size, bold), size));
}

/**
 * Lines a text takes in a cell `widthMm` wide: wrapped at spaces (./export/document.ts wrapLines),
 * and a word longer than the cell (a file name) broken across as many lines as it needs.
 */
export function linesNeeded(text: string, widthMm: number, size: number, bold = false): number {
  const usable = Math.max(5, widthMm - 1.6) * 0.97;
  return wrapLines(text, widthMm, size, bold).reduce(
    (n, line) => n + Math.max(1, Math.ceil(textWidthMm(line, size, bold) / usable)),
    0
  );
}

/** The merge of a text (a note under a title) across columns 1..`lastCol` of `row`. */
export function acrossRow(row: number, lastCol: number): string {
  return `A${row}:${columnLetter(Math.max(1, lastCol))}${row}`;
}

/**
 * The plan styles that wrap their text, with their font (src/adapters/xlsx/styles.ts STYLES; a test
 * keeps the two in step). Text in other styles stays on one line.
 */
export const WRAPPED_STYLES: Readonly<
  Partial<Record<StyleName, { readonly size: number; readonly bold?: boolean }>>
> = {
  header: { size: 11, bold: true },
  label: { size: 11 },
  inputText: { size: 11 },
  groupRow: { size: 11, bold: true },
  note: { size: 10 },
  guideText: { size: 12 },
};

function mergeSpans(merges: readonly string[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const m of merges) {
    const a = parseArea(m);
    if (a) out.set(`${a.firstRow}:${a.firstCol}`, [a.firstCol, a.lastCol]);
  }
  return out;
}

/**
 * The sheet with a height for every row whose wrapped text needs more than one line (text cells of
 * a wrapping style, measured across their merge), rows up to `throughRow` (default: all). A height
 * the plan gives already is kept when it is taller.
 */
export function fitRows(sheet: SheetPlan, throughRow = Infinity): SheetPlan {
  const spans = mergeSpans(sheet.merges);
  const heights = new Map<number, number>();
  for (const h of sheet.rowHeights ?? []) heights.set(h.row, h.height);
  for (const c of sheet.cells) {
    const font = c.style ? WRAPPED_STYLES[c.style] : undefined;
    if (!font || typeof c.value !== "string" || c.value === "" || c.row > throughRow) continue;
    const [c1, c2] = spans.get(`${c.row}:${c.col}`) ?? [c.col, c.col];
    const lines = linesNeeded(c.value, spanMm(sheet.widths, c1, c2), font.size, font.bold);
    if (lines < 2) continue; // one line: the row's default height holds it
    const h = linesHeight(lines, font.size);
    if (h > (heights.get(c.row) ?? 0)) heights.set(c.row, h);
  }
  const rowHeights = [...heights]
    .sort((a, b) => a[0] - b[0])
    .map(([row, height]) => ({ row, height }));
  return rowHeights.length ? { ...sheet, rowHeights } : sheet;
}

/**
 * 1 when rows 1..`lastRow` would print on one page if shrunk by at most a quarter (the sheet then
 * prints on one page instead of spilling a few rows onto a second), else 0 (as many pages as needed).
 */
export function onePageTall(sheet: SheetPlan, lastCol: number, lastRow: number): 0 | 1 {
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height] as const));
  let tall = 0;
  for (let r = 1; r <= lastRow; r++) tall += heights.get(r) ?? DEFAULT_ROW_PT;
  const o = sheet.print.orientation;
  const widthScale = Math.min(1, A4_TEXT_WIDTH_MM[o] / spanMm(sheet.widths, 1, lastCol));
  return fitsOnePageTall(tall * widthScale, A4_TEXT_HEIGHT_PT[o], 0.75) ? 1 : 0;
}

/** A sheet whose cells are all laid out by its plan, printed on one page tall when {@link onePageTall}. */
export function onePageIfClose(sheet: SheetPlan): SheetPlan {
  let lastRow = 1;
  let lastCol = 1;
  for (const c of sheet.cells) {
    lastRow = Math.max(lastRow, c.row);
    lastCol = Math.max(lastCol, c.col);
  }
  const fitToHeight = onePageTall(sheet, lastCol, lastRow);
  return { ...sheet, print: { ...sheet.print, fitToHeight } };
}

// ------------------------------------------------------------------------------------ print areas

/** A print area from A1 to (`lastCol`, `lastRow`), as a plan's `print.area` (`A1:K23`). */
export function areaTo(lastCol: number, lastRow: number): string {
  return `A1:${columnLetter(Math.max(1, lastCol))}${Math.max(1, lastRow)}`;
}

/**
 * `TC …`: the criteria columns A–D and the candidate columns up to the last one with a name (at least
 * the first prepared one), from the title down to `Xếp hạng`.
 */
export function criteriaPrintArea(
  firstCandidateCol: number,
  lastNamedCol: number,
  rankRow: number
): string {
  return areaTo(Math.max(firstCandidateCol, lastNamedCol), rankRow);
}

/**
 * `Đề nghị`: every column of the table (`lastCol`: its last header, `Kết quả kiểm tra` included) from
 * the title down to the last nomination (at least the first prepared row), not the prepared rows.
 */
export function nominationsPrintArea(headerRow: number, lastCol: number, lastRow: number): string {
  return areaTo(lastCol, Math.max(headerRow + 1, lastRow));
}

/** The `_xlnm.Print_Area` of `sheet` as a local defined name (`'Đề nghị'!$A$1:$X$40`). */
export function printAreaName(sheet: string, area: string): DefinedNamePlan {
  const abs = area
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/u, "$$$1$$$2"))
    .join(":");
  return { name: PRINT_AREA_NAME, refersTo: `${sheetRef(sheet)}!${abs}`, sheet };
}

export interface AreaRect {
  readonly firstCol: number;
  readonly firstRow: number;
  readonly lastCol: number;
  readonly lastRow: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * One rectangle of a print area as written (`'Đề nghị'!$A$1:$X$40`, `A1:X40`, with or without `=`
 * and `$`); null for anything else (several areas, whole columns, a formula).
 */
export function parseArea(text: string): AreaRect | null {
  const body = text
    .trim()
    .replace(/^=/u, "")
    .replace(/^(?:'(?:[^']|'')+'|[^'!]+)!/u, "");
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/u.exec(body.toUpperCase());
  if (!m) return null;
  return {
    firstCol: colNumber(m[1]!),
    firstRow: Number(m[2]),
    lastCol: colNumber(m[3]!),
    lastRow: Number(m[4]),
  };
}

/**
 * Whether a writer may set `next` as a sheet's print area when the sheet has `current`: yes when the
 * sheet has none, or when `current` is one rectangle from A1 that `owned` recognises as an area this
 * tool wrote (the clerk's own print area — other columns, several areas — is left alone); never when
 * it is `next` already (nothing to write).
 */
export function mayRepointArea(
  current: string | undefined,
  next: string,
  owned: (current: AreaRect, next: AreaRect) => boolean
): boolean {
  if (current === undefined) return true;
  const a = parseArea(current);
  const b = parseArea(next);
  if (!a || !b || a.firstCol !== 1 || a.firstRow !== 1) return false;
  if (a.lastCol === b.lastCol && a.lastRow === b.lastRow) return false;
  return owned(a, b);
}

/** `Đề nghị`: an area over the same columns is ours (only the rows follow the nominations). */
export const ownsNominationsArea = (current: AreaRect, next: AreaRect): boolean =>
  current.lastCol === next.lastCol;

/** `TC …`: an area down to the same `Xếp hạng` row is ours (only the columns follow the candidates). */
export const ownsCriteriaArea = (current: AreaRect, next: AreaRect): boolean =>
  current.lastRow === next.lastRow;
