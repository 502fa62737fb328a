/**
 * The council export (export.md): which nominations are proposed, in which list (the ward Chairman's
 * own decision, or proposed to `Cấp trình`), grouped by title and kind, sorted the Vietnamese way,
 * with the vote ratio on the total council membership; and which are not, with their rule IDs.
 * Pure: the layout of the documents is src/workbook/plan/export, the files are written by adapters.
 */
import { type Chain, NOMINEE_KIND, type NomineeKind } from "../catalog/lists";
import type { DriveChoice } from "../drives";
import { TITLES, type TitleCode, type TitleDef } from "../catalog/titles";
import type { Finding } from "../findings";
import { parseRowStatus } from "../decision";
import type { Nomination } from "../nomination";
import type { RuleId } from "../rules/catalog";
import type { RegisterSnapshot } from "../snapshot";
import { computeSummary, type RegisterSummary } from "../summary";
import { sortByVietnameseName, sortByVietnameseText } from "../text/collate";
import type { CivilDate } from "../text/dates";
import { foldKey } from "../text/normalize";
import { findingsByRow, type ValidationResult } from "../validate";
import { textOrEmpty } from "../values";
import { meetsVoteThreshold, votePercent } from "../votes";
import { exportHeader, type ExportHeader } from "./header";
import { meetingInfo, type MeetingInfo } from "./meeting";

/**
 * Why a row is or is not proposed. `proposed`: no error and votes meeting the title's threshold.
 * `errors`: the row has error findings. `notVoted`: `Số phiếu đồng ý` empty (DK10).
 * `belowThreshold`: votes under the threshold (DK09), or no threshold set and no vote in favour,
 * or the council size is unusable so the ratio cannot be computed (RG02).
 */
export type ExportStatus = "proposed" | "errors" | "notVoted" | "belowThreshold";

export interface ExportEntry {
  /** Excel row in the register's `Đề nghị`. */
  readonly row: number;
  readonly nomination: Nomination;
  readonly name: string;
  readonly kind: NomineeKind | null;
  /** `Cá nhân`, … or the raw text when not in the list. */
  readonly kindText: string;
  readonly title: TitleDef | null;
  /** The catalog name, or the raw text when the title is unknown. */
  readonly titleText: string;
  /** Which list a proposed row goes to; null when the title is unknown. */
  readonly chain: Chain | null;
  readonly position: string;
  readonly unit: string;
  /** The drive as written; empty for an annual row. */
  readonly drive: string;
  /** `Ghi chú` as written. */
  readonly note: string;
  readonly votes: number | null;
  /** Votes in favour as % of the total membership (unrounded); null without votes or council size. */
  readonly ratio: number | null;
  /** The title's minimum vote ratio (%); null when the policy sets none. */
  readonly minPct: number | null;
  readonly status: ExportStatus;
  /** Rule IDs that keep the row from being proposed (sorted, unique); empty when proposed. */
  readonly rules: readonly RuleId[];
  /** Every finding on the row (errors and warnings), for the reasons column. */
  readonly findings: readonly Finding[];
}

export interface KindGroup {
  readonly kind: NomineeKind;
  readonly entries: readonly ExportEntry[];
}

export interface TitleGroup {
  readonly title: TitleDef;
  readonly chain: Chain;
  /** Collectives, then individuals, then households; only kinds that have rows. */
  readonly kinds: readonly KindGroup[];
  readonly count: number;
}

export interface CouncilExport {
  readonly header: ExportHeader;
  /** The council meeting: the Biên bản, the ballots and the vote-count record print it. */
  readonly meeting: MeetingInfo;
  /** Decided by the ward Chairman. */
  readonly ward: readonly TitleGroup[];
  /** Proposed to `Cấp trình`. */
  readonly upward: readonly TitleGroup[];
  /** Every nomination, in the order of the minutes: by title (catalog order), kind, then name. */
  readonly minutes: readonly ExportEntry[];
  /** Rows not proposed, in register order. */
  readonly ineligible: readonly ExportEntry[];
  /**
   * Rows left out because their `Trạng thái` says they went through an export already (`Đã trình`,
   * `Đã quyết định`), in register order; empty with `includeSubmitted`.
   */
  readonly submitted: readonly number[];
  /** Register-level errors (RG…), listed when the export is forced. */
  readonly registerErrors: readonly Finding[];
  /** The register had errors and was exported with `--force`. */
  readonly forced: boolean;
  readonly counts: {
    readonly rows: number;
    readonly proposed: number;
    readonly ineligible: number;
    readonly error: number;
    readonly warning: number;
  };
  /** `Tổng hợp` numbers over the PROPOSED rows only (bonus of what the council proposes). */
  readonly summary: RegisterSummary;
  /** The proposing units of the proposed rows: the `Danh mục` order first, then units typed freely. */
  readonly units: readonly string[];
  /** The chain of every title, as the policy table says (`Thẩm quyền quyết định`). */
  readonly chains: Readonly<Record<TitleCode, Chain>>;
  /** The drive exported alone (`--drive`); null: the whole register. */
  readonly drive: DriveChoice | null;
}

export interface CouncilExportOptions {
  /** Date printed on the documents (the shell's clock: the domain reads none). */
  readonly documentDate: CivilDate;
  /** Export although the register has errors (error rows go to `Không đủ điều kiện`). */
  readonly forced: boolean;
  /** Export rows already `Đã trình` / `Đã quyết định` again (default: left out, `submitted`). */
  readonly includeSubmitted?: boolean;
  /** Only the rows of this drive (`export --drive`, issue #14); absent: every row. */
  readonly drive?: DriveChoice;
}

/** A row whose `Trạng thái` says it was exported already (and so is not exported twice unless asked). */
export function isSubmitted(n: Nomination): boolean {
  const s = parseRowStatus(n.raw.status);
  return s.state === "ok" && (s.value === "submitted" || s.value === "decided");
}

/** Order of kinds inside a title group: collectives first, as Vietnamese award lists do. */
export const KIND_ORDER: readonly NomineeKind[] = ["collective", "individual", "household"];

const TITLE_INDEX = new Map<TitleCode, number>(TITLES.map((t, i) => [t.code, i]));

/** People and households by given name (compareVietnameseNames); collectives alphabetically. */
export function sortForList(kind: NomineeKind, entries: readonly ExportEntry[]): ExportEntry[] {
  return kind === "collective"
    ? sortByVietnameseText(entries, (e) => e.name)
    : sortByVietnameseName(entries, (e) => e.name);
}

function entryOf(
  n: Nomination,
  rowFindings: readonly Finding[],
  result: ValidationResult
): ExportEntry {
  const policy = result.policy;
  const title = n.title.state === "ok" ? n.title.value : null;
  const kind = n.kind.state === "ok" ? n.kind.value : null;
  const size = policy.councilSize.state === "ok" ? policy.councilSize.value : null;
  const votes = n.votes.state === "ok" ? n.votes.value : null;
  const pct = title ? policy.titles[title.code].minVotePct : null;
  const minPct = pct && pct.state === "ok" ? pct.value : null;
  const errors = [
    ...new Set(rowFindings.filter((f) => f.severity === "error").map((f) => f.rule)),
  ].sort();

  let status: ExportStatus;
  let rules: RuleId[];
  if (errors.length) [status, rules] = ["errors", errors];
  else if (votes === null) [status, rules] = ["notVoted", ["DK10"]];
  else if (size === null) [status, rules] = ["belowThreshold", ["RG02"]];
  else if (minPct !== null ? meetsVoteThreshold(votes, minPct, size) : votes > 0)
    [status, rules] = ["proposed", []];
  else [status, rules] = ["belowThreshold", ["DK09"]];

  return {
    row: n.row,
    nomination: n,
    name: n.name.state === "ok" ? n.name.value : "",
    kind,
    kindText: kind ? NOMINEE_KIND[kind] : textOrEmpty(n.raw.kind),
    title,
    titleText: title ? title.name : textOrEmpty(n.raw.title),
    chain: title ? policy.titles[title.code].authority : null,
    position: n.position.state === "ok" ? n.position.value : "",
    unit: n.proposingUnit.state === "ok" ? n.proposingUnit.value : "",
    drive: n.isAnnual ? "" : n.driveText,
    note: textOrEmpty(n.raw.note),
    votes,
    ratio: votes !== null && size !== null ? votePercent(votes, size) : null,
    minPct,
    status,
    rules,
    findings: rowFindings,
  };
}

function groupsOf(entries: readonly ExportEntry[], chain: Chain): TitleGroup[] {
  const out: TitleGroup[] = [];
  for (const title of TITLES) {
    const rows = entries.filter((e) => e.chain === chain && e.title?.code === title.code);
    if (!rows.length) continue;
    const kinds = KIND_ORDER.map((kind) => ({
      kind,
      entries: sortForList(
        kind,
        rows.filter((e) => e.kind === kind)
      ),
    })).filter((k) => k.entries.length);
    out.push({ title, chain, kinds, count: rows.length });
  }
  return out;
}

function minutesOrder(entries: readonly ExportEntry[]): ExportEntry[] {
  const out: ExportEntry[] = [];
  const titleKeys = [...TITLES.map((t) => t.code as TitleCode | null), null];
  for (const code of titleKeys) {
    const ofTitle = entries.filter((e) => (e.title?.code ?? null) === code);
    for (const kind of [...KIND_ORDER, null]) {
      const ofKind = ofTitle.filter((e) => e.kind === kind);
      out.push(...(kind ? sortForList(kind, ofKind) : sortByVietnameseText(ofKind, (e) => e.name)));
    }
  }
  return out;
}

/** Units of the proposed rows: `Danh mục` order first (deduplicated), then free text in row order. */
function unitsOf(proposed: readonly ExportEntry[], unitList: readonly string[]): string[] {
  // A few dozen units on thousands of rows: each text is folded once.
  const folded = new Map<string, string>();
  const fold = (u: string): string => {
    let k = folded.get(u);
    if (k === undefined) folded.set(u, (k = foldKey(u)));
    return k;
  };
  const used = new Set(proposed.map((e) => fold(e.unit)).filter((k) => k !== ""));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of [...unitList, ...proposed.map((e) => e.unit)]) {
    const k = fold(u);
    if (!k || seen.has(k) || !used.has(k)) continue;
    seen.add(k);
    out.push(u.trim());
  }
  return out;
}

/** Excel rows of the nominations the export proposes (marked `Đã trình` when the clerk asks). */
export function proposedRows(x: CouncilExport): number[] {
  return x.minutes.filter((e) => e.status === "proposed").map((e) => e.row);
}

/** The council export of a validated register. */
export function buildCouncilExport(
  snapshot: RegisterSnapshot,
  result: ValidationResult,
  options: CouncilExportOptions
): CouncilExport {
  const byRow = findingsByRow(result.findings);
  const chosen = options.drive;
  const rows = chosen
    ? result.nominations.filter((n) => n.driveKey === chosen.key)
    : result.nominations;
  const submitted = options.includeSubmitted ? [] : rows.filter(isSubmitted);
  const skip = new Set(submitted.map((n) => n.row));
  const entries = rows
    .filter((n) => !skip.has(n.row))
    .map((n) => entryOf(n, byRow.get(n.row) ?? [], result));
  const proposed = entries.filter((e) => e.status === "proposed");
  const units = unitsOf(proposed, snapshot.unitList);
  const summary = computeSummary({
    nominations: proposed.map((e) => e.nomination),
    validRows: new Set(proposed.map((e) => e.row)),
    errorRows: new Set(),
    policy: result.policy,
    units,
  });
  const ineligible = entries.filter((e) => e.status !== "proposed");
  return {
    header: exportHeader(result.policy, options.documentDate),
    meeting: meetingInfo(snapshot, result.policy),
    ward: groupsOf(proposed, "ward"),
    upward: groupsOf(proposed, "upward"),
    minutes: minutesOrder(entries),
    ineligible,
    submitted: submitted.map((n) => n.row),
    registerErrors: result.findings.filter((f) => f.row === null && f.severity === "error"),
    forced: options.forced && result.counts.error > 0,
    counts: {
      rows: entries.length,
      proposed: proposed.length,
      ineligible: ineligible.length,
      error: result.counts.error,
      warning: result.counts.warning,
    },
    summary,
    units,
    chains: Object.fromEntries(
      TITLES.map((t) => [t.code, result.policy.titles[t.code].authority])
    ) as Record<TitleCode, Chain>,
    drive: chosen ?? null,
  };
}

/** Number of proposed rows per kind in a group list (`{ individual: 12, collective: 2 }`). */
export function countByKind(groups: readonly TitleGroup[]): Record<NomineeKind, number> {
  const out: Record<NomineeKind, number> = { individual: 0, collective: 0, household: 0 };
  for (const g of groups) for (const k of g.kinds) out[k.kind] += k.entries.length;
  return out;
}

/** Position of a title in the catalog (unknown titles last): used to order tables by title. */
export function titleOrder(code: TitleCode | undefined): number {
  return code === undefined ? TITLES.length : (TITLE_INDEX.get(code) ?? TITLES.length);
}
