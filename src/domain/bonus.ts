/**
 * Bonus arithmetic of the estimate (`Tổng hợp`, the CLI summary, the export), Decree 152/2025/NĐ-CP
 * Art. 49 and 54 (sources and how each was confirmed: docs/law.md):
 * - the base salary is the one in force on the date of the decision (`Ngày quyết định dự kiến`,
 *   default 31/12 of the year), unless the clerk typed `Mức lương cơ sở`;
 * - each award's amount (multiple × base salary) is rounded UP to the next 10,000 đồng;
 * - collectives receive 2× and households 1.5× the individual amount of a Giấy khen;
 * - one nominee with several titles of the same period in the same decision is paid the highest only.
 * src/workbook/plan/summary.ts writes the same arithmetic as live formulas.
 */
import { baseSalaryOn } from "./catalog/baseSalary";
import type { TitleCode } from "./catalog/titles";
import type { Policy } from "./policy";
import type { CivilDate } from "./text/dates";

/** Amounts are rounded up to a multiple of this (đồng). */
export const BONUS_ROUNDING = 10_000;

/**
 * The amount of one award: multiple × factor × base salary rounded up to 10,000 đồng. The quotient
 * is first rounded to 6 decimals so that float noise (70.20000000001) never adds 10,000 đồng; the
 * live formula is `ROUNDUP(ROUND(m*f*base/10000,6),0)*10000`.
 */
export function bonusAmount(multiple: number, base: number, factor = 1): number {
  const units = Math.round(((multiple * factor * base) / BONUS_ROUNDING) * 1e6) / 1e6;
  return Math.ceil(units) * BONUS_ROUNDING;
}

export interface AppliedBaseSalary {
  /** Đồng; 0 when unknown (an invalid cell, or a decision date before the table). */
  readonly amount: number;
  /** `setting`: typed in `Mức lương cơ sở`; `table`: in force on `date`; `none`: unknown. */
  readonly source: "setting" | "table" | "none";
  /** The decree of the table's amount (source `table`). */
  readonly decree: string | null;
  /** The decision date the table was read at (`Ngày quyết định dự kiến` or 31/12 of the year). */
  readonly date: CivilDate | null;
}

/**
 * The decision date the bonus is computed at: a valid `Ngày quyết định dự kiến`, else 31/12 of the
 * evaluation year (an invalid date is RG02 and falls back too, as the formula's N(…)>0 does).
 */
export function decisionDateOf(policy: Policy): CivilDate | null {
  if (policy.decisionDate.state === "ok") return policy.decisionDate.value;
  return policy.year.state === "ok" ? { year: policy.year.value, month: 12, day: 31 } : null;
}

/**
 * The base salary of the estimate: a positive `Mức lương cơ sở` as typed; blank, 0 or invalid (RG02)
 * means the table's amount on the decision date (the formula: N(…)>0).
 */
export function appliedBaseSalary(policy: Policy): AppliedBaseSalary {
  const date = decisionDateOf(policy);
  if (policy.baseSalary.state === "ok" && policy.baseSalary.value > 0)
    return { amount: policy.baseSalary.value, source: "setting", decree: null, date };
  const step = date ? baseSalaryOn(date) : null;
  return step
    ? { amount: step.amount, source: "table", decree: step.decree, date }
    : { amount: 0, source: "none", decree: null, date };
}

/**
 * Titles of the same period one nominee may be proposed for together (the lower first): when both
 * pass and are decided in the same decision (same `Thẩm quyền quyết định`), only the higher amount
 * is paid (Decree 152/2025 Art. 49). Both titles of a pair are for one kind only (individual, or
 * collective) with factor 1, so their amounts are the plain multiples.
 */
export const SAME_PERIOD_PAIRS: readonly (readonly [TitleCode, TitleCode])[] = [
  ["LDTT", "CSTDCS"],
  ["TTLDTT", "TTLDXS"],
];

/** Key of a pair in summaries and `Tổng hợp` (`LDTT_CSTDCS`). */
export function pairKey(pair: readonly [TitleCode, TitleCode]): `${TitleCode}_${TitleCode}` {
  return `${pair[0]}_${pair[1]}`;
}
