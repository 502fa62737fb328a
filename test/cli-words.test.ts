/**
 * The command line's words (issue #15, point 4; cli.md "Global behaviour"): every command × every kind
 * of mistake × both languages is one sentence naming what to do, exit 2, no stack, no English from
 * commander in Vietnamese, nothing written and every input byte-identical. Help is in the user's
 * language too. Runs the built CLI (`npm run build:cli`), several processes side by side.
 */
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { FIXTURES, ROOT, runCliAsync, tempDir, type CliRun } from "./helpers/cli";
import { person, writeRegister } from "./helpers/registers";

type Kind = "missing" | "wrong" | "extra" | "unknown option";

interface Case {
  readonly command: string;
  readonly kind: Kind;
  readonly args: readonly string[];
  /** A missing subcommand: one sentence, then the command's help (a short usage block). */
  readonly block?: boolean;
  /** A further example of the same kind: Vietnamese only, to keep the suite fast. */
  readonly viOnly?: boolean;
}

/** Every command × every kind of mistake (variadic commands take any number of arguments: no “extra”). */
const CASES: readonly Case[] = [
  { command: "demo", kind: "missing", args: ["demo", "--out"] },
  { command: "demo", kind: "wrong", args: ["demo", "--out", "so.xlsx"] },
  { command: "demo", kind: "extra", args: ["demo", "them"] },
  { command: "demo", kind: "unknown option", args: ["demo", "--khong-co"] },

  { command: "init", kind: "missing", args: ["init"] },
  { command: "init", kind: "missing", args: ["init", "moi.xlsx", "--year"], viOnly: true },
  { command: "init", kind: "wrong", args: ["init", "moi.txt"] },
  { command: "init", kind: "wrong", args: ["init", "moi.TXT.xlsx.bak"], viOnly: true },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--council-size", "0"] },
  {
    command: "init",
    kind: "wrong",
    args: ["init", "moi.xlsx", "--council-size", "abc"],
    viOnly: true,
  },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--council-size", "9.5"] },
  {
    command: "init",
    kind: "wrong",
    args: ["init", "moi.xlsx", "--council-size", "-1"],
    viOnly: true,
  },
  {
    command: "init",
    kind: "wrong",
    args: ["init", "moi.xlsx", "--council-size", "201"],
    viOnly: true,
  },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--year", "1999"] },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--year", "2026.5"], viOnly: true },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--unit", ""] },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--province", " "], viOnly: true },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--unit", "  "], viOnly: true },
  { command: "init", kind: "wrong", args: ["init", "moi.xlsx", "--criteria", "Không có"] },
  { command: "init", kind: "extra", args: ["init", "moi.xlsx", "thua.xlsx"] },
  { command: "init", kind: "unknown option", args: ["init", "moi.xlsx", "--khong-co"] },

  { command: "upgrade", kind: "missing", args: ["upgrade"] },
  { command: "upgrade", kind: "wrong", args: ["upgrade", "khong-co.xlsx"] },
  { command: "upgrade", kind: "extra", args: ["upgrade", "so.xlsx", "thua"] },
  { command: "upgrade", kind: "unknown option", args: ["upgrade", "so.xlsx", "--khong-co"] },

  { command: "validate", kind: "missing", args: ["validate"] },
  { command: "validate", kind: "wrong", args: ["validate", "bo.csv"] },
  { command: "validate", kind: "extra", args: ["validate", "so.xlsx", "thua.xlsx"] },
  { command: "validate", kind: "unknown option", args: ["validate", "so.xlsx", "--khong-co"] },

  { command: "criteria", kind: "missing", args: ["criteria"], block: true },
  { command: "criteria", kind: "wrong", args: ["criteria", "khong-co"] },
  { command: "criteria", kind: "unknown option", args: ["criteria", "--khong-co"] },

  { command: "criteria import", kind: "missing", args: ["criteria", "import", "so.xlsx"] },
  {
    command: "criteria import",
    kind: "wrong",
    args: ["criteria", "import", "so.xlsx", "bo.csv", "--name", ""],
  },
  {
    command: "criteria import",
    kind: "extra",
    args: ["criteria", "import", "so.xlsx", "bo.csv", "thua"],
  },
  {
    command: "criteria import",
    kind: "unknown option",
    args: ["criteria", "import", "so.xlsx", "bo.csv", "--khong-co"],
  },

  {
    command: "criteria add-candidates",
    kind: "missing",
    args: ["criteria", "add-candidates", "so.xlsx", "An"],
  },
  {
    command: "criteria add-candidates",
    kind: "missing",
    args: ["criteria", "add-candidates", "so.xlsx", "--sheet", "TC Cá nhân"],
    viOnly: true,
  },
  {
    command: "criteria add-candidates",
    kind: "wrong",
    args: ["criteria", "add-candidates", "so.xlsx", "An", "--sheet", " "],
  },
  {
    command: "criteria add-candidates",
    kind: "unknown option",
    args: ["criteria", "add-candidates", "so.xlsx", "An", "--sheet", "TC Cá nhân", "--khong-co"],
  },

  { command: "criteria link", kind: "missing", args: ["criteria", "link"] },
  { command: "criteria link", kind: "wrong", args: ["criteria", "link", "khong-co.xlsx"] },
  { command: "criteria link", kind: "extra", args: ["criteria", "link", "so.xlsx", "thua"] },
  {
    command: "criteria link",
    kind: "unknown option",
    args: ["criteria", "link", "so.xlsx", "--khong-co"],
  },

  { command: "export", kind: "missing", args: ["export", "so.xlsx"] },
  { command: "export", kind: "missing", args: ["export", "--out", "ho-so.xlsx"], viOnly: true },
  { command: "export", kind: "wrong", args: ["export", "so.xlsx", "--out", "ho-so.pdf"] },
  {
    command: "export",
    kind: "wrong",
    args: ["export", "so.xlsx", "--out", "so.xlsx"],
    viOnly: true,
  },
  {
    command: "export",
    kind: "extra",
    args: ["export", "so.xlsx", "thua.xlsx", "--out", "ho-so.xlsx"],
  },
  {
    command: "export",
    kind: "unknown option",
    args: ["export", "so.xlsx", "--out", "ho-so.xlsx", "--khong-co"],
  },

  { command: "decide", kind: "missing", args: ["decide", "so.xlsx", "--date", "20/12/2026"] },
  { command: "decide", kind: "missing", args: ["decide", "--number", "1/QĐ-UBND"], viOnly: true },
  {
    command: "decide",
    kind: "wrong",
    args: ["decide", "so.xlsx", "--number", "123-UBND", "--date", "20/12/2026"],
  },
  {
    command: "decide",
    kind: "wrong",
    args: ["decide", "so.xlsx", "--number", "1/QĐ-UBND", "--date", "31/02/2026"],
    viOnly: true,
  },
  {
    command: "decide",
    kind: "wrong",
    args: ["decide", "so.xlsx", "--number", "1/QĐ-UBND", "--date", "1/1/2027", "--rows", "5,x"],
  },
  {
    command: "decide",
    kind: "extra",
    args: ["decide", "so.xlsx", "thua", "--number", "1/QĐ-UBND", "--date", "1/1/2027"],
  },
  {
    command: "decide",
    kind: "unknown option",
    args: ["decide", "so.xlsx", "--number", "1/QĐ-UBND", "--date", "1/1/2027", "--khong-co"],
  },

  { command: "history", kind: "missing", args: ["history"], block: true },
  { command: "history", kind: "wrong", args: ["history", "khong-co"] },
  { command: "history import", kind: "missing", args: ["history", "import", "so.xlsx"] },
  {
    command: "history import",
    kind: "missing",
    args: ["history", "import", "--from", "so.xlsx"],
    viOnly: true,
  },
  {
    command: "history import",
    kind: "wrong",
    args: ["history", "import", "so.xlsx", "--from", "./so.xlsx"],
  },
  {
    command: "history import",
    kind: "wrong",
    args: ["history", "import", "so.xlsx", "--from", "khong-co.xlsx"],
    viOnly: true,
  },
  {
    command: "history import",
    kind: "extra",
    args: ["history", "import", "so.xlsx", "thua", "--from", "bo.csv"],
  },
  {
    command: "history import",
    kind: "unknown option",
    args: ["history", "import", "so.xlsx", "--from", "bo.csv", "--khong-co"],
  },
  { command: "init", kind: "missing", args: ["init", "moi.xlsx", "--history-from"] },
  {
    command: "init",
    kind: "wrong",
    args: ["init", "moi.xlsx", "--history-from", "khong-co.xlsx"],
  },

  { command: "share", kind: "missing", args: ["share", "so.xlsx"] },
  { command: "share", kind: "wrong", args: ["share", "so.xlsx", "--out", "./so.xlsx"] },
  { command: "share", kind: "wrong", args: ["share", "so.xlsx", "--out", "ban.csv"], viOnly: true },
  {
    command: "share",
    kind: "unknown option",
    args: ["share", "so.xlsx", "--out", "ban.xlsx", "--khong-co"],
  },

  { command: "verify", kind: "missing", args: ["verify"] },
  { command: "verify", kind: "wrong", args: ["verify", "khong-co.xlsx"] },
  { command: "verify", kind: "extra", args: ["verify", "so.xlsx", "them"] },
  { command: "verify", kind: "unknown option", args: ["verify", "so.xlsx", "--khong-co"] },
  { command: "validate", kind: "missing", args: ["validate", "so.xlsx", "--by"], viOnly: true },

  { command: "consolidate", kind: "missing", args: ["consolidate", "--out", "tong.xlsx"] },
  { command: "consolidate", kind: "missing", args: ["consolidate", "so.xlsx"], viOnly: true },
  {
    command: "consolidate",
    kind: "wrong",
    args: ["consolidate", "so.xlsx", "--out", "tong.xlsx", "--council-size", "0"],
  },
  {
    command: "consolidate",
    kind: "wrong",
    args: ["consolidate", "so.xlsx", "--out", "tong.xlsx", "--year", "abc"],
    viOnly: true,
  },
  {
    command: "consolidate",
    kind: "wrong",
    args: ["consolidate", "so.xlsx", "--out", "tong.xlsx", "--unit", ""],
    viOnly: true,
  },
  {
    command: "consolidate",
    kind: "unknown option",
    args: ["consolidate", "so.xlsx", "--out", "tong.xlsx", "--khong-co"],
  },

  { command: "help", kind: "missing", args: [], block: true },
  { command: "help", kind: "wrong", args: ["help", "khong-co"] },
  { command: "help", kind: "wrong", args: ["lam-gi-do", "so.xlsx"], viOnly: true },
  { command: "help", kind: "extra", args: ["help", "init", "thua"] },
  { command: "help", kind: "unknown option", args: ["help", "--khong-co"] },
  {
    command: "help",
    kind: "unknown option",
    args: ["--khong-co", "validate", "so.xlsx"],
    viOnly: true,
  },
];

/** Vietnamese-only mistakes about `--lang` itself (its value decides the language). */
const LANG_CASES: readonly (readonly string[])[] = [
  ["--lang"],
  ["--lang", "fr", "validate", "so.xlsx"],
  ["validate", "so.xlsx", "--lang=EN"],
];

const LANGS = [
  { lang: "vi", prefix: [] as string[] },
  { lang: "en", prefix: ["--lang", "en"] },
] as const;

/** Commander's English (or any English word of a usage message) never shows in Vietnamese. */
const ENGLISH = /Usage|Options|error:|missing|unknown|argument|command|required|expected/iu;
/** A stack trace, Node's or JavaScript's error names. */
const STACK = /Error:|TypeError|\bat .*\.js:\d+|node:internal/u;

/** Option names (`--council-size`) and the user's own words are not English to be translated. */
const withoutNames = (text: string): string =>
  text.replace(/--?[A-Za-z][\w-]*/gu, "").replace(/“[^”]*”/gu, "“”");

let dir: string;
const INPUTS = ["so.xlsx", "bo.csv"];

/** Every file under `dir` with its hash: what the runs must leave alone. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${path.relative(root, p)}/`] = "dir";
        walk(p);
      } else
        out[path.relative(root, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(root);
  return out;
}

/** Run many commands side by side (a few at a time: two cores are shared). */
async function runAll(argvs: readonly (readonly string[])[]): Promise<CliRun[]> {
  const results: CliRun[] = new Array<CliRun>(argvs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < argvs.length) {
      const i = next++;
      results[i] = await runCliAsync(argvs[i]!, { cwd: dir });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return results;
}

beforeAll(async () => {
  dir = tempDir("stđ-words-");
  await writeRegister(path.join(dir, "so.xlsx"), { rows: [person("Nguyễn Văn An")] });
  copyFileSync(path.join(FIXTURES, "criteria", "TC Cá nhân.csv"), path.join(dir, "bo.csv"));
});

describe("every mistake: one sentence in the user's language, exit 2, nothing written", () => {
  let before: Record<string, string>;
  let runs: { c: Case; lang: string; argv: string[]; r: CliRun }[];

  beforeAll(async () => {
    before = tree(dir);
    const all = CASES.flatMap((c) =>
      LANGS.filter(({ lang }) => lang === "vi" || !c.viOnly).map(({ lang, prefix }) => ({
        c,
        lang,
        argv: [...prefix, ...c.args],
      }))
    );
    const results = await runAll(all.map((x) => x.argv));
    runs = all.map((x, i) => ({ ...x, r: results[i]! }));
  });

  it("covers every command, each kind of mistake in both languages", () => {
    const covered = new Set(CASES.filter((c) => !c.viOnly).map((c) => `${c.command}: ${c.kind}`));
    for (const kind of ["missing", "wrong", "unknown option"])
      for (const c of [
        "demo",
        "init",
        "upgrade",
        "validate",
        "criteria link",
        "export",
        "decide",
        "help",
      ])
        expect(covered).toContain(`${c}: ${kind}`);
    const commands = new Set(CASES.map((c) => c.command));
    for (const c of [
      "demo",
      "init",
      "upgrade",
      "validate",
      "criteria import",
      "criteria add-candidates",
      "criteria link",
      "export",
      "decide",
      "history import",
      "consolidate",
      "share",
      "verify",
      "help",
    ])
      expect(commands).toContain(c);
  });

  it.each(LANGS.map((l) => l.lang))("%s: exit 2, one line on stderr, nothing on stdout", (lang) => {
    for (const { c, argv, r } of runs.filter((x) => x.lang === lang)) {
      const what = `${lang} ${c.command} (${c.kind}): so-thi-dua ${argv.join(" ")}\n${r.stderr}`;
      expect(`${what}\n→ ${r.code}`).toBe(`${what}\n→ 2`);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      if (c.block) {
        // The sentence, a blank line, then the command's help.
        expect(lines[1]).toBe("");
        expect(lines[2]).toMatch(lang === "vi" ? /^Cách dùng: so-thi-dua/u : /^Usage: so-thi-dua/u);
        // The program's help is the longest: 12 commands and 4 options, not pages of output.
        expect(lines.length).toBeLessThan(30);
      } else expect([what, lines.length]).toEqual([what, 1]);
      // One sentence that says what to do: ends with a full stop.
      expect([what, /[.)]$/u.test(lines[0]!)]).toEqual([what, true]);
      expect([what, STACK.test(r.stderr)]).toEqual([what, false]);
    }
  });

  it("vi: no English word from commander (option names and the user's words aside)", () => {
    for (const { c, argv, r } of runs.filter((x) => x.lang === "vi")) {
      const text = withoutNames(r.stderr);
      expect([`${c.command} (${c.kind}): ${argv.join(" ")}`, text.match(ENGLISH)?.[0]]).toEqual([
        `${c.command} (${c.kind}): ${argv.join(" ")}`,
        undefined,
      ]);
    }
  });

  it("en: English sentences, never Vietnamese ones", () => {
    for (const { argv, r } of runs.filter((x) => x.lang === "en"))
      expect([
        argv.join(" "),
        /Lệnh|Tùy chọn|Cách dùng|Không|thiếu/u.test(withoutNames(r.stderr)),
      ]).toEqual([argv.join(" "), false]);
  });

  it("the sentences name the option and the value, or the argument", () => {
    const find = (lang: string, ...args: string[]) =>
      runs.find((x) => x.lang === lang && x.c.args.join(" ") === args.join(" "))!.r.stderr;
    expect(find("vi", "init", "moi.xlsx", "--council-size", "0")).toContain(
      "Giá trị “0” của tùy chọn --council-size không hợp lệ: cần một số nguyên từ 1 đến 200."
    );
    expect(find("en", "init", "moi.xlsx", "--council-size", "9.5")).toContain(
      "Invalid value “9.5” for --council-size: give a whole number from 1 to 200."
    );
    expect(find("vi", "init", "moi.xlsx", "--year", "1999")).toContain(
      "Giá trị “1999” của tùy chọn --year không hợp lệ: cần một số nguyên từ 2000 đến 2100."
    );
    expect(find("vi", "init", "moi.txt")).toContain("“moi.txt” phải có đuôi .xlsx");
    expect(find("en", "init", "moi.txt")).toContain("“moi.txt” must end in .xlsx");
    expect(find("vi", "init", "moi.xlsx", "--unit", "")).toContain(
      "Tùy chọn --unit không được để trống"
    );
    expect(find("vi", "init")).toContain(
      "Lệnh “so-thi-dua init” còn thiếu <sổ.xlsx>: viết đủ theo mẫu “so-thi-dua init [tùy chọn] <sổ.xlsx>”."
    );
    expect(find("en", "validate", "so.xlsx", "thua.xlsx")).toContain("extra argument “thua.xlsx”");
    expect(find("vi", "export", "so.xlsx")).toContain("cần tùy chọn “--out <tệp.xlsx>”");
    expect(find("vi", "lam-gi-do", "so.xlsx")).toContain("Không có lệnh “lam-gi-do”");
    expect(find("en", "upgrade", "so.xlsx", "--khong-co")).toContain(
      "“so-thi-dua upgrade” has no option “--khong-co”"
    );
  });

  it("writes nothing: the folder holds the same files, inputs byte-identical", () => {
    expect(tree(dir)).toEqual(before);
    for (const f of INPUTS) expect(before[f]).toBeDefined();
  });
});

describe("--lang mistakes and help", () => {
  it("a bad --lang is told in Vietnamese, exit 2", async () => {
    const before = tree(dir);
    const runs = await runAll(LANG_CASES);
    for (const [i, r] of runs.entries()) {
      expect([LANG_CASES[i]!.join(" "), r.code, r.stdout]).toEqual([
        LANG_CASES[i]!.join(" "),
        2,
        "",
      ]);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(withoutNames(r.stderr)).not.toMatch(ENGLISH);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(runs[1]!.stderr).toContain("chọn vi (tiếng Việt) hoặc en (tiếng Anh)");
    expect(tree(dir)).toEqual(before);
  });

  it("--version and -V print the tool's version on stdout, exit 0, in either language", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const runs = await runAll([["--version"], ["-V"], ["--lang", "en", "--version"]]);
    for (const r of runs)
      expect([r.code, r.stdout.trim(), r.stderr]).toEqual([0, `Sổ Thi đua ${version}`, ""]);
  });

  it("help (--help, -h, help CMD) is printed on stdout in the user's language, exit 0", async () => {
    const asks = [
      ["--help"],
      ["help"],
      ["help", "init"],
      ["export", "-h"],
      ["criteria", "import", "--help"],
      ["help", "criteria", "add-candidates"],
      ["criteria", "help", "link"],
      ["history", "import", "--help"],
    ];
    const all = LANGS.flatMap(({ lang, prefix }) =>
      asks.map((a) => ({ lang, argv: [...prefix, ...a] }))
    );
    const runs = await runAll(all.map((x) => x.argv));
    for (const [i, r] of runs.entries()) {
      const { lang, argv } = all[i]!;
      expect([argv.join(" "), r.code, r.stderr]).toEqual([argv.join(" "), 0, ""]);
      const title = lang === "vi" ? "Cách dùng: so-thi-dua" : "Usage: so-thi-dua";
      expect(r.stdout.startsWith(title)).toBe(true);
      if (lang === "vi") {
        expect([argv.join(" "), withoutNames(r.stdout).match(ENGLISH)?.[0]]).toEqual([
          argv.join(" "),
          undefined,
        ]);
        expect(r.stdout).toContain("Tùy chọn:");
        expect(r.stdout).toContain("hiện hướng dẫn của lệnh");
      } else {
        expect(r.stdout).toContain("Options:");
        expect(r.stdout).not.toMatch(/Tùy chọn|hiện hướng dẫn/u);
      }
    }
    const initHelp = runs[2]!.stdout;
    expect(initHelp).toContain("Cách dùng: so-thi-dua init [tùy chọn] <sổ.xlsx>");
    expect(initHelp).toMatch(/--council-size <số>\s+số thành viên Hội đồng, từ 1 đến 200/u);
    expect(runs[asks.length + 2]!.stdout).toContain(
      "Usage: so-thi-dua init [options] <register.xlsx>"
    );
  });
});
