/**
 * The foundation's acceptance test: `init`, fill `test/fixtures/nominations.json` by header label,
 * then `validate --json` through the real CLI reports exactly the expected rule IDs per row.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ANCHOR_LABEL, SHEET } from "../src/domain/register/contract";
import { appendRows, setPolicy, setSettings } from "../src/adapters/xlsx/fill";
import { runCli, tempDir } from "./helpers/cli";
import { sample, sampleRows } from "./helpers/sample";

describe("validate the shared sample through the real CLI", () => {
  const dir = tempDir();
  const file = path.join(dir, "reg.xlsx");
  let headerRow = 0;

  beforeAll(async () => {
    const init = runCli(["init", file, "--year", "2026", "--council-size", "9"]);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    setSettings(wb.getWorksheet(SHEET.settings)!, sample.settings);
    setPolicy(wb.getWorksheet(SHEET.settings)!, sample.policy);
    appendRows(wb.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
    const rows = appendRows(wb.getWorksheet(SHEET.nominations)!, sampleRows, ANCHOR_LABEL);
    headerRow = rows[0]! - 1;
    await wb.xlsx.writeFile(file);
  });

  it("init refuses to overwrite an existing file (exit 2)", () => {
    const r = runCli(["init", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("đã tồn tại");
  });

  it("reports exactly the expected rule IDs on every row", () => {
    const r = runCli(["validate", file, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.counts.rows).toBe(sample.rows.length);
    const perRow = sample.rows.map((_, i) => {
      const excelRow = headerRow + 1 + i;
      return [
        ...new Set(
          json.findings
            .filter((f: { row: number }) => f.row === excelRow)
            .map((f: { rule: string }) => f.rule)
        ),
      ].sort();
    });
    expect(perRow).toEqual(sample.expected.map((e) => [...e].sort()));
    expect(json.findings.filter((f: { row: number | null }) => f.row === null)).toEqual([]);
  });

  it("prints findings in cli.md's JSON shape, sorted by sheet, row, rule", () => {
    const json = JSON.parse(runCli(["validate", file, "--json", "--lang", "en"]).stdout);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual([
        "rule",
        "severity",
        "sheet",
        "row",
        "column",
        "cell",
        "message",
        "citation",
      ]);
      expect(f.message).toMatch(/[a-z]/);
    }
    const keys = json.findings.map((f: { sheet: string; row: number; rule: string }) => [
      f.sheet,
      f.row,
      f.rule,
    ]);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)
    );
    expect(keys).toEqual(sorted);
    const dk01 = json.findings.find((f: { rule: string }) => f.rule === "DK01");
    expect(dk01.cell).toMatch(/^[A-Z]+\d+$/);
    expect(dk01.column).toBe("Mức hoàn thành nhiệm vụ");
    expect(dk01.citation).toContain("Điều 24");
  });

  it("prints a readable Vietnamese table without --json and leaves no backup", () => {
    const r = runCli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("DK05");
    expect(r.stdout).toMatch(/\d+ lỗi, \d+ cảnh báo, 24 dòng đề nghị/);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });
});
