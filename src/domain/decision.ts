/**
 * The award decision on a nomination row (issue #13): the row's `Trạng thái`, the decision's number
 * (`Số quyết định`, e.g. `123/QĐ-UBND`) and date, and a fingerprint of what the decision was about,
 * so that a decided row changed afterwards can be told (rule QT02). Pure.
 */
import { type Cell, isDateCell, isEmptyCell } from "./cell";
import { ROW_STATUS, type RowStatus } from "./catalog/lists";
import type { NominationField } from "./register/contract";
import { foldKey } from "./text/normalize";
import { type CivilDate, formatDdMmYyyy, parseDayFirst } from "./text/dates";
import { type Parsed, parseDate, parseListValue, parseText } from "./values";

export function parseRowStatus(c: Cell | undefined): Parsed<RowStatus> {
  return parseListValue(c, ROW_STATUS);
}

/**
 * A decision number as Decree 30/2020/NĐ-CP writes it: the number, `/`, `QĐ`, then the issuing body's
 * abbreviation(s) joined by `-` (`123/QĐ-UBND`, `45/QĐ-CT.UBND`). `QD` typed without the Vietnamese
 * keyboard is read as `QĐ`; letters are upper-cased. Null when the text is not such a number.
 */
export function parseDecisionNumber(text: string): string | null {
  const t = text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/gu, "")
    .replace(/^'/u, "")
    .toUpperCase();
  const m = /^(\d{1,6})\/(QĐ|QD)((?:-[A-ZĐ0-9]+(?:\.[A-ZĐ0-9]+)*)+)$/u.exec(t);
  return m ? `${m[1]}/QĐ${m[3]}` : null;
}

/** A decision date typed as `d/m/yyyy` (the CLI's `--date`, the pane's field); null when not a date. */
export function parseDecisionDate(text: string): CivilDate | null {
  return parseDayFirst(text.trim());
}

/** Two decision numbers are the same decision (normalised: case, spaces, `QD`/`QĐ`). */
export function sameDecisionNumber(a: string, b: string): boolean {
  const na = parseDecisionNumber(a);
  const nb = parseDecisionNumber(b);
  return na !== null && nb !== null ? na === nb : foldKey(a) === foldKey(b);
}

/**
 * The cells a decision is about: who, what, how the council voted. The workflow columns, the check
 * result, the sequence number and free notes are not part of it.
 */
export const FINGERPRINT_FIELDS: readonly NominationField[] = [
  "name",
  "kind",
  "birthDate",
  "gender",
  "position",
  "proposingUnit",
  "directWorker",
  "monthsWorked",
  "dutyLevel",
  "discipline",
  "initiative",
  "members",
  "membersCompleted",
  "membersLdtt",
  "membersCstdcs",
  "membersDisciplined",
  "title",
  "drive",
  "score",
  "votes",
];

/**
 * Who the person is, Art. 24(3)'s standard and the end of the discipline period (issue #12):
 * fingerprinted when filled.
 */
const LATER_FINGERPRINT_FIELDS: readonly NominationField[] = [
  "personGroup",
  "productiveWork",
  "disciplineEnd",
];

function canonical(c: Cell | undefined): string {
  if (isEmptyCell(c)) return "";
  if (c !== undefined && isDateCell(c)) return formatDdMmYyyy(c.date);
  if (typeof c === "number") return String(Number(c.toPrecision(15)));
  const d = typeof c === "string" ? parseDate(c) : null;
  if (d?.state === "ok") return formatDdMmYyyy(d.value);
  const t = parseText(c);
  return t.state === "ok" ? foldKey(t.value) : "";
}

/** FNV-1a, 32 bits, over UTF-16 code units: a short, stable, dependency-free hash. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Fingerprint of a row's decisive cells (12 hex digits): the same for the same values however they
 * are typed (case, spaces, a date as a date cell or as text), different when one changes.
 */
export function rowFingerprint(cells: Readonly<Partial<Record<NominationField, Cell>>>): string {
  let s = FINGERPRINT_FIELDS.map((f) => canonical(cells[f])).join("\u001f");
  // Decisive cells added later: part of the fingerprint only when filled, so a row decided before
  // they existed (both blank) keeps its fingerprint.
  for (const f of LATER_FINGERPRINT_FIELDS) {
    const v = canonical(cells[f]);
    if (v !== "") s += `\u001e${f}\u001f${v}`;
  }
  const a = fnv1a(s).toString(16).padStart(8, "0");
  const b = (fnv1a(s, 0x01000193) & 0xffff).toString(16).padStart(4, "0");
  return a + b;
}

/** Key of a `SoThiDua_Meta` row recording a decision: `decision` | number | date | fingerprints. */
export const DECISION_META_KEY = "decision";

/** The key a decision number is filed under (normalised; a number of another form: folded text). */
export function decisionKey(no: string): string {
  return parseDecisionNumber(no) ?? foldKey(no);
}
