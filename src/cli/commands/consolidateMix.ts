/**
 * What `consolidate` says about the units' years and settings (issue #11: consolidation that refuses
 * to mix): the sentence that stops it when years disagree, the lines on where the consolidated
 * register's settings come from, and the `year` and `settings` objects of `--json`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { TFunction } from "i18next";
import type { ConsolidationResult } from "../../adapters/xlsx/consolidate";
import { type Cell, cellDisplay, isDateCell, isErrorCell } from "../../domain/cell";
import type { FailedSource } from "../../domain/consolidation/consolidate";
import {
  type SettingDifference,
  suggestedYear,
  unitValuesText,
  type YearDecision,
  yearGroupsText,
} from "../../domain/consolidation/mix";
import { readPolicy } from "../../domain/policy";
import { optionFlag } from "../../workbook/plan/consolidation";

interface Failure {
  readonly file: string;
  readonly problem?: string;
  readonly detail?: string;
  readonly year?: FailedSource["year"];
}

/** Why a file was not merged: its input problem (`tc`: messages.ts), or its year (`tx`: `mix.*`). */
export function failureMessage(f: Failure, tc: TFunction, tx: TFunction): string {
  if (f.year)
    return f.year.found === null
      ? tx("mix.noYear", { file: f.file, wanted: f.year.wanted })
      : tx("mix.otherYear", { file: f.file, found: f.year.found, wanted: f.year.wanted });
  return tc(`input.${f.problem ?? "corrupt"}`, { file: f.file, detail: f.detail ?? "" });
}

/** The one sentence when the units' years disagree and no `--year` was given. */
export function yearsSentence(
  decision: Extract<YearDecision, { ok: false }>,
  tx: TFunction
): string {
  return tx("mix.disagree", {
    groups: yearGroupsText(decision.groups, tx("mix.unknownYear")),
    example: suggestedYear(decision.groups) ?? new Date().getFullYear(),
  });
}

/** The year and settings lines of the summary. */
export function mixLines(result: ConsolidationResult, tx: TFunction): string[] {
  const { year, ward } = result;
  const lines = [
    tx(year.from === "option" ? "mix.yearOption" : "mix.yearUnits", { year: year.year }),
  ];
  if (ward.source === "settingsFrom") {
    lines.push(tx("mix.settingsFrom", { file: ward.file ?? "" }));
    if (ward.differing.length)
      lines.push(tx("mix.settingsFromDiffer", { count: ward.differing.length }));
  } else
    lines.push(
      ward.differing.length
        ? tx("mix.settingsDiffer", { count: ward.differing.length })
        : tx("mix.settingsSame")
    );
  const fileName = (i: number) => result.sources[i]?.fileName ?? "";
  for (const d of ward.differing)
    lines.push(
      tx("mix.line", {
        setting: d.setting,
        values: unitValuesText(d, fileName, tx("mix.blank")),
        used: cellDisplay(d.used) || tx("mix.blank"),
        from: fromText(d, tx),
      })
    );
  return lines;
}

function fromText(d: SettingDifference, tx: TFunction): string {
  switch (d.from) {
    case "option":
      return optionFlag(d.setting);
    case "settingsFrom":
      return "--settings-from";
    case "default":
      return tx("mix.fromDefault");
    case "units":
      return "";
  }
}

/** A cell as JSON: dates as dd/mm/yyyy, error values as their text. */
function cellJson(c: Cell): string | number | boolean | null {
  return c !== null && (isDateCell(c) || isErrorCell(c)) ? cellDisplay(c) : c;
}

const FROM_JSON = {
  option: "option",
  settingsFrom: "settings-from",
  units: "units",
  default: "default",
} as const;

/** `year` of `--json`: the consolidation year (null when the units disagree), where from, each unit's. */
export function yearJson(decision: YearDecision | undefined): unknown {
  if (!decision) return undefined;
  return {
    value: decision.ok ? decision.year : null,
    from: decision.ok ? decision.from : null,
    units: decision.units.map((u) => ({ file: u.file, year: u.year })),
  };
}

/** `settings` of `--json`: where the settings come from, and every setting on which the units differ. */
export function settingsJson(result: ConsolidationResult): unknown {
  const { ward } = result;
  const council = readPolicy(ward.settings).policy.councilSize;
  return {
    source: ward.source === "settingsFrom" ? "settings-from" : "units",
    file: ward.file,
    councilSize: council.state === "ok" ? council.value : null,
    differing: ward.differing.map((d) => ({
      setting: d.setting,
      used: cellJson(d.used),
      from: FROM_JSON[d.from],
      units: d.units.map((u) => ({
        file: result.sources[u.index]?.file ?? "",
        unit: result.reports[u.index]?.unitName ?? "",
        value: cellJson(u.value),
      })),
    })),
  };
}

/** Whether two paths are the same file (links followed; a path that does not exist as given). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const real = (f: string) => fs.realpath(f).catch(() => path.resolve(f));
  return (await real(a)) === (await real(b));
}
