/**
 * Council meeting rules (HD, rules.md): the meeting on paper (issue #12).
 * - HD01: the Tờ trình cites the minutes of the council meeting, so it cannot be dated before it.
 * - HD02: members present and absent members with a written opinion below `Tỷ lệ có mặt tối thiểu (%)`
 *   of the whole council (the meeting cannot decide).
 * - HD03: a row's votes in favour above the members who voted (present + written opinions).
 * - HD04: a CSTĐCS row has votes while `Hình thức biểu quyết` is `Giơ tay` (a secret ballot is required).
 * - HD05: more members present (with written opinions) than the council has.
 * - HD06: `Thành viên Hội đồng` lists another number of members than `Số thành viên Hội đồng`.
 * Every setting is optional: blank attendance keeps HD02, HD03 and HD05 silent, a blank method HD04.
 */
import { isEmptyCell } from "../cell";
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { PolicyReading } from "../policy";
import { attendancePercent, meetsQuorum, quorumPctOf, votingMembers } from "../policy/meeting";
import { COUNCIL_SHEET, SETTING, SHEET, VOTING_METHOD } from "../register/contract";
import type { RegisterSnapshot, SettingsSnapshot } from "../snapshot";
import { compareCivilDates, formatDdMmYyyy } from "../text/dates";
import { rowFinding, type RuleContext } from "./context";

/** HD01: `Ngày trình` earlier than `Ngày họp Hội đồng`. */
function hd01(settings: SettingsSnapshot | null, reading: PolicyReading): Finding[] {
  const { submissionDate: s, meetingDate: m } = reading.policy;
  if (s.state !== "ok" || m.state !== "ok" || compareCivilDates(s.value, m.value) >= 0) return [];
  return [
    finding({
      rule: "HD01",
      sheet: SHEET.settings,
      row: null,
      column: SETTING.submissionDate,
      params: {
        address: settings?.values.submissionDate?.address ?? "",
        submission: formatDdMmYyyy(s.value),
        meeting: formatDdMmYyyy(m.value),
      },
    }),
  ];
}

/** HD02 (quorum not reached) and HD05 (more members than the council has). */
function attendance(settings: SettingsSnapshot | null, reading: PolicyReading): Finding[] {
  const { meeting, councilSize } = reading.policy;
  const members = votingMembers(meeting);
  if (members === null || councilSize.state !== "ok") return [];
  const size = councilSize.value;
  const present = meeting.present.state === "ok" ? meeting.present.value : 0;
  const written = meeting.written.state === "ok" ? meeting.written.value : 0;
  const base = {
    address: settings?.values.membersPresent?.address ?? "",
    present,
    written,
    members,
    size,
  };
  if (members > size)
    return [
      finding({
        rule: "HD05",
        sheet: SHEET.settings,
        row: null,
        column: SETTING.membersPresent,
        params: base,
      }),
    ];
  const pct = quorumPctOf(meeting);
  if (pct === null || meetsQuorum(members, size, pct)) return [];
  return [
    finding({
      rule: "HD02",
      sheet: SHEET.settings,
      row: null,
      column: SETTING.membersPresent,
      params: { ...base, share: attendancePercent(members, size), pct },
    }),
  ];
}

/** HD03 (votes above the members voting) and HD04 (CSTĐCS voted by show of hands), per row. */
function rowRules(ctx: RuleContext, settings: SettingsSnapshot | null): Finding[] {
  const out: Finding[] = [];
  const { meeting } = ctx.policy;
  const voting = votingMembers(meeting);
  const hands = meeting.votingMethod.state === "ok" && meeting.votingMethod.value === "hands";
  const methodAddress = settings?.values.votingMethod?.address ?? "";
  for (const n of ctx.nominations) {
    if (n.votes.state !== "ok") continue;
    if (voting !== null && n.votes.value > voting)
      out.push(
        rowFinding(ctx, "HD03", n, "votes", {
          votes: n.votes.value,
          voting,
          present: meeting.present.state === "ok" ? meeting.present.value : 0,
          written: meeting.written.state === "ok" ? meeting.written.value : 0,
        })
      );
    if (hands && n.title.state === "ok" && n.title.value.code === "CSTDCS")
      out.push(
        rowFinding(ctx, "HD04", n, "votes", {
          method: VOTING_METHOD.hands,
          address: methodAddress,
        })
      );
  }
  return out;
}

/** HD06: the members listed in `Thành viên Hội đồng` are not `Số thành viên Hội đồng`. */
function hd06(snapshot: RegisterSnapshot, reading: PolicyReading): Finding[] {
  const council = snapshot.council;
  const size = reading.policy.councilSize;
  if (!council || size.state !== "ok") return [];
  const listed = council.rows.filter((r) => !isEmptyCell(r.cells.name)).length;
  if (listed === 0 || listed === size.value) return [];
  return [
    finding({
      rule: "HD06",
      sheet: COUNCIL_SHEET,
      row: null,
      column: null,
      params: { listed, size: size.value },
    }),
  ];
}

export function meetingRules(
  snapshot: RegisterSnapshot,
  reading: PolicyReading,
  ctx: RuleContext
): Finding[] {
  const settings = snapshot.settings;
  return [
    ...hd01(settings, reading),
    ...attendance(settings, reading),
    ...rowRules(ctx, settings),
    ...hd06(snapshot, reading),
  ];
}
