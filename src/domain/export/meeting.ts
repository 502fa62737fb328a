/**
 * The council meeting as the export prints it (issue #12): the Biên bản's time, place, chair,
 * secretary, attendance and voting method, the number of ballots (`Phiếu bầu`) and what the
 * vote-count record (`Biên bản kiểm phiếu`) fills in. Pure: from the policy and `Thành viên Hội đồng`.
 */
import { type Policy } from "../policy";
import { type VotingMethod, votingMembers } from "../policy/meeting";
import type { RegisterSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { textOrEmpty } from "../values";

/** A row of `Thành viên Hội đồng`. */
export interface CouncilMemberRow {
  readonly name: string;
  readonly position: string;
  readonly role: string;
}

/** The chair or the secretary: the name typed in `Cấu hình`, and what `Thành viên Hội đồng` says of them. */
export interface MeetingPerson {
  readonly name: string;
  /** `Chức vụ, đơn vị công tác` and `Chức danh trong Hội đồng` of the member of that name; "" if none. */
  readonly capacity: string;
}

export interface MeetingInfo {
  /** As typed (`8 giờ 00`); "" when blank. */
  readonly start: string;
  readonly end: string;
  readonly place: string;
  readonly chair: MeetingPerson | null;
  readonly secretary: MeetingPerson | null;
  /** Members present; null when not recorded. */
  readonly present: number | null;
  /** Absent members with a written opinion; 0 when `present` is recorded and this is blank. */
  readonly written: number | null;
  /** Members voting (present + written); null when attendance is not recorded. */
  readonly voting: number | null;
  readonly method: VotingMethod | null;
  /**
   * Ballots to print: one per member voting, or one per council member when attendance is not
   * recorded (or cannot be read); 1 when neither is known.
   */
  readonly ballots: number;
  readonly members: readonly CouncilMemberRow[];
}

function membersOf(snapshot: RegisterSnapshot): CouncilMemberRow[] {
  const t = snapshot.council;
  if (!t) return [];
  return t.rows
    .map((r) => ({
      name: textOrEmpty(r.cells.name),
      position: textOrEmpty(r.cells.position),
      role: textOrEmpty(r.cells.role),
    }))
    .filter((m) => m.name !== "");
}

function personOf(name: string, members: readonly CouncilMemberRow[]): MeetingPerson | null {
  const n = cleanText(name);
  if (!n) return null;
  const key = foldKey(n);
  const m = members.find((x) => foldKey(x.name) === key);
  return { name: n, capacity: m ? [m.position, m.role].filter(Boolean).join(", ") : "" };
}

export function meetingInfo(snapshot: RegisterSnapshot, policy: Policy): MeetingInfo {
  const m = policy.meeting;
  const members = membersOf(snapshot);
  const voting = votingMembers(m);
  const size = policy.councilSize.state === "ok" ? policy.councilSize.value : null;
  return {
    start: m.start.state === "ok" ? m.start.value : "",
    end: m.end.state === "ok" ? m.end.value : "",
    place: m.place,
    chair: personOf(m.chair, members),
    secretary: personOf(m.secretary, members),
    present: m.present.state === "ok" ? m.present.value : null,
    written: m.written.state === "ok" ? m.written.value : m.present.state === "ok" ? 0 : null,
    voting,
    method: m.votingMethod.state === "ok" ? m.votingMethod.value : null,
    ballots: Math.max(1, voting ?? size ?? 1),
    members,
  };
}
