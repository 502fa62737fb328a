/**
 * `so-thi-dua consolidate FILE_OR_DIR… --out OUT.xlsx [--json] [--unit NAME] [--year N]
 * [--council-size N] [--settings-from REG.xlsx]` (cli.md, export.md).
 */
import path from "node:path";
import { NOMINEE_KIND } from "../../domain/catalog/lists";
import type { Lang } from "../../domain/i18n/render";
import {
  consolidateFiles,
  type ConsolidationResult,
  readSettingsFrom,
} from "../../adapters/xlsx/consolidate";
import type { YearDecision } from "../../domain/consolidation/mix";
import { todayCivil } from "../clock";
import { describeFileProblem, guardOutput } from "../files";
import { type Io, reportInputError } from "../io";
import { cliT } from "../messages";
import { exportT } from "../messages-export";
import {
  failureMessage,
  mixLines,
  sameFile,
  settingsJson,
  yearJson,
  yearsSentence,
} from "./consolidateMix";

export interface ConsolidateCliOptions {
  readonly out: string;
  readonly json?: boolean;
  readonly unit?: string;
  readonly year?: number;
  /** The ward's council size (`--council-size`). */
  readonly councilSize?: number;
  /** A register whose `Cấu hình` the consolidated register takes (`--settings-from`). */
  readonly settingsFrom?: string;
  /** Replace an existing --out. */
  readonly overwrite?: boolean;
  readonly lang: Lang;
}

type FileStatus = ConsolidationResult["files"][number];

/** The `consolidate --json` document of cli.md. */
export function consolidationJson(
  files: readonly FileStatus[],
  result: ConsolidationResult | null,
  lang: Lang,
  /** The year decision when it stopped the consolidation (no `result`). */
  year?: YearDecision
): unknown {
  const t = cliT(lang);
  const tx = exportT(lang);
  return {
    files: files.map((f) => ({
      file: f.file,
      ok: f.ok,
      rows: f.rows,
      ...(f.ok ? {} : { error: failureMessage(f, t, tx) }),
    })),
    rows: result ? result.merged.nominations.length : 0,
    duplicates: result
      ? result.duplicates.map((g) => ({
          name: g.name,
          kind: NOMINEE_KIND[g.kind],
          title: g.title.name,
          drive: g.drive,
          rows: g.rows.map((row) => {
            const source = result.sourceOfRow.get(row) ?? -1;
            const merged = result.merged.nominations[result.indexOfRow.get(row) ?? -1];
            return {
              row,
              file: result.sources[source]?.file ?? "",
              unit: result.reports[source]?.unitName ?? "",
              sourceRow: merged?.sourceRow ?? null,
            };
          }),
        }))
      : [],
    year: yearJson(result ? result.year : year),
    ...(result ? { settings: settingsJson(result) } : {}),
  };
}

export async function consolidateCommand(
  inputs: readonly string[],
  opts: ConsolidateCliOptions,
  io: Io
): Promise<number> {
  const t = exportT(opts.lang);
  const tc = cliT(opts.lang);
  if (path.extname(opts.out).toLowerCase() !== ".xlsx") {
    io.err(t("export.notXlsx", { out: opts.out }));
    return 2;
  }
  // Never an input (by any name) nor a register an input folder will be read from; an existing
  // output only with --overwrite (files.ts).
  const outProblem = await guardOutput(opts.out, inputs, { overwrite: Boolean(opts.overwrite) });
  if (outProblem) {
    io.err(describeFileProblem(outProblem, tc));
    return 2;
  }
  if (opts.councilSize !== undefined && opts.councilSize < 1) {
    io.err(tc("args.bad", { detail: "--council-size ≥ 1" }));
    return 2;
  }
  // `--settings-from`: read first (same package reader as the units); never the output.
  let settingsFrom: Awaited<ReturnType<typeof readSettingsFrom>> | undefined;
  if (opts.settingsFrom !== undefined) {
    if (await sameFile(opts.settingsFrom, opts.out)) {
      io.err(t("mix.outIsSettings", { out: opts.out }));
      return 2;
    }
    try {
      settingsFrom = await readSettingsFrom(opts.settingsFrom);
    } catch (e) {
      return reportInputError(e, tc, io);
    }
  }
  // On a terminal only, and not a line per file: the first, every tenth and the last.
  const progress = io.stderrIsTTY
    ? (n: number, total: number, file: string) =>
        n === 1 || n === total || n % 10 === 0
          ? io.err(t("consolidate.reading", { n, total, file: path.basename(file) }))
          : undefined
    : undefined;
  const r = await consolidateFiles(inputs, opts.out, {
    today: todayCivil(),
    ...(opts.unit !== undefined ? { unitName: opts.unit } : {}),
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.councilSize !== undefined ? { councilSize: opts.councilSize } : {}),
    ...(settingsFrom ? { settingsFrom } : {}),
    ...(progress ? { progress } : {}),
  });
  const result = "empty" in r ? null : r;
  const stoppedBy = "empty" in r ? r.year : undefined;
  if (opts.json)
    io.out(JSON.stringify(consolidationJson(r.files, result, opts.lang, stoppedBy), null, 2));
  if (!r.files.length) {
    io.err(t("consolidate.noInput", { paths: inputs.join(", ") }));
    return 2;
  }
  if (!result) {
    // Units of different years and no --year: one sentence naming the years and files, nothing written.
    if (stoppedBy && !stoppedBy.ok) {
      io.err(yearsSentence(stoppedBy, t));
      return 2;
    }
    if (!opts.json)
      for (const f of r.failures)
        io.err(t("consolidate.skipped", { message: failureMessage(f, tc, t) }));
    io.err(
      stoppedBy?.ok ? t("mix.noneOfYear", { year: stoppedBy.year }) : t("consolidate.allFailed")
    );
    return 2;
  }
  if (!opts.json) {
    io.out(
      t("consolidate.done", {
        rows: result.merged.nominations.length,
        ok: result.sources.length,
        out: opts.out,
      })
    );
    if (result.failures.length) {
      io.out(t("consolidate.failed", { count: result.failures.length }));
      for (const f of result.failures)
        io.out(t("consolidate.skipped", { message: failureMessage(f, tc, t) }));
    }
    for (const line of mixLines(result, t)) io.out(line);
    io.out(t("consolidate.duplicates", { count: result.duplicates.length }));
    io.out(t("consolidate.validation", result.validation.counts));
  }
  return 0;
}
