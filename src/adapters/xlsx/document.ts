/**
 * Apply a document plan (src/workbook/plan/export/document.ts) with ExcelJS: fonts, borders, merges,
 * row heights and the print setup, exactly as planned. Every string is written as a string cell
 * (`t="s"`), never as a formula.
 */
import ExcelJS from "exceljs";
import { META_SHEET } from "../../domain/register/contract";
import {
  DOCUMENT_FONT,
  type DocFormat,
  type DocumentPlan,
  type DocumentSheetPlan,
  type DocValue,
} from "../../workbook/plan/export/document";
import { civilToJsDate, toExcelValue } from "./cells";

const A4 = 9;
const MM_PER_INCH = 25.4;
const thin = { style: "thin" as const, color: { argb: "FF000000" } };

function font(f: DocFormat): Partial<ExcelJS.Font> {
  return {
    name: DOCUMENT_FONT,
    size: f.size,
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.underline ? { underline: true } : {}),
  };
}

function borders(f: DocFormat): Partial<ExcelJS.Borders> | undefined {
  if (!f.border) return undefined;
  if (f.border === "all") return { top: thin, left: thin, bottom: thin, right: thin };
  const b: Partial<ExcelJS.Borders> = {};
  if (f.border.top) b.top = thin;
  if (f.border.bottom) b.bottom = thin;
  if (f.border.left) b.left = thin;
  if (f.border.right) b.right = thin;
  return b;
}

function style(f: DocFormat): Partial<ExcelJS.Style> {
  const border = borders(f);
  return {
    font: font(f),
    alignment: {
      ...(f.align ? { horizontal: f.align } : {}),
      vertical: f.valign ?? "middle",
      ...(f.wrap ? { wrapText: true } : {}),
    },
    ...(border ? { border } : {}),
    ...(f.numFmt ? { numFmt: f.numFmt } : {}),
    ...(f.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: f.fill } } } : {}),
  };
}

function value(v: DocValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object" && "rich" in v) {
    return {
      richText: v.rich.map((r) => ({
        text: r.text,
        font: {
          name: DOCUMENT_FONT,
          ...(r.size ? { size: r.size } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italic: true } : {}),
        },
      })),
    };
  }
  return toExcelValue(v);
}

const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;

function addDocumentSheet(
  wb: ExcelJS.Workbook,
  p: DocumentSheetPlan,
  widthScale: number
): ExcelJS.Worksheet {
  const m = p.page.margins;
  const ws = wb.addWorksheet(p.name, {
    ...(p.tabColor ? { properties: { tabColor: { argb: p.tabColor } } } : {}),
    pageSetup: {
      paperSize: A4,
      orientation: p.page.orientation,
      fitToPage: p.page.fitToWidth,
      fitToWidth: 1,
      fitToHeight: p.page.fitToHeight ? 1 : 0,
      ...(p.page.scale !== undefined && !p.page.fitToWidth
        ? { scale: Math.round(p.page.scale) }
        : {}),
      horizontalCentered: false,
      margins: {
        top: inches(m.top),
        bottom: inches(m.bottom),
        left: inches(m.left),
        right: inches(m.right),
        header: inches(m.header),
        footer: inches(m.footer),
      },
      ...(p.page.repeatRows ? { printTitlesRow: p.page.repeatRows } : {}),
    },
    headerFooter: {
      ...(p.page.differentFirst ? { differentFirst: true, firstHeader: "", firstFooter: "" } : {}),
      ...(p.page.header ? { oddHeader: p.page.header } : {}),
      ...(p.page.footer ? { oddFooter: p.page.footer } : {}),
    },
    views: [{ showGridLines: false }],
  });
  p.columns.forEach((w, i) => (ws.getColumn(i + 1).width = Math.round(w * widthScale * 100) / 100));
  for (const c of p.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = value(c.value);
    if (c.format) cell.style = style(c.format);
  }
  for (const m2 of p.merges) ws.mergeCells(m2.top, m2.left, m2.bottom, m2.right);
  for (const [row, h] of p.rowHeights) ws.getRow(row).height = h;
  for (const r of p.page.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  return ws;
}

// The LibreOffice copy's width scale and font replacement live with the package writer (no ExcelJS).
export { LIBREOFFICE_FONT_REPLACEMENT, LIBREOFFICE_WIDTH_SCALE } from "./documentPackage";

/** A new workbook holding the document's sheets and its hidden metadata sheet. */
export function workbookFromDocument(
  plan: DocumentPlan,
  options: { widthScale?: number } = {}
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Thi đua";
  wb.title = plan.properties.title;
  wb.subject = plan.properties.subject;
  wb.created = civilToJsDate(plan.properties.created);
  wb.modified = wb.created;
  for (const s of plan.sheets) addDocumentSheet(wb, s, options.widthScale ?? 1);
  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  plan.meta.forEach(([k, v], i) => {
    meta.getCell(i + 1, 1).value = k;
    meta.getCell(i + 1, 2).value = toExcelValue(v);
  });
  return wb;
}
