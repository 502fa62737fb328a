/**
 * The page of an administrative document per Decree 30/2020/NĐ-CP (appendix I), shared by the Tờ
 * trình, the Biên bản and the Quyết định: a grid of 40 equal columns across the A4 text width, the
 * header block (issuer and national motto with their short rules, number and date line), the title,
 * body paragraphs, and `Nơi nhận` with the signature block.
 */
import type { ExportHeader } from "../../../domain/export/header";
import { type CivilDate, formatVietnameseLongDate } from "../../../domain/text/dates";
import {
  A4_PORTRAIT_TEXT_MM,
  A4_PORTRAIT_TEXT_PT,
  fitsOnePageTall,
  DECREE30_MARGINS,
  type DocFormat,
  SheetBuilder,
  lineCount,
  linesHeight,
  textWidthMm,
  wrapLines,
} from "./document";
import { issuerSymbol, safe, upper } from "./text";

/** 40 columns of 4.125 mm: fine enough to centre the short rules under their lines. */
export const COLS = 40;
export const COL_MM = A4_PORTRAIT_TEXT_MM / COLS;
const LEFT = { from: 1, to: 16 } as const;
const RIGHT = { from: 17, to: 40 } as const;
/** Centre of each block: the boundary after this column. */
const LEFT_CENTRE = 8;
const RIGHT_CENTRE = 28;
const PAGE_CENTRE = 20;
/** First-line indent of 1.2 cm at 14 pt: fixed-width spaces, which justification does not stretch. */
const INDENT = "\u2003\u2003\u2002";

export const f = (size: number, more: Omit<DocFormat, "size"> = {}): DocFormat => ({
  size,
  ...more,
});
export const CENTER: Omit<DocFormat, "size"> = { align: "center", valign: "middle" };

/** Page numbers at the top centre from page 2 on (Decree 30: the first page carries none). */
export const LETTER_PAGE = {
  orientation: "portrait",
  margins: DECREE30_MARGINS,
  header: '&C&"Times New Roman,Regular"&13&P',
  differentFirst: true,
  fitToWidth: true,
} as const;

/**
 * A Tờ trình a few lines longer than one page (the signer's name or `Nơi nhận` alone on page 2) is
 * printed on one page, shrunk to no less than 85 %; a longer one keeps its size and runs on
 * (numbered from page 2).
 */
const MIN_SHRINK = 0.85;
export function letterPage(b: SheetBuilder): typeof LETTER_PAGE & { fitToHeight?: boolean } {
  const pt = b.contentHeight();
  return pt > A4_PORTRAIT_TEXT_PT && fitsOnePageTall(pt, A4_PORTRAIT_TEXT_PT, MIN_SHRINK)
    ? { ...LETTER_PAGE, fitToHeight: true }
    : LETTER_PAGE;
}

/**
 * Columns of a rule centred on the boundary after column `centreAfter`, about `targetMm` long:
 * an even number of grid columns (at least two).
 */
function ruleColumns(centreAfter: number, targetMm: number): [number, number] {
  const half = Math.max(1, Math.round(targetMm / COL_MM / 2));
  return [centreAfter - half + 1, centreAfter + half];
}

function rule(b: SheetBuilder, row: number, [c1, c2]: [number, number]): void {
  for (let c = c1; c <= c2; c++) b.put(row, c, null, f(6, { border: { top: true } }));
}

/** Issuer lines of the top-left block: parent agency (regular) and the issuing body (bold). */
function issuer(h: ExportHeader): { parent: string[]; own: string[] } {
  const width = LEFT.to * COL_MM;
  if (h.wardLevel)
    return {
      parent: wrapLines(safe(upper(h.unitName)), width, 12),
      own: ["HỘI ĐỒNG THI ĐUA", "KHEN THƯỞNG"],
    };
  return { parent: [], own: wrapLines(safe(upper(h.unitName || "ĐƠN VỊ")), width, 12, true) };
}

/** What the header block names: the document's symbol (`TTr`, `BB`), or its whole number line. */
export interface LetterheadDoc {
  /** `TTr` → `Số:        /TTr-HĐTĐKT` (the number is written by hand). */
  readonly symbol: string;
  /** The whole number line when known (`Số: 123/QĐ-UBND`, or blanks with another issuer). */
  readonly number?: string;
  readonly date: CivilDate | null;
  /** Issuer lines instead of the register's (the ward People's Committee of a decision). */
  readonly issuer?: { readonly parent: readonly string[]; readonly own: readonly string[] };
  /** The first row of the block (default 1). */
  readonly top?: number;
}

/**
 * The header block: agency (left) and national motto (right), each with its rule, then the
 * number/symbol and the place and date. Returns the next free row.
 */
export function letterhead(b: SheetBuilder, h: ExportHeader, doc: LetterheadDoc): number {
  const { parent, own } = doc.issuer ?? issuer(h);
  const date = doc.date;
  // Rows are counted from `doc.top` (several documents on one sheet: one ballot a page).
  const o = (doc.top ?? 1) - 1;
  // Right: motto lines on rows 1–2, its rule (as long as the line) on row 3.
  b.merge(
    o + 1,
    RIGHT.from,
    o + 1,
    RIGHT.to,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    f(12, { ...CENTER, bold: true })
  );
  const motto = "Độc lập - Tự do - Hạnh phúc";
  b.merge(o + 2, RIGHT.from, o + 2, RIGHT.to, motto, f(13, { ...CENTER, bold: true }));
  b.height(o + 1, 17);
  b.height(o + 2, 19);
  b.height(o + 3, 4);
  rule(b, o + 3, ruleColumns(RIGHT_CENTRE, textWidthMm(motto, 13, true)));

  // Left: one rich block (parent regular, issuer bold), then a rule of 1/3–1/2 of its width.
  const lines = parent.length + own.length;
  const needed = linesHeight(lines, 12);
  let last = o + 3;
  let have = 17 + 19 + 4;
  while (have < needed) {
    last++;
    const add = Math.min(16, needed - have);
    b.height(last, add);
    have += add;
  }
  const rich = [
    ...parent.map((text) => ({ text, bold: false })),
    ...own.map((text) => ({ text, bold: true })),
  ];
  b.merge(
    o + 1,
    LEFT.from,
    last,
    LEFT.to,
    {
      rich: rich.map((r, i) => ({
        ...r,
        text: i < rich.length - 1 ? `${r.text}\n` : r.text,
        size: 12,
      })),
    },
    f(12, { align: "center", valign: "top", wrap: true })
  );
  const ownWidth = Math.max(...own.map((l) => textWidthMm(l, 12, true)));
  const ruleRow = last + 1;
  b.height(ruleRow, 6);
  rule(b, ruleRow, ruleColumns(LEFT_CENTRE, ownWidth * 0.4));

  const r = ruleRow + 1;
  b.height(r, 4);
  const numberRow = r + 1;
  b.merge(
    numberRow,
    LEFT.from,
    numberRow,
    LEFT.to,
    safe(doc.number ?? `Số:        /${doc.symbol}-${issuerSymbol(h)}`),
    f(13, CENTER)
  );
  b.merge(
    numberRow,
    RIGHT.from,
    numberRow,
    RIGHT.to,
    safe(`${h.place}, ${longDateOrBlank(date)}`),
    f(13, { ...CENTER, italic: true })
  );
  b.height(numberRow, 19);
  return numberRow + 2;
}

/** `ngày 05 tháng 12 năm 2026`, or blanks to fill by hand when the register has no date. */
export function longDateOrBlank(d: CivilDate | null): string {
  return d ? formatVietnameseLongDate(d) : "ngày … tháng … năm …";
}

/** Document type and summary line, bold and centred, with a short rule under the summary. */
export function docTitle(b: SheetBuilder, row: number, type: string, summary: string): number {
  b.text(row, 1, COLS, type, f(14, { ...CENTER, bold: true }));
  b.text(row + 1, 1, COLS, summary, f(14, { align: "center", valign: "top", bold: true }), 5);
  const longest = Math.max(
    ...wrapLines(summary, A4_PORTRAIT_TEXT_MM, 14, true).map((l) => textWidthMm(l, 14, true))
  );
  b.height(row + 2, 6);
  rule(b, row + 2, ruleColumns(PAGE_CENTRE, Math.min(longest, A4_PORTRAIT_TEXT_MM) * 0.4));
  return row + 3;
}

/** Body text size (Decree 30: 13–14 pt); 13 keeps a usual Tờ trình on one page. */
export const BODY = 13;

/** A body paragraph (13–14 pt, justified, first line indented). */
export function para(
  b: SheetBuilder,
  row: number,
  text: string,
  size = BODY,
  more: Omit<DocFormat, "size"> = {}
): number {
  b.text(row, 1, COLS, `${INDENT}${text}`, f(size, { align: "justify", ...more }), 3);
  return row + 1;
}

/** A column of a bordered table: its label, its span on the 40-column grid, its cells' alignment. */
export interface TableColumn {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly align: NonNullable<DocFormat["align"]>;
}

/** Cells of a bordered table (11 pt, wrapped, centred vertically). */
export const tableCell = (more: Omit<DocFormat, "size"> = {}): DocFormat =>
  f(11, { border: "all", valign: "middle", wrap: true, ...more });

/**
 * The header row of a bordered table at `row` (bold, centred, as tall as its longest label); returns
 * the next row.
 */
export function tableHeader(b: SheetBuilder, row: number, columns: readonly TableColumn[]): number {
  for (const c of columns) {
    b.merge(row, c.from, row, c.to, c.label, tableCell({ bold: true, align: "center" }));
    b.atLeast(row, linesHeight(lineCount(c.label, b.spanMm(c.from, c.to), 11, true), 11, 2));
  }
  return row + 1;
}

/**
 * `count` rows of a bordered table from `row`, the values of row `i` from `valuesOf(i)` (the array
 * may be reused between rows), each row as tall as its longest wrapped text; returns the next row.
 */
export function tableRows(
  b: SheetBuilder,
  row: number,
  columns: readonly TableColumn[],
  count: number,
  valuesOf: (i: number) => readonly (string | number)[]
): number {
  // One format and one width per column, shared by every row.
  const formats = columns.map((c) => tableCell({ align: c.align }));
  const widths = columns.map((c) => b.spanMm(c.from, c.to));
  let r = row;
  for (let i = 0; i < count; i++) {
    const values = valuesOf(i);
    let lines = 1;
    columns.forEach((c, k) => {
      const v = values[k]!;
      b.merge(r, c.from, r, c.to, v, formats[k]);
      if (typeof v === "string") lines = Math.max(lines, lineCount(v, widths[k]!, 11));
    });
    b.atLeast(r, linesHeight(lines, 11, 2));
    r++;
  }
  return r;
}

/** `Nơi nhận` (left) and the signer (right), on the same rows as Decree 30 places them. */
export function closing(
  b: SheetBuilder,
  row: number,
  recipients: readonly string[],
  signer: readonly string[],
  signerName = ""
): number {
  b.merge(row, 1, row, 18, "Nơi nhận:", f(12, { bold: true, italic: true, valign: "bottom" }));
  recipients.forEach((t, i) =>
    b.merge(row + 1 + i, 1, row + 1 + i, 18, t, f(11, { valign: "top" }))
  );
  signer.forEach((t, i) =>
    b.merge(row + i, 19, row + i, COLS, t, f(13, { ...CENTER, bold: true }))
  );
  const used = Math.max(recipients.length + 1, signer.length);
  for (let i = 0; i < used; i++) b.atLeast(row + i, 17);
  // Room for the signature and seal, then the signer's name (`Họ và tên người ký`; blank: by hand).
  const nameRow = row + Math.max(used, signer.length + 5);
  for (let r = row + used; r < nameRow; r++) b.atLeast(r, 17);
  b.merge(nameRow, 19, nameRow, COLS, safe(signerName), f(13, { ...CENTER, bold: true }));
  b.atLeast(nameRow, 18);
  return nameRow + 1;
}
