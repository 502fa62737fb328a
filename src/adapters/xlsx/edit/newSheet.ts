/**
 * A sheet of the plan (a missing register sheet, a new criteria sheet, the metadata sheet) written
 * as a worksheet part for a workbook that exists: the same cells, styles, widths, merges,
 * validations, conditional formats, frozen panes, protection and print setup that `addSheet`
 * (../apply.ts) gives a new workbook through ExcelJS, with style ids from the workbook's own
 * stylesheet (./styles.ts).
 */
import { columnLetter } from "../../../domain/findings";
import { PAGE_MARGINS_IN } from "../../../workbook/plan/print";
import type { SheetPlan } from "../../../workbook/plan/types";
import { cellXml, xmlContent } from "./cellXml";
import { formatSqref, parseSqref, type Rect, uncovered } from "./ranges";
import { validationXml } from "./sheet";
import type { StyleBook } from "./styles";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The print titles of a plan as a `_xlnm.Print_Titles` formula, or null. */
export function printTitles(p: SheetPlan, ref: string): string | null {
  const parts: string[] = [];
  const abs = (range: string) => {
    const [a, b] = range.split(":");
    return `$${a}:$${b ?? a}`;
  };
  if (p.print.repeatCols) parts.push(`${ref}!${abs(p.print.repeatCols)}`);
  if (p.print.repeatRows) parts.push(`${ref}!${abs(p.print.repeatRows)}`);
  return parts.length ? parts.join(",") : null;
}

/** `<pageSetup>` of a plan: A4, orientation, page order, and the fit (pages wide × tall) or scale. */
export function pageSetupXml(p: SheetPlan): string {
  const pr = p.print;
  const fit = pr.fitToWidth
    ? ` fitToWidth="${pr.pagesWide ?? 1}" fitToHeight="${pr.fitToHeight ?? 0}"`
    : pr.scale !== undefined
      ? ` scale="${pr.scale}"`
      : "";
  const order = pr.pageOrder === "overThenDown" ? ` pageOrder="overThenDown"` : "";
  return `<pageSetup paperSize="9" orientation="${pr.orientation}"${order}${fit}/>`;
}

export function newSheetXml(p: SheetPlan, styles: StyleBook, date1904: boolean): string {
  const m = PAGE_MARGINS_IN;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`,
  ];
  out.push(
    `<sheetPr>${p.tabColor ? `<tabColor rgb="${p.tabColor}"/>` : ""}${p.print.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : ""}</sheetPr>`
  );
  let maxRow = 1;
  let maxCol = 1;
  for (const c of p.cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  out.push(`<dimension ref="A1:${columnLetter(maxCol)}${maxRow}"/>`);
  if (p.freeze && (p.freeze.rows || p.freeze.cols)) {
    const { rows, cols } = p.freeze;
    const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${columnLetter(cols + 1)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
    );
  } else out.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const widths = p.widths
    .map((w, i) =>
      w !== undefined && i > 0 ? `<col min="${i}" max="${i}" width="${w}" customWidth="1"/>` : ""
    )
    .join("");
  if (widths) out.push(`<cols>${widths}</cols>`);

  const rows = new Map<number, typeof p.cells>();
  for (const c of p.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const heights = new Map((p.rowHeights ?? []).map((h) => [h.row, h.height] as const));
  for (const r of heights.keys()) if (!rows.has(r)) rows.set(r, []);
  out.push("<sheetData>");
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const ht = heights.get(r);
    out.push(`<row r="${r}"${ht === undefined ? "" : ` ht="${ht}" customHeight="1"`}>`);
    for (const c of [...rows.get(r)!].sort((a, b) => a.col - b.col)) {
      const isDate = c.value !== null && typeof c.value === "object" && "date" in c.value;
      const xf = c.style
        ? styles.cellXf({ name: c.style, unlocked: c.unlocked })
        : isDate
          ? styles.cellXf("plainDate")
          : c.unlocked
            ? styles.cellXf("unlocked")
            : undefined;
      out.push(
        cellXml(
          `${columnLetter(c.col)}${r}`,
          xf === undefined ? "" : ` s="${xf}"`,
          c.value,
          date1904
        )
      );
    }
    out.push("</row>");
  }
  out.push("</sheetData>");
  if (p.protect)
    out.push(`<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/>`);
  if (p.merges.length)
    out.push(
      `<mergeCells count="${p.merges.length}">${p.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    );
  let priority = 0;
  for (const cf of p.conditionalFormats)
    out.push(
      `<conditionalFormatting sqref="${formatSqref(parseSqref(cf.range))}"><cfRule type="expression" dxfId="${styles.dxf(cf)}" priority="${++priority}"><formula>${xmlContent(cf.formula)}</formula></cfRule></conditionalFormatting>`
    );
  const taken: Rect[] = [];
  const dvs: string[] = [];
  for (const v of p.validations) {
    const rects = uncovered(parseSqref(v.range), taken);
    if (!rects.length) continue;
    taken.push(...rects);
    dvs.push(validationXml(v, formatSqref(rects), ""));
  }
  if (dvs.length)
    out.push(`<dataValidations count="${dvs.length}">${dvs.join("")}</dataValidations>`);
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    pageSetupXml(p),
    `<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>`,
    "</worksheet>"
  );
  return out.join("");
}
