/**
 * The two commands that write into a clerk's register, through the REAL command line:
 * - `validate --write` keeps `FILE.bak` byte-identical to the original, writes `Kết quả kiểm tra` on
 *   every data row, and changes no other cell of any sheet (twice in a row);
 * - `upgrade` on a partial register adds exactly what is missing and keeps every cell that had a
 *   value; a second `upgrade` has nothing to add and changes nothing.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { appendRows, setPolicy, setSettings } from "../src/adapters/xlsx/fill";
import { ANCHOR_LABEL, AUDIT_SHEET, COL, SETTING, SHEET } from "../src/domain/register/contract";
import { expectAuditAppended } from "./helpers/audit";
import { FRESH_NOMINATION_LAYOUT } from "../src/workbook/plan/layout";
import { runCli, runCliAsync, tempDir, type ValidateJson } from "./helpers/cli";
import { sample, sampleRows } from "./helpers/sample";

type Json = ValidateJson;

/** What a cell holds, comparable across a save: its formula (and cached result) or its value. */
function cellContent(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return { mergedInto: cell.master.address };
  const formula = cell.formula;
  if (formula !== undefined && formula !== null && formula !== "")
    return { formula, result: normalise(cell.result as ExcelJS.CellValue) };
  return normalise(cell.value);
}

function normalise(v: ExcelJS.CellValue | undefined): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (v && typeof v === "object" && "richText" in v)
    return { richText: v.richText.map((p) => p.text).join("") };
  return v ?? null;
}

type Contents = Map<string, Map<string, unknown>>;

/** Every non-empty cell of every sheet (sheet → address → content), plus the sheets' merges. */
function contentsOf(wb: ExcelJS.Workbook): Contents {
  const out: Contents = new Map();
  wb.eachSheet((ws) => {
    const cells = new Map<string, unknown>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = cellContent(cell);
        if (c !== null && c !== "") cells.set(cell.address, c);
      })
    );
    cells.set("#merges", [...((ws.model as { merges?: string[] }).merges ?? [])].sort());
    cells.set("#state", ws.state);
    out.set(ws.name, cells);
  });
  return out;
}

async function contentsOfFile(file: string): Promise<{ wb: ExcelJS.Workbook; contents: Contents }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, contents: contentsOf(wb) };
}

/** Differences between two content maps, as readable lines (`sheet!A1: before → after`). */
function diff(
  before: Contents,
  after: Contents,
  ignore: (sheet: string, address: string) => boolean = () => false
): string[] {
  const lines: string[] = [];
  for (const sheet of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(sheet);
    const b = after.get(sheet);
    if (!a || !b) {
      lines.push(`${sheet}: sheet ${a ? "removed" : "added"}`);
      continue;
    }
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      if (ignore(sheet, address)) continue;
      const x = JSON.stringify(a.get(address) ?? null);
      const y = JSON.stringify(b.get(address) ?? null);
      if (x !== y) lines.push(`${sheet}!${address}: ${x} → ${y}`);
    }
  }
  return lines;
}

function definedNames(wb: ExcelJS.Workbook): Record<string, string[]> {
  const model = wb.definedNames.model as unknown as { name: string; ranges: string[] }[];
  return Object.fromEntries(
    model
      .map((n) => [n.name, [...n.ranges].sort()])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  );
}

/** The conditional formats of a sheet (ExcelJS keeps them, its typings do not say so). */
const conditionalFormats = (ws: ExcelJS.Worksheet): unknown[] =>
  (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;

const headerCols = (ws: ExcelJS.Worksheet, row: number) => {
  const m = new Map<string, number>();
  ws.getRow(row).eachCell(
    (cell, c) => typeof cell.value === "string" && !m.has(cell.value) && m.set(cell.value, c)
  );
  return m;
};

describe("validate --write", () => {
  const dir = tempDir("stđ-write-");
  const file = path.join(dir, "so.xlsx");
  let dataRows: number[] = [];
  let staleRow = 0;
  let resultCol = 0;
  let original: Buffer;

  beforeAll(async () => {
    expect(runCli(["init", file, "--year", "2026", "--council-size", "9"]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const settings = wb.getWorksheet(SHEET.settings)!;
    setSettings(settings, sample.settings);
    setPolicy(settings, sample.policy);
    appendRows(wb.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
    const ws = wb.getWorksheet(SHEET.nominations)!;
    const cols = headerCols(ws, 4);
    // The clerk's own things: a column of their own, a formula, a blank row, a sheet of their own.
    // The first column after the register's own (not a number: the layout grows).
    const ownCol = Math.max(...Object.values(FRESH_NOMINATION_LAYOUT.col)) + 1;
    ws.getCell(4, ownCol).value = "Ghi chép riêng";
    const first = appendRows(ws, sampleRows.slice(0, 12), ANCHOR_LABEL);
    const rest = appendRows(
      ws,
      [{ [COL.name]: null }, ...sampleRows.slice(12)],
      ANCHOR_LABEL
    ).slice(1);
    // appendRows starts after the last used row; the null row above left row first[11]+1 empty.
    dataRows = [...first, ...rest];
    expect(rest[0]).toBe(first[first.length - 1]! + 2);
    dataRows.forEach(
      (r, i) =>
        (ws.getCell(r, ownCol).value =
          i % 3
            ? `ghi chú ${i}`
            : ({ formula: `LEN(B${r})`, result: 3 } as ExcelJS.CellFormulaValue))
    );
    resultCol = cols.get(COL.result)!;
    // A stale result left on a row that is no longer a nomination (its inputs were cleared).
    staleRow = dataRows[dataRows.length - 1]! + 3;
    ws.getCell(staleRow, resultCol).value = "Lỗi: DL01 kết quả cũ";
    ws.getCell(staleRow + 1, resultCol).value = "ghi chú của cán bộ ở cột kết quả";
    ws.getCell(staleRow + 2, resultCol).value = "Lỗi chính tả ở tên đã sửa ngày 12/11"; // the clerk's, too
    const own = wb.addWorksheet("Ghi chép");
    own.getCell("A1").value = "Tổng số";
    own.getCell("B1").value = {
      formula: "COUNTA('Đề nghị'!B5:B100)",
      result: 24,
    } as ExcelJS.CellFormulaValue;
    own.mergeCells("A3:C3");
    own.getCell("A3").value = "Ô gộp của người dùng";
    await wb.xlsx.writeFile(file);
    original = readFileSync(file);
  });

  it("keeps FILE.bak, writes every data row's result, and changes no other cell — twice", async () => {
    const [before, jsonRun] = await Promise.all([
      contentsOfFile(file),
      runCliAsync(["validate", file, "--json"]),
    ]);
    const cfBefore = conditionalFormats(before.wb.getWorksheet(SHEET.nominations)!).length;
    const json = JSON.parse(jsonRun.stdout) as Json;
    expect(json.counts.rows).toBe(sampleRows.length);
    expect(readFileSync(file).equals(original)).toBe(true);

    const run1 = runCli(["validate", file, "--write"]);
    expect(run1.code).toBe(1);
    expect(run1.stderr).toMatch(/Đã ghi “Kết quả kiểm tra” cho 24 dòng/);
    expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    const after1 = await contentsOfFile(file);

    const isResult = (sheet: string, address: string) =>
      sheet === SHEET.nominations && address.replace(/\d+$/, "") === columnLetterOf(resultCol);
    const resultRows = new Set([...dataRows, staleRow]);
    expect(
      diff(
        before.contents,
        after1.contents,
        (s, a) =>
          (isResult(s, a) && resultRows.has(Number(/\d+$/.exec(a)![0]))) || s === AUDIT_SHEET
      )
    ).toEqual([]);
    // `Nhật ký`: one row appended, nothing else of it changed.
    expectAuditAppended(original, readFileSync(file));
    expect(definedNames(after1.wb)).toEqual(definedNames(before.wb));
    expect(after1.wb.worksheets.map((w) => w.name)).toEqual(
      before.wb.worksheets.map((w) => w.name)
    );

    // Every data row has its result, consistent with the JSON findings.
    const ws = after1.wb.getWorksheet(SHEET.nominations)!;
    for (const r of dataRows) {
      const text = String(ws.getCell(r, resultCol).value);
      const rowFindings = json.findings.filter((f) => f.row === r);
      const errors = rowFindings.filter((f) => f.severity === "error").map((f) => f.rule);
      const warnings = rowFindings.filter((f) => f.severity === "warning").map((f) => f.rule);
      if (errors.length) expect(text).toMatch(/^Lỗi: /);
      else if (warnings.length) expect(text).toMatch(/^Hợp lệ – cảnh báo: /);
      else expect(text).toBe("Hợp lệ");
      for (const rule of [...errors, ...warnings]) expect(text).toContain(`${rule} `);
    }
    const kinds = dataRows.map((r) => String(ws.getCell(r, resultCol).value).replace(/:.*$/s, ""));
    expect(new Set(kinds)).toEqual(new Set(["Hợp lệ", "Hợp lệ – cảnh báo", "Lỗi"]));
    expect(ws.getCell(staleRow, resultCol).value).toBeNull(); // a stale result is cleared …
    expect(ws.getCell(staleRow + 1, resultCol).value).toBe("ghi chú của cán bộ ở cột kết quả"); // … the clerk's note is not
    expect(ws.getCell(staleRow + 2, resultCol).value).toBe("Lỗi chính tả ở tên đã sửa ngày 12/11");
    expect(conditionalFormats(ws).length).toBe(cfBefore); // the row colours were already there

    // A second run: every result is already right, so the file is not even rewritten (and the
    // backup of the first run stays the register as it was before it).
    const written1 = readFileSync(file);
    const backup1 = readFileSync(`${file}.bak`);
    const run2 = runCli(["validate", file, "--write"]);
    expect(run2.code).toBe(1);
    expect(run2.stderr).toContain("không cần ghi lại");
    expect(readFileSync(file).equals(written1)).toBe(true);
    expect(readFileSync(`${file}.bak`).equals(backup1)).toBe(true);
    const [after2, json2Run] = await Promise.all([
      contentsOfFile(file),
      runCliAsync(["validate", file, "--json"]),
    ]);
    expect(diff(after1.contents, after2.contents)).toEqual([]);
    expect(conditionalFormats(after2.wb.getWorksheet(SHEET.nominations)!).length).toBe(cfBefore);
    expect(definedNames(after2.wb)).toEqual(definedNames(before.wb));
    // And what validate reads is the same as before writing.
    const json2 = JSON.parse(json2Run.stdout) as Json;
    expect(json2.findings).toEqual(json.findings);
  });
});

function columnLetterOf(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

describe("upgrade on a partial register", () => {
  const dir = tempDir("stđ-upgrade-");
  const file = path.join(dir, "so-cu.xlsx");
  let before: Contents;
  let beforeNames: Record<string, string[]>;
  let removed: { noteCol: number; salaryRow: number; policyRow: number };

  beforeAll(async () => {
    expect(runCli(["init", file, "--year", "2026", "--council-size", "9"]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const settings = wb.getWorksheet(SHEET.settings)!;
    setSettings(settings, { ...sample.settings, [SETTING.baseSalary]: 2_340_000 });
    setPolicy(settings, sample.policy);
    appendRows(wb.getWorksheet(SHEET.complaints)!, sample.complaints, ANCHOR_LABEL);
    const ws = wb.getWorksheet(SHEET.nominations)!;
    appendRows(ws, sampleRows, ANCHOR_LABEL);

    // Make it "older": no `Tổng hợp`, no `Danh mục`, no `Ghi chú` header, no `Mức lương cơ sở` row, no `Bằng khen` policy row.
    wb.removeWorksheet(wb.getWorksheet(SHEET.summary)!.id);
    wb.removeWorksheet(wb.getWorksheet(SHEET.lists)!.id);
    const noteCol = headerCols(ws, 4).get(COL.note)!;
    ws.getCell(4, noteCol).value = null;
    let salaryRow = 0;
    let policyRow = 0;
    settings.eachRow((row, r) => {
      if (row.getCell(1).value === SETTING.baseSalary) salaryRow = r;
      if (row.getCell(1).value === "Bằng khen") policyRow = r;
    });
    expect([salaryRow > 0, policyRow > 0]).toEqual([true, true]);
    for (const r of [salaryRow, policyRow])
      settings.getRow(r).eachCell((cell) => (cell.value = null));
    removed = { noteCol, salaryRow, policyRow };
    await wb.xlsx.writeFile(file);
    before = contentsOf(wb);
    beforeNames = definedNames(wb);
  });

  it("the partial register reports RG01 for what is missing", () => {
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout) as Json;
    const rg01 = json.findings.filter((f) => f.rule === "RG01").map((f) => [f.sheet, f.column]);
    expect(rg01).toEqual(
      expect.arrayContaining([
        [SHEET.nominations, COL.note],
        [SHEET.settings, SETTING.baseSalary],
      ])
    );
  });

  it("adds exactly what is missing, keeps every cell, and a second upgrade changes nothing", async () => {
    const original = readFileSync(file);
    const run = runCli(["upgrade", file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    const added = run.stdout
      .split("\n")
      .filter((l) => l.startsWith("  + "))
      .map((l) => l.slice(4));
    expect(added.filter((l) => !l.startsWith("tên vùng")).sort()).toEqual(
      [
        `sheet “${SHEET.lists}”`,
        `sheet “${SHEET.summary}”`,
        `cột “${COL.note}” ở sheet “${SHEET.nominations}”`,
        `tham số “${SETTING.baseSalary}” ở sheet “${SHEET.settings}”`,
        `dòng chính sách “Bằng khen”`,
      ].sort()
    );

    const { wb, contents: after } = await contentsOfFile(file);
    // Every cell that had a value keeps exactly that value or formula.
    const lost: string[] = [];
    for (const [sheet, cells] of before) {
      for (const [address, value] of cells) {
        if (address.startsWith("#")) continue;
        const now = after.get(sheet)?.get(address);
        if (JSON.stringify(now) !== JSON.stringify(value))
          lost.push(`${sheet}!${address}: ${JSON.stringify(value)} → ${JSON.stringify(now)}`);
      }
    }
    expect(lost).toEqual([]);
    // The sheets that were there are still there, in order, with the added ones.
    const names = wb.worksheets.map((w) => w.name);
    for (const sheet of before.keys()) expect(names).toContain(sheet);
    expect(names).toEqual(expect.arrayContaining([SHEET.lists, SHEET.summary]));
    // Defined names that existed are unchanged, except those of the restored setting and policy row,
    // which now point at the restored cells (next test), each at exactly one cell.
    const nowNames = definedNames(wb);
    const repointed = [
      "CH_LuongCoSo",
      "CS_BK_Diem",
      "CS_BK_Phieu",
      "CS_BK_HeSo",
      "CS_BK_ThamQuyen",
    ];
    for (const [name, ranges] of Object.entries(beforeNames)) {
      if (repointed.includes(name))
        expect([name, nowNames[name]!.length, nowNames[name]]).not.toEqual([name, 1, ranges]);
      else expect([name, nowNames[name]]).toEqual([name, ranges]);
    }
    for (const name of repointed) expect([name, nowNames[name]!.length]).toEqual([name, 1]);
    expect(added.filter((l) => l.startsWith("tên vùng")).sort()).toEqual(
      repointed.map((n) => `tên vùng ${n}`).sort()
    );

    // The restored setting and policy row are read by label; the register validates without RG01.
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout) as Json;
    expect(json.findings.filter((f) => f.rule === "RG01" || f.rule === "RG02")).toEqual([]);
    expect(json.counts.rows).toBe(sampleRows.length);
    const ws = wb.getWorksheet(SHEET.nominations)!;
    const noteCols = [...headerCols(ws, 4).entries()]
      .filter(([label]) => label === COL.note)
      .map(([, c]) => c);
    expect(noteCols).toHaveLength(1);
    expect(noteCols[0]).not.toBe(removed.noteCol);

    // A second upgrade: nothing to add, the file is not even rewritten.
    const upgraded = readFileSync(file);
    const bak = readFileSync(`${file}.bak`);
    const again = runCli(["upgrade", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/đã đúng cấu trúc hiện hành, không cần bổ sung/);
    expect(again.stdout).not.toMatch(/\+ /);
    expect(readFileSync(file).equals(upgraded)).toBe(true);
    expect(readFileSync(`${file}.bak`).equals(bak)).toBe(true);
    expect(existsSync(`${file}.tmp-${process.pid}`)).toBe(false);
  });

  it("the defined names of restored settings and policy rows point at the restored cells", async () => {
    const { wb } = await contentsOfFile(file);
    const settings = wb.getWorksheet(SHEET.settings)!;
    const names = definedNames(wb);
    const valueOf = (name: string) => {
      const [ref] = names[name] ?? [];
      const a1 = String(ref).replace(/^.*!/, "").replace(/\$/g, "");
      return settings.getCell(a1).value;
    };
    // Before the fix (src/workbook/upgrade.ts, src/adapters/xlsx/upgrade.ts) the names kept pointing at
    // the emptied old cells, so the restored `Tổng hợp` computed bonuses on an empty base salary.
    // `Mức lương cơ sở` is restored blank (the base salary in force on the decision date applies):
    // its name points at the value cell right of the restored label.
    const [salaryRef] = names.CH_LuongCoSo ?? [];
    const salaryCell = settings.getCell(String(salaryRef).replace(/^.*!/, "").replace(/\$/g, ""));
    expect(salaryCell.value).toBeNull();
    expect(settings.getRow(Number(salaryCell.row)).getCell(Number(salaryCell.col) - 1).value).toBe(
      SETTING.baseSalary
    );
    expect(valueOf("CS_BK_Phieu")).toBe(50);
    expect(names.CH_LuongCoSo![0]).not.toContain(`$${removed.salaryRow}`);
    expect(names.CS_BK_Phieu![0]).not.toContain(`$${removed.policyRow}`);
  });
});
