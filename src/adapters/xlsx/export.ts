/** Write the council export (a NEW workbook), and record an export date in a register only when asked. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { META_SHEET } from "../../domain/register/contract";
import type { CivilDate } from "../../domain/text/dates";
import type { DocumentPlan } from "../../workbook/plan/export/document";
import { planExportedOn } from "../../workbook/plan/meta";
import { addSheet } from "./apply";
import { toExcelValue } from "./cells";
import {
  LIBREOFFICE_FONT_REPLACEMENT,
  LIBREOFFICE_WIDTH_SCALE,
  workbookFromDocument,
} from "./document";
import { type ConvertOptions, convertToPdf } from "../libreoffice";
import { gridsFromWorkbook, loadWorkbook } from "./read";
import { saveWorkbook } from "./results";

/** Write the documents to `out` (atomically: a failure never leaves half a file). */
export async function writeDocument(plan: DocumentPlan, out: string): Promise<void> {
  await saveWorkbook(workbookFromDocument(plan), out);
}

/**
 * Print the documents to `outPdf` with LibreOffice headless: a copy laid out for LibreOffice's font
 * metrics (see LIBREOFFICE_WIDTH_SCALE) is rendered with Vietnamese number and date formats.
 * Throws LibreOfficeMissingError when LibreOffice is not installed.
 */
export async function printDocument(
  plan: DocumentPlan,
  outPdf: string,
  options: ConvertOptions = {}
): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "sothidua-pdf-"));
  try {
    const name = path.basename(outPdf, path.extname(outPdf));
    const copy = path.join(work, `${name}.xlsx`);
    await workbookFromDocument(plan, { widthScale: LIBREOFFICE_WIDTH_SCALE }).xlsx.writeFile(copy);
    const pdf = await convertToPdf(copy, path.join(work, "pdf"), {
      locale: "vi-VN",
      replaceFonts: LIBREOFFICE_FONT_REPLACEMENT,
      ...options,
    });
    await fs.mkdir(path.dirname(path.resolve(outPdf)), { recursive: true });
    await fs.copyFile(pdf, outPdf);
    return outPdf;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/**
 * `export --mark-exported`: set `exportedOn` in the register's hidden metadata sheet (RG03), keeping
 * `FILE.bak`. The only cell of the register export ever writes, and only on request.
 */
export async function markExported(file: string, date: CivilDate): Promise<{ backup: string }> {
  const wb = await loadWorkbook(file);
  const edit = planExportedOn(gridsFromWorkbook(wb, [META_SHEET]), date);
  if (edit.kind === "sheet") await addSheet(wb, edit.plan);
  const ws = wb.getWorksheet(META_SHEET)!;
  if (edit.kind === "cells")
    for (const c of edit.cells) ws.getCell(c.row, c.col).value = toExcelValue(c.value);
  for (const c of edit.kind === "cells" ? edit.cells : edit.plan.cells)
    if (c.value !== null && typeof c.value === "object" && "date" in c.value)
      ws.getCell(c.row, c.col).style = { ...ws.getCell(c.row, c.col).style, numFmt: "dd/mm/yyyy" }; // a copy: styles may be shared
  const backup = `${file}.bak`;
  await fs.copyFile(file, backup);
  await saveWorkbook(wb, file);
  return { backup };
}
