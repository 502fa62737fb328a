/**
 * Consolidation that refuses to mix (issue #11): units of another evaluation year are never merged
 * silently, and the consolidated register's settings never depend on the order of the files. Pure:
 * the CLI and the task pane ask the same questions of the same snapshots.
 *
 * - Year: `--year` when given (units of another year, or without a readable year, are left out and
 *   listed); else the units' year when every unit has the same readable one; else no year at all —
 *   the caller must ask which.
 * - Settings: each setting of `Cấu hình` (and each cell of the policy table) is the option's
 *   (`--unit`, `--council-size`), else the `--settings-from` register's, else the units' when they
 *   all agree, else the default. The ward's name and level only come from a ward-level register.
 */
import { type Cell, cellDisplay, isDateCell } from "../cell";
import { isWardLevel } from "../catalog/levels";
import { AUTHORITY } from "../catalog/lists";
import { TITLES, defaultChain, type TitleCode, type TitleDef } from "../catalog/titles";
import { DEFAULT_SETTINGS, marginsText, readPolicy } from "../policy";
import { DEFAULT_QUORUM_PCT } from "../policy/meeting";
import { DEFAULT_NOTICE_DAYS } from "../drives";
import {
  POLICY_EXTRA,
  POLICY_HEADER,
  VOTING_METHOD,
  SETTING,
  SETTING_KEYS,
  SHEET,
  type SettingKey,
} from "../register/contract";
import type { PolicyRow, SettingValue, SettingsSnapshot } from "../snapshot";
import type { ConsolidationSource, FailedSource } from "./consolidate";

// ── Year ────────────────────────────────────────────────────────────────────────────────────────

/** A unit's `Năm đánh giá`. */
export interface UnitYear {
  /** Index of the source in the order given. */
  readonly index: number;
  readonly file: string;
  readonly fileName: string;
  /** The year as `readPolicy` reads it (a whole number 2000–2100); null when blank or invalid. */
  readonly year: number | null;
}

/** Units of one year (null: no readable year), file names in the order given. */
export interface YearGroup {
  readonly year: number | null;
  readonly fileNames: readonly string[];
}

export type YearDecision =
  | {
      readonly ok: true;
      readonly year: number;
      /** `option`: the caller's (`--year`, the pane's choice); `units`: every unit has it. */
      readonly from: "option" | "units";
      readonly units: readonly UnitYear[];
      /** Indexes of the sources to merge, in order. */
      readonly kept: readonly number[];
      /** The others, as files that could not be used (`otherYear`, `noYear`). */
      readonly excluded: readonly FailedSource[];
    }
  | {
      readonly ok: false;
      readonly units: readonly UnitYear[];
      /** Ascending years, the units without one last. */
      readonly groups: readonly YearGroup[];
    };

export function unitYears(sources: readonly ConsolidationSource[]): UnitYear[] {
  return sources.map((s, index) => {
    const y = readPolicy(s.snapshot.settings).policy.year;
    return { index, file: s.file, fileName: s.fileName, year: y.state === "ok" ? y.value : null };
  });
}

export function yearGroups(units: readonly UnitYear[]): YearGroup[] {
  const by = new Map<number | null, string[]>();
  for (const u of units) {
    const list = by.get(u.year);
    if (list) list.push(u.fileName);
    else by.set(u.year, [u.fileName]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([year, fileNames]) => ({ year, fileNames }));
}

/** The `Tệp lỗi` details (workbook content, Vietnamese). */
export const otherYearDetail = (found: number, wanted: number): string =>
  `năm đánh giá ${found}, khác năm tổng hợp ${wanted}`;
export const noYearDetail = (wanted: number): string =>
  `ô “${SETTING.year}” trống hoặc không hợp lệ; năm tổng hợp ${wanted}`;

/**
 * The consolidation year. With `requested`, units of another year or without a readable year are
 * excluded; without it, the units must all have the same readable year, or nothing is decided.
 */
export function decideYear(
  sources: readonly ConsolidationSource[],
  requested?: number
): YearDecision {
  const units = unitYears(sources);
  if (requested === undefined) {
    const first = units[0]?.year ?? null;
    if (first !== null && units.every((u) => u.year === first))
      return {
        ok: true,
        year: first,
        from: "units",
        units,
        kept: units.map((u) => u.index),
        excluded: [],
      };
    return { ok: false, units, groups: yearGroups(units) };
  }
  const kept: number[] = [];
  const excluded: FailedSource[] = [];
  for (const u of units) {
    if (u.year === requested) kept.push(u.index);
    else
      excluded.push({
        file: u.file,
        fileName: u.fileName,
        problem: u.year === null ? "noYear" : "otherYear",
        detail: u.year === null ? noYearDetail(requested) : otherYearDetail(u.year, requested),
        year: { found: u.year, wanted: requested },
      });
  }
  return { ok: true, year: requested, from: "option", units, kept, excluded };
}

/** `2025 (a.xlsx); 2026 (b.xlsx, c.xlsx); <unknown> (d.xlsx)`, at most `max` files a year. */
export function yearGroupsText(groups: readonly YearGroup[], unknown: string, max = 5): string {
  return groups
    .map((g) => {
      const shown = g.fileNames.slice(0, max).join(", ");
      const more = g.fileNames.length > max ? `, +${g.fileNames.length - max}` : "";
      return `${g.year ?? unknown} (${shown}${more})`;
    })
    .join("; ");
}

/** The year most units have (ties: the latest), to suggest one; null when no unit has a year. */
export function suggestedYear(groups: readonly YearGroup[]): number | null {
  let best: YearGroup | null = null;
  for (const g of groups)
    if (g.year !== null && (!best || g.fileNames.length >= best.fileNames.length)) best = g;
  return best?.year ?? null;
}

/**
 * Thrown by the consolidation when it was asked to merge units it may not mix: years that
 * disagree (no year given), or no unit of the year given. Callers ask `decideYear` first.
 */
export class ConsolidationYearError extends Error {
  constructor(readonly decision: YearDecision) {
    super(
      decision.ok
        ? `No unit's register of ${decision.year}`
        : `Units' registers of different evaluation years: ${yearGroupsText(decision.groups, "?")}`
    );
    this.name = "ConsolidationYearError";
  }
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────────

/** Where a setting of the consolidated register comes from. */
export type SettingOrigin = "option" | "settingsFrom" | "units" | "default";

export interface WardSettingsOptions {
  /** `--unit`. */
  readonly unitName?: string;
  /** `--council-size`. */
  readonly councilSize?: number;
  /** `--settings-from`: the ward's own register (only its `Cấu hình` is used). */
  readonly settingsFrom?: { readonly file: string; readonly settings: SettingsSnapshot | null };
}

/** A setting on which the units differ from one another or from what the consolidated register uses. */
export interface SettingDifference {
  /** The label of `Cấu hình` (`Số thành viên Hội đồng`, `Giấy khen — Tỷ lệ phiếu tối thiểu (%)`). */
  readonly setting: string;
  readonly used: Cell;
  readonly from: SettingOrigin;
  /** Each unit's value, in source order (units without the setting are left out). */
  readonly units: readonly { readonly index: number; readonly value: Cell }[];
}

export interface WardSettings {
  /** `settingsFrom` when a register was given, else `units` (the units' agreed values, defaults where they differ). */
  readonly source: "settingsFrom" | "units";
  readonly file: string | null;
  /** The consolidated register's `Cấu hình` as a snapshot: every setting but the year, every policy row. */
  readonly settings: SettingsSnapshot;
  readonly differing: readonly SettingDifference[];
}

type PolicyField = "minScore" | "minVotePct" | "bonus" | "authority";
const POLICY_FIELDS: readonly PolicyField[] = ["minScore", "minVotePct", "bonus", "authority"];
const POLICY_LABEL: Record<PolicyField, string> = {
  minScore: POLICY_HEADER.minScore,
  minVotePct: POLICY_HEADER.minVotePct,
  bonus: POLICY_EXTRA.bonus,
  authority: POLICY_EXTRA.authority,
};

/** Settings of the ward's own council meeting and papers, never taken from a unit's register. */
const WARD_OWN: ReadonlySet<SettingKey> = new Set<SettingKey>([
  "meetingStart",
  "meetingEnd",
  "meetingPlace",
  "meetingChair",
  "meetingSecretary",
  "membersPresent",
  "membersWritten",
  "quorumPct",
  "votingMethod",
  "submissionDate",
  "signerCapacity",
  "signerTitle",
  "signerName",
  "certificateMargins",
]);

/** What setup writes (RegisterOptions' defaults and the plan's policy table). */
function defaultSetting(k: Exclude<SettingKey, "year">): Cell {
  switch (k) {
    case "unitName":
      return "UBND phường";
    case "unitLevel":
    case "province":
    case "submitTo":
    case "councilSize":
    case "baseSalary":
    case "minMonths":
    case "cstdcsCapPct":
    case "ttldttSharePct":
      return DEFAULT_SETTINGS[k];
    case "meetingDate":
    case "deadline":
    case "decisionDate":
    case "submissionDate":
    case "signerName":
    case "meetingStart":
    case "meetingEnd":
    case "meetingPlace":
    case "meetingChair":
    case "meetingSecretary":
    case "membersPresent":
    case "membersWritten":
    case "postingStart":
    case "postingPlace":
      return null;
    case "noticeDays":
      return DEFAULT_NOTICE_DAYS;
    case "quorumPct":
      return DEFAULT_QUORUM_PCT;
    case "votingMethod":
      return VOTING_METHOD.ballot;
    case "signerCapacity":
      return DEFAULT_SETTINGS.wardSigner.capacity;
    case "signerTitle":
      return DEFAULT_SETTINGS.wardSigner.title;
    case "bandExcellent":
      return DEFAULT_SETTINGS.bands.excellent;
    case "bandGood":
      return DEFAULT_SETTINGS.bands.good;
    case "bandFair":
      return DEFAULT_SETTINGS.bands.fair;
    case "bandAverage":
      return DEFAULT_SETTINGS.bands.average;
    case "certificateMargins":
      return marginsText(DEFAULT_SETTINGS.certificateMargins);
  }
}

function defaultPolicy(t: TitleDef, f: PolicyField): Cell {
  switch (f) {
    case "minScore":
      return null;
    case "minVotePct":
      return t.defaultMinVotePct;
    case "bonus":
      return t.bonusMultiple;
    case "authority":
      return AUTHORITY[defaultChain(t)];
  }
}

/** The value compared and written: text trimmed (NFC), blank text empty. */
function canonical(c: Cell | undefined): Cell {
  if (c === undefined || c === null) return null;
  if (typeof c === "string") {
    const t = c.normalize("NFC").trim();
    return t === "" ? null : t;
  }
  return c;
}

function keyOf(c: Cell): string {
  if (c === null) return "";
  if (isDateCell(c)) return `d:${c.date.year}-${c.date.month}-${c.date.day}`;
  if (typeof c === "object") return `e:${c.error}`;
  return `${typeof c}:${String(c)}`;
}

interface Choice {
  readonly used: Cell;
  readonly from: SettingOrigin;
}

/**
 * One setting: the option, else the register's (`file`: its cell, undefined when it lacks the
 * setting), else the units' when they all agree, else the default. Symmetric in the units.
 */
function choose(
  units: readonly { index: number; value: Cell }[],
  fallback: Cell,
  option: Cell | undefined,
  file: { readonly given: boolean; readonly value: Cell | undefined }
): Choice {
  if (option !== undefined) return { used: canonical(option), from: "option" };
  if (file.given)
    return file.value === undefined
      ? { used: fallback, from: "default" }
      : { used: canonical(file.value), from: "settingsFrom" };
  const keys = new Set(units.map((u) => keyOf(u.value)));
  if (keys.size === 1) return { used: units[0]!.value, from: "units" };
  return { used: fallback, from: "default" };
}

function differs(units: readonly { value: Cell }[], used: Cell): boolean {
  const k = keyOf(used);
  return units.some((u) => keyOf(u.value) !== k);
}

/**
 * The consolidated register's settings from the merged units (`sources`, already filtered by year),
 * the same whatever their order: see the module's comment.
 */
export function wardSettings(
  sources: readonly ConsolidationSource[],
  options: WardSettingsOptions = {}
): WardSettings {
  const from = options.settingsFrom;
  const fromSettings = from?.settings ?? null;
  const fromWard = fromSettings !== null && isWardLevel(readPolicy(fromSettings).policy.unitLevel);
  const differing: SettingDifference[] = [];
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const unitSettings = sources.map((s) => s.snapshot.settings);
  const wardUnits = new Set(
    sources.flatMap((s, i) =>
      s.snapshot.settings && isWardLevel(readPolicy(s.snapshot.settings).policy.unitLevel)
        ? [i]
        : []
    )
  );

  for (const k of SETTING_KEYS) {
    if (k === "year") continue;
    // The ward's name and level, its meeting and its signer: only from ward-level registers (a
    // unit's name, meeting or head is never the ward's).
    const identity = k === "unitName" || k === "unitLevel" || WARD_OWN.has(k);
    const units = unitSettings.flatMap((s, index) => {
      const v = s?.values[k];
      return v && (!identity || wardUnits.has(index)) ? [{ index, value: canonical(v.value) }] : [];
    });
    const option =
      k === "unitName" ? options.unitName : k === "councilSize" ? options.councilSize : undefined;
    const fileValue = identity && !fromWard ? undefined : fromSettings?.values[k]?.value;
    const c = choose(units, defaultSetting(k), option, { given: !!from, value: fileValue });
    // An empty name is no name.
    const used = k === "unitName" && c.used === null ? defaultSetting(k) : c.used;
    values[k] = { value: used, address: "" };
    if (differs(units, used)) differing.push({ setting: SETTING[k], used, from: c.from, units });
  }

  const policy: Partial<Record<TitleCode, PolicyRow>> = {};
  for (const t of TITLES) {
    const row: Record<PolicyField, Cell> = {
      minScore: null,
      minVotePct: null,
      bonus: null,
      authority: null,
    };
    for (const f of POLICY_FIELDS) {
      const units = unitSettings.flatMap((s, index) => {
        const r = s?.policy[t.code];
        const v = r?.[f];
        return r && v !== undefined ? [{ index, value: canonical(v) }] : [];
      });
      const fileRow = fromSettings?.policy[t.code];
      const c = choose(units, defaultPolicy(t, f), undefined, {
        given: !!from,
        value: fileRow?.[f],
      });
      row[f] = c.used;
      if (differs(units, c.used))
        differing.push({
          setting: `${t.name} — ${POLICY_LABEL[f]}`,
          used: c.used,
          from: c.from,
          units,
        });
    }
    policy[t.code] = {
      row: 0,
      minScore: row.minScore,
      minVotePct: row.minVotePct,
      minScoreAddress: "",
      minVotePctAddress: "",
      bonus: row.bonus,
      authority: row.authority,
    };
  }

  return {
    source: from ? "settingsFrom" : "units",
    file: from?.file ?? null,
    settings: {
      sheet: SHEET.settings,
      headerFound: true,
      values,
      policyHeaderFound: true,
      policy,
    },
    differing,
  };
}

/** `7 (to-7.xlsx); 11 (to-11.xlsx, to-12.xlsx)`: each value once with its files, at most `max` files each. */
export function unitValuesText(
  d: SettingDifference,
  fileName: (index: number) => string,
  empty: string,
  max = 3
): string {
  const groups = new Map<string, { value: Cell; files: string[] }>();
  for (const u of d.units) {
    const k = keyOf(u.value);
    const g = groups.get(k);
    if (g) g.files.push(fileName(u.index));
    else groups.set(k, { value: u.value, files: [fileName(u.index)] });
  }
  return [...groups.values()]
    .map((g) => {
      const shown = g.files.slice(0, max).join(", ");
      const more = g.files.length > max ? `, +${g.files.length - max}` : "";
      return `${cellDisplay(g.value) || empty} (${shown}${more})`;
    })
    .join("; ");
}
