/**
 * History rules HS01–HS06 (rules.md): conditions that depend on earlier years, read from `Lịch sử`.
 *
 * A history row belongs to a nominee when its normalised name equals the nominee's and, when both
 * rows carry a valid birth date, the dates are equal. The same name with a different birth date is
 * not counted, and is reported once (HS04) so the clerk can correct either row.
 *
 * Consecutive years end the year before the evaluation year; where the law allows the chain to end
 * in the evaluation year itself (the year's own title already decided), a `Lịch sử` row of that year
 * counts too. The register's own rows are proposals, not decisions: they never complete a chain
 * (a proposal of this year is named in the message so the clerk knows what is pending).
 */
import type { Cell } from "../cell";
import { matchHistoryTitle } from "../catalog/match";
import { type TitleCode, type TitleDef, titleByCode } from "../catalog/titles";
import type { Finding } from "../findings";
import type { Nomination } from "../nomination";
import type { HistoryField } from "../register/contract";
import { foldKey } from "../text/normalize";
import type { CivilDate } from "../text/dates";
import { compareCivilDates, formatDdMmYyyy } from "../text/dates";
import { parseDate, parseIntegerIn, parseText } from "../values";
import { type RuleContext, rowFinding } from "./context";

/** Who was awarded what, which year: the identity of a `Lịch sử` row. Empty or invalid fields are null. */
export interface HistoryIdentity {
  readonly nameKey: string;
  readonly birthDate: CivilDate | null;
  readonly year: number | null;
  readonly title: TitleDef | null;
  /** The title's catalog code when it is one (name or code), else its normalised text ("" when empty). */
  readonly titleKey: string;
}

/** One `Lịch sử` row, read. Fields that are empty or invalid are null. */
export interface HistoryEntry extends HistoryIdentity {
  readonly row: number;
  readonly decisionNo: string;
}

/** The identity of a `Lịch sử` row's cells; null when the row names nobody. */
export function historyIdentity(
  cells: Readonly<Partial<Record<HistoryField, Cell>>>
): HistoryIdentity | null {
  const name = parseText(cells.name);
  if (name.state !== "ok") return null;
  const birth = parseDate(cells.birthDate);
  const year = parseIntegerIn(cells.year, 1900, 2100);
  const title = parseText(cells.title);
  const def = title.state === "ok" ? matchHistoryTitle(title.value) : null;
  return {
    nameKey: foldKey(name.value),
    birthDate: birth.state === "ok" ? birth.value : null,
    year: year.state === "ok" ? year.value : null,
    title: def,
    titleKey: def ? def.code : title.state === "ok" ? foldKey(title.value) : "",
  };
}

export function readHistory(ctx: Pick<RuleContext, "history">): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const r of ctx.history?.rows ?? []) {
    const id = historyIdentity(r.cells);
    if (id === null) continue;
    const decision = parseText(r.cells.decisionNo);
    out.push({ row: r.row, ...id, decisionNo: decision.state === "ok" ? decision.value : "" });
  }
  return out;
}

/**
 * The one rule of who is who in `Lịch sử` (the history rules, the import of last year's register):
 * the same normalised name and, when both carry a valid birth date, the same birth date.
 */
export function sameNominee(
  a: { readonly nameKey: string | null; readonly birthDate: CivilDate | null },
  b: { readonly nameKey: string | null; readonly birthDate: CivilDate | null }
): boolean {
  return (
    a.nameKey !== null &&
    a.nameKey === b.nameKey &&
    (a.birthDate === null ||
      b.birthDate === null ||
      compareCivilDates(a.birthDate, b.birthDate) === 0)
  );
}

/** A nomination as `sameNominee` compares it. */
const whoOf = (n: Nomination) => ({
  nameKey: n.nameKey,
  birthDate: n.birthDate.state === "ok" ? n.birthDate.value : null,
});

/** The history rows of a nominee, and those with the same name but another birth date. */
export function historyOf(
  n: Nomination,
  entries: readonly HistoryEntry[]
): { readonly matched: HistoryEntry[]; readonly conflicting: HistoryEntry[] } {
  const matched: HistoryEntry[] = [];
  const conflicting: HistoryEntry[] = [];
  if (n.nameKey === null) return { matched, conflicting };
  const who = whoOf(n);
  for (const e of entries) {
    if (e.nameKey !== n.nameKey) continue;
    if (sameNominee(who, e)) matched.push(e);
    else conflicting.push(e);
  }
  return { matched, conflicting };
}

export interface ChainCheck {
  readonly ok: boolean;
  /** The years of the window reported (the one closest to complete), found and missing. */
  readonly have: readonly number[];
  readonly missing: readonly number[];
}

/**
 * `need` consecutive years of `years` ending the year before `year`, or (when `thisYearCounts`)
 * ending in `year` itself. When neither is complete, the window reported is the one with more years
 * found (the earlier one on a tie).
 */
export function checkChain(
  years: ReadonlySet<number>,
  need: number,
  year: number,
  thisYearCounts: boolean
): ChainCheck {
  const window = (last: number) => {
    const all = Array.from({ length: need }, (_, i) => last - need + 1 + i);
    return { have: all.filter((y) => years.has(y)), missing: all.filter((y) => !years.has(y)) };
  };
  const before = window(year - 1);
  if (before.missing.length === 0) return { ok: true, ...before };
  if (!thisYearCounts) return { ok: false, ...before };
  const ending = window(year);
  if (ending.missing.length === 0) return { ok: true, ...ending };
  return { ok: false, ...(ending.have.length > before.have.length ? ending : before) };
}

/** A condition of consecutive earlier titles (rules.md, HS01, HS03, HS05 and HS06). */
interface ChainRule {
  readonly rule: "HS01" | "HS03" | "HS05" | "HS06";
  /** The title proposed, and for which `Loại` and drive the rule applies. */
  readonly proposed: TitleCode;
  readonly applies: (n: Nomination) => boolean;
  /** The earlier title, and how many consecutive years of it. */
  readonly chain: TitleCode;
  readonly need: number;
  /** The chain may end in the evaluation year when that year's title is already decided. */
  readonly thisYearCounts: boolean;
}

const isIndividual = (n: Nomination): boolean =>
  n.kind.state === "ok" && n.kind.value === "individual";
const isCollective = (n: Nomination): boolean =>
  n.kind.state === "ok" && n.kind.value === "collective";
const isHousehold = (n: Nomination): boolean =>
  n.kind.state === "ok" && n.kind.value === "household";

const CHAIN_RULES: readonly ChainRule[] = [
  // Law 2022 Art. 74(1)(d), one of the criteria: CSTĐCS twice in a row (the alternative — two
  // consecutive years of excellent completion with two initiatives — is not in `Lịch sử`). Annual
  // proposals only: a drive's Bằng khen rests on the drive's achievement (Art. 74(1)(a)).
  {
    rule: "HS01",
    proposed: "BK",
    applies: (n) => isIndividual(n) && n.isAnnual,
    chain: "CSTDCS",
    need: 2,
    thisYearCounts: true,
  },
  // Law 2022 Art. 74, a collective's Bằng khen: two consecutive years of excellent completion of
  // duties or of TTLĐXS. `Lịch sử` holds titles, not duty ratings: a warning naming the alternative.
  {
    rule: "HS05",
    proposed: "BK",
    applies: (n) => isCollective(n) && n.isAnnual,
    chain: "TTLDXS",
    need: 2,
    thisYearCounts: true,
  },
  // Law 2022 Art. 22: chosen among those with three consecutive CSTĐCS.
  {
    rule: "HS03",
    proposed: "CSTDTINH",
    applies: isIndividual,
    chain: "CSTDCS",
    need: 3,
    thisYearCounts: true,
  },
  // Decree 86/2023 (docs/law.md): a household recognised “Gia đình văn hóa” three years in a row
  // receives the ward Chairman's Giấy khen. The third year is the Giấy khen's own year (its GĐVH is
  // decided first), so the chain may end in the evaluation year. Annual proposals only: a household's
  // Giấy khen in a drive or for a sudden deed rests on that deed. A warning: the Giấy khen may reward
  // another achievement, which the clerk states in `Tóm tắt thành tích`.
  {
    rule: "HS06",
    proposed: "GK",
    applies: (n) => isHousehold(n) && n.isAnnual,
    chain: "GDVH",
    need: 3,
    thisYearCounts: true,
  },
];

const hasTitle = (n: Nomination, code: TitleCode): boolean =>
  n.title.state === "ok" && n.title.value.code === code;

/** Another annual row of this register proposes `code` for the same nominee (name, birth date). */
function proposesThisYear(all: readonly Nomination[], n: Nomination, code: TitleCode): boolean {
  return all.some(
    (m) => m !== n && m.isAnnual && hasTitle(m, code) && sameNominee(whoOf(m), whoOf(n))
  );
}

/** Items grouped by a name key, in their order (items without a key are left out). */
function byNameKey<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Titles recognised once for a year: the same one in `Lịch sử` for the same year is HS02. The yearly
 * titles, and the Decree 86/2023 titles (Gia đình văn hóa, Thôn/tổ dân phố văn hóa): a household or a
 * TDP recognised for a year is not recognised again for that year.
 */
const onceAYear = (t: TitleDef): boolean => t.annualOnly || t.frequency === "decree86";

export function historyRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const year = ctx.policy.year.state === "ok" ? ctx.policy.year.value : null;
  // Without the year or the `Lịch sử` sheet (RG01/RG02 say so) there is nothing to count.
  if (year === null || ctx.history === null) return out;
  // History rows and this register's rows by normalised name, so that each nominee looks only at
  // its namesakes (a consolidated register has tens of thousands of rows).
  const entriesByName = byNameKey(readHistory(ctx), (e) => e.nameKey);
  const proposalsByName = byNameKey(ctx.nominations, (m) => m.nameKey);
  const historyLabel = ctx.history.sheet;
  for (const n of ctx.nominations) {
    // A row without a name or a title is DL01/DL02's.
    if (n.title.state !== "ok" || n.nameKey === null) continue;
    const title = n.title.value;
    const { matched, conflicting } = historyOf(n, entriesByName.get(n.nameKey) ?? []);
    // The history titles this row's checks look at: what a conflicting row would have counted for.
    const relevant = new Set<TitleCode>();

    if (onceAYear(title)) {
      relevant.add(title.code);
      const twice = matched.find((e) => e.year === year && e.title?.code === title.code);
      if (twice)
        out.push(
          rowFinding(ctx, "HS02", n, "title", {
            ...(twice.decisionNo ? {} : { variant: "noDecision" }),
            title: title.name,
            year,
            sheet: historyLabel,
            historyRow: twice.row,
            decision: twice.decisionNo,
          })
        );
    }

    for (const c of CHAIN_RULES) {
      if (!hasTitle(n, c.proposed) || !c.applies(n)) continue;
      relevant.add(c.chain);
      const years = new Set<number>();
      for (const e of matched) if (e.year !== null && e.title?.code === c.chain) years.add(e.year);
      let check = checkChain(years, c.need, year, c.thisYearCounts);
      if (check.ok) continue;
      // This year's proposal of the chain title in this register would complete the chain once
      // decided: report that window, the year as missing, and the proposal as pending.
      let pending = false;
      if (c.thisYearCounts && proposesThisYear(proposalsByName.get(n.nameKey) ?? [], n, c.chain)) {
        const decided = checkChain(new Set([...years, year]), c.need, year, true);
        if (decided.ok) {
          pending = true;
          check = { ok: false, have: decided.have.filter((y) => y !== year), missing: [year] };
        }
      }
      out.push(
        rowFinding(ctx, c.rule, n, "title", {
          variant: check.have.length ? "partial" : "none",
          chain: titleShort(c.chain),
          need: c.need,
          have: check.have.join(", "),
          missing: check.missing.join(", "),
          sheet: historyLabel,
          ...(pending ? { pending: year } : {}),
        })
      );
    }

    const conflict = conflicting.filter((e) => e.title !== null && relevant.has(e.title.code));
    if (conflict.length && n.birthDate.state === "ok")
      out.push(
        rowFinding(ctx, "HS04", n, "birthDate", {
          sheet: historyLabel,
          rows: conflict.map((e) => e.row).join(", "),
          historyDate: formatDdMmYyyy(conflict[0]!.birthDate!),
          date: formatDdMmYyyy(n.birthDate.value),
        })
      );
  }
  return out;
}

/** How messages name a chain title: the abbreviation clerks use, else the catalog name. */
const SHORT_NAME: Partial<Record<TitleCode, string>> = {
  CSTDCS: "CSTĐCS",
  TTLDXS: "TTLĐXS",
  GDVH: "Gia đình văn hóa",
};
function titleShort(code: TitleCode): string {
  return SHORT_NAME[code] ?? titleByCode(code).name;
}
