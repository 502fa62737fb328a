/** `so-thi-dua` — the command line (cli.md). Returns the exit code; never calls process.exit. */
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../domain/i18n/render";
import { errorSentence, type Io, processIo } from "./io";
import { cliT } from "./messages";

// Each command's module is loaded when it runs: `validate` never loads ExcelJS (~0.2 s) unless it writes.
const commands = {
  criteria: () => import("./commands/criteria"),
  consolidate: () => import("./commands/consolidate"),
  demo: () => import("./commands/demo"),
  export: () => import("./commands/export"),
  init: () => import("./commands/init"),
  upgrade: () => import("./commands/upgrade"),
  validate: () => import("./commands/validate"),
};

const intArg = (v: string): number => {
  if (!/^\d+$/.test(v.trim()))
    throw new CommanderError(
      2,
      "so-thi-dua.badNumber",
      `“${v}” không phải số nguyên / is not a whole number`
    );
  return Number(v);
};

/** Whether to show the stack of an unexpected error (SO_THI_DUA_DEBUG=1). */
export const debugging = (): boolean => /^(1|true|yes)$/iu.test(process.env.SO_THI_DUA_DEBUG ?? "");

/** The language asked for on the command line (`--lang en` or `--lang=en`), before parsing succeeds. */
function argLang(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv.includes("--lang=en") || (i >= 0 && argv[i + 1] === "en") ? "en" : "vi";
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const langOf = (cmd: Command): Lang => (cmd.optsWithGlobals().lang === "en" ? "en" : "vi");
  const program = new Command("so-thi-dua")
    .description(
      "Sổ Thi đua — sổ bình xét thi đua, khen thưởng (Excel .xlsx) / emulation & commendation register"
    )
    .addOption(
      new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi")
    )
    .exitOverride()
    // Commander's own error lines are English: they are replaced by one message in the user's language.
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => undefined,
    });

  program
    .command("demo")
    .description(
      "tạo sổ mẫu, kiểm tra và xuất báo cáo / write a sample register, validate and export"
    )
    .option("--out <dir>", "thư mục kết quả / output folder", "./demo-output")
    .action(async (o: { out: string }, cmd: Command) => {
      code = await (await commands.demo()).demoCommand({ out: o.out, lang: langOf(cmd) }, io);
    });

  program
    .command("init <file>")
    .description("tạo sổ mới / create a new register")
    .option("--year <n>", "năm đánh giá / evaluation year", intArg)
    .option("--unit <name>", "tên đơn vị / unit name")
    .option("--council-size <n>", "số thành viên Hội đồng / council size", intArg)
    .option("--criteria <names...>", "bộ tiêu chí / criteria templates")
    .action(
      async (
        file: string,
        o: { year?: number; unit?: string; councilSize?: number; criteria?: string[] },
        cmd: Command
      ) => {
        code = await (await commands.init()).initCommand(file, { ...o, lang: langOf(cmd) }, io);
      }
    );

  const criteria = program
    .command("criteria")
    .description("sheet tiêu chí chấm điểm / criteria sheets");
  criteria
    .command("import <file> <csv>")
    .description("thêm bộ tiêu chí từ tệp CSV / add a criteria set from a CSV file")
    .option("--name <sheet>", "tên sheet “TC …” / sheet name")
    .option("--force", "vẫn nhập khi bộ tiêu chí chưa hợp lệ / import even if the set has problems")
    .action(
      async (file: string, csv: string, o: { name?: string; force?: boolean }, cmd: Command) => {
        code = await (
          await commands.criteria()
        ).criteriaImportCommand(file, csv, { ...o, lang: langOf(cmd) }, io);
      }
    );
  criteria
    .command("add-candidates <file> <names...>")
    .description("thêm người/đơn vị được chấm / add candidates (entered scores untouched)")
    .requiredOption("--sheet <sheet>", "sheet tiêu chí / criteria sheet")
    .action(async (file: string, names: string[], o: { sheet: string }, cmd: Command) => {
      code = await (
        await commands.criteria()
      ).criteriaAddCandidatesCommand(file, names, { ...o, lang: langOf(cmd) }, io);
    });
  criteria
    .command("link <file>")
    .description(
      "điền công thức Điểm theo Tổng điểm ở sheet tiêu chí / link Điểm to criteria totals"
    )
    .action(async (file: string, _o: unknown, cmd: Command) => {
      code = await (await commands.criteria()).criteriaLinkCommand(file, { lang: langOf(cmd) }, io);
    });

  program
    .command("upgrade <file>")
    .description(
      "bổ sung cấu trúc còn thiếu, không sửa dữ liệu / add what is missing, keep every entered cell"
    )
    .action(async (file: string, _o: unknown, cmd: Command) => {
      code = await (await commands.upgrade()).upgradeCommand(file, { lang: langOf(cmd) }, io);
    });

  program
    .command("validate <file>")
    .description("kiểm tra sổ / validate a register")
    .option("--json", "kết quả dạng JSON / JSON output")
    .option("--write", "ghi Kết quả kiểm tra vào sổ (giữ FILE.bak) / write results into the file")
    .action(async (file: string, o: { json?: boolean; write?: boolean }, cmd: Command) => {
      code = await (
        await commands.validate()
      ).validateCommand(file, { ...o, lang: langOf(cmd) }, io);
    });

  program
    .command("export <file>")
    .description(
      "xuất hồ sơ trình Hội đồng (sổ không bị sửa) / write the council documents (the register is not modified)"
    )
    .requiredOption("--out <file>", "tệp .xlsx kết quả / output .xlsx")
    .option("--pdf", "in thêm ra PDF bằng LibreOffice / also print to PDF with LibreOffice")
    .option(
      "--force",
      "vẫn xuất khi sổ còn lỗi, đánh dấu các dòng lỗi / export despite errors, marking the rows"
    )
    .option(
      "--mark-exported",
      "ghi ngày xuất vào sổ (RG03, giữ FILE.bak) / record the export date in the register"
    )
    .option("--overwrite", "ghi đè tệp --out đã có / replace an existing --out file")
    .action(
      async (
        file: string,
        o: {
          out: string;
          pdf?: boolean;
          force?: boolean;
          markExported?: boolean;
          overwrite?: boolean;
        },
        cmd: Command
      ) => {
        code = await (await commands.export()).exportCommand(file, { ...o, lang: langOf(cmd) }, io);
      }
    );

  program
    .command("consolidate <inputs...>")
    .description(
      "tổng hợp sổ của nhiều đơn vị (tệp hoặc thư mục) / merge many units' registers (files or folders)"
    )
    .requiredOption("--out <file>", "sổ tổng hợp .xlsx / consolidated register .xlsx")
    .option("--json", "kết quả dạng JSON / JSON report")
    .option("--unit <name>", "tên đơn vị của sổ tổng hợp / unit name of the consolidated register")
    .option("--year <n>", "năm đánh giá / evaluation year", intArg)
    .option(
      "--council-size <n>",
      "số thành viên Hội đồng của phường / the ward's council size",
      intArg
    )
    .option("--settings-from <file>", "lấy cấu hình từ sổ này / take the settings of this register")
    .option("--overwrite", "ghi đè tệp --out đã có / replace an existing --out file")
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
        },
        cmd: Command
      ) => {
        code = await (
          await commands.consolidate()
        ).consolidateCommand(inputs, { ...o, lang: langOf(cmd) }, io);
      }
    );

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      )
        return 0;
      io.err(cliT(argLang(argv))("args.bad", { detail: e.message.replace(/^error:\s*/, "") }));
      return 2;
    }
    // Anything a command did not handle: one sentence in the user's language, exit 2; the stack only
    // on request (SO_THI_DUA_DEBUG=1).
    io.err(errorSentence(e, cliT(argLang(argv))));
    if (debugging()) io.err(e instanceof Error && e.stack ? e.stack : String(e));
    return 2;
  }
  return code;
}
