import { type CivilDate, compareCivilDates } from "../text/dates";

/**
 * The base salary (mức lương cơ sở) by the date it took effect. Bonuses are paid at the base salary
 * in force on the date of the decision (Decree 152/2025/NĐ-CP, Art. 49). Every value, its source and
 * how it was confirmed are in docs/law.md. Add a row when the Government changes the base salary.
 */
export interface BaseSalaryStep {
  /** First day the amount applies. */
  readonly from: CivilDate;
  /** Đồng per month. */
  readonly amount: number;
  /** The decree that set it, as printed in `Tổng hợp` and the export. */
  readonly decree: string;
}

/** Oldest first. Before the first step the table has no value: the clerk types `Mức lương cơ sở`. */
export const BASE_SALARY_TABLE: readonly BaseSalaryStep[] = [
  { from: { year: 2019, month: 7, day: 1 }, amount: 1_490_000, decree: "Nghị định 38/2019/NĐ-CP" },
  { from: { year: 2023, month: 7, day: 1 }, amount: 1_800_000, decree: "Nghị định 24/2023/NĐ-CP" },
  { from: { year: 2024, month: 7, day: 1 }, amount: 2_340_000, decree: "Nghị định 73/2024/NĐ-CP" },
  {
    from: { year: 2026, month: 7, day: 1 },
    amount: 2_530_000,
    decree: "Nghị định 161/2026/NĐ-CP",
  },
];

/** The step in force on `date` (the latest one that started on or before it); null before the first. */
export function baseSalaryOn(date: CivilDate): BaseSalaryStep | null {
  let found: BaseSalaryStep | null = null;
  for (const step of BASE_SALARY_TABLE) if (compareCivilDates(step.from, date) <= 0) found = step;
  return found;
}
