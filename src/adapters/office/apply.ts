/// <reference types="office-js" />
/**
 * Queue a register plan (or the missing parts of one) on an Excel request context — the Office.js
 * mirror of src/adapters/xlsx/apply.ts and upgrade.ts. Nothing here syncs except `Batch.charge`,
 * which syncs early only when the queued payload would pass Excel on the web's 5 MB request limit.
 * Order per sheet: values (one 2-D block), then formats, validations, conditional formats, layout,
 * protection and visibility last.
 */
import type {
  ConditionalFormatPlan,
  DefinedNamePlan,
  PlanCell,
  SheetPlan,
  ValidationPlan,
} from "../../workbook/plan/types";
import {
  type Block,
  type Rect,
  payloadBytes,
  rectAddress,
  rectsByKey,
  splitRows,
  toBlock,
} from "./blocks";
import { formatForValue, toFormulaEntry } from "./cells";
import { type OfficeStyle, officeStyle, widthToPoints } from "./styles";
import { columnLetter } from "../../domain/findings";

/** Requests above this many bytes are split (Excel on the web refuses 5 MB). */
export const PAYLOAD_LIMIT = 4_000_000;

/** A batch of queued operations with a payload budget. */
export class Batch {
  private bytes = 0;
  constructor(
    readonly ctx: Excel.RequestContext,
    /** Runs at the start and again after each early sync (suspend calculation, events off …). */
    private readonly prepare: () => void,
    private readonly limit = PAYLOAD_LIMIT
  ) {
    prepare();
  }
  /** Account for `n` bytes about to be queued; syncs first if they would not fit. */
  async charge(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > this.limit) {
      await this.ctx.sync();
      this.bytes = 0;
      this.prepare();
    }
    this.bytes += n;
  }
  get limitBytes(): number {
    return this.limit;
  }
}

/** Write a block (2-D array) to `formulas`, `values` or `numberFormat`, in row bands if it is too big. */
export async function writeBlock<T>(
  b: Batch,
  ws: Excel.Worksheet,
  block: Block<T>,
  prop: "formulas" | "values" | "numberFormat"
): Promise<void> {
  const bytes = payloadBytes(block.data);
  const bands =
    bytes <= b.limitBytes
      ? [block]
      : splitRows(block, Math.max(1, Math.floor((block.rows * b.limitBytes) / bytes / 2)));
  for (const band of bands) {
    await b.charge(bands.length === 1 ? bytes : payloadBytes(band.data));
    (ws.getRange(rectAddress(band)) as unknown as Record<string, unknown>)[prop] = band.data;
  }
}

const fill2D = <T>(r: Rect, v: T): T[][] =>
  Array.from({ length: r.rows }, () => Array<T>(r.cols).fill(v));

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export function applyStyle(range: Excel.Range, st: OfficeStyle, rect: Rect): void {
  const f = range.format;
  if (st.font) {
    if (st.font.name) f.font.name = st.font.name;
    if (st.font.size) f.font.size = st.font.size;
    if (st.font.bold) f.font.bold = true;
    if (st.font.italic) f.font.italic = true;
    if (st.font.color) f.font.color = st.font.color;
  }
  if (st.fill) f.fill.color = st.fill;
  if (st.horizontal) f.horizontalAlignment = st.horizontal as Excel.HorizontalAlignment;
  if (st.vertical) f.verticalAlignment = st.vertical as Excel.VerticalAlignment;
  if (st.wrap) f.wrapText = true;
  if (st.border) {
    const edges: string[] = [...EDGES];
    if (rect.rows > 1) edges.push("InsideHorizontal");
    if (rect.cols > 1) edges.push("InsideVertical");
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = "Continuous" as Excel.BorderLineStyle;
      b.color = st.border;
    }
  }
  if (st.numberFormat) range.numberFormat = fill2D(rect, st.numberFormat);
}

/** Formats of plan cells: styles by rectangle, date formats for date values, unlocked cells. */
export async function queueCellFormats(
  b: Batch,
  ws: Excel.Worksheet,
  cells: readonly PlanCell[]
): Promise<void> {
  for (const [style, rects] of rectsByKey(cells, (c) => c.style ?? null)) {
    const st = officeStyle(style as PlanCell["style"] & string);
    for (const r of rects) {
      await b.charge(300 + (st.numberFormat ? r.rows * r.cols * (st.numberFormat.length + 3) : 0));
      applyStyle(ws.getRange(rectAddress(r)), st, r);
    }
  }
  for (const [fmt, rects] of rectsByKey(cells, (c) => (c.style ? null : formatForValue(c)))) {
    for (const r of rects) {
      await b.charge(100 + r.rows * r.cols * (fmt.length + 3));
      ws.getRange(rectAddress(r)).numberFormat = fill2D(r, fmt);
    }
  }
  for (const rects of rectsByKey(cells, (c) => (c.unlocked ? "unlocked" : null)).values()) {
    for (const r of rects) {
      await b.charge(100);
      ws.getRange(rectAddress(r)).format.protection.locked = false;
    }
  }
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const formulaArg = (v: number | string) => (typeof v === "number" ? v : `=${v.replace(/^=/, "")}`);

/** One data-validation plan on its range (Excel limits: title 32, message 255 characters). */
export function queueValidation(ws: Excel.Worksheet, v: ValidationPlan): void {
  const dv = ws.getRange(v.range).dataValidation;
  if (v.type === "list") {
    dv.ignoreBlanks = true;
    dv.rule = { list: { inCellDropDown: true, source: `=${v.source.replace(/^=/, "")}` } };
  } else if (v.type === "whole" || v.type === "decimal") {
    dv.ignoreBlanks = true;
    const basic = {
      formula1: formulaArg(v.min),
      ...(v.max !== undefined ? { formula2: formulaArg(v.max) } : {}),
      operator: (v.max === undefined
        ? "GreaterThanOrEqualTo"
        : "Between") as Excel.DataValidationOperator,
    };
    dv.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  if (v.prompt)
    dv.prompt = {
      showPrompt: true,
      title: clip(v.prompt.title, 32),
      message: clip(v.prompt.text, 255),
    };
  if (v.type !== "prompt" && v.error) {
    const style = v.type === "list" && !v.strict ? "Warning" : "Stop";
    dv.errorAlert = {
      showAlert: true,
      style: style as Excel.DataValidationAlertStyle,
      title: clip(v.error.title, 32),
      message: clip(v.error.text, 255),
    };
  }
}

export function queueConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const added = ws
    .getRange(cf.range)
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  added.custom.rule.formula = `=${cf.formula.replace(/^=/, "")}`;
  added.custom.format.fill.color = cf.fill.length === 8 ? `#${cf.fill.slice(2)}` : cf.fill;
  if (cf.fontColor)
    added.custom.format.font.color =
      cf.fontColor.length === 8 ? `#${cf.fontColor.slice(2)}` : cf.fontColor;
  if (cf.bold) added.custom.format.font.bold = true;
}

export interface ApplyOptions {
  /** ExcelApi 1.9 (page layout, screen updating) is available. */
  readonly pageLayout: boolean;
}

/** Everything of a sheet plan on a worksheet that was just added (empty). */
export async function queueSheetPlan(
  b: Batch,
  ws: Excel.Worksheet,
  p: SheetPlan,
  o: ApplyOptions
): Promise<void> {
  const values = toBlock(p.cells, (c) => toFormulaEntry(c.value));
  if (values) await writeBlock(b, ws, values, "formulas");
  await queueCellFormats(b, ws, p.cells);
  await b.charge(200 * (p.widths.length + p.merges.length));
  p.widths.forEach((w, i) => {
    if (w !== undefined && i > 0)
      ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = widthToPoints(w);
  });
  for (const m of p.merges) ws.getRange(m).merge(false);
  for (const v of p.validations) {
    await b.charge(600);
    queueValidation(ws, v);
  }
  for (const cf of p.conditionalFormats) {
    await b.charge(400);
    queueConditionalFormat(ws, cf);
  }
  if (p.freeze && (p.freeze.rows > 0 || p.freeze.cols > 0)) {
    if (p.freeze.rows > 0 && p.freeze.cols > 0)
      ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, p.freeze.rows, p.freeze.cols));
    else if (p.freeze.rows > 0) ws.freezePanes.freezeRows(p.freeze.rows);
    else ws.freezePanes.freezeColumns(p.freeze.cols);
  }
  if (o.pageLayout) queuePageLayout(ws, p);
  if (p.tabColor) ws.tabColor = `#${p.tabColor.slice(-6)}`;
  if (p.protect)
    ws.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      selectionMode: "Normal" as Excel.ProtectionSelectionMode,
    });
  if (p.state === "veryHidden") ws.visibility = "VeryHidden" as Excel.SheetVisibility;
}

/** A4, orientation, fit to one page wide, repeated title rows/columns, margins, page numbers (ExcelApi 1.9). */
export function queuePageLayout(ws: Excel.Worksheet, p: SheetPlan): void {
  const pl = ws.pageLayout;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.orientation = (
    p.print.orientation === "landscape" ? "Landscape" : "Portrait"
  ) as Excel.PageOrientation;
  if (p.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.print.repeatRows)
    pl.setPrintTitleRows(
      p.print.repeatRows
        .split(":")
        .map((r) => `$${r}`)
        .join(":")
    );
  const cols = (p.print as { repeatCols?: string }).repeatCols;
  if (cols)
    pl.setPrintTitleColumns(
      cols
        .split(":")
        .map((c) => `$${c}`)
        .join(":")
    );
  pl.leftMargin = 36;
  pl.rightMargin = 28.8;
  pl.topMargin = 43.2;
  pl.bottomMargin = 43.2;
  pl.headersFooters.defaultForAllPages.centerFooter = "Trang &P/&N";
}

/** Cells (already filtered to empty targets) and validations added to an existing sheet. */
export async function queueCellEdit(
  b: Batch,
  ws: Excel.Worksheet,
  cells: readonly PlanCell[],
  validations: readonly ValidationPlan[]
): Promise<void> {
  // One block per row band would still be sparse; existing sheets get small edits (a header, a few settings).
  for (const [, rects] of rectsByKey(cells, () => "all")) {
    for (const r of rects) {
      const inRect = cells.filter(
        (c) => c.row >= r.row && c.row < r.row + r.rows && c.col >= r.col && c.col < r.col + r.cols
      );
      const block = toBlock(inRect, (c) => toFormulaEntry(c.value));
      if (block) await writeBlock(b, ws, block, "formulas");
    }
  }
  await queueCellFormats(b, ws, cells);
  for (const v of validations) {
    await b.charge(600);
    queueValidation(ws, v);
  }
}

export function queueName(ctx: Excel.RequestContext, n: DefinedNamePlan): void {
  ctx.workbook.names.add(n.name, `=${n.refersTo.replace(/^=/, "")}`);
}

/** Point an existing name elsewhere (NamedItem.formula is writable from ExcelApi 1.7). */
export function queueRepoint(ctx: Excel.RequestContext, n: DefinedNamePlan): void {
  ctx.workbook.names.getItem(n.name).formula = `=${n.refersTo.replace(/^=/, "")}`;
}
