/**
 * Issue #11's adversarial registers, each through the REAL command line (`npm run build:cli` first):
 * a register made by `so-thi-dua init`, its package rewritten by a script (test/helpers/adversarial.ts)
 * so that it holds what other writers produce, then `validate`, `export`, `validate --write`,
 * `upgrade` and `criteria` on it. Every case checks the exit code and what was found or written;
 * every refusal leaves every input byte-identical (sha256) with no backup or temp file beside it.
 *
 * 1. ISO date cells (`t="d"`): validate and export read the same dates; `validate --write` leaves
 *    the cells' XML as it was.
 * 2. `_x000D_` / `_x0009_` escapes in inline strings: one person, however the name is written —
 *    validate's DL07 and the export's lists agree.
 * 3. Inline strings with phonetic runs: the text without its phonetic part, in validate and export.
 * 4. Cells and rows without `r` (valid OOXML): every command works, every cell keeps its value (the
 *    project's reader and openpyxl).
 * 5. No `Kết quả kiểm tra` header, a clerk's unlabelled notes in the first free column: the results
 *    go to the right of the notes, which stay as they were.
 * 6. `upgrade` keeps formulas whose cached result is empty (or absent) where it would write.
 * 7. `criteria link` keeps a score cell holding such a formula.
 * 8. `.bak` rotation over three `validate --write` runs.
 * 9. Every write command refuses a read-only register and a `.xlsm`.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { columnLetter } from "../src/domain/findings";
import { SHEET, type NominationField } from "../src/domain/register/contract";
import { FRESH_NOMINATION_LAYOUT } from "../src/workbook/plan/layout";
import { SHEET_INELIGIBLE, SHEET_LIST, SHEET_MINUTES } from "../src/workbook/plan/export";
import type { SheetGrid } from "../src/workbook/grid";
import {
  NOM,
  allGrids,
  cellAt,
  cellText,
  colNumber,
  editSheets,
  gridCells,
  initRegister,
  inlineCell,
  listing,
  numberCell,
  personCells,
  rowTexts,
  setCell,
  setCells,
  sheetXml,
  stripRefs,
} from "./helpers/adversarial";
import { sha256 } from "./helpers/badfiles";
import { runCli, tempDir, type CliRun, type ValidateJson } from "./helpers/cli";

const NOMS = SHEET.nominations;
/** The `Ghi chú` header cell and the header cell right of the last column, in a fresh register. */
const letterOf = (f: NominationField) => columnLetter(FRESH_NOMINATION_LAYOUT.col[f]);
const NOTE4 = `${letterOf("note")}4`;
const PAST_LAST4 = `${columnLetter(Math.max(...Object.values(FRESH_NOMINATION_LAYOUT.col)) + 1)}4`;
const root = tempDir("stđ-adversarial-");
const base = path.join(root, "base.xlsx");

beforeAll(() => {
  initRegister(base);
  // The columns the builders write by letter are the register's.
  const header = allGrids(base).sheets.get(NOMS)!.rows[4]!;
  const at = (letter: string) => header[colNumber(letter)];
  expect([at(NOM.name), at(NOM.birthDate), at(NOM.title), at(NOM.score), at(NOM.votes)]).toEqual([
    "Họ và tên / Tên tập thể",
    "Ngày sinh",
    "Danh hiệu / Hình thức đề nghị",
    "Điểm",
    "Số phiếu đồng ý",
  ]);
  expect([at(NOM.note), at(NOM.result)]).toEqual(["Ghi chú", "Kết quả kiểm tra"]);
});

/** A copy of the base register in a folder of its own, its `Đề nghị` (and more) rewritten. */
function variant(
  name: string,
  edits: Record<string, (xml: string) => string>,
  file = "so.xlsx"
): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  const f = path.join(folder, file);
  copyFileSync(base, f);
  editSheets(f, edits);
  return f;
}

function validateJson(file: string): { code: number; json: ValidateJson } {
  const r = runCli(["validate", file, "--json"]);
  expect(r.stderr).toBe("");
  return { code: r.code, json: JSON.parse(r.stdout) as ValidateJson };
}

const rulesOf = (json: ValidateJson, row: number) =>
  json.findings.filter((f) => f.sheet === NOMS && f.row === row).map((f) => f.rule);

/** `export --force` of `file`; the exported workbook's sheets, read back. */
function exportForced(file: string): { run: CliRun; sheets: ReadonlyMap<string, SheetGrid> } {
  const out = path.join(path.dirname(file), `xuat-${path.basename(file)}`);
  const run = runCli(["export", file, "--force", "--out", out]);
  expect(run.code).toBe(0);
  return { run, sheets: allGrids(out).sheets };
}

/** The rows of an export sheet that name `name` (white space collapsed). */
function rowsNaming(grid: SheetGrid | undefined, name: string): string[][] {
  return rowTexts(grid!).filter((cells) => cells.includes(name));
}

/**
 * Validate's findings and the export say the same about every row: a row with an error is listed
 * on `Không đủ điều kiện` with its rules and not proposed; the others are proposed (`Danh sách`).
 */
function expectAgreement(
  json: ValidateJson,
  sheets: ReadonlyMap<string, SheetGrid>,
  names: Readonly<Record<number, string>>
): void {
  const errorRows = new Set(
    json.findings.filter((f) => f.sheet === NOMS && f.severity === "error").map((f) => f.row)
  );
  for (const name of new Set(Object.values(names))) {
    const rows = Object.entries(names)
      .filter(([, n]) => n === name)
      .map(([r]) => Number(r));
    const bad = rows.filter((r) => errorRows.has(r));
    expect([name, rowsNaming(sheets.get(SHEET_LIST), name).length]).toEqual([
      name,
      rows.length - bad.length,
    ]);
    const ineligible = rowsNaming(sheets.get(SHEET_INELIGIBLE), name);
    expect([name, ineligible.length]).toEqual([name, bad.length]);
    const rules = bad.flatMap((r) =>
      json.findings.filter((f) => f.row === r && f.severity === "error").map((f) => f.rule)
    );
    for (const rule of rules) expect(ineligible.flat().join(" ")).toContain(rule);
  }
}

/** The XML of every listed cell of a sheet. */
const cellsXml = (file: string, sheet: string, refs: readonly string[]) => {
  const xml = sheetXml(file, sheet);
  return refs.map((ref) => cellAt(xml, ref));
};

// ───────────────────────── openpyxl ─────────────────────────

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

/** Every non-empty value of a sheet as openpyxl reads it (cached results; formulas without one are None). */
function openpyxlValues(file: string, sheet: string): Map<string, string | number> {
  const script = [
    "import json, sys, openpyxl",
    "ws = openpyxl.load_workbook(sys.argv[1], data_only=True)[sys.argv[2]]",
    "out = {}",
    "for row in ws.iter_rows():",
    "    for c in row:",
    "        if c.value is not None and c.value != '':",
    "            out['%d:%d' % (c.row, c.column)] = c.value if isinstance(c.value, (int, float, str)) else str(c.value)",
    "print(json.dumps(out))",
  ].join("\n");
  const r = spawnSync(PYTHON, ["-c", script, file, sheet], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
  return new Map(Object.entries(JSON.parse(r.stdout) as Record<string, string | number>));
}

/** The project's grid and openpyxl read the same values. */
function expectOpenpyxlAgrees(file: string, grid: SheetGrid): void {
  const py = openpyxlValues(file, grid.name);
  const ours = new Map(gridCells(grid).map(([r, c, v]) => [`${r}:${c}`, v]));
  expect([...py.keys()].sort()).toEqual([...ours.keys()].sort());
  for (const [k, v] of ours) expect([k, py.get(k)]).toEqual([k, v]);
}

// ───────────────────────── 1. ISO date cells ─────────────────────────

describe('1. a birth date stored as an ISO date cell (t="d")', () => {
  const dates = {
    D5: '<c r="D5" t="d"><v>1985-03-12T00:00:00Z</v></c>',
    D6: '<c r="D6" t="d"><v>2030-01-01T00:00:00Z</v></c>', // after the evaluation year: DL03
    D7: '<c r="D7" t="d"><v>2015-06-01</v></c>', // 11 years old at the end of 2026: DL04
  };
  const names = { 5: "Nguyễn Văn An", 6: "Trần Thị Bình", 7: "Lê Văn Cường" };
  let file = "";
  beforeAll(() => {
    file = variant("iso-date", {
      [NOMS]: (xml) =>
        setCells(xml, {
          ...personCells(5, names[5], { [NOM.birthDate]: dates.D5 }),
          ...personCells(6, names[6], { [NOM.birthDate]: dates.D6 }),
          ...personCells(7, names[7], { [NOM.birthDate]: dates.D7 }),
        }),
    });
  });

  it("validate --json and export --force read the same dates", () => {
    const { code, json } = validateJson(file);
    expect(code).toBe(1);
    expect(json.counts).toEqual({ error: 1, warning: 1, rows: 3 });
    expect(rulesOf(json, 5)).toEqual([]);
    expect(rulesOf(json, 6)).toEqual(["DL03"]);
    expect(json.findings.find((f) => f.rule === "DL03")).toMatchObject({ cell: "D6" });
    expect(json.findings.find((f) => f.rule === "DL03")!.message).toContain("01/01/2030");
    expect(rulesOf(json, 7)).toEqual(["DL04"]);

    const { sheets } = exportForced(file);
    expectAgreement(json, sheets, names);
    expect(rowsNaming(sheets.get(SHEET_LIST), names[5])).toHaveLength(1);
    expect(rowsNaming(sheets.get(SHEET_MINUTES), names[5]).length).toBeGreaterThan(0);
    expect(rowsNaming(sheets.get(SHEET_INELIGIBLE), names[6])[0]!.join(" ")).toContain("DL03");
  });

  it("validate --write leaves the date cells' XML exactly as it was", () => {
    const r = runCli(["validate", file, "--write"]);
    expect(r.code).toBe(1);
    expect(cellsXml(file, NOMS, ["D5", "D6", "D7"])).toEqual([dates.D5, dates.D6, dates.D7]);
    const grid = allGrids(file).sheets.get(NOMS)!;
    expect(cellText(grid.rows[5]![colNumber(NOM.result)])).toMatch(/^Hợp lệ/u);
    expect(cellText(grid.rows[6]![colNumber(NOM.result)])).toContain("DL03");
    // And the written register reads as before.
    expect(validateJson(file).json.counts).toEqual({ error: 1, warning: 1, rows: 3 });
  });
});

// ───────────────────────── 2. _xHHHH_ escapes ─────────────────────────

describe("2. _x000D_ / _x0009_ escapes in an inline-string name, and duplicates of that person", () => {
  const names = { 5: "Nguyễn Văn An", 6: "Nguyễn Văn An", 7: "Nguyễn Văn An" };
  let file = "";
  beforeAll(() => {
    file = variant("escapes", {
      [NOMS]: (xml) =>
        setCells(xml, {
          ...personCells(5, "Nguyễn_x000D_Văn An"),
          ...personCells(6, "Nguyễn_x0009_Văn An"),
          ...personCells(7, "Nguyễn Văn An"),
        }),
    });
  });

  it("validate sees one person (DL07 on the two later rows) and the export proposes them once", () => {
    const { code, json } = validateJson(file);
    expect(code).toBe(1);
    expect(json.counts.rows).toBe(3);
    expect(rulesOf(json, 5)).toEqual([]);
    expect(rulesOf(json, 6)).toEqual(["DL07"]);
    expect(rulesOf(json, 7)).toEqual(["DL07"]);

    const { run, sheets } = exportForced(file);
    expect(run.stdout).toMatch(/\b1 đề nghị đủ điều kiện/u);
    expectAgreement(json, sheets, names);
    expect(rowsNaming(sheets.get(SHEET_LIST), "Nguyễn Văn An")).toHaveLength(1);
    expect(rowsNaming(sheets.get(SHEET_INELIGIBLE), "Nguyễn Văn An")).toHaveLength(2);
  });

  it("validate --write keeps the escaped names as they were written", () => {
    const before = cellsXml(file, NOMS, ["B5", "B6", "B7"]);
    expect(runCli(["validate", file, "--write"]).code).toBe(1);
    expect(cellsXml(file, NOMS, ["B5", "B6", "B7"])).toEqual(before);
  });
});

// ───────────────────────── 3. phonetic runs ─────────────────────────

describe("3. inline strings with rich-text and phonetic runs", () => {
  const rich = (ref: string, runs: readonly string[], phonetic: string) =>
    `<c r="${ref}" t="inlineStr"><is>${runs
      .map((t) => `<r><t xml:space="preserve">${t}</t></r>`)
      .join("")}<rPh sb="0" eb="1"><t>${phonetic}</t></rPh><phoneticPr fontId="1"/></is></c>`;
  const names = { 5: "Nguyễn Văn An", 6: "Nguyễn Văn An", 7: "Trần Thị Bình" };
  let file = "";
  beforeAll(() => {
    file = variant("phonetic", {
      [NOMS]: (xml) =>
        setCells(xml, {
          ...personCells(5, "", { [NOM.name]: rich("B5", ["Nguyễn Văn ", "An"], "xx") }),
          ...personCells(6, "Nguyễn Văn An"), // the same person, as plain text: DL07 proves the reading
          ...personCells(7, "", { [NOM.name]: rich("B7", ["Trần Thị Bình"], "zz") }),
        }),
    });
  });

  it("validate and export read the text without its phonetic part", () => {
    const { code, json } = validateJson(file);
    expect(code).toBe(1);
    expect(rulesOf(json, 5)).toEqual([]);
    expect(rulesOf(json, 6)).toEqual(["DL07"]);
    expect(rulesOf(json, 7)).toEqual([]);

    const { sheets } = exportForced(file);
    expectAgreement(json, sheets, names);
    expect(rowsNaming(sheets.get(SHEET_LIST), "Trần Thị Bình")).toHaveLength(1);
    expect(rowsNaming(sheets.get(SHEET_LIST), "Nguyễn Văn An")).toHaveLength(1);
    for (const grid of sheets.values())
      for (const [, , v] of gridCells(grid)) expect(cellText(v)).not.toMatch(/xx|zz/u);
  });
});

// ───────────────────────── 4. no r attributes ─────────────────────────

describe("4. cells and rows without an r attribute in Đề nghị", () => {
  const names = { 5: "Nguyễn Văn An", 6: "Trần Thị Bình", 7: "Lê Văn Cường" };
  const rows = (xml: string) =>
    setCells(setCell(xml, NOTE4, `<c r="${NOTE4}" s="5"/>`), {
      // No `Ghi chú` header: upgrade has a column to add.
      ...personCells(5, names[5]),
      ...personCells(6, names[6]),
      ...personCells(7, names[7]),
    });
  let plain = "";
  let original: SheetGrid;
  const make = (name: string) => variant(name, { [NOMS]: (xml) => stripRefs(rows(xml)) });

  beforeAll(() => {
    plain = variant("refs-plain", { [NOMS]: rows });
    original = allGrids(plain).sheets.get(NOMS)!;
  });

  /** Every cell of the register before the edit still holds its value. */
  const expectKept = (grid: SheetGrid) => {
    for (const [r, c, v] of gridCells(original))
      expect([r, c, grid.rows[r]?.[c]]).toEqual([r, c, v]);
  };

  it("the rewritten sheet really lacks them, and reads as the numbered one", () => {
    const file = make("refs-read");
    const xml = sheetXml(file, NOMS);
    expect(xml).toMatch(/<row(?![^>]*\br=)[^>]*>/u);
    expect(xml).toMatch(/<c(?![^>]*\br=)[\s>]/u);
    expect(cellAt(xml, "B5")).toBeUndefined();
    expect(allGrids(file).sheets.get(NOMS)!.rows).toEqual(original.rows);
  });

  it("validate and export work (not “corrupt”) and agree", () => {
    const file = make("refs-validate");
    const { code, json } = validateJson(file);
    // The one error is the missing `Ghi chú` column (upgrade's to add), not a row.
    expect(code).toBe(1);
    expect(json.counts).toEqual({ error: 1, warning: 0, rows: 3 });
    expect(json.findings.map((f) => [f.rule, f.row])).toEqual([["RG01", null]]);
    expectAgreement(json, exportForced(file).sheets, names);
  });

  it("validate --write: exit 1 (that column), every cell keeps its value (our reader and openpyxl)", () => {
    const file = make("refs-write");
    const r = runCli(["validate", file, "--write"]);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("so.xlsx.bak")]);
    const grid = allGrids(file).sheets.get(NOMS)!;
    expectKept(grid);
    for (const row of [5, 6, 7])
      expect(cellText(grid.rows[row]![colNumber(NOM.result)])).toBe("Hợp lệ");
    if (hasOpenpyxl) expectOpenpyxlAgrees(file, grid);
    expect(validateJson(file).json.counts).toEqual({ error: 1, warning: 0, rows: 3 });
  });

  it("upgrade: exit 0, adds the missing column, every cell keeps its value", () => {
    const file = make("refs-upgrade");
    const r = runCli(["upgrade", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ghi chú");
    const grid = allGrids(file).sheets.get(NOMS)!;
    expectKept(grid);
    expect(grid.rows[4]!.filter((c) => c === "Ghi chú")).toHaveLength(1);
    if (hasOpenpyxl) expectOpenpyxlAgrees(file, grid);
    expect(validateJson(file).code).toBe(0);
  });
});

// ───────────────────────── 5. notes in the first free column ─────────────────────────

describe("5. no Kết quả kiểm tra header, a clerk's unlabelled notes in the first free column", () => {
  const X = NOM.result; // the column the results would otherwise take
  const notes = {
    [`${X}5`]: inlineCell(`${X}5`, "Đã gọi chị Hoa, bổ sung sau"),
    [`${X}6`]: numberCell(`${X}6`, 42),
    [`${X}9`]: inlineCell(`${X}9`, "Hợp lệ?"), // a note in a prepared row without a nomination
  };
  let file = "";
  let before: (string | undefined)[] = [];
  const refs = Object.keys(notes);
  beforeAll(() => {
    file = variant("notes", {
      [NOMS]: (xml) =>
        setCells(setCell(xml, `${X}4`, `<c r="${X}4" s="5"/>`), {
          ...personCells(5, "Nguyễn Văn An"),
          ...personCells(6, "Trần Thị Bình"),
          ...personCells(7, "Lê Văn Cường"),
          ...notes,
        }),
    });
    before = cellsXml(file, NOMS, refs);
  });

  it("the results go right of the notes; every note is unchanged", () => {
    const r = runCli(["validate", file, "--write"]);
    expect(r.code).toBe(0);
    expect(cellsXml(file, NOMS, refs)).toEqual(before);
    const grid = allGrids(file).sheets.get(NOMS)!;
    const col = colNumber(X) + 1;
    expect(grid.rows[4]![col]).toBe("Kết quả kiểm tra");
    expect(grid.rows[4]![colNumber(X)]).toBeUndefined();
    for (const row of [5, 6, 7]) expect(grid.rows[row]![col]).toBe("Hợp lệ");
    expect(grid.rows[9]?.[col]).toBeUndefined();
    expect([5, 6, 9].map((row) => grid.rows[row]![colNumber(X)])).toEqual([
      "Đã gọi chị Hoa, bổ sung sau",
      42,
      "Hợp lệ?",
    ]);
  });

  it("a second run finds its own column: nothing to write", () => {
    const hash = sha256(file);
    const r = runCli(["validate", file, "--write"]);
    expect(r.code).toBe(0);
    expect(sha256(file)).toBe(hash);
    expect(existsSync(`${file}.bak.1`)).toBe(false);
  });
});

// ───────────────────────── 6. upgrade and empty-result formulas ─────────────────────────

describe("6. upgrade keeps a user's formula whose cached result is empty", () => {
  // `Cấu hình`: the unit name is a formula with an empty cached result; the `Hạn nộp hồ sơ` row
  // lost its label (upgrade restores it two rows under the last used row, where the clerk has a
  // formula without any cached result). `Đề nghị`: no `Ghi chú` header, and a formula without a
  // cached result where upgrade would put it (PAST_LAST4, right of the last column).
  let restored = 0; // the row upgrade restores the setting on (found from the register's layout)
  const cells = {
    B5: '<c r="B5" s="7"><f>IF(1,"","")</f><v></v></c>',
    B31: "",
    past: `<c r="${PAST_LAST4}"><f>"Ghi chú riêng"</f></c>`,
  };
  let file = "";
  beforeAll(() => {
    restored = allGrids(base).sheets.get(SHEET.settings)!.rows.length - 1 + 2;
    cells.B31 = `<c r="B${restored}"><f>CH_NgayHop+10</f></c>`;
    file = variant("upgrade-formulas", {
      [SHEET.settings]: (xml) =>
        setCells(xml, { A11: '<c r="A11" s="6"/>', B5: cells.B5, [`B${restored}`]: cells.B31 }),
      [NOMS]: (xml) =>
        setCells(xml, {
          [NOTE4]: `<c r="${NOTE4}" s="5"/>`,
          [PAST_LAST4]: cells.past,
          ...personCells(5, "Nguyễn Văn An"),
        }),
    });
  });

  it("the formulas are still there after upgrade, and what upgrade says it added is there", () => {
    const r = runCli(["upgrade", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Hạn nộp hồ sơ");
    expect(r.stdout).toContain("Ghi chú");
    expect(cellsXml(file, SHEET.settings, ["B5", `B${restored}`])).toEqual([cells.B5, cells.B31]);
    expect(cellsXml(file, NOMS, [PAST_LAST4])).toEqual([cells.past]);
    const grids = allGrids(file).sheets;
    expect(grids.get(SHEET.settings)!.rows[restored]![1]).toBe("Hạn nộp hồ sơ");
    // The column upgrade reports is in the header, beside the clerk's formula, not under it.
    const past = colNumber(PAST_LAST4.replace(/\d+$/u, ""));
    expect(grids.get(NOMS)!.rows[4]!.indexOf("Ghi chú")).toBe(past + 1);
    expect(grids.get(NOMS)!.formulaCells!.has(`4:${past}`)).toBe(true);
  });

  it("a second upgrade has nothing left to add", () => {
    const hash = sha256(file);
    const r = runCli(["upgrade", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("Ghi chú");
    expect(sha256(file)).toBe(hash);
    // …and validate agrees: no column is missing (RG01 would send the clerk back to upgrade).
    expect(validateJson(file).json.findings.map((f) => f.rule)).not.toContain("RG01");
  });
});

// ───────────────────────── 7. criteria link and empty-result formulas ─────────────────────────

describe("7. criteria link never overwrites a score formula with an empty cached result", () => {
  const T = NOM.score;
  const scores = {
    [`${T}5`]: `<c r="${T}5"><f>IF(1,"","")</f><v></v></c>`,
    [`${T}6`]: `<c r="${T}6" t="str"><f>IF(${NOM.votes}6&gt;0,"","")</f><v></v></c>`,
    [`${T}7`]: `<c r="${T}7"><f>""</f></c>`,
  };
  let file = "";
  beforeAll(() => {
    // The template `TC Cá nhân` of init scores Nguyễn Văn An and Trần Thị Bình; add Lê Văn Cường
    // and Phạm Thị Dung, whose empty score cell is the one to link.
    file = variant("link", {});
    const add = runCli([
      "criteria",
      "add-candidates",
      file,
      "--sheet",
      "TC Cá nhân",
      "Lê Văn Cường",
      "Phạm Thị Dung",
    ]);
    expect(add.code).toBe(0);
    editSheets(file, {
      [NOMS]: (xml) =>
        setCells(xml, {
          ...personCells(5, "Nguyễn Văn An"),
          ...personCells(6, "Trần Thị Bình"),
          ...personCells(7, "Lê Văn Cường"),
          ...personCells(8, "Phạm Thị Dung"),
          ...scores,
        }),
    });
  });

  it("only the empty score cell is linked", () => {
    const r = runCli(["criteria", "link", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Phạm Thị Dung");
    expect(r.stdout).not.toMatch(/Nguyễn Văn An|Trần Thị Bình|Lê Văn Cường/u);
    expect(cellsXml(file, NOMS, Object.keys(scores))).toEqual(Object.values(scores));
    const linked = cellAt(sheetXml(file, NOMS), `${T}8`)!;
    expect(linked).toMatch(/<f>'TC Cá nhân'!\$[A-Z]+\$\d+<\/f>/u);
  });
});

// ───────────────────────── 8. .bak rotation ─────────────────────────

describe("8. .bak rotation through three validate --write runs", () => {
  it("FILE.bak, .bak.1, .bak.2 hold the three previous versions; the register opens", () => {
    const file = variant("rotation", {
      [NOMS]: (xml) => setCells(xml, personCells(5, "Nguyễn Văn An")),
    });
    const kind = (text: string) => (xml: string) =>
      setCell(xml, `${NOM.kind}5`, inlineCell(`${NOM.kind}5`, text));
    const versions: string[] = [];

    versions.push(sha256(file));
    expect(runCli(["validate", file, "--write"]).code).toBe(0);
    editSheets(file, { [NOMS]: kind("Cá thể") }); // not in the list: DL02
    versions.push(sha256(file));
    expect(runCli(["validate", file, "--write"]).code).toBe(1);
    editSheets(file, { [NOMS]: kind("Cá nhân") });
    versions.push(sha256(file));
    expect(runCli(["validate", file, "--write"]).code).toBe(0);

    expect([`${file}.bak`, `${file}.bak.1`, `${file}.bak.2`].map(sha256)).toEqual([
      versions[2],
      versions[1],
      versions[0],
    ]);
    expect(existsSync(`${file}.bak.3`)).toBe(false);
    expect(listing(path.dirname(file))).toEqual([
      "so.xlsx",
      "so.xlsx.bak",
      "so.xlsx.bak.1",
      "so.xlsx.bak.2",
    ]);
    // The register itself opens: our reader, the CLI, openpyxl.
    const { code, json } = validateJson(file);
    expect([code, json.counts]).toEqual([0, { error: 0, warning: 0, rows: 1 }]);
    const grid = allGrids(file).sheets.get(NOMS)!;
    expect(grid.rows[5]![colNumber(NOM.result)]).toBe("Hợp lệ");
    if (hasOpenpyxl) expectOpenpyxlAgrees(file, grid);
  });
});

// ───────────────────────── 9. read-only and .xlsm ─────────────────────────

describe("9. every write command refuses a read-only register and a .xlsm", () => {
  const csv = path.join(root, "TC Khu phố.csv");
  const commands: [string, (f: string, out: string) => string[]][] = [
    ["validate --write", (f) => ["validate", f, "--write"]],
    ["upgrade", (f) => ["upgrade", f]],
    ["criteria import", (f) => ["criteria", "import", f, csv, "--name", "TC Khu phố"]],
    [
      "criteria add-candidates",
      (f) => ["criteria", "add-candidates", f, "--sheet", "TC Cá nhân", "Phạm Thị Dung"],
    ],
    ["criteria link", (f) => ["criteria", "link", f]],
    [
      "export --mark-exported",
      (f, out) => ["export", f, "--out", out, "--mark-exported", "--force"],
    ],
  ];
  let folder = "";
  const files: Record<string, string> = {};
  beforeAll(() => {
    // Something for every command to do, were it allowed to: a nomination without results, a
    // missing `Ghi chú` header, a candidate whose score cell is empty.
    const src = variant("refuse-src", {
      [NOMS]: (xml) =>
        setCells(setCell(xml, NOTE4, `<c r="${NOTE4}" s="5"/>`), personCells(5, "Nguyễn Văn An")),
    });
    writeFileSync(
      csv,
      "Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn\nI,Công tác chung,Nhóm,100\n1.1,Hoàn thành nhiệm vụ được giao,Tiêu chí,100\n"
    );
    folder = path.join(root, "refuse");
    mkdirSync(folder);
    files.readOnly = path.join(folder, "chi-doc.xlsx");
    files.macro = path.join(folder, "co-macro.xlsm");
    copyFileSync(src, files.readOnly);
    copyFileSync(src, files.macro);
    chmodSync(files.readOnly, 0o444);
  });

  for (const which of ["readOnly", "macro"] as const)
    for (const [label, args] of commands)
      it(`${label} on the ${which === "readOnly" ? "read-only register (0444)" : ".xlsm copy"}`, () => {
        const file = files[which]!;
        const hash = sha256(file);
        const before = listing(folder);
        const r = runCli(args(file, path.join(folder, "ho-so.xlsx")));
        expect(r.code).toBe(2);
        const lines = r.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(file);
        expect(lines[0]).not.toMatch(/\bError:|^\s+at |node:internal/mu);
        expect(r.stdout).toBe("");
        expect(sha256(file)).toBe(hash);
        expect(listing(folder)).toEqual(before); // no .bak, no temp file, no export
        if (which === "readOnly") expect(statSync(file).mode & 0o777).toBe(0o444);
      });

  it("the refused files still read as registers", () => {
    for (const f of Object.values(files))
      expect(readFileSync(f).subarray(0, 2).toString()).toBe("PK");
    const { code, json } = validateJson(files.readOnly!);
    expect([code, json.findings.map((f) => f.rule)]).toEqual([1, ["RG01"]]); // the missing Ghi chú
  });
});
