/**
 * From proposal to decision through the real CLI (issue #13): `export --mark-exported` marks the
 * proposed rows `Đã trình` and a second export leaves them out unless `--include-submitted`;
 * `decide` records the decision on the approved rows only, refuses what it must (inputs byte-identical),
 * and a decided row changed afterwards is reported (QT02).
 */
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { isDateCell } from "../src/domain/cell";
import {
  ANCHOR_LABEL,
  META_SHEET,
  NOMINATION_FIELDS,
  SHEET,
} from "../src/domain/register/contract";
import { readRegister } from "../src/workbook/read";
import { appendRows, setPolicy, setSettings } from "../src/adapters/xlsx/fill";
import { allGrids, editSheets, inlineCell, setCell } from "./helpers/adversarial";
import { sha256 } from "./helpers/badfiles";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { person, writeRegister } from "./helpers/registers";
import { sample, sampleRows } from "./helpers/sample";

const col = (f: (typeof NOMINATION_FIELDS)[number]): number => NOMINATION_FIELDS.indexOf(f) + 1;
const STATUS = col("status");
const NUMBER = col("decisionNo");
const DATE = col("decisionDate");

describe("decide and mark-exported through the real CLI", () => {
  const dir = tempDir();
  const base = path.join(dir, "base.xlsx");
  let first = 0; // Excel row of the sample's first nomination
  const rowOf = (i: number) => first + i;
  /**
   * Sample rows (0-based) with no finding at all; among them the ward decides all but the
   * `Tập thể lao động xuất sắc` (the province decides it); a row with an error.
   */
  const clean = sample.expected.flatMap((e, i) => (e.length === 0 ? [i] : []));
  const upward = sample.rows.findIndex(
    (r) => r["Danh hiệu / Hình thức đề nghị"] === "Tập thể lao động xuất sắc"
  );
  const ward = clean.filter((i) => i !== upward);
  const withError = sample.expected.findIndex((e) => e.includes("DK01"));

  beforeAll(async () => {
    expect(runCli(["init", base, "--year", "2026", "--council-size", "9"]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    setSettings(wb.getWorksheet(SHEET.settings)!, sample.settings);
    setPolicy(wb.getWorksheet(SHEET.settings)!, sample.policy);
    appendRows(wb.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
    first = appendRows(wb.getWorksheet(SHEET.nominations)!, sampleRows, ANCHOR_LABEL)[0]!;
    await wb.xlsx.writeFile(base);
    expect(ward.length).toBeGreaterThan(3);
    expect(clean).toContain(upward);
    expect(withError).toBeGreaterThanOrEqual(0);
    expect(upward).toBeGreaterThanOrEqual(0);
  });

  const copy = (name: string): string => {
    const f = path.join(dir, name);
    copyFileSync(base, f);
    return f;
  };
  const cells = (file: string, row: number) => {
    const grid = allGrids(file).sheets.get(SHEET.nominations)!;
    const r = grid.rows[row] ?? [];
    return { status: r[STATUS], number: r[NUMBER], date: r[DATE] };
  };

  it("refuses a malformed number or date, or no rows at all, leaving the file byte-identical (exit 2)", () => {
    const file = copy("bad-args.xlsx");
    const before = sha256(file);
    const num = runCli(["decide", file, "--number", "123-UBND", "--date", "20/12/2026"]);
    expect(num.code).toBe(2);
    expect(num.stderr).toContain("123-UBND");
    expect(num.stderr).toContain("123/QĐ-UBND");
    const date = runCli(["decide", file, "--number", "123/QĐ-UBND", "--date", "31/02/2026"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("31/02/2026");
    const rows = runCli([
      "decide",
      file,
      "--number",
      "1/QĐ-UBND",
      "--date",
      "1/1/2027",
      "--rows",
      "5,x",
    ]);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toContain("--rows");
    for (const r of [num, date, rows]) expect(r.stderr).not.toMatch(/\bat \w+ \(|Error:/u);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("refuses a chosen row with errors or decided by the province, naming file, sheet, row and reason (exit 1)", () => {
    const file = copy("not-approved.xlsx");
    const before = sha256(file);
    const r = runCli([
      "decide",
      file,
      "--number",
      "123/QĐ-UBND",
      "--date",
      "20/12/2026",
      "--rows",
      `${rowOf(ward[0]!)},${rowOf(withError)},${rowOf(upward)}`,
    ]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`dòng ${rowOf(withError)}`);
    expect(lines[0]).toContain("DK01");
    expect(lines[0]).toContain("“Đề nghị”");
    expect(lines[0]).toContain(file);
    expect(lines[1]).toContain(`dòng ${rowOf(upward)}`);
    expect(lines[1]).toContain("cấp trên");
    expect(sha256(file)).toBe(before);
    const en = runCli([
      "decide",
      file,
      "--number",
      "123/QĐ-UBND",
      "--date",
      "20/12/2026",
      "--rows",
      String(rowOf(withError)),
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`row ${rowOf(withError)}: the row has errors DK01`);
  });

  it("records the decision on the approved rows only, once; a row changed afterwards is QT02", () => {
    const file = copy("decide.xlsx");
    const r = runCli(["decide", file, "--number", "123/qd-ubnd", "--date", "20/12/2026"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("123/QĐ-UBND");
    expect(existsSync(`${file}.bak`)).toBe(true);
    for (const i of ward) {
      const c = cells(file, rowOf(i));
      expect([i, c.status, c.number]).toEqual([i, "Đã quyết định", "123/QĐ-UBND"]);
      expect(isDateCell(c.date!) && c.date.date).toEqual({ year: 2026, month: 12, day: 20 });
    }
    for (const i of [withError, upward]) expect(cells(file, rowOf(i)).status).toBeUndefined();
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    expect(json.findings.filter((f) => f.rule.startsWith("QT"))).toEqual([]);

    // The same decision again: nothing to write, the file untouched.
    const before = sha256(file);
    const again = runCli(["decide", file, "--number", "123/QĐ-UBND", "--date", "20/12/2026"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("không cần ghi lại");
    expect(sha256(file)).toBe(before);

    // Another decision on a decided row: refused without --overwrite.
    const row = rowOf(ward[0]!);
    const other = ["decide", file, "--number", "9/QĐ-UBND", "--date", "21/12/2026"];
    const refused = runCli([...other, "--rows", String(row)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `dòng ${row} đã ghi quyết định số 123/QĐ-UBND ngày 20/12/2026`
    );
    expect(sha256(file)).toBe(before);
    // Without --rows, rows holding another decision are left alone: here all of them, so nothing.
    const kept = runCli(other);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("mọi dòng được thông qua đã ghi quyết định khác");
    expect(kept.stderr).toContain(`${row} (123/QĐ-UBND)`);
    expect(runCli([...other, "--rows", String(row), "--overwrite"]).code).toBe(0);
    expect(cells(file, row).number).toBe("9/QĐ-UBND");

    // The clerk renames a decided nominee afterwards (raw XML, as another program would write it).
    const changed = rowOf(ward[1]!);
    editSheets(file, {
      [SHEET.nominations]: (xml) =>
        setCell(xml, `B${changed}`, inlineCell(`B${changed}`, "Tên khác hẳn")),
    });
    const after = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    expect(after.findings.filter((f) => f.rule === "QT02").map((f) => f.row)).toEqual([changed]);
  });

  it("export --mark-exported marks the proposed rows Đã trình; the next export leaves them out unless asked", () => {
    const file = copy("export.xlsx");
    const out = path.join(dir, "trinh.xlsx");
    const r = runCli(["export", file, "--out", out, "--force", "--mark-exported"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã trình");
    for (const i of clean) expect(cells(file, rowOf(i)).status).toBe("Đã trình");
    expect(cells(file, rowOf(withError)).status).toBeUndefined();

    const again = runCli(["export", file, "--out", out, "--force", "--overwrite"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("--include-submitted");
    expect(again.stderr).toContain(`dòng ${rowOf(clean[0]!)}`);
    const proposed = (stdout: string) => Number(/(\d+) đề nghị/u.exec(stdout)?.[1] ?? NaN);
    const all = runCli([
      "export",
      file,
      "--out",
      out,
      "--force",
      "--overwrite",
      "--include-submitted",
    ]);
    expect(all.code).toBe(0);
    expect(all.stderr).not.toContain("--include-submitted");
    expect(proposed(all.stdout) - proposed(again.stdout)).toBeGreaterThanOrEqual(clean.length);
  });
});

describe("a decision on more rows than one metadata cell holds", () => {
  it("keeps every row's fingerprint (several metadata rows) so QT02 still finds a changed row", async () => {
    const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    const MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quang"];
    const GIVEN = [
      "An",
      "Bình",
      "Châu",
      "Dũng",
      "Hà",
      "Lan",
      "Mai",
      "Nam",
      "Sơn",
      "Tâm",
      "Yến",
      "Hùng",
    ];
    const n = 2_600; // 2,600 × 13 characters would pass a cell's 32,767 in one row
    const names = Array.from({ length: n }, (_, i) =>
      [
        FAMILY[i % 10],
        MIDDLE[Math.floor(i / 10) % 6],
        GIVEN[Math.floor(i / 60) % 12],
        GIVEN[Math.floor(i / 720) % 12],
      ].join(" ")
    );
    expect(new Set(names).size).toBe(n);
    const file = path.join(tempDir(), "lon.xlsx");
    await writeRegister(file, { rows: names.map((name) => person(name)) });
    const r = runCli(["decide", file, "--number", "7/QĐ-UBND", "--date", "20/12/2026"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const grids = allGrids(file);
    const meta = readRegister(grids).meta;
    expect(meta.decided?.get("7/QĐ-UBND")?.size).toBe(n);
    const metaGrid = [...grids.sheets.values()].find((g) => g.name === META_SHEET)!;
    const rows = metaGrid.rows.filter((cells) => cells?.[1] === "decision");
    expect(rows.length).toBe(2);
    for (const cells of rows) expect(String(cells![4]).length).toBeLessThan(32_767);
    // A row changed after the decision is still found.
    editSheets(file, {
      [SHEET.nominations]: (xml) => setCell(xml, "B2500", inlineCell("B2500", "Tên khác hẳn")),
    });
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    expect(json.findings.filter((f) => f.rule === "QT02").map((f) => f.row)).toEqual([2500]);
  });
});
