/** `so-thi-dua` — the command line (cli.md). Returns the exit code; never calls process.exit. */
import { CommanderError, Option } from "commander";
import { debugging, errorSentence, type Io, processIo } from "./io";
import { cliT } from "./messages";
import { historyT } from "./messages-history";
import { shareT } from "./messages-share";
import { auditT } from "./messages-audit";
import { setAuditBy } from "./auditBy";
import { PROVINCE_PROFILES } from "../domain/policy/profiles";
import { TOOL_VERSION } from "../domain/version";
import {
  addHelpCommand,
  argLang,
  helpConfiguration,
  integerIn,
  langValue,
  nonBlank,
  rowList,
  UsageError,
  WordyCommand,
} from "./usage";

// Each command's module is loaded when it runs: `validate` never loads ExcelJS (~0.2 s) unless it writes.
const commands = {
  criteria: () => import("./commands/criteria"),
  consolidate: () => import("./commands/consolidate"),
  decide: () => import("./commands/decide"),
  demo: () => import("./commands/demo"),
  export: () => import("./commands/export"),
  history: () => import("./commands/history"),
  init: () => import("./commands/init"),
  share: () => import("./commands/share"),
  upgrade: () => import("./commands/upgrade"),
  validate: () => import("./commands/validate"),
  verify: () => import("./commands/verify"),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  // The language is known before commander parses: help, placeholders and mistakes all speak it.
  const lang = argLang(argv);
  const t = cliT(lang);
  const h = (key: string): string => t(`help.${key}`);
  const hh = (key: string): string => historyT(lang)(`help.${key}`);
  const hs = (key: string): string => shareT(lang)(`help.${key}`);
  const ha = (key: string): string => auditT(lang)(`help.${key}`);
  // `--by` of this run only (main may run more than once in a process).
  setAuditBy(undefined);
  const value = (key: string): string => `<${h(key)}>`;
  const year = integerIn(t, "--year", 2000, 2100);
  const councilSize = integerIn(t, "--council-size", 1, 200);
  const unitName = nonBlank(t, "--unit", value("name"), h("unitExample"));
  const program = new WordyCommand("so-thi-dua", lang)
    .description(h("program"))
    .helpOption("-h, --help", h("helpOption"))
    .version(`Sổ Thi đua ${TOOL_VERSION}`, "-V, --version", h("versionOption"))
    .helpCommand(false)
    .configureHelp(helpConfiguration(t))
    .addOption(
      new Option(`--lang ${value("langValue")}`, h("lang")).argParser(langValue(t)).default("vi")
    )
    .addOption(new Option(`--by ${value("name")}`, ha("by")))
    .hook("preAction", (cmd) => setAuditBy((cmd.opts() as { by?: string }).by))
    .exitOverride()
    // Commander's own error lines are never printed: WordyCommand throws one sentence instead.
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => undefined,
    });

  program
    .command("demo")
    .description(h("demo"))
    .option(`--out ${value("dir")}`, h("demoOut"), "./demo-output")
    .action(async (o: { out: string }) => {
      code = await (await commands.demo()).demoCommand({ out: o.out, lang }, io);
    });

  program
    .command(`init ${value("file")}`)
    .description(h("init"))
    .option(`--year ${value("yearValue")}`, h("year"), year)
    .option(`--unit ${value("name")}`, h("unit"), unitName)
    .option(`--council-size ${value("number")}`, h("councilSize"), councilSize)
    .option(
      `--province ${value("name")}`,
      t("help.province", { known: PROVINCE_PROFILES.map((p) => p.name).join(", ") }),
      nonBlank(t, "--province", value("name"), '--province "Bắc Ninh"')
    )
    .option(`--criteria ${value("names")}`, h("criteriaSets"))
    .option(`--history-from ${value("file")}`, hh("initHistoryFrom"))
    .action(
      async (
        file: string,
        o: {
          year?: number;
          unit?: string;
          councilSize?: number;
          province?: string;
          criteria?: string[];
          historyFrom?: string;
        }
      ) => {
        code = await (await commands.init()).initCommand(file, { ...o, lang }, io);
      }
    );

  const criteria = program.command("criteria").description(h("criteria"));
  criteria
    .command(`import ${value("file")} ${value("csv")}`)
    .description(h("criteriaImport"))
    .option(
      `--name ${value("name")}`,
      h("criteriaName"),
      nonBlank(t, "--name", value("name"), h("nameExample"))
    )
    .option("--force", h("criteriaForce"))
    .action(async (file: string, csv: string, o: { name?: string; force?: boolean }) => {
      code = await (await commands.criteria()).criteriaImportCommand(file, csv, { ...o, lang }, io);
    });
  criteria
    .command(`add-candidates ${value("file")} ${value("names")}`)
    .description(h("addCandidates"))
    .requiredOption(
      `--sheet ${value("sheet")}`,
      h("addCandidatesSheet"),
      nonBlank(t, "--sheet", value("sheet"), h("sheetExample"))
    )
    .action(async (file: string, names: string[], o: { sheet: string }) => {
      code = await (
        await commands.criteria()
      ).criteriaAddCandidatesCommand(file, names, { ...o, lang }, io);
    });
  criteria
    .command(`link ${value("file")}`)
    .description(h("link"))
    .action(async (file: string) => {
      code = await (await commands.criteria()).criteriaLinkCommand(file, { lang }, io);
    });
  addHelpCommand(criteria);

  program
    .command(`upgrade ${value("file")}`)
    .description(h("upgrade"))
    .action(async (file: string) => {
      code = await (await commands.upgrade()).upgradeCommand(file, { lang }, io);
    });

  program
    .command(`validate ${value("file")}`)
    .description(h("validate"))
    .option("--json", h("json"))
    .option("--write", h("write"))
    .action(async (file: string, o: { json?: boolean; write?: boolean }) => {
      code = await (await commands.validate()).validateCommand(file, { ...o, lang }, io);
    });

  program
    .command(`verify ${value("file")}`)
    .description(ha("verify"))
    .option("--json", ha("verifyJson"))
    .action(async (file: string, o: { json?: boolean }) => {
      code = await (await commands.verify()).verifyCommand(file, { ...o, lang }, io);
    });

  program
    .command(`export ${value("file")}`)
    .description(h("export"))
    .requiredOption(`--out ${value("out")}`, h("exportOut"))
    .option("--pdf", h("pdf"))
    .option("--force", h("exportForce"))
    .option("--mark-exported", h("markExported"))
    .option("--include-submitted", h("includeSubmitted"))
    .option("--decision", h("exportDecision"))
    .option("--certificates", h("exportCertificates"))
    .option(`--drive ${value("drive")}`, h("exportDrive"))
    .option("--posting", h("exportPosting"))
    .option("--overwrite", h("overwrite"))
    .action(
      async (
        file: string,
        o: {
          out: string;
          pdf?: boolean;
          force?: boolean;
          markExported?: boolean;
          includeSubmitted?: boolean;
          decision?: boolean;
          certificates?: boolean;
          drive?: string;
          posting?: boolean;
          overwrite?: boolean;
        }
      ) => {
        code = await (await commands.export()).exportCommand(file, { ...o, lang }, io);
      }
    );

  program
    .command(`decide ${value("file")}`)
    .description(h("decide"))
    .requiredOption(
      `--number ${value("decisionNumber")}`,
      h("decideNumber"),
      nonBlank(t, "--number", value("decisionNumber"), "--number 123/QĐ-UBND")
    )
    .requiredOption(
      `--date ${value("date")}`,
      h("decideDate"),
      nonBlank(t, "--date", value("date"), "--date 20/12/2026")
    )
    .option(`--rows ${value("rows")}`, h("decideRows"), rowList(t))
    .option("--overwrite", h("decideOverwrite"))
    .action(
      async (
        file: string,
        o: { number: string; date: string; rows?: number[]; overwrite?: boolean }
      ) => {
        code = await (await commands.decide()).decideCommand(file, { ...o, lang }, io);
      }
    );

  program
    .command(`share ${value("file")}`)
    .description(hs("share"))
    .requiredOption(`--out ${value("out")}`, hs("shareOut"))
    .option(`--password ${value("password")}`, hs("sharePassword"))
    .option("--overwrite", h("overwrite"))
    .action(async (file: string, o: { out: string; password?: string; overwrite?: boolean }) => {
      code = await (await commands.share()).shareCommand(file, { ...o, lang }, io);
    });

  const history = program.command("history").description(hh("history"));
  history
    .command(`import ${value("file")}`)
    .description(hh("historyImport"))
    .requiredOption(`--from ${value("file")}`, hh("historyFrom"))
    .action(async (file: string, o: { from: string }) => {
      code = await (await commands.history()).historyImportCommand(file, { ...o, lang }, io);
    });
  addHelpCommand(history);

  program
    .command(`consolidate ${value("inputs")}`)
    .description(h("consolidate"))
    .requiredOption(`--out ${value("out")}`, h("consolidateOut"))
    .option("--json", h("consolidateJson"))
    .option(`--unit ${value("name")}`, h("consolidateUnit"), unitName)
    .option(`--year ${value("yearValue")}`, h("consolidateYear"), year)
    .option(`--council-size ${value("number")}`, h("consolidateCouncil"), councilSize)
    .option(`--settings-from ${value("file")}`, h("settingsFrom"))
    .option("--overwrite", h("overwrite"))
    .action(
      async (
        inputs: string[],
        o: {
          out: string;
          json?: boolean;
          unit?: string;
          year?: number;
          councilSize?: number;
          settingsFrom?: string;
          overwrite?: boolean;
        }
      ) => {
        code = await (await commands.consolidate()).consolidateCommand(inputs, { ...o, lang }, io);
      }
    );

  addHelpCommand(program);

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      if (e.help) io.err(`\n${e.help.helpInformation({ error: true }).trimEnd()}`);
      if (debugging() && e.detail) io.err(e.detail);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (["commander.helpDisplayed", "commander.help", "commander.version"].includes(e.code))
        return 0;
      io.err(t("args.other", { help: "so-thi-dua help" }));
      if (debugging()) io.err(e.message);
      return 2;
    }
    // Anything a command did not handle: one sentence in the user's language, exit 2; the stack only
    // on request (SO_THI_DUA_DEBUG=1).
    io.err(errorSentence(e, t));
    if (debugging()) io.err(e instanceof Error && e.stack ? e.stack : String(e));
    return 2;
  }
  return code;
}
