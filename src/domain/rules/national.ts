/**
 * RG04 (rules-added.md): a `Cấu hình` threshold looser than the national rule, or than the rule of
 * the province named in `Tỉnh/thành phố` when the register has its profile (../policy/profiles.ts).
 * The ward's value is still applied (the register never overrides the clerk silently); the warning
 * names both values and the source. Only rules whose text was read are listed (docs/law.md).
 */
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { PolicyReading } from "../policy";
import { profileOf, looserThanProvince, type ProfileKey } from "../policy/profiles";
import type { Parsed } from "../values";
import { TITLES } from "../catalog/titles";
import { POLICY_HEADER, SETTING, SHEET } from "../register/contract";
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

/** A ward's setting as RG04 compares it: the number, or null for a blank cell. */
const numberOf = (p: Parsed<number>): number | null => (p.state === "ok" ? p.value : null);

/** RG04 against the province's profile: one finding per setting or title the ward set looser. */
function provinceRules(settings: SettingsSnapshot | null, reading: PolicyReading): Finding[] {
  const { policy } = reading;
  const profile = profileOf(policy.province);
  if (!profile) return [];
  const out: Finding[] = [];
  const push = (
    label: string,
    address: string,
    ward: number | null,
    rule: string,
    source: string
  ) =>
    out.push(
      finding({
        rule: "RG04",
        sheet: SHEET.settings,
        row: null,
        column: label,
        citation: source,
        params: {
          label,
          address,
          ...(ward === null ? { variant: "provinceBlank" } : { value: ward, variant: "province" }),
          rule,
          source,
          province: profile.name,
        },
      })
    );
  for (const [k, v] of Object.entries(profile.values) as [
    ProfileKey,
    NonNullable<(typeof profile.values)[ProfileKey]>,
  ][]) {
    const p = policy[k];
    if (p.state === "invalid") continue; // RG02 already names the cell
    if (looserThanProvince(k, numberOf(p), v.value))
      push(SETTING[k], settings?.values[k]?.address ?? "", numberOf(p), v.rule, v.source);
  }
  for (const t of TITLES) {
    const v = profile.votes[t.code];
    const p = policy.titles[t.code].minVotePct;
    if (!v || p.state === "invalid") continue;
    if (looserThanProvince("vote", numberOf(p), v.value))
      push(
        `${t.name} — ${POLICY_HEADER.minVotePct}`,
        settings?.policy[t.code]?.minVotePctAddress ?? "",
        numberOf(p),
        v.rule,
        v.source
      );
  }
  return out;
}

export function nationalRules(
  settings: SettingsSnapshot | null,
  reading: PolicyReading
): Finding[] {
  const out: Finding[] = provinceRules(settings, reading);
  // A setting looser than its province's rule is named once, with the province's (stricter) source.
  const named = new Set(out.map((f) => f.column));
  for (const floor of NATIONAL_FLOORS) {
    const p = reading.policy[floor.key];
    if (p.state !== "ok" || !looserThan(floor, p.value) || named.has(SETTING[floor.key])) continue;
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
