/**
 * One existing worksheet part edited in place: the cells a plan owns are set (inserted in row and
 * column order, or replaced keeping their style unless the plan gives one), validations and
 * conditional formats are added after the sheet's own, a column width is given to a column that
 * has none. Every other character of the part — other cells, rows, the sheet's own validations,
 * drawings, protection, `extLst`, elements this code does not know — is copied as it was.
 */
import type { ConditionalFormatPlan, ValidationPlan } from "../../../workbook/plan/types";
import { xmlText } from "../sheetXml";
import { xmlContent } from "./cellXml";
import {
  type CellWrite,
  editSheetDataSteps,
  findSheetData,
  type SheetDataState,
} from "./sheetData";
import { formatSqref, parseSqref, type Rect, uncovered } from "./ranges";
import {
  attributes,
  children,
  closeStart,
  insertionPoint,
  prefixOf,
  rootElement,
  splice,
  type Span,
  withAttribute,
} from "./scan";

export type { CellWrite } from "./sheetData";

/** The children of `<worksheet>` in schema order (CT_Worksheet). */
export const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** The elements that come after `name` in a worksheet. */
export function after(name: (typeof SHEET_ORDER)[number]): readonly string[] {
  return SHEET_ORDER.slice(SHEET_ORDER.indexOf(name) + 1);
}

export interface SheetChange {
  readonly cells: readonly CellWrite[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly {
    readonly plan: ConditionalFormatPlan;
    readonly dxfId: number;
  }[];
  readonly widths: readonly { readonly col: number; readonly width: number }[];
}

/** Validation attributes and formulas, as the schema names them. */
export function validationXml(v: ValidationPlan, sqref: string, prefix: string): string {
  const a: string[] = [];
  const msg = (title: string, text: string, m: { title: string; text: string } | undefined) =>
    m ? ` ${title}="${xmlText(m.title)}" ${text}="${xmlText(m.text)}"` : "";
  let formulas = "";
  const f = (n: 1 | 2, value: number | string) =>
    `<${prefix}formula${n}>${xmlContent(String(value))}</${prefix}formula${n}>`;
  if (v.type === "list") {
    a.push(`type="list"`, `allowBlank="1"`, `showErrorMessage="1"`);
    if (!v.strict) a.push(`errorStyle="warning"`);
    formulas = f(1, v.source);
  } else if (v.type === "prompt") {
    a.push(`type="custom"`, `allowBlank="1"`);
    formulas = f(1, "TRUE");
  } else {
    a.push(`type="${v.type}"`, `allowBlank="1"`, `showErrorMessage="1"`);
    if (v.max === undefined) a.push(`operator="greaterThanOrEqual"`);
    formulas = f(1, v.min) + (v.max === undefined ? "" : f(2, v.max));
  }
  if (v.prompt) a.push(`showInputMessage="1"`);
  const error = v.type === "prompt" ? "" : msg("errorTitle", "error", v.error);
  return `<${prefix}dataValidation ${a.join(" ")}${error}${msg("promptTitle", "prompt", v.prompt)} sqref="${sqref}">${formulas}</${prefix}dataValidation>`;
}

/** Areas already under a validation: the sheet's own and Excel 2010's (`x14`) in `extLst`. */
function validatedAreas(xml: string, kids: readonly Span[]): Rect[] {
  const out: Rect[] = [];
  for (const k of kids) {
    if (k.name === "dataValidations")
      for (const dv of children(xml, k)) {
        const sq = attributes(xml, dv).get("sqref");
        if (sq) out.push(...parseSqref(sq));
      }
    else if (k.name === "extLst") {
      const text = xml.slice(k.start, k.end);
      for (const block of text.matchAll(
        /<(\w+:)?dataValidations[\s>][\s\S]*?<\/(\w+:)?dataValidations>/gu
      ))
        for (const m of block[0].matchAll(/<(?:\w+:)?sqref>([^<]*)<\/(?:\w+:)?sqref>/gu))
          out.push(...parseSqref(m[1]!));
    }
  }
  return out;
}

/** The highest conditional-format priority on the sheet (its own and `x14` ones). */
function maxPriority(xml: string, kids: readonly Span[]): number {
  let max = 0;
  for (const k of kids)
    if (k.name === "conditionalFormatting" || k.name === "extLst")
      for (const m of xml.slice(k.start, k.end).matchAll(/\spriority\s*=\s*["'](\d+)["']/gu))
        max = Math.max(max, Number(m[1]));
  return max;
}

export interface SheetEditResult {
  /** False when the part's bytes are as they were (nothing was handed to the sink). */
  readonly changed: boolean;
  /** A cell that held a formula was given a value (the workbook's calculation chain is stale). */
  readonly replacedFormula: boolean;
  /** Planned cells left alone because they hold a shared or array formula others depend on. */
  readonly skipped: number;
}

const encoder = new TextEncoder();

/**
 * Apply `change` to a worksheet part, handing the edited part to `sink` in chunks (the last with
 * `final`). `<sheetData>` is edited as bytes (./sheetData.ts); the rest of the part — small — as
 * text, around a placeholder standing for it.
 */
export function editSheetPart(
  bytes: Uint8Array,
  change: SheetChange,
  date1904: boolean,
  sink: (chunk: Uint8Array, final: boolean) => void
): SheetEditResult {
  const steps = editSheetPartSteps(bytes, change, date1904, sink);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `editSheetPart` in steps: it pauses whenever a block of `<sheetData>` was handed on, so that a
 * caller with an asynchronous deflater can let the compression catch up; the blocks come from
 * `take` (a pool the deflater gives them back to) when one is given.
 */
export function* editSheetPartSteps(
  bytes: Uint8Array,
  change: SheetChange,
  date1904: boolean,
  sink: (chunk: Uint8Array, final: boolean) => void,
  take?: () => Uint8Array
): Generator<void, SheetEditResult, void> {
  const found = findSheetData(bytes);
  const decoder = new TextDecoder();
  const state: SheetDataState = { replacedFormula: false, skipped: 0 };
  let skeleton: string;
  let placeholder: string;
  let data: { start: number; end: number; prefix: string; src: Uint8Array };
  if (found) {
    placeholder = `<${found.prefix}sheetData/>`;
    skeleton =
      decoder.decode(bytes.subarray(0, found.start)) +
      placeholder +
      decoder.decode(bytes.subarray(found.end));
    data = { ...found, src: bytes };
  } else {
    // No `<sheetData>` (the schema requires one): an empty one in its place.
    const xml = decoder.decode(bytes);
    const root = rootElement(xml);
    const prefix = prefixOf(root);
    placeholder = `<${prefix}sheetData/>`;
    const at = insertionPoint(xml, root, after("sheetData"));
    skeleton = splice(xml, [{ start: at, end: at, text: placeholder }]);
    const src = encoder.encode(placeholder);
    data = { start: 0, end: src.length, prefix, src };
  }
  const edited = editSkeleton(skeleton, change);
  if (!change.cells.length && edited === skeleton) return { changed: false, ...state };
  const at = edited.indexOf(placeholder);
  sink(encoder.encode(edited.slice(0, at)), false);
  if (change.cells.length) {
    // By row, then column; the last write of a cell wins (a plan in that order already, such as a
    // results column, is taken as it is).
    const cells = inOrder(change.cells) ? change.cells : byCell(change.cells);
    yield* editSheetDataSteps(
      data.src,
      data.start,
      data.end,
      data.prefix,
      cells,
      date1904,
      state,
      (chunk) => sink(chunk, false),
      take
    );
  } else sink(data.src.subarray(data.start, data.end), false);
  sink(encoder.encode(edited.slice(at + placeholder.length)), true);
  return { changed: true, ...state };
}

/** Whether the writes are by row, then column, one a cell. */
function inOrder(cells: readonly CellWrite[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (a.row > b.row || (a.row === b.row && a.col >= b.col)) return false;
  }
  return true;
}

/** The writes by row, then column; the last write of a cell wins. */
function byCell(cells: readonly CellWrite[]): CellWrite[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  return sorted.filter(
    (c, i) =>
      i + 1 === sorted.length || sorted[i + 1]!.row !== c.row || sorted[i + 1]!.col !== c.col
  );
}

/** Everything but the cells: used range, widths, conditional formats, validations. */
function editSkeleton(xml: string, change: SheetChange): string {
  const root = rootElement(xml);
  const prefix = prefixOf(root);
  const kids = children(xml, root);
  const edits: { start: number; end: number; text: string }[] = [];
  const insertAt = (name: (typeof SHEET_ORDER)[number]) => insertionPoint(xml, root, after(name));

  // The used range grows to the cells written.
  const dim = kids.find((k) => k.name === "dimension");
  if (dim && change.cells.length) {
    const ref = attributes(xml, dim).get("ref") ?? "";
    const areas = parseSqref(ref);
    let { top, left, bottom, right } = areas[0] ?? { top: 1, left: 1, bottom: 1, right: 1 };
    for (const c of change.cells) {
      top = Math.min(top, c.row);
      bottom = Math.max(bottom, c.row);
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    const next = formatSqref([{ top, left, bottom, right }]);
    if (next !== ref)
      edits.push({
        start: dim.start,
        end: dim.openEnd,
        text: withAttribute(xml, dim, "ref", next),
      });
  }

  // Column widths, only for columns the sheet gives no width.
  if (change.widths.length) {
    const cols = kids.find((k) => k.name === "cols");
    const defined: Rect[] = [];
    if (cols)
      for (const c of children(xml, cols)) {
        const a = attributes(xml, c);
        defined.push({
          top: 1,
          bottom: 1,
          left: Number(a.get("min")),
          right: Number(a.get("max")),
        });
      }
    const add = change.widths.filter(
      (w) => !defined.some((d) => d.left <= w.col && w.col <= d.right)
    );
    if (add.length) {
      const colXml = (w: { col: number; width: number }) =>
        `<${prefix}col min="${w.col}" max="${w.col}" width="${w.width}" customWidth="1"/>`;
      if (!cols) {
        const at = insertAt("cols");
        const text = `<${prefix}cols>${[...add]
          .sort((a, b) => a.col - b.col)
          .map(colXml)
          .join("")}</${prefix}cols>`;
        edits.push({ start: at, end: at, text });
      } else {
        for (const w of add) {
          const next = children(xml, cols).find(
            (c) => Number(attributes(xml, c).get("min")) > w.col
          );
          const at = next ? next.start : closeStart(xml, cols);
          edits.push({ start: at, end: at, text: colXml(w) });
        }
      }
    }
  }

  // Conditional formats, after the sheet's own (their priorities come after its priorities).
  if (change.conditionalFormats.length) {
    let priority = maxPriority(xml, kids);
    const text = change.conditionalFormats
      .map(
        ({ plan, dxfId }) =>
          `<${prefix}conditionalFormatting sqref="${formatSqref(parseSqref(plan.range))}">` +
          `<${prefix}cfRule type="expression" dxfId="${dxfId}" priority="${++priority}">` +
          `<${prefix}formula>${xmlContent(plan.formula)}</${prefix}formula></${prefix}cfRule></${prefix}conditionalFormatting>`
      )
      .join("");
    const at = insertAt("conditionalFormatting");
    edits.push({ start: at, end: at, text });
  }

  // Validations, never over a cell that has one already.
  if (change.validations.length) {
    const taken = validatedAreas(xml, kids);
    const added: string[] = [];
    for (const v of change.validations) {
      const rects = uncovered(parseSqref(v.range), taken);
      if (!rects.length) continue;
      taken.push(...rects);
      added.push(validationXml(v, formatSqref(rects), prefix));
    }
    if (added.length) {
      const dvs = kids.find((k) => k.name === "dataValidations");
      if (dvs && !dvs.selfClosing) {
        const count = children(xml, dvs).length + added.length;
        edits.push({
          start: dvs.start,
          end: dvs.openEnd,
          text: withAttribute(xml, dvs, "count", String(count)),
        });
        const at = closeStart(xml, dvs);
        edits.push({ start: at, end: at, text: added.join("") });
      } else {
        const text = `<${prefix}dataValidations count="${added.length}">${added.join("")}</${prefix}dataValidations>`;
        if (dvs) edits.push({ start: dvs.start, end: dvs.end, text });
        else {
          const at = insertAt("dataValidations");
          edits.push({ start: at, end: at, text });
        }
      }
    }
  }

  return edits.length ? splice(xml, edits) : xml;
}
