import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../../domain/i18n/render";
import { loadWorkbook } from "../../adapters/xlsx/read";
import { saveWorkbook } from "../../adapters/xlsx/results";
import { upgradeWorkbook } from "../../adapters/xlsx/upgrade";
import type { UpgradeStep } from "../../workbook/upgrade";
import { cliT } from "../messages";
import { type Io, reportInputError } from "../io";
import type { TFunction } from "i18next";

function describe(step: UpgradeStep, t: TFunction): string {
  if (step.kind === "sheet") return t("upgrade.sheet", { name: step.plan.name });
  if (step.kind === "name") return t("upgrade.definedName", { name: step.plan.name });
  const w = step.what;
  if (w.type === "policy") return t("upgrade.policy", { name: w.name });
  return t(`upgrade.${w.type}`, { name: w.name, sheet: w.sheet });
}

export async function upgradeCommand(file: string, opts: { lang: Lang }, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  try {
    const wb = await loadWorkbook(file);
    const steps = await upgradeWorkbook(wb);
    if (!steps.length) {
      io.out(t("upgrade.nothing", { file }));
      return 0;
    }
    const backup = `${file}.bak`;
    await fs.copyFile(file, backup);
    await saveWorkbook(wb, file);
    io.out(t("upgrade.added", { file, backup: path.basename(backup) }));
    for (const s of steps) io.out(`  + ${describe(s, t)}`);
    return 0;
  } catch (e) {
    return reportInputError(e, t, io);
  }
}
