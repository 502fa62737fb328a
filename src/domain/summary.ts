/**
 * The `Tổng hợp` numbers computed by the domain — each one mirrors one formula of
 * src/workbook/plan/summary.ts, so tests can prove the live formulas right with two engines.
 */
import {
  type AppliedBaseSalary,
  appliedBaseSalary,
  bonusAmount,
  pairKey,
  SAME_PERIOD_PAIRS,
} from "./bonus";
import { NOMINEE_KIND } from "./catalog/lists";
import { TITLES, type TitleCode } from "./catalog/titles";
import { identityKey, sameBirthDate, type Nomination } from "./nomination";
import type { Policy } from "./policy";
import { foldKey } from "./text/normalize";
import { findingsByRow, type ValidationResult } from "./validate";

export interface TitleCounts {
  readonly count: number;
  readonly women: number;
  readonly direct: number;
  readonly valid: number;
  readonly bonus: number;
}

export type CapStatus = "none" | "over" | "within";

export interface UnitCounts {
  readonly name: string;
  readonly count: number;
  readonly individual: number;
  readonly collective: number;
  readonly household: number;
  readonly valid: number;
}

/** Nominees with both titles of a same-period pair (bonus.ts): only the higher amount is paid. */
export interface OverlapCounts {
  /** Rows of the higher title whose nominee also has a row of the lower one, both counted valid. */
  readonly count: number;
  /** Đồng taken off the estimate (0 when the titles go to different decisions). */
  readonly deducted: number;
}

export interface RegisterSummary {
  /** The base salary the bonus estimate uses, and where it comes from. */
  readonly base: AppliedBaseSalary;
  /** Each title's `bonus` is already net of these deductions. */
  readonly overlaps: Readonly<Record<string, OverlapCounts>>;
  readonly byTitle: Readonly<Record<TitleCode, TitleCounts>>;
  readonly total: TitleCounts;
  readonly cap: {
    readonly cstdcs: number;
    readonly ldtt: number;
    readonly ratio: number | null;
    readonly limit: number | null;
    readonly status: CapStatus;
  };
  readonly all: {
    readonly individual: number;
    readonly collective: number;
    readonly household: number;
    readonly women: number;
    readonly direct: number;
    readonly directShare: number | null;
    readonly valid: number;
    readonly errors: number;
  };
  readonly units: readonly UnitCounts[];
  readonly otherUnits: number;
}

export interface SummaryInput {
  readonly nominations: readonly Nomination[];
  /** Excel rows whose result has no error (`Hợp lệ…`). */
  readonly validRows: ReadonlySet<number>;
  readonly errorRows: ReadonlySet<number>;
  readonly policy: Policy;
  /** Proposing units listed in `Danh mục` (order kept, blanks skipped). */
  readonly units: readonly string[];
}

const isKind = (n: Nomination, k: keyof typeof NOMINEE_KIND) =>
  n.kind.state === "ok" && n.kind.value === k;

export function computeSummary(input: SummaryInput): RegisterSummary {
  const { nominations, validRows, errorRows, policy } = input;
  const applied = appliedBaseSalary(policy);
  const base = applied.amount;
  const ofTitle = (code: TitleCode) =>
    nominations.filter((n) => n.title.state === "ok" && n.title.value.code === code);
  const validOf = (code: TitleCode) => ofTitle(code).filter((n) => validRows.has(n.row));

  // Several titles of one period for one nominee, same decision: the highest amount only.
  const deduction = {} as Record<TitleCode, number>;
  for (const t of TITLES) deduction[t.code] = 0;
  const overlaps: Record<string, OverlapCounts> = {};
  for (const pair of SAME_PERIOD_PAIRS) {
    const [low, high] = pair;
    // The lower title's rows by nominee: each row of the higher one looks at its own nominee's only.
    const lows = new Map<string, Nomination[]>();
    for (const l of validOf(low)) {
      const id = identityKey(l);
      if (id === null) continue;
      const same = lows.get(id);
      if (same) same.push(l);
      else lows.set(id, [l]);
    }
    const count = validOf(high).filter((h) => {
      const id = identityKey(h);
      return id !== null && (lows.get(id)?.some((l) => sameBirthDate(l, h)) ?? false);
    }).length;
    let deducted = 0;
    if (count > 0 && policy.titles[low].authority === policy.titles[high].authority) {
      const amountLow = bonusAmount(policy.titles[low].bonusMultiple, base);
      const amountHigh = bonusAmount(policy.titles[high].bonusMultiple, base);
      const code = amountLow <= amountHigh ? low : high;
      deducted = count * Math.min(amountLow, amountHigh);
      deduction[code] += deducted;
    }
    overlaps[pairKey(pair)] = { count, deducted };
  }

  const byTitle = {} as Record<TitleCode, TitleCounts>;
  for (const t of TITLES) {
    const rows = ofTitle(t.code);
    const valid = rows.filter((n) => validRows.has(n.row));
    const m = policy.titles[t.code].bonusMultiple;
    const amountOf = (n: Nomination) =>
      bonusAmount(
        m,
        base,
        isKind(n, "collective")
          ? t.collectiveBonusFactor
          : isKind(n, "household")
            ? t.householdBonusFactor
            : 1
      );
    byTitle[t.code] = {
      count: rows.length,
      women: rows.filter((n) => n.gender.state === "ok" && n.gender.value === "female").length,
      direct: rows.filter((n) => n.directWorker.state === "ok" && n.directWorker.value === "yes")
        .length,
      valid: valid.length,
      bonus: valid.reduce((a, n) => a + amountOf(n), 0) - deduction[t.code],
    };
  }
  const sum = (k: keyof TitleCounts) => TITLES.reduce((a, t) => a + byTitle[t.code][k], 0);
  const total: TitleCounts = {
    count: sum("count"),
    women: sum("women"),
    direct: sum("direct"),
    valid: sum("valid"),
    bonus: sum("bonus"),
  };

  const annualIndividual = (code: TitleCode) =>
    nominations.filter(
      (n) =>
        n.isAnnual &&
        isKind(n, "individual") &&
        n.title.state === "ok" &&
        n.title.value.code === code
    ).length;
  const cstdcs = annualIndividual("CSTDCS");
  const ldtt = annualIndividual("LDTT");
  const limit = policy.cstdcsCapPct.state === "ok" ? policy.cstdcsCapPct.value : null;
  const status: CapStatus =
    limit === null ? "none" : 100 * cstdcs > limit * ldtt ? "over" : "within";

  const individual = nominations.filter((n) => isKind(n, "individual"));
  const women = individual.filter(
    (n) => n.gender.state === "ok" && n.gender.value === "female"
  ).length;
  const direct = individual.filter(
    (n) => n.directWorker.state === "ok" && n.directWorker.value === "yes"
  ).length;

  // The rows by folded unit, each distinct text folded once (a few dozen units on many rows).
  const folded = new Map<string, string>();
  const byUnit = new Map<string, Nomination[]>();
  for (const n of nominations) {
    if (n.proposingUnit.state !== "ok") continue;
    const text = n.proposingUnit.value;
    let key = folded.get(text);
    if (key === undefined) folded.set(text, (key = foldKey(text)));
    const same = byUnit.get(key);
    if (same) same.push(n);
    else byUnit.set(key, [n]);
  }
  const units: UnitCounts[] = [];
  for (const name of input.units) {
    if (!name.trim()) continue;
    const rows = byUnit.get(foldKey(name)) ?? [];
    units.push({
      name,
      count: rows.length,
      individual: rows.filter((n) => isKind(n, "individual")).length,
      collective: rows.filter((n) => isKind(n, "collective")).length,
      household: rows.filter((n) => isKind(n, "household")).length,
      valid: rows.filter((n) => validRows.has(n.row)).length,
    });
  }
  return {
    base: applied,
    overlaps,
    byTitle,
    total,
    cap: { cstdcs, ldtt, ratio: ldtt === 0 ? null : (100 * cstdcs) / ldtt, limit, status },
    all: {
      individual: individual.length,
      collective: nominations.filter((n) => isKind(n, "collective")).length,
      household: nominations.filter((n) => isKind(n, "household")).length,
      women,
      direct,
      directShare: individual.length === 0 ? null : (100 * direct) / individual.length,
      valid: validRows.size,
      errors: errorRows.size,
    },
    units,
    otherUnits: total.count - units.reduce((a, u) => a + u.count, 0),
  };
}

/** The summary of a validated register: rows without error findings count as valid (`Hợp lệ…`). */
export function summariseValidation(
  result: ValidationResult,
  unitList: readonly string[]
): RegisterSummary {
  const byRow = findingsByRow(result.findings);
  const errorRows = new Set<number>();
  const validRows = new Set<number>();
  for (const n of result.nominations) {
    if ((byRow.get(n.row) ?? []).some((f) => f.severity === "error")) errorRows.add(n.row);
    else validRows.add(n.row);
  }
  return computeSummary({
    nominations: result.nominations,
    validRows,
    errorRows,
    policy: result.policy,
    units: unitList,
  });
}
