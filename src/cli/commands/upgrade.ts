/** `so-thi-dua upgrade FILE`: add what the register lacks, in place; never a cell of the clerk's. */
import { CLI_ACTION } from "../audit";
import type { TFunction } from "i18next";
import type { Lang } from "../../domain/i18n/render";
import { bookEditOfSetup } from "../../workbook/edit/book";
import { planSetup, type WorkbookEdit } from "../../workbook/edit/setup";
import { defaultOptions } from "../../workbook/plan/options";
import { editRegister } from "../editRegister";
import { cliT } from "../messages";
import type { Io } from "../io";

/** One line per addition, in the order they are made. */
function describe(edit: WorkbookEdit, t: TFunction): string[] {
  const lines: string[] = [];
  for (const n of edit.notes)
    lines.push(
      n.type === "policy"
        ? t("upgrade.policy", { name: n.name })
        : t(`upgrade.${n.type}`, { name: n.name, sheet: n.sheet })
    );
  for (const s of edit.newSheets) lines.push(t("upgrade.sheet", { name: s.plan.name }));
  for (const n of [...edit.names, ...edit.repointNames])
    lines.push(t("upgrade.definedName", { name: n.name }));
  return lines;
}

export async function upgradeCommand(file: string, opts: { lang: Lang }, io: Io): Promise<number> {
  const t = cliT(opts.lang);
  const outcome = await editRegister(file, opts.lang, io, CLI_ACTION.upgrade, (reg) => {
    // A workbook without a register gets the whole layout; a register, only what it lacks.
    const edit = planSetup(reg.grids, reg.names(), defaultOptions());
    return { edit: bookEditOfSetup(edit), result: edit };
  });
  if (!("written" in outcome)) return outcome.code;
  if (!outcome.written) {
    io.out(t("upgrade.nothing", { file }));
    return 0;
  }
  io.out(t("upgrade.added", { file, backup: outcome.backup }));
  for (const line of describe(outcome.result, t)) io.out(`  + ${line}`);
  return 0;
}
