/**
 * Criteria sheets through the real CLI: templates at init, CSV import (and its clear errors),
 * adding candidates and linking scores without ever changing an entered score.
 */
import path from "node:path";
import { copyFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { TEMPLATES } from "../src/domain/criteria/templates";
import { scoreCandidates } from "../src/domain/criteria/scoring";
import { DEFAULT_SETTINGS } from "../src/domain/policy";
import { columnLetter } from "../src/domain/findings";
import { ANCHOR_LABEL, COL, SHEET } from "../src/domain/register/contract";
import { appendRows } from "../src/adapters/xlsx/fill";
import { gridFromWorksheet } from "../src/adapters/xlsx/read";
import { evaluateExcelJsWorkbook } from "../src/adapters/hyperformula";
import { readCriteriaSheet } from "../src/workbook/readCriteria";
import { FRESH_NOMINATION_LAYOUT } from "../src/workbook/plan/layout";
import { FIXTURES, runCli, tempDir } from "./helpers/cli";

type CellMap = Map<string, unknown>;

/** Every non-empty cell of every sheet: value or formula. */
async function snapshotCells(file: string): Promise<CellMap> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const m: CellMap = new Map();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        const key = `${ws.name}!${c.address}`;
        m.set(
          key,
          v &&
            typeof v === "object" &&
            ("formula" in (v as object) || "sharedFormula" in (v as object))
            ? { f: c.formula }
            : v instanceof Date
              ? v.toISOString()
              : JSON.stringify(v)
        );
      })
    )
  );
  return m;
}

async function setScores(
  file: string,
  sheet: string,
  scores: [string, number | string][]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (const [a, v] of scores) ws.getCell(a).value = v;
  await wb.xlsx.writeFile(file);
}

describe("criteria on the command line", () => {
  const dir = tempDir();
  const file = path.join(dir, "so.xlsx");

  beforeAll(() => {
    expect(runCli(["init", file, "--year", "2026"]).code).toBe(0);
  });

  it("init bundles every template by default, or those named", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith("TC "))).toEqual(
      TEMPLATES.map((t) => t.name)
    );
    const one = path.join(dir, "one.xlsx");
    expect(runCli(["init", one, "--criteria", "Tổ dân phố"]).code).toBe(0);
    const wb1 = new ExcelJS.Workbook();
    await wb1.xlsx.readFile(one);
    expect(wb1.worksheets.map((w) => w.name).filter((n) => n.startsWith("TC "))).toEqual([
      "TC Tổ dân phố",
    ]);
    const bad = runCli(["init", path.join(dir, "bad.xlsx"), "--criteria", "Không có"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Cá nhân, Tổ dân phố, Đoàn thể");
  });

  it("imports a CSV set keeping codes as text, and refuses a duplicate sheet", async () => {
    const csv = path.join(dir, "Tiêu chí khu phố.csv");
    copyFileSync(path.join(FIXTURES, "criteria", "TC Đoàn thể.csv"), csv);
    const r = runCli(["criteria", "import", file, csv, "--name", "TC Khu phố"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const snap = readCriteriaSheet(gridFromWorksheet(wb.getWorksheet("TC Khu phố")!))!;
    expect(snap.set.rows.map((x) => x.code)).toEqual(TEMPLATES[2]!.rows.map((x) => x.code));
    expect(typeof wb.getWorksheet("TC Khu phố")!.getCell("A5").value).toBe("string");
    expect(runCli(["criteria", "import", file, csv, "--name", "TC Khu phố"]).code).toBe(2);
  });

  it("names the file line and column of a bad CSV, and refuses an unbalanced set unless --force", () => {
    const bad = path.join(dir, "bad.csv");
    writeFileSync(
      bad,
      "\uFEFFMã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn\n1,Một,Tiêu chí,60\n2,Hai,Tiêu chuẩn,40\n"
    );
    const r = runCli(["criteria", "import", file, bad, "--name", "TC Lỗi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("dòng 3");
    expect(r.stderr).toContain("Tiêu chuẩn");
    const unbalanced = path.join(dir, "unbalanced.csv");
    writeFileSync(
      unbalanced,
      "Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn\n1,Một,Tiêu chí,60\n2,Hai,Tiêu chí,30\n"
    );
    const u = runCli(["criteria", "import", file, unbalanced, "--name", "TC Lệch", "--lang", "en"]);
    expect(u.code).toBe(1);
    expect(u.stderr).toContain("add up to 90");
    expect(
      runCli(["criteria", "import", file, unbalanced, "--name", "TC Lệch", "--force"]).code
    ).toBe(0);
  });

  it("adds candidates (beyond the 30 prepared columns too) without changing any entered score, and the new columns compute", async () => {
    const sheet = "TC Cá nhân";
    expect(
      runCli([
        "criteria",
        "add-candidates",
        file,
        "--sheet",
        sheet,
        "Nguyễn Văn An",
        "Trần Thị Bình",
      ]).code
    ).toBe(0);
    // Scores entered by the clerk: rows 5 and 6 are 1.1 and 1.2 (10 points each).
    await setScores(file, sheet, [
      ["E5", 9],
      ["E6", 8.5],
      ["F5", 7],
      ["F6", "chưa chấm"],
    ]);
    const before = await snapshotCells(file);
    const names = Array.from({ length: 32 }, (_, i) => `Người số ${i + 1}`);
    const r = runCli([
      "criteria",
      "add-candidates",
      file,
      "--sheet",
      sheet,
      "nguyễn văn  an",
      ...names,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nguyễn Văn An");
    const after = await snapshotCells(file);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const snap = readCriteriaSheet(gridFromWorksheet(wb.getWorksheet(sheet)!))!;
    expect(snap.candidates.map((c) => c.name)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      ...names,
    ]);
    expect(snap.candidates[33]!.col).toBe(5 + 33); // past the 30 prepared columns
    // Give the last (new) candidate scores and check the engine computes its total and rank like the domain.
    const last = columnLetter(snap.candidates[33]!.col);
    await setScores(file, sheet, [
      [`${last}5`, 10],
      [`${last}6`, 10],
      [`${last}8`, 20],
      [`${last}19`, "Đạt"],
      ["E19", "Đạt"],
    ]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(file);
    const snap2 = readCriteriaSheet(gridFromWorksheet(wb2.getWorksheet(sheet)!))!;
    const results = scoreCandidates(snap2.set, snap2.candidates, DEFAULT_SETTINGS.bands);
    const hf = evaluateExcelJsWorkbook(wb2);
    snap2.candidates.forEach((c, i) => {
      expect([c.name, hf.get(sheet, `${columnLetter(c.col)}${snap2.totalRow}`)]).toEqual([
        c.name,
        results[i]!.total,
      ]);
    });
    expect(results[33]!.rank).toBe(1);
    expect(hf.get(sheet, `${last}${snap2.totalRow! + 3}`)).toBe(1);
    expect(hf.get(sheet, `E${snap2.totalRow! + 3}`)).toBe(results[0]!.rank);
    expect(results[0]!.rank).toBe(2);
    hf.dispose();
  });

  it("links empty Điểm cells to the matching candidate's total; a typed score that disagrees gets DL10", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    appendRows(
      wb.getWorksheet(SHEET.nominations)!,
      [
        {
          [COL.name]: "Nguyễn Văn An",
          [COL.kind]: "Cá nhân",
          [COL.title]: "Giấy khen",
          [COL.votes]: 9,
        },
        {
          [COL.name]: "Trần Thị Bình",
          [COL.kind]: "Cá nhân",
          [COL.title]: "Giấy khen",
          [COL.votes]: 9,
          [COL.score]: 50,
        },
      ],
      ANCHOR_LABEL
    );
    await wb.xlsx.writeFile(file);
    const r = runCli(["criteria", "link", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1");
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(file);
    const ws = wb2.getWorksheet(SHEET.nominations)!;
    const score = columnLetter(FRESH_NOMINATION_LAYOUT.col.score);
    const cell = ws.getCell(`${score}5`);
    expect(cell.formula).toBe("'TC Cá nhân'!$E$20");
    expect(cell.result).toBe(17.5);
    expect(ws.getCell(`${score}6`).value).toBe(50); // typed score untouched
    // Typed 50 ≠ criteria total of Trần Thị Bình (7): DL10; a GK score policy gate makes DK11 visible on the link.
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout);
    const rules = (row: number) =>
      json.findings
        .filter((f: { row: number }) => f.row === row)
        .map((f: { rule: string }) => f.rule);
    expect(rules(6)).toContain("DL10");
    expect(rules(5)).not.toContain("DL10");
  });

  it("upgrade never changes an entered score", async () => {
    const before = await snapshotCells(file);
    const r = runCli(["upgrade", file]);
    expect(r.code).toBe(0);
    const after = await snapshotCells(file);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
  });
});
