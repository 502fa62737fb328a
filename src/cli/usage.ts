/**
 * The command line's own words (cli.md, "Global behaviour"): commander's help and its argument errors
 * in the user's language, strict option values, one sentence per mistake (exit 2, no stack).
 *
 * The language is read from argv before commander parses (`argLang`), the program is then built in
 * that language: help texts, placeholders, section titles and every error sentence come from
 * messages.ts. Commander's English error lines are never printed: its error methods are overridden in
 * `WordyCommand` to throw a `UsageError` carrying our sentence.
 */
import { type Argument, Command, type HelpConfiguration, type Option } from "commander";
import type { TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";
import { cliT } from "./messages";

const BIN = "so-thi-dua";

/**
 * A mistake in the arguments: one sentence (exit 2); `help`, when set, is printed after it on stderr;
 * `detail` (commander's own text, if any) only with SO_THI_DUA_DEBUG=1.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help?: Command,
    readonly detail?: string
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** The language asked for on the command line (`--lang en` or `--lang=en`; the last one wins), before parsing. */
export function argLang(argv: readonly string[]): Lang {
  let lang: Lang = "vi";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (value !== undefined) lang = value === "en" ? "en" : "vi";
  }
  return lang;
}

/** Names of the commands from the program down to `cmd` (the program itself excluded). */
function pathOf(cmd: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names;
}

const fullName = (cmd: Command): string => [BIN, ...pathOf(cmd)].join(" ");
const helpHint = (cmd: Command): string => [BIN, "help", ...pathOf(cmd)].join(" ");

function argumentTerm(a: Argument): string {
  const name = `${a.name()}${a.variadic ? "..." : ""}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

/** The value placeholder of an option (`<năm>`), or "" for a flag. */
const placeholderOf = (o: Option): string => /[<[].*[>\]]$/u.exec(o.flags)?.[0] ?? "";

const visibleCommands = (cmd: Command): Command[] =>
  cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);

/** `so-thi-dua init [tùy chọn] <sổ.xlsx>`, in the user's language. */
export function usageOf(cmd: Command, t: TFunction): string {
  return [
    fullName(cmd),
    ...(cmd.options.some((o) => !o.hidden) ? [t("help.optionsTerm")] : []),
    ...(cmd.commands.length ? [t("help.commandTerm")] : []),
    ...cmd.registeredArguments.map(argumentTerm),
  ].join(" ");
}

/** Help in the user's language: section titles, usage lines, terms; descriptions as written (no English “default:”). */
export function helpConfiguration(t: TFunction): HelpConfiguration {
  const titles: Record<string, string> = {
    "Usage:": t("help.usage"),
    "Arguments:": t("help.arguments"),
    "Options:": t("help.options"),
    "Global Options:": t("help.globalOptions"),
    "Commands:": t("help.commands"),
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (cmd: Command) => usageOf(cmd, t),
    subcommandTerm: (cmd: Command) =>
      [
        cmd.name(),
        ...(cmd.options.some((o) => !o.hidden) ? [t("help.optionsTerm")] : []),
        ...(cmd.commands.length ? [t("help.commandTerm")] : []),
        ...cmd.registeredArguments.map(argumentTerm),
      ].join(" "),
    optionDescription: (o: Option) => o.description,
    argumentDescription: (a: Argument) => a.description,
  };
}

/** Edit distance, a swap of two neighbours counting as one edit (small strings: option and command names). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The known name closest to a mistyped one, if it is close enough to be a typo. */
function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(typed, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  const bare = typed.replace(/^-+/u, "");
  return best !== null && bestD <= Math.max(1, Math.floor(bare.length / 3)) ? best : null;
}

/** A command whose mistakes are reported in the user's language (see the file comment). */
export class WordyCommand extends Command {
  readonly t: TFunction;

  constructor(
    name: string | undefined,
    readonly lang: Lang
  ) {
    super(name);
    this.t = cliT(lang);
  }

  override createCommand(name?: string): WordyCommand {
    return new WordyCommand(name, this.lang);
  }

  private suggestion(name: string | null): string {
    return name === null ? "" : this.t("args.suggestion", { name });
  }

  /** The sentence for an unknown subcommand `name` of this command. */
  unknownCommandError(name: string): UsageError {
    const names = visibleCommands(this).map((c) => c.name());
    return new UsageError(
      this.t("args.unknownCommand", {
        name: [...pathOf(this), name].join(" "),
        suggestion: this.suggestion(closest(name, names)),
        list: names.join(", "),
        help: helpHint(this),
      })
    );
  }

  // Commander's error methods (not in its typings; commander/lib/command.js, v13), each replaced by
  // one sentence.

  missingArgument(name: string): never {
    const a = this.registeredArguments.find((x) => x.name() === name);
    throw new UsageError(
      this.t("args.missingArgument", {
        command: fullName(this),
        argument: a ? argumentTerm(a) : `<${name}>`,
        usage: usageOf(this, this.t),
      })
    );
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError(
      this.t("args.missingValue", {
        option: option.long ?? option.flags,
        command: fullName(this),
        value: placeholderOf(option),
        help: helpHint(this),
      })
    );
  }

  missingMandatoryOptionValue(option: Option): never {
    throw new UsageError(
      this.t("args.missingOption", {
        command: fullName(this),
        flags: option.flags,
        help: helpHint(this),
      })
    );
  }

  unknownOption(flag: string): never {
    const known: string[] = ["--help"];
    for (let c: Command | null = this; c; c = c.parent)
      for (const o of c.options) if (o.long && !o.hidden) known.push(o.long);
    throw new UsageError(
      this.t("args.unknownOption", {
        command: fullName(this),
        option: flag,
        suggestion: flag.startsWith("--") ? this.suggestion(closest(flag, known)) : "",
        help: helpHint(this),
      })
    );
  }

  _excessArguments(received: readonly string[]): never {
    throw new UsageError(
      this.t("args.excessArguments", {
        command: fullName(this),
        extra: received.slice(this.registeredArguments.length).join(" "),
        usage: usageOf(this, this.t),
      })
    );
  }

  unknownCommand(): never {
    throw this.unknownCommandError(this.args[0] ?? "");
  }

  /** `help({ error: true })` is commander's answer to a missing subcommand: a sentence, then the help. */
  override help(context?: { error: boolean } | ((str: string) => string)): never {
    if (typeof context === "object" && context.error)
      throw new UsageError(this.t("args.missingCommand", { usage: usageOf(this, this.t) }), this);
    return super.help(context as { error: boolean } | undefined);
  }

  /** Any other error commander raises (none is expected): a sentence without its English text. */
  override error(message: string): never {
    throw new UsageError(this.t("args.other", { help: helpHint(this) }), undefined, message);
  }
}

/** `--year`, `--council-size`: a whole number in [min, max], written with digits only. */
export function integerIn(
  t: TFunction,
  option: string,
  min: number,
  max: number
): (value: string) => number {
  return (value) => {
    const n = /^[0-9]+$/u.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new UsageError(t("args.badInteger", { value, option, min, max }));
    return n;
  };
}

/** `--unit`, `--name`, `--sheet`: a text that is not blank. */
/** Excel rows as `5,7,9-12` (an en dash too): sorted, without repeats; else one sentence, exit 2. */
export function rowList(t: TFunction): (value: string) => number[] {
  const MAX_ROW = 1_048_576;
  return (value) => {
    const rows = new Set<number>();
    const parts = value.split(",").map((p) => p.trim());
    for (const part of parts) {
      const m = /^(\d{1,7})(?:\s*[-–]\s*(\d{1,7}))?$/u.exec(part);
      const from = m ? Number(m[1]) : 0;
      const to = m?.[2] !== undefined ? Number(m[2]) : from;
      if (!m || from < 1 || to < from || to > MAX_ROW)
        throw new UsageError(t("decide.badRows", { value }));
      for (let r = from; r <= to; r++) rows.add(r);
    }
    return [...rows].sort((a, b) => a - b);
  };
}

export function nonBlank(
  t: TFunction,
  option: string,
  placeholder: string,
  example: string
): (value: string) => string {
  return (value) => {
    if (value.trim() === "")
      throw new UsageError(t("args.emptyValue", { option, value: placeholder, example }));
    return value;
  };
}

/** `--lang`: vi or en. */
export function langValue(t: TFunction): (value: string) => Lang {
  return (value) => {
    if (value !== "vi" && value !== "en") throw new UsageError(t("args.badLang", { value }));
    return value;
  };
}

/**
 * `help [LỆNH…]` on `parent` (the program, `criteria`): the help of the named command on stdout; an
 * unknown name or a name too many is a mistake like any other.
 */
export function addHelpCommand(parent: WordyCommand): void {
  const t = parent.t;
  parent
    .command(`help [${t("help.command")}]`)
    .description(t("help.help"))
    .action((names: string[]) => {
      let target: Command = parent;
      for (const [i, name] of names.entries()) {
        const sub = visibleCommands(target).find((c) => c.name() === name);
        if (!sub) {
          if (target.commands.length === 0)
            throw new UsageError(
              t("args.extraHelp", {
                command: fullName(target),
                extra: names.slice(i).join(" "),
                help: helpHint(target),
              })
            );
          throw (target as WordyCommand).unknownCommandError(name);
        }
        target = sub;
      }
      target.outputHelp();
    });
}
