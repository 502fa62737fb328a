/** Data rules DL01–DL09 (rules.md): is each cell present, in its list, a real date or number. */
import { SHEET, type NominationField } from "../register/contract";
import type { Finding } from "../findings";
import { cellDisplay } from "../cell";
import { identityKey, sameBirthDate, usesArt24Route, type Nomination } from "../nomination";
import type { TitleCode } from "../catalog/titles";
import { NOMINEE_KIND, PERSON_GROUP, YES_NO } from "../catalog/lists";
import { detectLegacyEncoding } from "../text/legacy";
import type { Parsed } from "../values";
import { type RuleContext, hasColumn, rowFinding } from "./context";

const ALWAYS_REQUIRED: readonly NominationField[] = ["name", "kind", "title"];
/** Cells required by the title, whatever the Loại (rules.md DL01). */
export const REQUIRED_BY_TITLE: Partial<Record<TitleCode, readonly NominationField[]>> = {
  LDTT: ["dutyLevel", "monthsWorked"],
  CSTDCS: ["dutyLevel", "monthsWorked"],
  TTLDTT: ["dutyLevel", "members", "membersLdtt", "membersDisciplined"],
  TTLDXS: [
    "dutyLevel",
    "members",
    "membersLdtt",
    "membersDisciplined",
    "membersCompleted",
    "membersCstdcs",
  ],
};

/**
 * LĐTT and CSTĐCS of a worker, farmer or other labourer (Law 2022 Art. 24(3)): the yes/no
 * `Lao động, sản xuất hiệu quả` takes the place of the duty rating.
 */
const ART24_3_FIELD: Readonly<Partial<Record<NominationField, NominationField>>> = {
  dutyLevel: "productiveWork",
};

function requiredFields(n: Nomination): readonly NominationField[] {
  if (n.title.state !== "ok") return ALWAYS_REQUIRED;
  const code = n.title.value.code;
  let byTitle = REQUIRED_BY_TITLE[code] ?? [];
  if ((code === "LDTT" || code === "CSTDCS") && usesArt24Route(n))
    byTitle = byTitle.map((f) => ART24_3_FIELD[f] ?? f);
  return [...ALWAYS_REQUIRED, ...byTitle];
}

const LIST_FIELDS = ["kind", "gender", "directWorker", "dutyLevel", "discipline", "title"] as const;
/**
 * List columns added by issue #12 (optional, `upgrade` adds them): a value outside the list is DL02
 * naming the sheet, row, column and the values to choose from (an upgraded register's `Đối tượng`
 * may have no dropdown: see nominations.ts).
 */
const CHOICE_FIELDS = [
  ["personGroup", PERSON_GROUP],
  ["productiveWork", YES_NO],
] as const;
const NUMBER_FIELDS = [
  "monthsWorked",
  "score",
  "votes",
  "members",
  "membersCompleted",
  "membersLdtt",
  "membersCstdcs",
  "membersDisciplined",
] as const;
const LEGACY_FIELDS = ["name", "position", "proposingUnit"] as const;
const FORMULA_FIELDS = ["name", "position", "proposingUnit", "summaryText"] as const;

function field(n: Nomination, f: NominationField): Parsed<unknown> | undefined {
  return (n as unknown as Record<string, Parsed<unknown> | undefined>)[f];
}

/** DL01: required cells are empty. */
function dl01(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  for (const f of requiredFields(n)) {
    if (hasColumn(ctx, f) && field(n, f)?.state === "empty")
      out.push(rowFinding(ctx, "DL01", n, f));
  }
}

/** DL02: a list cell holds a value that is not in its list. */
function dl02(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  for (const f of LIST_FIELDS) {
    if (n[f].state === "invalid")
      out.push(rowFinding(ctx, "DL02", n, f, { value: cellDisplay(n.raw[f]) }));
  }
  for (const [f, list] of CHOICE_FIELDS) {
    if (n[f].state === "invalid")
      out.push(
        rowFinding(ctx, "DL02", n, f, {
          value: cellDisplay(n.raw[f]),
          variant: "choices",
          sheet: ctx.sheet || SHEET.nominations,
          row: n.row,
          choices: Object.values(list)
            .map((v) => `“${v}”`)
            .join("; "),
        })
      );
  }
}

/** DL03: not a real date, or born after the evaluation year. */
function dl03(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  const b = n.birthDate;
  if (b.state !== "invalid") return;
  const key = b.reason === "afterYear" ? "afterYear" : "notDate";
  out.push(
    rowFinding(ctx, "DL03", n, "birthDate", {
      reason: key,
      value: cellDisplay(n.raw.birthDate),
      year: ctx.policy.year.state === "ok" ? ctx.policy.year.value : "",
    })
  );
}

/** DL11: `Hết thời hạn kỷ luật` is not a real date. */
function dl11(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.disciplineEnd.state === "invalid")
    out.push(
      rowFinding(ctx, "DL11", n, "disciplineEnd", { value: cellDisplay(n.raw.disciplineEnd) })
    );
}

/** DL04: age on 31/12 of the evaluation year below 18 or above 70. */
function dl04(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.birthDate.state !== "ok" || ctx.policy.year.state !== "ok") return;
  const age = ctx.policy.year.value - n.birthDate.value.year;
  if (age < 18 || age > 70) out.push(rowFinding(ctx, "DL04", n, "birthDate", { age }));
}

/** DL05: a number cell is not a number or out of its range (once per cell). */
function dl05(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  for (const f of NUMBER_FIELDS) {
    const p = n[f];
    if (p.state !== "invalid") continue;
    out.push(
      rowFinding(ctx, "DL05", n, f, {
        value: cellDisplay(n.raw[f]),
        range: rangeText(ctx, n, f),
        reason: p.reason,
      })
    );
  }
}

function rangeText(ctx: RuleContext, n: Nomination, f: (typeof NUMBER_FIELDS)[number]): string {
  const council =
    ctx.policy.councilSize.state === "ok" ? String(ctx.policy.councilSize.value) : "n";
  const members = n.members.state === "ok" ? String(n.members.value) : null;
  switch (f) {
    case "monthsWorked":
      return "0–12";
    case "score":
      return "0–100";
    case "votes":
      return `0–${council}`;
    case "members":
      return "≥ 1";
    default:
      return members ? `0–${members}` : "≥ 0";
  }
}

/** DL06: the title is not awarded to this Loại. */
function dl06(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.title.state !== "ok" || n.kind.state !== "ok") return;
  const t = n.title.value;
  if (!t.kinds.includes(n.kind.value)) {
    out.push(
      rowFinding(
        ctx,
        "DL06",
        n,
        "title",
        {
          title: t.name,
          kind: NOMINEE_KIND[n.kind.value],
          allowed: t.kinds.map((k) => NOMINEE_KIND[k]),
        },
        t.citation
      )
    );
  }
}

/**
 * The first rows met under one DL07 key: the first of all, the first without a valid birth date, and
 * the first per birth date. Most keys are met once, so the per-date map is made only when a second
 * birth date comes (a 100,000-row register made 100,000 maps otherwise).
 */
class SeenRows {
  firstWithoutDate: Nomination | null = null;
  private firstDate = -1;
  private firstDated: Nomination | null = null;
  private byDate: Map<number, Nomination> | null = null;
  constructor(readonly first: Nomination) {}

  dated(date: number): Nomination | undefined {
    if (date === this.firstDate) return this.firstDated ?? undefined;
    return this.byDate?.get(date);
  }

  add(date: number | null, n: Nomination): void {
    if (date === null) this.firstWithoutDate ??= n;
    else if (this.firstDated === null) {
      this.firstDate = date;
      this.firstDated = n;
    } else if (date !== this.firstDate && !this.byDate?.has(date))
      (this.byDate ??= new Map()).set(date, n);
  }
}

/** DL07: a row above has the same identity, title and drive. O(rows): first rows kept per key and birth date. */
function dl07(ctx: RuleContext, out: Finding[]): void {
  const seen = new Map<string, SeenRows>();
  for (const n of ctx.nominations) {
    const id = identityKey(n);
    if (id === null || n.title.state !== "ok") continue;
    const key = `${id}\u0000${n.title.value.code}\u0000${n.driveKey}`;
    const b = n.birthDate.state === "ok" ? n.birthDate.value : null;
    const date = b ? b.year * 10_000 + b.month * 100 + b.day : null;
    const s = seen.get(key);
    if (s) {
      let earlier: Nomination | null;
      if (date === null) earlier = s.first;
      else {
        const a = s.dated(date);
        const w = s.firstWithoutDate;
        earlier = a && w ? (a.row < w.row ? a : w) : (a ?? w);
      }
      if (earlier && sameBirthDate(earlier, n)) {
        out.push(
          rowFinding(ctx, "DL07", n, "name", { firstRow: earlier.row, title: n.title.value.name })
        );
      }
      s.add(date, n);
    } else {
      const entry = new SeenRows(n);
      entry.add(date, n);
      seen.set(key, entry);
    }
  }
}

/** DL08: text that looks like TCVN3/VNI legacy encoding (once per row, first column named). */
function dl08(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  for (const f of LEGACY_FIELDS) {
    const p = n[f];
    if (p.state !== "ok") continue;
    const enc = detectLegacyEncoding(p.value);
    if (enc) {
      out.push(rowFinding(ctx, "DL08", n, f, { encoding: enc }));
      return;
    }
  }
}

/** Text that would run as a formula when pasted or exported (DL09; exports neutralise `-`, tab, CR too). */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+@]/u.test(text);
}

/** DL09: formula-looking text (once per row). */
function dl09(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  for (const f of FORMULA_FIELDS) {
    const raw = n.raw[f];
    if (typeof raw === "string" && looksLikeFormula(raw)) {
      out.push(rowFinding(ctx, "DL09", n, f));
      return;
    }
  }
}

export function dataRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.nominations) {
    dl01(ctx, n, out);
    dl02(ctx, n, out);
    dl03(ctx, n, out);
    dl04(ctx, n, out);
    dl05(ctx, n, out);
    dl06(ctx, n, out);
    dl08(ctx, n, out);
    dl09(ctx, n, out);
    dl11(ctx, n, out);
  }
  dl07(ctx, out);
  return out;
}
