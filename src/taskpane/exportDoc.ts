/**
 * The council export from the pane: the domain's export model of the last check → the export
 * engineer's document plan → an .xlsx built in the browser by ExcelJS, loaded lazily (only when the
 * clerk exports). The register itself is never modified.
 */
import { buildCouncilExport, proposedRows } from "../domain/export/council";
import type { CivilDate } from "../domain/text/dates";
import { planCouncilExport } from "../workbook/plan/export";
import type { CheckOutcome } from "./service";

export interface ExportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly proposed: number;
  readonly ineligible: number;
  /** Excel rows of `Đề nghị` the export proposed (marked `Đã trình` when the clerk asks). */
  readonly proposedRows: readonly number[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Build the export workbook (ExcelJS in a lazy chunk). `force` exports a register that still has errors. */
export async function buildExportFile(
  outcome: CheckOutcome,
  today: CivilDate,
  force: boolean
): Promise<ExportFile> {
  const model = buildCouncilExport(outcome.snapshot, outcome.result, {
    documentDate: today,
    forced: force,
  });
  const plan = planCouncilExport(model, { fileName: "Sổ Thi đua (Excel)" });
  const { workbookFromDocument } = await import(
    /* webpackChunkName: "exceljs" */ "../adapters/xlsx/document"
  );
  const wb = workbookFromDocument(plan);
  const buffer = await wb.xlsx.writeBuffer();
  const year = model.header.year ?? today.year;
  return {
    fileName: `trinh-hoi-dong-${year}-${today.year}${pad(today.month)}${pad(today.day)}.xlsx`,
    bytes: new Uint8Array(buffer as ArrayBuffer),
    proposed: model.counts.proposed,
    ineligible: model.counts.ineligible,
    proposedRows: proposedRows(model),
  };
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
