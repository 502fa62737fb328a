/**
 * The repository stands alone (issue #15): CI clones it by itself, so no file it holds may read or
 * link the sibling folder the project was first developed next to; test inputs live in
 * test/fixtures/ and the specification in docs/spec/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { TEMPLATES } from "../src/domain/criteria/templates";
import { TITLES } from "../src/domain/catalog/titles";
import { RULE_IDS, RULES } from "../src/domain/rules/catalog";
import { FIXTURES, ROOT } from "./helpers/cli";

const SIBLING = "shared";
/** Ways of reaching the sibling folder (built from parts: this file must not contain them). */
const NEEDLES = [
  ["..", SIBLING].join("/"),
  ["..", SIBLING].join("\\"),
  `"..", "${SIBLING}"`,
  ["", "work", SIBLING, ""].join("/"),
];

/** Files git holds or would add (tracked, and untracked but not ignored), relative to ROOT. */
function repositoryFiles(): string[] {
  const out = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const self = path.relative(ROOT, __filename).split(path.sep).join("/");
  return [...new Set(out.split("\0"))].filter(
    (f) => f !== "" && f !== "package-lock.json" && f !== self
  );
}

describe("the repository stands alone", () => {
  it("no file reads or links the sibling folder", () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const f of files) {
      const full = path.join(ROOT, f);
      if (!existsSync(full) || !statSync(full).isFile()) continue; // deleted in the work tree
      const bytes = readFileSync(full);
      for (const needle of NEEDLES) if (bytes.includes(needle)) hits.push(`${f}: ${needle}`);
    }
    expect(hits).toEqual([]);
  });

  it("has the sample register content and the criteria CSVs as fixtures", () => {
    const sample = JSON.parse(readFileSync(path.join(FIXTURES, "nominations.json"), "utf8")) as {
      rows: unknown[];
      expected: unknown[];
    };
    expect(sample.rows.length).toBeGreaterThan(0);
    expect(sample.expected).toHaveLength(sample.rows.length);
    // Every bundled template has its source CSV, in the format `criteria import` reads.
    expect(TEMPLATES.length).toBeGreaterThan(0);
    for (const t of TEMPLATES) {
      const csv = path.join(FIXTURES, "criteria", `${t.name}.csv`);
      expect(existsSync(csv)).toBe(true);
      expect(readFileSync(csv, "utf8").split(/\r?\n/u)[0]).toBe(
        "Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn"
      );
    }
  });

  it("has its own specification, listing every rule", () => {
    for (const doc of ["register", "rules", "cli", "export"])
      expect(existsSync(path.join(ROOT, "docs", "spec", `${doc}.md`))).toBe(true);
    const rules = readFileSync(path.join(ROOT, "docs", "spec", "rules.md"), "utf8");
    expect(RULE_IDS.filter((id) => !rules.includes(`| ${id} |`))).toEqual([]);
  });

  it("cites the law, a setting or the register to clerks, never a specification file", () => {
    const citations = [...Object.values(RULES), ...TITLES].map((r) => r.citation);
    expect(citations.filter((c) => /\.md\b/u.test(c))).toEqual([]);
  });
});
