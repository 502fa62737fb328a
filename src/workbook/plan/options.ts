import type { CivilDate } from "../../domain/text/dates";
import { DEFAULT_DRIVES } from "../../domain/catalog/lists";
import { DEFAULT_SETTINGS } from "../../domain/policy";

/** What a clerk chooses when creating a register (task pane "Thiết lập", `so-thi-dua init`). */
export interface RegisterOptions {
  readonly year: number;
  readonly unitName: string;
  readonly unitLevel: string;
  readonly province: string;
  readonly submitTo: string;
  readonly councilSize: number;
  readonly meetingDate: CivilDate | null;
  readonly deadline: CivilDate | null;
  readonly baseSalary: number;
  readonly minMonths: number;
  /** Null leaves the cap blank (disabled). */
  readonly cstdcsCapPct: number | null;
  /** Proposing units offered in `Danh mục` (free text is allowed too). */
  readonly units: readonly string[];
  readonly drives: readonly string[];
  /** Rows of `Đề nghị` prepared with validation, STT and row colours. */
  readonly preparedRows: number;
}

export function defaultOptions(partial: Partial<RegisterOptions> = {}): RegisterOptions {
  return {
    year: partial.year ?? new Date().getFullYear(),
    unitName: partial.unitName ?? "UBND phường",
    unitLevel: partial.unitLevel ?? DEFAULT_SETTINGS.unitLevel,
    province: partial.province ?? DEFAULT_SETTINGS.province,
    submitTo: partial.submitTo ?? DEFAULT_SETTINGS.submitTo,
    councilSize: partial.councilSize ?? DEFAULT_SETTINGS.councilSize,
    meetingDate: partial.meetingDate ?? null,
    deadline: partial.deadline ?? null,
    baseSalary: partial.baseSalary ?? DEFAULT_SETTINGS.baseSalary,
    minMonths: partial.minMonths ?? DEFAULT_SETTINGS.minMonths,
    cstdcsCapPct:
      partial.cstdcsCapPct === undefined ? DEFAULT_SETTINGS.cstdcsCapPct : partial.cstdcsCapPct,
    units: partial.units ?? [],
    drives: partial.drives ?? DEFAULT_DRIVES,
    preparedRows: partial.preparedRows ?? 1000,
  };
}
