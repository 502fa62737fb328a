/**
 * RG04 (rules-added.md): a `Cấu hình` threshold looser than the national rule. The ward's value is
 * still applied (the register never overrides the clerk silently); the warning names both values
 * and the source. Only rules whose text was confirmed are listed (docs/law.md): the CSTĐCS vote
 * floor of 80 % (Decree 98/2023 Art. 30(7)) could not be confirmed and is not checked.
 */
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { PolicyReading } from "../policy";
import { SETTING, SHEET } from "../register/contract";
import type { SettingsSnapshot } from "../snapshot";

/** Settings compared with a national figure (each a `Parsed<number>` of the policy). */
export type FloorKey = "ttldttSharePct";

export interface NationalFloor {
  /** The `Cấu hình` setting compared. */
  readonly key: FloorKey;
  /** The national figure (%). */
  readonly value: number;
  /** True when the law says “more than” the figure: a setting equal to it is looser too. */
  readonly strict: boolean;
  /** The rule as the message states it (Vietnamese: workbook wording). */
  readonly rule: string;
  /** Where it is written (also the finding's citation). */
  readonly source: string;
}

export const NATIONAL_FLOORS: readonly NationalFloor[] = [
  {
    key: "ttldttSharePct",
    value: 50,
    strict: true,
    rule: "Tập thể lao động tiên tiến cần trên 50% thành viên đạt LĐTT",
    source: "Luật TĐKT 2022, Điều 28",
  },
];

/** True when a ward's `value` lets through what the national floor does not. */
export function looserThan(floor: NationalFloor, value: number): boolean {
  return floor.strict ? value <= floor.value : value < floor.value;
}

export function nationalRules(
  settings: SettingsSnapshot | null,
  reading: PolicyReading
): Finding[] {
  const out: Finding[] = [];
  for (const floor of NATIONAL_FLOORS) {
    const p = reading.policy[floor.key];
    if (p.state !== "ok" || !looserThan(floor, p.value)) continue;
    out.push(
      finding({
        rule: "RG04",
        sheet: SHEET.settings,
        row: null,
        column: SETTING[floor.key],
        citation: floor.source,
        params: {
          label: SETTING[floor.key],
          address: settings?.values[floor.key]?.address ?? "",
          value: p.value,
          rule: floor.rule,
          source: floor.source,
        },
      })
    );
  }
  return out;
}
