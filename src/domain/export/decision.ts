/**
 * What the ward Chairman's award decision and its certificates say (issue #13): the draft
 * `Quyết định` lists the council's approved nominations of the ward's own titles (the upward ones stay
 * in the Tờ trình to the province); the certificates are printed for the rows decided (`Trạng thái`
 * `Đã quyết định` with the decision's number and date). Pure: the layout is
 * src/workbook/plan/export/decision.ts and certificates.ts.
 */
import { isDateCell } from "../cell";
import { parseDecisionNumber, parseRowStatus } from "../decision";
import type { RegisterSnapshot } from "../snapshot";
import type { PageMargins } from "../policy";
import { computeSummary, type RegisterSummary } from "../summary";
import { type CivilDate, parseDayFirst } from "../text/dates";
import type { ValidationResult } from "../validate";
import { textOrEmpty } from "../values";
import { buildCouncilExport, type ExportEntry, type TitleGroup } from "./council";
import type { ExportHeader } from "./header";

/** The decision a set of rows carries: its number and date as recorded on `Đề nghị`. */
export interface RecordedDecision {
  readonly number: string;
  readonly date: CivilDate;
}

export interface DecisionExport {
  readonly header: ExportHeader;
  /** The ward's own titles, approved by the council (catalog order, kinds, Vietnamese names). */
  readonly groups: readonly TitleGroup[];
  readonly count: number;
  /** The number and date when every listed row carries the same recorded decision; else null (a draft). */
  readonly decision: RecordedDecision | null;
  /** Bonus of the listed rows (the ward's budget), net of same-period pairs (Decree 152/2025 Art. 49). */
  readonly summary: RegisterSummary;
  /** Rows approved but marked `Không đạt` by the clerk: left out. */
  readonly rejected: readonly number[];
}

export interface CertificateEntry {
  readonly entry: ExportEntry;
  readonly decision: RecordedDecision;
  /** `Tóm tắt thành tích` as typed (the achievement line), or "". */
  readonly achievement: string;
}

export interface CertificatesExport {
  readonly header: ExportHeader;
  /** One certificate per decided row of a ward title, in the order of the decision's list. */
  readonly certificates: readonly CertificateEntry[];
  /** Rows `Đã quyết định` without a readable number or date: no certificate, told to the clerk. */
  readonly incomplete: readonly number[];
  /** Decided rows of upward titles: the province prints those. */
  readonly upward: number;
  /** `Lề in giấy khen (mm)` of `Cấu hình` (the ward's pre-printed forms). */
  readonly margins: PageMargins;
}

/** The decision recorded on a row (`Số quyết định`, `Ngày quyết định`), or null when either is missing. */
export function recordedDecision(e: ExportEntry): RecordedDecision | null {
  const raw = e.nomination.raw;
  const number = parseDecisionNumber(textOrEmpty(raw.decisionNo));
  const d = raw.decisionDate;
  const date =
    d !== undefined && isDateCell(d)
      ? d.date
      : typeof d === "string"
        ? parseDayFirst(d.trim())
        : null;
  return number && date ? { number, date } : null;
}

const isRejected = (e: ExportEntry): boolean => {
  const s = parseRowStatus(e.nomination.raw.status);
  return s.state === "ok" && s.value === "rejected";
};

const isDecided = (e: ExportEntry): boolean => {
  const s = parseRowStatus(e.nomination.raw.status);
  return s.state === "ok" && s.value === "decided";
};

function sameDecision(a: RecordedDecision, b: RecordedDecision): boolean {
  return (
    a.number === b.number &&
    a.date.year === b.date.year &&
    a.date.month === b.date.month &&
    a.date.day === b.date.day
  );
}

/** The common decision of all rows, or null (a draft to number and date by hand). */
function commonDecision(entries: readonly ExportEntry[]): RecordedDecision | null {
  let common: RecordedDecision | null = null;
  for (const e of entries) {
    const d = recordedDecision(e);
    if (!d) return null;
    if (common && !sameDecision(common, d)) return null;
    common = d;
  }
  return common;
}

function withoutRows(groups: readonly TitleGroup[], drop: ReadonlySet<number>): TitleGroup[] {
  return groups
    .map((g) => {
      const kinds = g.kinds
        .map((k) => ({ kind: k.kind, entries: k.entries.filter((e) => !drop.has(e.row)) }))
        .filter((k) => k.entries.length);
      return { ...g, kinds, count: kinds.reduce((a, k) => a + k.entries.length, 0) };
    })
    .filter((g) => g.count > 0);
}

/**
 * The draft decision: the council export's ward list (rows already `Đã trình` or `Đã quyết định`
 * included: the decision follows the Tờ trình), without rows the clerk marked `Không đạt`.
 */
export function buildDecisionExport(
  snapshot: RegisterSnapshot,
  result: ValidationResult,
  documentDate: CivilDate
): DecisionExport {
  const x = buildCouncilExport(snapshot, result, {
    documentDate,
    forced: false,
    includeSubmitted: true,
  });
  const listed = x.ward.flatMap((g) => g.kinds.flatMap((k) => k.entries));
  const rejected = listed.filter(isRejected).map((e) => e.row);
  const groups = withoutRows(x.ward, new Set(rejected));
  const entries = groups.flatMap((g) => g.kinds.flatMap((k) => k.entries));
  const summary = computeSummary({
    nominations: entries.map((e) => e.nomination),
    validRows: new Set(entries.map((e) => e.row)),
    errorRows: new Set(),
    policy: result.policy,
    units: x.units,
  });
  return {
    header: x.header,
    groups,
    count: entries.length,
    decision: commonDecision(entries),
    summary,
    rejected,
  };
}

/**
 * The certificates: every row `Đã quyết định` of a ward title with its decision's number and date,
 * whatever its vote or findings now (the decision is made); by title, kind and name as the minutes.
 */
export function buildCertificates(
  snapshot: RegisterSnapshot,
  result: ValidationResult,
  documentDate: CivilDate
): CertificatesExport {
  const x = buildCouncilExport(snapshot, result, {
    documentDate,
    forced: true,
    includeSubmitted: true,
  });
  const decided = x.minutes.filter(isDecided);
  const ward = decided.filter((e) => e.chain === "ward");
  const certificates: CertificateEntry[] = [];
  const incomplete: number[] = [];
  for (const e of ward) {
    const decision = recordedDecision(e);
    if (!decision) incomplete.push(e.row);
    else
      certificates.push({
        entry: e,
        decision,
        achievement: textOrEmpty(e.nomination.raw.summaryText),
      });
  }
  return {
    header: x.header,
    certificates,
    incomplete: incomplete.sort((a, b) => a - b),
    upward: decided.length - ward.length,
    margins: result.policy.certificateMargins,
  };
}
