/** Register rules RG01–RG03 (rules.md): the workbook itself. Reported with `row: null`. */
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { PolicyReading } from "../policy";
import {
  COL,
  COMPLAINT_COL,
  HISTORY_COL,
  OPTIONAL_FIELDS,
  POLICY_HEADER,
  REQUIRED_SETTINGS,
  SETTING,
  SETTINGS_HEADER,
  SHEET,
} from "../register/contract";
import type { RegisterSnapshot, TableSnapshot } from "../snapshot";
import { type CivilDate, compareCivilDates, formatDdMmYyyy } from "../text/dates";

/** Sheets without which the register cannot be validated. `Hướng dẫn`, `Danh mục`, `Tổng hợp` are restored by `upgrade`. */
export const REQUIRED_SHEETS = [
  SHEET.settings,
  SHEET.nominations,
  SHEET.history,
  SHEET.complaints,
] as const;

function missingLabels<F extends string>(
  table: TableSnapshot<F>,
  labels: Record<F, string>,
  optional: readonly F[] = []
): string[] {
  if (table.headerRow === null) return [];
  return (Object.keys(labels) as F[])
    .filter((f) => !optional.includes(f) && table.columns[f] === undefined)
    .map((f) => labels[f]);
}

/** RG01: a required sheet or header label is missing or renamed. */
function rg01(s: RegisterSnapshot): Finding[] {
  const out: Finding[] = [];
  const missingSheet = (sheet: string): void =>
    void out.push(finding({ rule: "RG01", sheet, row: null, params: { what: "sheet", sheet } }));
  const missingLabel = (sheet: string, label: string): void =>
    void out.push(
      finding({
        rule: "RG01",
        sheet,
        row: null,
        column: label,
        params: { what: "label", sheet, label },
      })
    );
  const missingHeader = (sheet: string, label: string): void =>
    void out.push(
      finding({
        rule: "RG01",
        sheet,
        row: null,
        column: label,
        params: { what: "header", sheet, label },
      })
    );

  const tables = [
    [SHEET.nominations, s.nominations, COL, OPTIONAL_FIELDS],
    [SHEET.history, s.history, HISTORY_COL, []],
    [SHEET.complaints, s.complaints, COMPLAINT_COL, []],
  ] as const;
  for (const [sheet, table, labels, optional] of tables) {
    if (!table) missingSheet(sheet);
    else if (table.headerRow === null) missingHeader(sheet, COL.name);
    else
      for (const l of missingLabels(
        table as TableSnapshot<string>,
        labels as Record<string, string>,
        optional as readonly string[]
      ))
        missingLabel(sheet, l);
  }

  const st = s.settings;
  if (!st) missingSheet(SHEET.settings);
  else {
    if (!st.headerFound) missingHeader(SHEET.settings, SETTINGS_HEADER.key);
    else
      for (const k of REQUIRED_SETTINGS)
        if (!st.values[k]) missingLabel(SHEET.settings, SETTING[k]);
    if (!st.policyHeaderFound) missingHeader(SHEET.settings, POLICY_HEADER.title);
  }
  return out;
}

/** RG02: invalid settings values (year, council size, percentages, …). */
function rg02(reading: PolicyReading): Finding[] {
  return reading.problems.map((p) =>
    finding({
      rule: "RG02",
      sheet: SHEET.settings,
      row: null,
      column: p.label,
      params: {
        label: p.label,
        address: p.address ?? "",
        reason: p.reason,
        ...(p.shown ? { shown: p.shown, typed: p.shown.replace(/\s*%$/u, "") } : {}),
      },
    })
  );
}

/** RG03: the dossier deadline has passed and the register was not exported. */
function rg03(s: RegisterSnapshot, reading: PolicyReading, today: CivilDate): Finding[] {
  const d = reading.policy.deadline;
  // With `Đợt thi đua` the deadlines are per drive (rules/drives.ts).
  if (s.drives?.headerRow != null) return [];
  if (d.state !== "ok" || s.meta.exportedOn !== null) return [];
  if (compareCivilDates(d.value, today) >= 0) return [];
  return [
    finding({
      rule: "RG03",
      sheet: SHEET.settings,
      row: null,
      column: SETTING.deadline,
      params: { deadline: formatDdMmYyyy(d.value) },
    }),
  ];
}

export function registerRules(
  s: RegisterSnapshot,
  reading: PolicyReading,
  today: CivilDate
): Finding[] {
  return [...rg01(s), ...rg02(reading), ...rg03(s, reading, today)];
}
