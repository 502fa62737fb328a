/**
 * The import direction (eslint.config.mjs layerZones): domain ← workbook ← adapters ← taskpane /
 * preview / commands / cli. Lints snippets as if they sat in each layer, and scans the tree for the
 * imports the lint rule cannot see (dynamic `import()`, `require`).
 *
 * ESLint runs in a child Node process: it loads eslint.config.mjs with a dynamic `import()`, which
 * Jest's module sandbox refuses without --experimental-vm-modules.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "..");

/** `{ ESLint }.lintText` of every [file, code] case in one process → the no-restricted-imports messages of each. */
const LINT_SCRIPT = `
const { ESLint } = require("eslint");
const path = require("path");
(async () => {
  const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [file, code] of cases) {
    const [r] = await eslint.lintText(code, { filePath: path.resolve(file) });
    out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function lintCases(cases: readonly (readonly [string, string])[]): string[][] {
  const out = execFileSync(process.execPath, ["-e", LINT_SCRIPT], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
}

describe("lint zones (no-restricted-imports)", () => {
  const upward: [string, string][] = [
    ["src/adapters/office/zz.ts", 'import { x } from "../../taskpane/port";'],
    ["src/adapters/memory/zz.ts", 'export { x } from "../../preview/index";'],
    ["src/adapters/xlsx/package/zz.ts", 'import "../../../cli/io";'],
    ["src/adapters/hyperformula/zz.ts", 'import type { X } from "../../taskpane";'],
    ["src/workbook/x.ts", 'import "../adapters/xlsx/read";'],
    ["src/workbook/edit/x.ts", 'import { x } from "../../taskpane/service";'],
    ["src/workbook/plan/export/x.test.ts", 'import { x } from "../../../../adapters/xlsx/grids";'],
    ["src/domain/x.ts", 'import "../workbook/grid";'],
    ["src/domain/text/x.test.ts", 'import { x } from "../../adapters/memory/port";'],
    ["src/domain/x.ts", 'import { x } from "../commands/commands";'],
    ["src/taskpane/components/x.tsx", 'import { x } from "../../cli/io";'],
    ["src/preview/x.tsx", 'import { x } from "../cli/messages";'],
    ["src/cli/commands/x.ts", 'import { x } from "../../taskpane/strings";'],
    ["src/cli/x.ts", 'import { x } from "../preview/SheetView";'],
  ];
  const downward: [string, string][] = [
    ["src/adapters/office/zz.ts", 'import { x } from "../../workbook/edit/port";'],
    ["src/adapters/office/zz.ts", 'import { x } from "../../domain/cell";'],
    ["src/adapters/xlsx/zz.ts", 'import { x } from "../hyperformula/engine";'],
    ["src/workbook/x.ts", 'import { x } from "../domain/cell";'],
    ["src/workbook/edit/x.ts", 'import { x } from "../plan/types";'],
    ["src/domain/x.test.ts", 'import { x } from "./testing/snapshots";'],
    ["src/domain/x.ts", 'import { x } from "./text/normalize";'],
    ["src/taskpane/x.ts", 'import { x } from "../workbook/edit/port";'],
    ["src/preview/x.tsx", 'import { x } from "../taskpane/service";'],
    ["src/preview/x.tsx", 'import { x } from "../adapters/memory/port";'],
    ["src/cli/x.ts", 'import { x } from "../adapters/xlsx/read";'],
    ["src/cli/main.ts", 'import { x } from "./commands/validate";'],
  ];

  let results: string[][] = [];
  beforeAll(() => {
    results = lintCases([...upward, ...downward]);
  });

  it.each(upward.map((c, i) => [...c, i] as const))("%s: %s is an error", (_file, _code, i) => {
    expect(results[i]).toHaveLength(1);
  });

  it.each(downward.map((c, i) => [...c, upward.length + i] as const))(
    "%s: %s is allowed",
    (_file, _code, i) => {
      expect(results[i]).toEqual([]);
    }
  );
});

describe("the source tree", () => {
  function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
    });
  }
  /** Every module specifier: static imports and re-exports, dynamic import(), require(). */
  function specifiers(source: string): string[] {
    const re =
      /(?:\b(?:import|export)\b[^"'`;]*?\bfrom\s*|\bimport\s*(?:\(\s*(?:\/\*[\s\S]*?\*\/\s*)?)?|\brequire\s*\(\s*)["']([^"']+)["']/g;
    return [...source.matchAll(re)].map((m) => m[1]!);
  }
  /** The src folder a specifier of `file` lands in (first segment under src), or null outside src. */
  function layerOf(file: string, spec: string): string | null {
    if (!spec.startsWith(".")) return null;
    const rel = path.relative(path.join(root, "src"), path.resolve(path.dirname(file), spec));
    return rel.startsWith("..") ? null : rel.split(path.sep)[0]!;
  }
  const banned: Record<string, readonly string[]> = {
    domain: ["workbook", "adapters", "taskpane", "preview", "cli", "commands"],
    workbook: ["adapters", "taskpane", "preview", "cli", "commands"],
    adapters: ["taskpane", "preview", "cli", "commands"],
    taskpane: ["cli"],
    preview: ["cli"],
    commands: ["cli"],
    cli: ["taskpane", "preview"],
  };

  it("the specifier scan sees static, re-export, type, dynamic and require imports", () => {
    const src = [
      'import { a } from "../../taskpane/a";',
      'import type {\n  B,\n} from "../../taskpane/b";',
      'export * from "../../taskpane/c";',
      'import "../../taskpane/d";',
      'const e = import(/* webpackChunkName: "x" */ "../../taskpane/e");',
      'const f = require("../../taskpane/f");',
    ].join("\n");
    expect(specifiers(src).map((s) => s.slice(-1))).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it.each(Object.keys(banned))("no file under src/%s imports a layer above it", (layer) => {
    const offending: string[] = [];
    for (const file of files(path.join(root, "src", layer))) {
      for (const spec of specifiers(fs.readFileSync(file, "utf8"))) {
        const target = layerOf(file, spec);
        if (target && banned[layer]!.includes(target))
          offending.push(`${path.relative(root, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("src/adapters, src/workbook and src/domain never name the pane, the preview or the CLI in an import", () => {
    const offending: string[] = [];
    for (const layer of ["adapters", "workbook", "domain"])
      for (const file of files(path.join(root, "src", layer)))
        for (const spec of specifiers(fs.readFileSync(file, "utf8")))
          if (/(^|\/)(taskpane|preview|cli)(\/|$)/.test(spec))
            offending.push(`${path.relative(root, file)} → ${spec}`);
    expect(offending).toEqual([]);
  });
});
