/** `so-thi-dua consolidate FILE_OR_DIR… --out OUT.xlsx [--json] [--unit NAME] [--year N]` (cli.md, export.md). */
import path from "node:path";
import { NOMINEE_KIND } from "../../domain/catalog/lists";
import type { Lang } from "../../domain/i18n/render";
import { consolidateFiles, type ConsolidationResult } from "../../adapters/xlsx/consolidate";
import { todayCivil } from "../clock";
import type { Io } from "../io";
import { cliT } from "../messages";
import { exportT } from "../messages-export";

export interface ConsolidateCliOptions {
  readonly out: string;
  readonly json?: boolean;
  readonly unit?: string;
  readonly year?: number;
  readonly lang: Lang;
}

type FileStatus = ConsolidationResult["files"][number];

/** The `consolidate --json` document of cli.md. */
export function consolidationJson(
  files: readonly FileStatus[],
  result: ConsolidationResult | null,
  lang: Lang
): unknown {
  const t = cliT(lang);
  return {
    files: files.map((f) => ({
      file: f.file,
      ok: f.ok,
      rows: f.rows,
      ...(f.ok
        ? {}
        : {
            error: t(`input.${f.problem ?? "corrupt"}`, { file: f.file, detail: f.detail ?? "" }),
          }),
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
  if (inputs.some((i) => path.resolve(i) === path.resolve(opts.out))) {
    io.err(t("consolidate.outIsInput", { out: opts.out }));
    return 2;
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
    ...(progress ? { progress } : {}),
  });
  const result = "empty" in r ? null : r;
  if (opts.json) io.out(JSON.stringify(consolidationJson(r.files, result, opts.lang), null, 2));
  if (!r.files.length) {
    io.err(t("consolidate.noInput", { paths: inputs.join(", ") }));
    return 2;
  }
  if (!result) {
    if (!opts.json)
      for (const f of r.failures)
        io.err(
          t("consolidate.skipped", {
            message: tc(`input.${f.problem}`, { file: f.file, detail: f.detail }),
          })
        );
    io.err(t("consolidate.allFailed"));
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
        io.out(
          t("consolidate.skipped", {
            message: tc(`input.${f.problem}`, { file: f.file, detail: f.detail }),
          })
        );
    }
    io.out(t("consolidate.duplicates", { count: result.duplicates.length }));
    io.out(t("consolidate.validation", result.validation.counts));
  }
  return 0;
}
