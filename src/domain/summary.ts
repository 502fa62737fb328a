/**
 * The `Tổng hợp` numbers computed by the domain — each one mirrors one formula of
 * src/workbook/plan/summary.ts, so tests can prove the live formulas right with two engines.
 */
import { NOMINEE_KIND } from "./catalog/lists";
import { TITLES, type TitleCode } from "./catalog/titles";
import type { Nomination } from "./nomination";
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

export interface RegisterSummary {
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
  const base = policy.baseSalary.state === "ok" ? policy.baseSalary.value : 0;
  const byTitle = {} as Record<TitleCode, TitleCounts>;
  for (const t of TITLES) {
    const rows = nominations.filter((n) => n.title.state === "ok" && n.title.value.code === t.code);
    const valid = rows.filter((n) => validRows.has(n.row));
    const validHouseholds = valid.filter((n) => isKind(n, "household")).length;
    byTitle[t.code] = {
      count: rows.length,
      women: rows.filter((n) => n.gender.state === "ok" && n.gender.value === "female").length,
      direct: rows.filter((n) => n.directWorker.state === "ok" && n.directWorker.value === "yes")
        .length,
      valid: valid.length,
      bonus:
        policy.titles[t.code].bonusMultiple *
        base *
        (valid.length + (t.householdBonusFactor - 1) * validHouseholds),
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

  const units: UnitCounts[] = [];
  for (const name of input.units) {
    if (!name.trim()) continue;
    const key = foldKey(name);
    const rows = nominations.filter(
      (n) => n.proposingUnit.state === "ok" && foldKey(n.proposingUnit.value) === key
    );
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
