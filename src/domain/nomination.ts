import { type Cell, isErrorCell } from "./cell";
import { matchTitle } from "./catalog/match";
import {
  ANNUAL_DRIVE,
  DISCIPLINE,
  DUTY_LEVEL,
  GENDER,
  NOMINEE_KIND,
  PERSON_GROUP,
  YES_NO,
} from "./catalog/lists";
import type {
  Discipline,
  DutyLevel,
  Gender,
  NomineeKind,
  PersonGroup,
  YesNo,
} from "./catalog/lists";
import type { TitleDef } from "./catalog/titles";
import type { NominationField } from "./register/contract";
import type { NominationRow } from "./snapshot";
import { foldKey } from "./text/normalize";
import type { CivilDate } from "./text/dates";
import {
  type Parsed,
  EMPTY,
  invalid,
  ok,
  parseDate,
  parseIntegerIn,
  parseListValue,
  parseNumberIn,
  parseText,
} from "./values";

/** A nomination row read into typed fields. Invalid cells stay `invalid`, with no value to use. */
export interface Nomination {
  readonly row: number;
  readonly name: Parsed<string>;
  /** foldKey of the name, computed once (identity, duplicates, complaints). */
  readonly nameKey: string | null;
  /** identityKey's answer, computed once (several rules group rows by it). */
  readonly identity: string | null;
  readonly kind: Parsed<NomineeKind>;
  readonly birthDate: Parsed<CivilDate>;
  readonly gender: Parsed<Gender>;
  readonly position: Parsed<string>;
  /** `Đối tượng` (optional column; blank = `Cán bộ, công chức, viên chức`). */
  readonly personGroup: Parsed<PersonGroup>;
  readonly proposingUnit: Parsed<string>;
  readonly directWorker: Parsed<YesNo>;
  readonly monthsWorked: Parsed<number>;
  readonly dutyLevel: Parsed<DutyLevel>;
  /** `Lao động, sản xuất hiệu quả` (optional column): Law 2022 Art. 24(3)'s standard. */
  readonly productiveWork: Parsed<YesNo>;
  readonly discipline: Parsed<Discipline>;
  /** `Hết thời hạn kỷ luật`: the day the discipline period ends (ended). */
  readonly disciplineEnd: Parsed<CivilDate>;
  readonly initiative: Parsed<string>;
  readonly members: Parsed<number>;
  readonly membersCompleted: Parsed<number>;
  readonly membersLdtt: Parsed<number>;
  readonly membersCstdcs: Parsed<number>;
  readonly membersDisciplined: Parsed<number>;
  readonly title: Parsed<TitleDef>;
  /** Normalised drive key; blank and `Cả năm` are both the annual key. */
  readonly driveKey: string;
  readonly driveText: string;
  readonly isAnnual: boolean;
  readonly score: Parsed<number>;
  /** `Điểm` is a formula (e.g. linked to a criteria sheet), not a typed number. */
  readonly scoreIsFormula: boolean;
  readonly votes: Parsed<number>;
  readonly summaryText: Parsed<string>;
  readonly raw: Readonly<Partial<Record<NominationField, Cell>>>;
}

export interface NominationLimits {
  /** Upper bound of `Số phiếu đồng ý` (council size), when valid. */
  readonly councilSize: number | undefined;
  /** Birth dates after 31/12 of this year are invalid, when valid. */
  readonly year: number | undefined;
}

const ANNUAL_KEY = foldKey(ANNUAL_DRIVE);

export function driveKeyOf(c: Cell | undefined): string {
  const t = parseText(c);
  return t.state === "ok" ? foldKey(t.value) : ANNUAL_KEY;
}

/**
 * A name or an initiative. An Excel error value (`#REF!` of a broken link, `#N/A` of a failed lookup)
 * is no name and no initiative: the name is then missing (DL01), not a person called “#REF!”, and
 * the error does not count as a recognised initiative (DK04).
 */
function parseFreeText(c: Cell | undefined): Parsed<string> {
  return c !== undefined && isErrorCell(c) ? EMPTY : parseText(c);
}

/** One shared ok(def) per catalog title (see values.ts). */
const OK_TITLE = new WeakMap<TitleDef, Parsed<TitleDef>>();

function parseTitle(c: Cell | undefined): Parsed<TitleDef> {
  const t = parseText(c);
  if (t.state !== "ok") return t;
  const def = matchTitle(t.value);
  if (!def) return invalid("notInList");
  let p = OK_TITLE.get(def);
  if (!p) OK_TITLE.set(def, (p = ok(def)));
  return p;
}

function parseBirthDate(c: Cell | undefined, year: number | undefined): Parsed<CivilDate> {
  const d = parseDate(c);
  if (d.state === "ok" && year !== undefined && d.value.year > year) return invalid("afterYear");
  return d;
}

/** Member counts are integers ≥ 0 and, when `Số thành viên` is valid, ≤ it. */
function parseMemberCount(c: Cell | undefined, members: Parsed<number>): Parsed<number> {
  return parseIntegerIn(c, 0, members.state === "ok" ? members.value : Number.POSITIVE_INFINITY);
}

export function parseNomination(r: NominationRow, limits: NominationLimits): Nomination {
  const c = r.cells;
  const members = parseIntegerIn(c.members, 1, Number.POSITIVE_INFINITY);
  const driveText = parseText(c.drive);
  const driveKey = driveKeyOf(c.drive);
  const name = parseFreeText(c.name);
  const nameKey = name.state === "ok" ? foldKey(name.value) : null;
  const kind = parseListValue(c.kind, NOMINEE_KIND);
  return {
    row: r.row,
    name,
    nameKey,
    identity: nameKey !== null && kind.state === "ok" ? `${kind.value}\u0000${nameKey}` : null,
    kind,
    birthDate: parseBirthDate(c.birthDate, limits.year),
    gender: parseListValue(c.gender, GENDER),
    position: parseText(c.position),
    personGroup: parseListValue(c.personGroup, PERSON_GROUP),
    proposingUnit: parseText(c.proposingUnit),
    directWorker: parseListValue(c.directWorker, YES_NO),
    monthsWorked: parseIntegerIn(c.monthsWorked, 0, 12),
    dutyLevel: parseListValue(c.dutyLevel, DUTY_LEVEL),
    productiveWork: parseListValue(c.productiveWork, YES_NO),
    discipline: parseListValue(c.discipline, DISCIPLINE),
    disciplineEnd: parseDate(c.disciplineEnd),
    initiative: parseFreeText(c.initiative),
    members,
    membersCompleted: parseMemberCount(c.membersCompleted, members),
    membersLdtt: parseMemberCount(c.membersLdtt, members),
    membersCstdcs: parseMemberCount(c.membersCstdcs, members),
    membersDisciplined: parseMemberCount(c.membersDisciplined, members),
    title: parseTitle(c.title),
    driveKey,
    driveText: driveText.state === "ok" ? driveText.value : "",
    isAnnual: driveKey === ANNUAL_KEY,
    score: parseNumberIn(c.score, 0, 100),
    scoreIsFormula: r.formulas?.has("score") ?? false,
    votes: parseIntegerIn(c.votes, 0, limits.councilSize ?? Number.POSITIVE_INFINITY),
    summaryText: parseText(c.summaryText),
    raw: c,
  };
}

/**
 * True when LĐTT (and the LĐTT part of CSTĐCS) is judged by Law 2022 Art. 24(3) — an individual
 * whose `Đối tượng` is `Công nhân, nông dân, người lao động khác` — instead of by the duty rating.
 * Blank, invalid or another group: the duty rating, as before the column existed.
 */
export function usesArt24Route(n: Nomination): boolean {
  return (
    n.kind.state === "ok" &&
    n.kind.value === "individual" &&
    n.personGroup.state === "ok" &&
    n.personGroup.value === "otherWorkers"
  );
}

/** Identity key (rules.md): normalised name + Loại. Dates are compared separately. */
export function identityKey(n: Nomination): string | null {
  return n.identity;
}

/** Two nominees with the same identity key are the same person unless both have valid, different birth dates. */
export function sameBirthDate(a: Nomination, b: Nomination): boolean {
  if (a.birthDate.state !== "ok" || b.birthDate.state !== "ok") return true;
  const x = a.birthDate.value;
  const y = b.birthDate.value;
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
