/**
 * The council export from the pane: the domain's export model of the last check → the export
 * engineer's document plan → an .xlsx built in the browser by ExcelJS, loaded lazily (only when the
 * clerk exports). The register itself is never modified.
 */
import { buildCouncilExport, proposedRows } from "../domain/export/council";
import { buildCertificates, buildDecisionExport } from "../domain/export/decision";
import { postingListOf } from "../domain/export/posting";
import { type DriveChoice, findDrive, rowDriveNames } from "../domain/drives";
import type { CivilDate } from "../domain/text/dates";
import { fileSlug } from "../domain/text/slug";
import { planCouncilExport } from "../workbook/plan/export";
import { planCertificatesDocument } from "../workbook/plan/export/certificates";
import { planDecisionDocument } from "../workbook/plan/export/decision";
import type { DocumentPlan } from "../workbook/plan/export/document";
import { planPostingDocument } from "../workbook/plan/export/posting";
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
const stamp = (d: CivilDate) => `${d.year}${pad(d.month)}${pad(d.day)}`;
const SOURCE = "Sổ Thi đua (Excel)";

/** The document as .xlsx bytes, built by ExcelJS in a lazy chunk. */
async function bytesOf(plan: DocumentPlan): Promise<Uint8Array> {
  const { workbookFromDocument } = await import(
    /* webpackChunkName: "exceljs" */ "../adapters/xlsx/document"
  );
  const buffer = await workbookFromDocument(plan).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A document of the decision step: the draft Quyết định, or the certificates. */
export type DecisionDocument =
  | {
      readonly kind: "file";
      readonly fileName: string;
      readonly bytes: Uint8Array;
      /** Awards listed (decision) or certificates printed. */
      readonly count: number;
      /** The decision's number when the rows carry one (else a draft to number by hand). */
      readonly number: string | null;
      /** Decided rows without a number or date (no certificate). */
      readonly incomplete: readonly number[];
    }
  | { readonly kind: "notWard" }
  | { readonly kind: "noneDecided" };

/** The draft Quyết định of the ward Chairman with its list (CLI: `export --decision`). */
export async function buildDecisionFile(
  outcome: CheckOutcome,
  today: CivilDate
): Promise<DecisionDocument> {
  const x = buildDecisionExport(outcome.snapshot, outcome.result, today);
  if (!x.header.wardLevel) return { kind: "notWard" };
  return {
    kind: "file",
    fileName: `quyet-dinh-khen-thuong-${x.header.year ?? today.year}-${stamp(today)}.xlsx`,
    bytes: await bytesOf(planDecisionDocument(x, { fileName: SOURCE })),
    count: x.count,
    number: x.decision?.number ?? null,
    incomplete: [],
  };
}

/** One certificate a page for the decided rows (CLI: `export --certificates`). */
export async function buildCertificatesFile(
  outcome: CheckOutcome,
  today: CivilDate
): Promise<DecisionDocument> {
  const x = buildCertificates(outcome.snapshot, outcome.result, today);
  if (!x.certificates.length) return { kind: "noneDecided" };
  return {
    kind: "file",
    fileName: `giay-khen-${x.header.year ?? today.year}-${stamp(today)}.xlsx`,
    bytes: await bytesOf(planCertificatesDocument(x, { fileName: SOURCE })),
    count: x.certificates.length,
    number: null,
    incomplete: x.incomplete,
  };
}

/** The drive `name` of the checked register, as `export --drive NAME` finds it; "" or absent: all. */
function chosenDrive(outcome: CheckOutcome, name: string | undefined): DriveChoice | undefined {
  if (!name) return undefined;
  const found = findDrive(outcome.drives, rowDriveNames(outcome.result.nominations), name);
  // The names offered come from the same check: a miss is a bug, never a silent whole export.
  if (!found) throw new Error(`Sổ Thi đua: no drive “${name}” in the checked register`);
  return found;
}

/** `-dot-2-9`: one drive's dossier or list says which in its file name; all drives: nothing. */
function driveTag(chosen: DriveChoice | undefined): string {
  const slug = chosen ? fileSlug(chosen.name) : "";
  return slug ? `-${slug}` : "";
}

/**
 * Build the export workbook (ExcelJS in a lazy chunk). `force` exports a register that still has
 * errors; `drive` limits it to one drive (`export --drive`).
 */
export async function buildExportFile(
  outcome: CheckOutcome,
  today: CivilDate,
  force: boolean,
  drive?: string
): Promise<ExportFile> {
  const chosen = chosenDrive(outcome, drive);
  const model = buildCouncilExport(outcome.snapshot, outcome.result, {
    documentDate: today,
    forced: force,
    ...(chosen ? { drive: chosen } : {}),
  });
  const plan = planCouncilExport(model, { fileName: SOURCE });
  const year = model.header.year ?? today.year;
  return {
    fileName: `trinh-hoi-dong-${year}${driveTag(chosen)}-${stamp(today)}.xlsx`,
    bytes: await bytesOf(plan),
    proposed: model.counts.proposed,
    ineligible: model.counts.ineligible,
    proposedRows: proposedRows(model),
  };
}

/** The public posting list the pane built (CLI: `export --posting`). */
export interface PostingFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Null when `Ngày bắt đầu công khai` is blank (the dates are written by hand). */
  readonly from: CivilDate | null;
  readonly to: CivilDate | null;
}

/** `Danh sách công khai` of the checked register, of one drive or all (CLI: `export --posting`). */
export async function buildPostingFile(
  outcome: CheckOutcome,
  today: CivilDate,
  drive?: string
): Promise<PostingFile> {
  const chosen = chosenDrive(outcome, drive);
  const list = postingListOf(outcome.snapshot, outcome.result, today, chosen);
  return {
    fileName: `danh-sach-cong-khai-${list.header.year ?? today.year}${driveTag(chosen)}-${stamp(today)}.xlsx`,
    bytes: await bytesOf(planPostingDocument(list, SOURCE)),
    count: list.entries.length,
    from: list.from,
    to: list.to,
  };
}

/** The council member's copy the pane built (CLI: `share`). */
export interface MemberCopyFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly counts: { readonly error: number; readonly warning: number; readonly rows: number };
}

/**
 * The council member's copy of the open workbook: its .xlsx bytes (`WorkbookPort.documentBytes`)
 * through the CLI's own transform (src/adapters/xlsx/memberCopy.ts), compressed by fflate.
 */
export async function buildMemberCopyFile(
  source: Uint8Array,
  today: CivilDate,
  now: Date = new Date()
): Promise<MemberCopyFile> {
  const [{ buildMemberCopy }, { fflateDeflater }] = await Promise.all([
    import(/* webpackChunkName: "export" */ "../adapters/xlsx/memberCopy"),
    import(/* webpackChunkName: "export" */ "../adapters/xlsx/zip"),
  ]);
  const copy = await buildMemberCopy({
    fileName: SOURCE,
    bytes: source,
    now,
    offsetMinutes: -now.getTimezoneOffset(),
    today,
    deflater: fflateDeflater,
  });
  return {
    fileName: `ban-hoi-dong-${copy.info.year ?? today.year}-${stamp(today)}.xlsx`,
    bytes: copy.bytes,
    counts: copy.info.counts,
  };
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
