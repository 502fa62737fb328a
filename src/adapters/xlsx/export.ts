/** Write the council export: a NEW workbook (the register is never written here), and its PDF. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DocumentPlan } from "../../workbook/plan/export/document";
import {
  documentPackage,
  LIBREOFFICE_FONT_REPLACEMENT,
  LIBREOFFICE_WIDTH_SCALE,
} from "./documentPackage";
import { nodeStreamDeflater } from "./nodeZip";
import { type ConvertOptions, convertToPdf } from "../libreoffice";
import { saveBytes } from "./save";

/** Write the documents to `out` (atomically: a failure never leaves half a file). */
export async function writeDocument(plan: DocumentPlan, out: string): Promise<void> {
  await saveBytes(await documentPackage(plan, { deflater: nodeStreamDeflater }), out);
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
    await fs.writeFile(
      copy,
      await documentPackage(plan, {
        widthScale: LIBREOFFICE_WIDTH_SCALE,
        deflater: nodeStreamDeflater,
      })
    );
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
