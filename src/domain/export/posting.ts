/**
 * `Danh sách công khai` (issue #14): the list posted at the ward office before submission — who is
 * proposed for what, a short achievement, the posting period, and where and until when comments and
 * complaints are received (they are recorded on `Khiếu nại`, rule DK13). Pure: laid out by
 * src/workbook/plan/export/posting.ts.
 */
import {
  type Drive,
  type DriveChoice,
  driveOfKey,
  parseDrives,
  postingDaysOf,
  postingPeriod,
} from "../drives";
import type { Policy } from "../policy";
import type { CivilDate } from "../text/dates";
import { foldKey } from "../text/normalize";
import { ANNUAL_DRIVE } from "../catalog/lists";
import type { RegisterSnapshot } from "../snapshot";
import type { ValidationResult } from "../validate";
import { buildCouncilExport, type CouncilExport } from "./council";
import type { ExportHeader } from "./header";

/** An achievement longer than this is cut at a word (the posted list stays short). */
export const ACHIEVEMENT_CHARS = 220;

export interface PostingEntry {
  readonly row: number;
  readonly name: string;
  readonly kindText: string;
  /** `Chức vụ, đơn vị công tác`, else `Đơn vị đề nghị`. */
  readonly unit: string;
  readonly title: string;
  readonly achievement: string;
}

export interface PostingList {
  readonly header: ExportHeader;
  readonly drive: DriveChoice | null;
  readonly entries: readonly PostingEntry[];
  /** Null when `Ngày bắt đầu công khai` is blank: the dates are written by hand. */
  readonly from: CivilDate | null;
  readonly to: CivilDate | null;
  readonly days: number;
  /** `Nơi niêm yết, nhận ý kiến`; "" when blank. */
  readonly place: string;
}

/** The text cut to `max` characters at a word, with `…`. */
export function shortText(text: string, max = ACHIEVEMENT_CHARS): string {
  const t = text.replace(/\s+/gu, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, "")}…`;
}

/** The rows the council proposes (the export's), posted in the order of the minutes. */
export function buildPostingList(
  x: CouncilExport,
  policy: Policy,
  drives: readonly Drive[] | null
): PostingList {
  const entries = x.minutes
    .filter((e) => e.status === "proposed")
    .map((e) => {
      const s = e.nomination.summaryText;
      return {
        row: e.row,
        name: e.name,
        kindText: e.kindText,
        unit: e.position || e.unit,
        title: e.titleText,
        achievement: s.state === "ok" ? shortText(s.value) : "",
      };
    });
  const key = x.drive?.key ?? foldKey(ANNUAL_DRIVE);
  const start = policy.postingStart.state === "ok" ? policy.postingStart.value : null;
  const drive = drives ? driveOfKey(drives, key) : undefined;
  const period = start ? postingPeriod(start, drive) : null;
  const days = postingDaysOf(drive);
  return {
    header: x.header,
    drive: x.drive,
    entries,
    from: period?.from ?? null,
    to: period?.to ?? null,
    days,
    place: policy.postingPlace,
  };
}

/**
 * The posting list of a validated register (`export --posting`, the pane's button): the rows the
 * council export proposes — rows with errors never are, so errors do not refuse the list — of the
 * chosen drive, or of every drive.
 */
export function postingListOf(
  snapshot: RegisterSnapshot,
  result: ValidationResult,
  today: CivilDate,
  drive?: DriveChoice
): PostingList {
  const model = buildCouncilExport(snapshot, result, {
    documentDate: today,
    forced: true,
    ...(drive ? { drive } : {}),
  });
  return buildPostingList(model, result.policy, parseDrives(snapshot.drives));
}
