/**
 * Province profiles: the thresholds a province's own regulation sets on top of the national rules
 * (Decree 152/2025 Art. 6(2) leaves the dossier and the councils' working to the province). Each
 * profile is data — a JSON file in ./provinces — so adding a province is a data change: the values
 * with their source and how far the text was read (docs/law.md). `init --province` and the pane's
 * setup write them into `Cấu hình`; RG04 warns when the ward's setting is looser than its province's.
 */
import { TITLES, type TitleCode } from "../catalog/titles";
import { foldKey } from "../text/normalize";
import { daysInMonth } from "../text/dates";
import { SETTING } from "../register/contract";
import type { Holiday } from "../drives";
import haNoi from "./provinces/ha-noi.json";
import bacNinh from "./provinces/bac-ninh.json";

/** How far the source was read (docs/law.md's statuses). */
export type LegalStatus = "text read" | "secondary summary only" | "unconfirmed";

/** `Cấu hình` settings a province may set (each compared by RG04, the direction in `LOOSER`). */
export type ProfileKey = "ttldttSharePct" | "cstdcsCapPct" | "minMonths";

export interface ProfileValue {
  readonly value: number;
  /** The rule as RG04's message states it (Vietnamese, workbook wording). */
  readonly rule: string;
  /** Where it is written: printed in the `Căn cứ` cell beside the setting. */
  readonly source: string;
  readonly status: LegalStatus;
}

export interface ProvinceProfile {
  /** The province as `Tỉnh/thành phố` shows it (`Hà Nội`). */
  readonly name: string;
  /** Other spellings a clerk may type (matched after case and space folding). */
  readonly aliases: readonly string[];
  /** `Cấp trình`: where the ward sends what is above its authority. */
  readonly submitTo: string;
  /** The province's regulation, printed as a `Căn cứ` line of the Tờ trình; null when not found. */
  readonly regulation: { readonly text: string; readonly status: LegalStatus } | null;
  readonly values: Readonly<Partial<Record<ProfileKey, ProfileValue>>>;
  /** Minimum vote % per title (of the whole council), where the regulation sets one. */
  readonly votes: Readonly<Partial<Record<TitleCode, ProfileValue>>>;
  /** What the regulation says that the register does not check, and what could not be confirmed. */
  readonly notes: readonly string[];
  /** The province's own days a ward runs a drive for (Hà Nội: Giải phóng Thủ đô 10/10). */
  readonly holidays: readonly Holiday[];
}

const PROFILE_KEYS: readonly ProfileKey[] = ["ttldttSharePct", "cstdcsCapPct", "minMonths"];
const STATUSES: readonly LegalStatus[] = ["text read", "secondary summary only", "unconfirmed"];
const CODES = new Set<string>(TITLES.map((t) => t.code));

/** A profile file's shape problem (a developer error: the profile test reads every file). */
export class ProfileShapeError extends Error {}

function fail(where: string, what: string): never {
  throw new ProfileShapeError(`province profile ${where}: ${what}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function str(v: unknown, where: string): string {
  if (typeof v !== "string" || v.trim() === "") fail(where, "a non-empty text is required");
  return v;
}

function status(v: unknown, where: string): LegalStatus {
  if (!STATUSES.includes(v as LegalStatus))
    fail(where, `status must be one of ${STATUSES.join(", ")}`);
  return v as LegalStatus;
}

function value(v: unknown, where: string): ProfileValue {
  if (!isRecord(v)) fail(where, "an object is required");
  if (typeof v.value !== "number" || !(v.value >= 0 && v.value <= 100))
    fail(where, "value must be a number from 0 to 100");
  return {
    value: v.value,
    rule: str(v.rule, `${where}.rule`),
    source: str(v.source, `${where}.source`),
    status: status(v.status, `${where}.status`),
  };
}

function holiday(v: unknown, where: string): Holiday {
  if (!isRecord(v)) fail(where, "an object is required");
  const { day, month } = v;
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12)
    fail(where, "month must be a whole number from 1 to 12");
  // Checked against a leap year: 29/02 is a day some years have.
  const last = daysInMonth(2024, month);
  if (typeof day !== "number" || !Number.isInteger(day) || day < 1 || day > last)
    fail(where, `day must be a whole number from 1 to ${last}`);
  return { name: str(v.name, `${where}.name`), day, month };
}

/** Checks a parsed profile file and returns it typed (throws ProfileShapeError otherwise). */
export function checkProfile(raw: unknown, file: string): ProvinceProfile {
  if (!isRecord(raw)) fail(file, "an object is required");
  const values: Partial<Record<ProfileKey, ProfileValue>> = {};
  if (!isRecord(raw.values)) fail(file, "values must be an object");
  for (const [k, v] of Object.entries(raw.values)) {
    if (!PROFILE_KEYS.includes(k as ProfileKey)) fail(`${file}.values`, `unknown setting ${k}`);
    values[k as ProfileKey] = value(v, `${file}.values.${k}`);
  }
  const votes: Partial<Record<TitleCode, ProfileValue>> = {};
  if (!isRecord(raw.votes)) fail(file, "votes must be an object");
  for (const [k, v] of Object.entries(raw.votes)) {
    if (!CODES.has(k)) fail(`${file}.votes`, `unknown title code ${k}`);
    votes[k as TitleCode] = value(v, `${file}.votes.${k}`);
  }
  const holidays = raw.holidays ?? [];
  if (!Array.isArray(holidays)) fail(file, "holidays must be a list");
  const reg = raw.regulation;
  if (reg !== null && !isRecord(reg)) fail(file, "regulation must be an object or null");
  if (!Array.isArray(raw.aliases) || !Array.isArray(raw.notes))
    fail(file, "aliases and notes must be lists");
  return {
    name: str(raw.name, `${file}.name`),
    aliases: raw.aliases.map((a, i) => str(a, `${file}.aliases[${i}]`)),
    submitTo: str(raw.submitTo, `${file}.submitTo`),
    regulation: reg
      ? {
          text: str(reg.text, `${file}.regulation.text`),
          status: status(reg.status, `${file}.regulation.status`),
        }
      : null,
    values,
    votes,
    notes: raw.notes.map((n, i) => str(n, `${file}.notes[${i}]`)),
    holidays: holidays.map((h, i) => holiday(h, `${file}.holidays[${i}]`)),
  };
}

/** Every province the register knows, in the order the pane offers them. */
export const PROVINCE_PROFILES: readonly ProvinceProfile[] = [
  checkProfile(haNoi, "ha-noi.json"),
  checkProfile(bacNinh, "bac-ninh.json"),
];

/** `Thành phố Hà Nội`, `TP. Hà Nội`, `tỉnh Bắc Ninh` → the bare name's key. */
function provinceKey(text: string): string {
  return foldKey(text)
    .replace(/^(?:thành phố|tỉnh|tp\.?)\s+/u, "")
    .trim();
}

const BY_KEY = new Map<string, ProvinceProfile>();
for (const p of PROVINCE_PROFILES)
  for (const n of [p.name, ...p.aliases]) BY_KEY.set(provinceKey(n), p);

/** The profile of a province as typed in `Tỉnh/thành phố` or `--province`; null for others. */
export function profileOf(province: string): ProvinceProfile | null {
  return BY_KEY.get(provinceKey(province)) ?? null;
}

/**
 * True when a ward's effective `value` (null: the setting is blank) lets through what the
 * province's `required` does not. Blank means: no cap, no vote gate, or the law's “more than 50 %”
 * for the TTLĐTT share (50 counts as looser than any higher share).
 */
export function looserThanProvince(
  key: ProfileKey | "vote",
  value: number | null,
  required: number
): boolean {
  switch (key) {
    case "cstdcsCapPct":
      return value === null || value > required;
    case "ttldttSharePct":
      return (value ?? 50) < required;
    case "minMonths":
    case "vote":
      return value === null || value < required;
  }
}

/** The profile's values as `Cấu hình` labels them (`Tỷ lệ … (%) = 70`), for the CLI and the pane. */
export function profileValueLines(profile: ProvinceProfile): string[] {
  return [
    ...Object.entries(profile.values).map(([k, v]) => `${SETTING[k as ProfileKey]} = ${v.value}`),
    ...Object.entries(profile.votes).map(
      ([code, v]) => `${TITLES.find((t) => t.code === code)?.name ?? code}: ${v.value}% phiếu`
    ),
  ];
}
