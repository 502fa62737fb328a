/**
 * The council meeting as `Cấu hình` records it (issue #12, block `HỌP HỘI ĐỒNG, NGƯỜI KÝ`): times,
 * place, chair, secretary, attendance, the quorum and the voting method. Every setting is optional:
 * a register older than them reads as before (blank), and the rules that need one stay silent.
 */
import { type Cell, isDateCell, isEmptyCell } from "../cell";
import { VOTING_METHOD } from "../register/contract";
import { foldKey } from "../text/normalize";
import { type Parsed, EMPTY, invalid, ok, parseText } from "../values";

export type VotingMethod = keyof typeof VOTING_METHOD;

export interface MeetingSettings {
  /** `Giờ bắt đầu họp`, `Giờ kết thúc họp` as typed (a time of day typed as a number: `08 giờ 00`). */
  readonly start: Parsed<string>;
  readonly end: Parsed<string>;
  /** `Địa điểm họp`, `Chủ trì`, `Thư ký` as typed; "" when blank. */
  readonly place: string;
  readonly chair: string;
  readonly secretary: string;
  /** `Số thành viên có mặt`: an integer ≥ 0. */
  readonly present: Parsed<number>;
  /** `Số thành viên vắng có ý kiến bằng văn bản`: an integer ≥ 0 (blank counts 0 when `present` is given). */
  readonly written: Parsed<number>;
  /** `Tỷ lệ có mặt tối thiểu (%)`; blank: DEFAULT_QUORUM_PCT. */
  readonly quorumPct: Parsed<number>;
  /** `Hình thức biểu quyết`: `Bỏ phiếu kín` or `Giơ tay`; blank: not recorded. */
  readonly votingMethod: Parsed<VotingMethod>;
}

/**
 * The register's default quorum: two thirds of the council's members (`66.67`, compared as the
 * share rounded to two decimals, so 6 of 9 reaches it). A register default, not a national figure:
 * docs/law.md, “The council meeting”.
 */
export const DEFAULT_QUORUM_PCT = 66.67;

/**
 * A time of day: text as typed (`8 giờ 00`, `14h30`, `8:00` in a text cell), or a number Excel
 * stores for a time (a fraction of a day, or a whole hour 0–23) written `08 giờ 00`. A date (Excel
 * turned `8:00` into a time the readers show as a day of 1899/1900) is `invalid`: the clerk types
 * the time as text.
 */
export function parseTimeOfDay(c: Cell | undefined): Parsed<string> {
  if (isEmptyCell(c)) return EMPTY;
  if (typeof c === "number") {
    const minutes =
      c >= 0 && c < 1
        ? Math.round(c * 24 * 60)
        : Number.isInteger(c) && c >= 0 && c <= 23
          ? c * 60
          : -1;
    if (minutes < 0 || minutes >= 24 * 60) return invalid("outOfRange");
    const pad = (n: number) => String(n).padStart(2, "0");
    return ok(`${pad(Math.floor(minutes / 60))} giờ ${pad(minutes % 60)}`);
  }
  if (c && isDateCell(c)) return invalid("notDate");
  return parseText(c);
}

const METHOD_WORDS: Readonly<Record<string, VotingMethod>> = Object.fromEntries([
  ...[VOTING_METHOD.ballot, "Bỏ phiếu", "Phiếu kín"].map(
    (w) => [foldKey(w), "ballot" as const] as const
  ),
  ...[VOTING_METHOD.hands, "Biểu quyết giơ tay", "Giơ tay biểu quyết"].map(
    (w) => [foldKey(w), "hands" as const] as const
  ),
]);

/** `Hình thức biểu quyết`: `Bỏ phiếu kín` (or `Bỏ phiếu`, `Phiếu kín`) or `Giơ tay`; other text is invalid. */
export function parseVotingMethod(c: Cell | undefined): Parsed<VotingMethod> {
  const t = parseText(c);
  if (t.state !== "ok") return t.state === "empty" ? EMPTY : invalid("notInList");
  const m = METHOD_WORDS[foldKey(t.value)];
  return m ? ok(m) : invalid("notInList");
}

/**
 * Members who take part in the votes: those present and the absent members who sent a written
 * opinion. Null when `Số thành viên có mặt` is not given (the meeting's attendance is not recorded).
 */
export function votingMembers(m: MeetingSettings): number | null {
  if (m.present.state !== "ok") return null;
  return m.present.value + (m.written.state === "ok" ? m.written.value : 0);
}

/** The quorum % in force: the setting, or the register's default when blank (null when invalid). */
export function quorumPctOf(m: MeetingSettings): number | null {
  return m.quorumPct.state === "ok"
    ? m.quorumPct.value
    : m.quorumPct.state === "empty"
      ? DEFAULT_QUORUM_PCT
      : null;
}

/** The attendance share (%) as the Biên bản prints it and HD02 compares it: two decimals. */
export function attendancePercent(members: number, councilSize: number): number {
  return Math.round((10_000 * members) / councilSize) / 100;
}

/** True when `members` of `councilSize` reach `pct` % (the share rounded to two decimals). */
export function meetsQuorum(members: number, councilSize: number, pct: number): boolean {
  return attendancePercent(members, councilSize) >= pct;
}
