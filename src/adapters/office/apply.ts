/// <reference types="office-js" />
/**
 * Queue a register plan (or the missing parts of one) on an Excel request context — the Office.js
 * mirror of src/adapters/xlsx/apply.ts and upgrade.ts — through a `Batch` (./batch.ts), which sends
 * the operations in as few requests as Excel on the web's 5 MB payload limit allows.
 *
 * ORDER. A host carries out a batch's operations one after the other and keeps those done before a
 * failure, and a validation, a conditional format, a formula or a name may refer only to sheets and
 * names that exist at that point. So a workbook edit goes in phases (`queueWorkbookEdit`): every new
 * sheet first, then the defined names, then cell values, formats, validations, conditional formats,
 * and layout, protection and visibility last.
 */
import type {
  ConditionalFormatPlan,
  DefinedNamePlan,
  PlanCell,
  SheetPlan,
  ValidationPlan,
} from "../../workbook/plan/types";
import { type Block, type Rect, rectAddress, rectsByKey, splitRows, toBlock } from "./blocks";
import { type Batch, type BatchOp, jsonBytes, opBytes } from "./batch";
import { formatForValue, toFormulaEntry } from "./cells";
import { type OfficeStyle, officeStyle, widthToPoints } from "./styles";
import { columnLetter } from "../../domain/findings";
import type { AuditWrite } from "../../workbook/edit/audit";
import { PAGE_MARGINS_IN } from "../../workbook/plan/print";

export { Batch, PAYLOAD_LIMIT } from "./batch";

/** A worksheet, looked up when an operation is queued (it may be added earlier in the same request). */
export type SheetRef = () => Excel.Worksheet;

export const sheetByName =
  (ctx: Excel.RequestContext, name: string): SheetRef =>
  () =>
    ctx.workbook.worksheets.getItem(name);

/** A block write as a batch operation that splits into row halves when a request is refused. */
function blockOp<T>(
  ws: SheetRef,
  block: Block<T>,
  prop: "formulas" | "values" | "numberFormat"
): BatchOp {
  return {
    bytes: opBytes(block.data),
    run: () => {
      (ws().getRange(rectAddress(block)) as unknown as Record<string, unknown>)[prop] = block.data;
    },
    ...(block.rows > 1
      ? {
          split: () =>
            splitRows(block, Math.ceil(block.rows / 2)).map((band) => blockOp(ws, band, prop)),
        }
      : {}),
  };
}

/** Write a block (2-D array) to `formulas`, `values` or `numberFormat`, in row bands if it is too big. */
export async function writeBlock<T>(
  b: Batch,
  ws: SheetRef,
  block: Block<T>,
  prop: "formulas" | "values" | "numberFormat"
): Promise<void> {
  const bytes = jsonBytes(block.data);
  // Bands of at most half the budget, sized from the block's real JSON length.
  const bands =
    bytes <= b.limitBytes / 2
      ? [block]
      : splitRows(block, Math.max(1, Math.floor((block.rows * b.limitBytes) / bytes / 2)));
  for (const band of bands) await b.add(blockOp(ws, band, prop));
}

const fill2D = <T>(r: Rect, v: T): T[][] =>
  Array.from({ length: r.rows }, () => Array<T>(r.cols).fill(v));

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** The property sets of a style on a rectangle, as [path, value] pairs (for sizing and applying). */
function styleSets(st: OfficeStyle, rect: Rect): [string, unknown][] {
  const sets: [string, unknown][] = [];
  if (st.font) {
    if (st.font.name) sets.push(["font.name", st.font.name]);
    if (st.font.size) sets.push(["font.size", st.font.size]);
    if (st.font.bold) sets.push(["font.bold", true]);
    if (st.font.italic) sets.push(["font.italic", true]);
    if (st.font.color) sets.push(["font.color", st.font.color]);
  }
  if (st.fill) sets.push(["fill.color", st.fill]);
  if (st.horizontal) sets.push(["horizontalAlignment", st.horizontal]);
  if (st.vertical) sets.push(["verticalAlignment", st.vertical]);
  if (st.wrap) sets.push(["wrapText", true]);
  if (st.border) {
    const edges: string[] = [...EDGES];
    if (rect.rows > 1) edges.push("InsideHorizontal");
    if (rect.cols > 1) edges.push("InsideVertical");
    for (const e of edges) {
      sets.push([`borders.${e}.style`, "Continuous"]);
      sets.push([`borders.${e}.color`, st.border]);
    }
  }
  return sets;
}

export function applyStyle(range: Excel.Range, st: OfficeStyle, rect: Rect): void {
  const f = range.format;
  for (const [path, value] of styleSets(st, rect)) {
    const parts = path.split(".");
    if (parts[0] === "font") (f.font as unknown as Record<string, unknown>)[parts[1]!] = value;
    else if (parts[0] === "fill") f.fill.color = value as string;
    else if (parts[0] === "borders") {
      const b = f.borders.getItem(parts[1] as Excel.BorderIndex);
      if (parts[2] === "style") b.style = value as Excel.BorderLineStyle;
      else b.color = value as string;
    } else (f as unknown as Record<string, unknown>)[path] = value;
  }
  if (st.numberFormat) range.numberFormat = fill2D(rect, st.numberFormat);
}

/** Bytes of `applyStyle` on a rectangle. */
export function styleBytes(st: OfficeStyle, rect: Rect): number {
  const sets = styleSets(st, rect);
  return (
    opBytes(...sets.map(([, v]) => v)) +
    (st.numberFormat ? opBytes(fill2D(rect, st.numberFormat)) : 0)
  );
}

/** Formats of plan cells: styles by rectangle, date formats for date values, unlocked cells. */
export async function queueCellFormats(
  b: Batch,
  ws: SheetRef,
  cells: readonly PlanCell[]
): Promise<void> {
  for (const [style, rects] of rectsByKey(cells, (c) => c.style ?? null)) {
    const st = officeStyle(style as PlanCell["style"] & string);
    for (const r of rects)
      await b.queue(styleBytes(st, r), () => applyStyle(ws().getRange(rectAddress(r)), st, r));
  }
  for (const [fmt, rects] of rectsByKey(cells, (c) => (c.style ? null : formatForValue(c)))) {
    for (const r of rects) {
      const data = fill2D(r, fmt);
      await b.queue(opBytes(data), () => {
        ws().getRange(rectAddress(r)).numberFormat = data;
      });
    }
  }
  for (const rects of rectsByKey(cells, (c) => (c.unlocked ? "unlocked" : null)).values()) {
    for (const r of rects)
      await b.queue(opBytes(false), () => {
        ws().getRange(rectAddress(r)).format.protection.locked = false;
      });
  }
}

/** Excel's limits on validation texts: titles 32, prompts 255, error alerts 225 characters. */
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const formulaArg = (v: number | string) => (typeof v === "number" ? v : `=${v.replace(/^=/, "")}`);

/**
 * A list source for Office.js: a range or a name as a formula (`='Danh mục'!$A$2:$A$4`), an inline
 * list as the plain comma list Excel wants (`Phường,Cấp trên`), never a `="…"` text formula. The
 * plan writes inline lists as OOXML does, in double quotes.
 */
export function listSource(source: string): string {
  const s = source.trim().replace(/^=/, "");
  const inline = /^"((?:[^"]|"")*)"$/.exec(s);
  return inline ? inline[1]!.replace(/""/g, '"') : `=${s}`;
}

/** The data-validation parts of a plan, as Office.js takes them. */
export function validationParts(v: ValidationPlan): {
  ignoreBlanks?: boolean;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
} {
  const out: ReturnType<typeof validationParts> = {};
  if (v.type === "list") {
    out.ignoreBlanks = true;
    out.rule = { list: { inCellDropDown: true, source: listSource(v.source) } };
  } else if (v.type === "whole" || v.type === "decimal") {
    out.ignoreBlanks = true;
    const basic = {
      formula1: formulaArg(v.min),
      ...(v.max !== undefined ? { formula2: formulaArg(v.max) } : {}),
      operator: (v.max === undefined
        ? "GreaterThanOrEqualTo"
        : "Between") as Excel.DataValidationOperator,
    };
    out.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  if (v.prompt)
    out.prompt = {
      showPrompt: true,
      title: clip(v.prompt.title, VALIDATION_LIMITS.title),
      message: clip(v.prompt.text, VALIDATION_LIMITS.prompt),
    };
  if (v.type !== "prompt" && v.error) {
    const style = v.type === "list" && !v.strict ? "Warning" : "Stop";
    out.errorAlert = {
      showAlert: true,
      style: style as Excel.DataValidationAlertStyle,
      title: clip(v.error.title, VALIDATION_LIMITS.title),
      message: clip(v.error.text, VALIDATION_LIMITS.error),
    };
  }
  return out;
}

/** One data-validation plan on its range. */
export function queueValidation(ws: Excel.Worksheet, v: ValidationPlan): void {
  const dv = ws.getRange(v.range).dataValidation;
  const p = validationParts(v);
  if (p.ignoreBlanks !== undefined) dv.ignoreBlanks = p.ignoreBlanks;
  if (p.rule) dv.rule = p.rule;
  if (p.prompt) dv.prompt = p.prompt;
  if (p.errorAlert) dv.errorAlert = p.errorAlert;
}

export const validationBytes = (v: ValidationPlan): number =>
  opBytes(...Object.values(validationParts(v)));

const hexColour = (c: string) => (c.length === 8 ? `#${c.slice(2)}` : c);

export function queueConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const added = ws
    .getRange(cf.range)
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  added.custom.rule.formula = `=${cf.formula.replace(/^=/, "")}`;
  added.custom.format.fill.color = hexColour(cf.fill);
  if (cf.fontColor) added.custom.format.font.color = hexColour(cf.fontColor);
  if (cf.bold) added.custom.format.font.bold = true;
}

export const conditionalFormatBytes = (cf: ConditionalFormatPlan): number =>
  opBytes("Custom", cf.formula, cf.fill, cf.fontColor ?? null, cf.bold ?? null);

export interface ApplyOptions {
  /** ExcelApi 1.9 (page layout, screen updating) is available. */
  readonly pageLayout: boolean;
}

/** Cells (already filtered to empty targets) and validations for a sheet that exists. */
export interface SheetCellEdit {
  readonly sheet: string;
  readonly cells: readonly PlanCell[];
  readonly validations: readonly ValidationPlan[];
}

/** What one write adds to a workbook (src/workbook/edit/setup.ts WorkbookEdit, or a part of it). */
export interface WorkbookEditParts {
  /** Sheets to add, with everything of their plan. */
  readonly newSheets?: readonly SheetPlan[];
  readonly names?: readonly DefinedNamePlan[];
  readonly repointNames?: readonly DefinedNamePlan[];
  readonly cellEdits?: readonly SheetCellEdit[];
}

/** Value blocks of cells on an existing sheet: one per rectangle of the cells' bounding rows (sparse edits). */
function editBlocks(cells: readonly PlanCell[]) {
  const out: Block<string | number | boolean>[] = [];
  for (const [, rects] of rectsByKey(cells, () => "all"))
    for (const r of rects) {
      const inRect = cells.filter(
        (c) => c.row >= r.row && c.row < r.row + r.rows && c.col >= r.col && c.col < r.col + r.cols
      );
      const block = toBlock(inRect, (c) => toFormulaEntry(c.value));
      if (block) out.push(block);
    }
  return out;
}

/**
 * A workbook edit in the order a host needs it: (1) new sheets, (2) names and re-pointed names,
 * (3) cell values, (4) formats, widths, heights and merges, (5) validations, (6) conditional formats,
 * (7) freeze panes, tab colours, protection and visibility. Page layout is not here: it goes in its
 * own request after the register is written (a refusal must not cost the register).
 */
export async function queueWorkbookEdit(b: Batch, e: WorkbookEditParts): Promise<void> {
  const ctx = b.ctx;
  const sheets = e.newSheets ?? [];
  const edits = e.cellEdits ?? [];
  const ref = (name: string) => sheetByName(ctx, name);
  // (1) sheets
  for (const p of sheets)
    await b.queue(opBytes(p.name), () => {
      ctx.workbook.worksheets.add(p.name);
    });
  // (2) names
  for (const n of e.names ?? [])
    await b.queue(opBytes(n.name, n.refersTo), () => queueName(ctx, n));
  for (const n of e.repointNames ?? [])
    await b.queue(opBytes(n.refersTo), () => queueRepoint(ctx, n));
  // (3) values
  for (const p of sheets) {
    const values = toBlock(p.cells, (c) => toFormulaEntry(c.value));
    if (values) await writeBlock(b, ref(p.name), values, "formulas");
  }
  for (const c of edits)
    for (const block of editBlocks(c.cells)) await writeBlock(b, ref(c.sheet), block, "formulas");
  // (4) formats
  for (const p of sheets) {
    const ws = ref(p.name);
    await queueCellFormats(b, ws, p.cells);
    for (const [i, w] of p.widths.entries())
      if (w !== undefined && i > 0)
        await b.queue(opBytes(widthToPoints(w)), () => {
          ws().getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth =
            widthToPoints(w);
        });
    for (const h of p.rowHeights ?? [])
      await b.queue(opBytes(h.height), () => {
        ws().getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
      });
    for (const m of p.merges)
      await b.queue(opBytes(false), () => {
        ws().getRange(m).merge(false);
      });
  }
  for (const c of edits) await queueCellFormats(b, ref(c.sheet), c.cells);
  // (5) validations
  const validations = [
    ...sheets.map((p) => [p.name, p.validations] as const),
    ...edits.map((c) => [c.sheet, c.validations] as const),
  ];
  for (const [name, list] of validations) {
    const ws = ref(name);
    for (const v of list) await b.queue(validationBytes(v), () => queueValidation(ws(), v));
  }
  // (6) conditional formats
  for (const p of sheets) {
    const ws = ref(p.name);
    for (const cf of p.conditionalFormats)
      await b.queue(conditionalFormatBytes(cf), () => queueConditionalFormat(ws(), cf));
  }
  // (7) layout, protection, visibility
  for (const p of sheets)
    await b.queue(opBytes(p.name, p.tabColor ?? null), () => queueLayout(ref(p.name)(), p));
}

/** Sheet protection of a plan's protected sheet (no password). */
const PROTECTION = {
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: "Normal" as Excel.ProtectionSelectionMode,
};

/** Freeze panes, tab colour, protection and visibility of a new sheet: the last of its operations. */
function queueLayout(ws: Excel.Worksheet, p: SheetPlan): void {
  if (p.freeze && (p.freeze.rows > 0 || p.freeze.cols > 0)) {
    if (p.freeze.rows > 0 && p.freeze.cols > 0)
      ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, p.freeze.rows, p.freeze.cols));
    else if (p.freeze.rows > 0) ws.freezePanes.freezeRows(p.freeze.rows);
    else ws.freezePanes.freezeColumns(p.freeze.cols);
  }
  if (p.tabColor) ws.tabColor = `#${p.tabColor.slice(-6)}`;
  if (p.protect) ws.protection.protect(PROTECTION);
  if (p.state === "veryHidden") ws.visibility = "VeryHidden" as Excel.SheetVisibility;
}

/** A4, orientation, fit or scale, print area, repeated title rows/columns, margins, page numbers (ExcelApi 1.9). */
export function queuePageLayout(ws: Excel.Worksheet, p: SheetPlan): void {
  const pl = ws.pageLayout;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.orientation = (
    p.print.orientation === "landscape" ? "Landscape" : "Portrait"
  ) as Excel.PageOrientation;
  if (p.print.fitToWidth)
    pl.zoom = {
      horizontalFitToPages: p.print.pagesWide ?? 1,
      verticalFitToPages: p.print.fitToHeight ?? 0,
    };
  else if (p.print.scale !== undefined) pl.zoom = { scale: p.print.scale };
  if (p.print.pageOrder === "overThenDown") pl.printOrder = "OverThenDown" as Excel.PrintOrder;
  if (p.print.area) pl.setPrintArea(p.print.area);
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
  const m = PAGE_MARGINS_IN; // inches; Office.js takes points
  pl.leftMargin = m.left * 72;
  pl.rightMargin = m.right * 72;
  pl.topMargin = m.top * 72;
  pl.bottomMargin = m.bottom * 72;
  pl.headerMargin = m.header * 72;
  pl.footerMargin = m.footer * 72;
  pl.headersFooters.defaultForAllPages.centerFooter = "Trang &P/&N";
}

/** Cells (already filtered to empty targets) and validations added to an existing sheet. */
export async function queueCellEdit(b: Batch, edit: SheetCellEdit): Promise<void> {
  await queueWorkbookEdit(b, { cellEdits: [edit] });
}

export function queueName(ctx: Excel.RequestContext, n: DefinedNamePlan): void {
  ctx.workbook.names.add(n.name, `=${n.refersTo.replace(/^=/, "")}`);
}

/** Point an existing name elsewhere (NamedItem.formula is writable from ExcelApi 1.7). */
export function queueRepoint(ctx: Excel.RequestContext, n: DefinedNamePlan): void {
  ctx.workbook.names.getItem(n.name).formula = `=${n.refersTo.replace(/^=/, "")}`;
}

/**
 * The native charts of a new sheet (src/workbook/plan/charts.ts): a clustered bar chart of the
 * plan's values against its categories, named so the pane can recognise it, categories top-down,
 * values labelled, placed over the plan's cells (ExcelApi 1.8: `categoryAxis.position`).
 */
export function queueCharts(ws: Excel.Worksheet, p: SheetPlan): void {
  for (const c of p.charts ?? []) {
    const chart = ws.charts.add(
      "BarClustered" as Excel.ChartType,
      ws.getRange(c.values),
      "Columns" as Excel.ChartSeriesBy
    );
    chart.name = c.name;
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.dataLabels.showValue = true;
    const series = chart.series.getItemAt(0);
    series.name = c.seriesLabel;
    series.setXAxisValues(ws.getRange(c.categories));
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum" as Excel.ChartAxisPosition;
    // DrawingML's `to` is the cell the chart ends at the edge of: the last covered cell is before it.
    chart.setPosition(
      `${columnLetter(c.from.col + 1)}${c.from.row + 1}`,
      `${columnLetter(Math.max(c.to.col, c.from.col + 1))}${Math.max(c.to.row, c.from.row + 1)}`
    );
  }
}

/**
 * The `Nhật ký` row of an action (src/workbook/edit/audit.ts), queued in the batch of the write it
 * records: a new sheet as any new sheet, or the row's cells, the protected sheet unprotected for
 * them and protected again (no password: a password-protected `Nhật ký` makes the write fail).
 */
export async function queueAuditWrite(b: Batch, w: AuditWrite): Promise<void> {
  if (w.kind === "sheet") return queueWorkbookEdit(b, { newSheets: [w.plan] });
  const ws = sheetByName(b.ctx, w.sheet);
  await b.queue(opBytes(w.sheet), () => ws().protection.unprotect());
  for (const block of editBlocks(w.cells)) await writeBlock(b, ws, block, "formulas");
  await b.queue(opBytes(w.sheet), () => ws().protection.protect(PROTECTION));
}
