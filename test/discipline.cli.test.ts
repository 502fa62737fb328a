/**
 * Discipline through the real CLI (issue #12, Decree 152/2025 Art. 4(4)): `Hết thời hạn kỷ luật`
 * lets a discipline served before the evaluation year stand aside (DK03 silent), a period ending in
 * the year is still DK03 naming its end, a date that is no date is DL11, and `Kỷ luật` = `Đang xem
 * xét` blocks any title (DK14). An older register without the column (the column removed by
 * openpyxl) still reads, DK03 as before, and `upgrade` adds the column.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AUDIT_SHEET, COL } from "../src/domain/register/contract";
import { person, team, writeRegister } from "./helpers/registers";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { expectAuditAppended } from "./helpers/audit";
import { sheetPartOf, unzipEntries } from "./helpers/zip";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the discipline CLI test");

const ROWS = [
  person("Nguyễn Văn An", { [COL.discipline]: "Khiển trách", [COL.disciplineEnd]: "30/11/2025" }),
  person("Trần Thị Bình", { [COL.discipline]: "Cảnh cáo", [COL.disciplineEnd]: "30/06/2026" }),
  person("Lê Văn Cường", { [COL.discipline]: "Khiển trách" }),
  person("Phạm Thị Dung", { [COL.discipline]: "Khiển trách", [COL.disciplineEnd]: "cuối năm" }),
  person("Hoàng Văn Em", { [COL.discipline]: "Đang xem xét", [COL.title]: "Giấy khen" }),
  team("Tổ dân phố số 3", { [COL.discipline]: "Đang xem xét" }),
];
const rowOf = (name: string) => 5 + ROWS.findIndex((r) => r[COL.name] === name);

function validate(file: string): ValidateJson {
  const r = runCli(["validate", file, "--json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as ValidateJson;
}

const rulesAt = (json: ValidateJson, row: number) =>
  json.findings
    .filter((f) => f.row === row && /^(DK03|DK14|DL11)$/u.test(f.rule))
    .map((f) => f.rule)
    .sort();

describe("discipline rules on a register file", () => {
  let json: ValidateJson;
  beforeAll(async () => {
    const file = path.join(tempDir(), "ky-luat.xlsx");
    await writeRegister(file, { rows: ROWS });
    json = validate(file);
  });

  it("a discipline served before the evaluation year is no finding", () => {
    expect(rulesAt(json, rowOf("Nguyễn Văn An"))).toEqual([]);
  });

  it("a period ending in the year is DK03, naming the end and Decree 152/2025 Art. 4(4)", () => {
    const f = json.findings.find((x) => x.row === rowOf("Trần Thị Bình") && x.rule === "DK03")!;
    expect(f).toMatchObject({ severity: "error", column: COL.discipline });
    expect(f.message).toContain("30/06/2026");
    expect(f.citation).toContain("Điều 4 khoản 4");
  });

  it("without the end date the discipline falls in the year (DK03), a non-date end is DL11", () => {
    expect(rulesAt(json, rowOf("Lê Văn Cường"))).toEqual(["DK03"]);
    expect(rulesAt(json, rowOf("Phạm Thị Dung"))).toEqual(["DK03", "DL11"]);
    const dl11 = json.findings.find((x) => x.rule === "DL11")!;
    expect(dl11.column).toBe(COL.disciplineEnd);
    expect(dl11.message).toContain("cuối năm");
  });

  it("Đang xem xét blocks any title for a person or a collective (DK14)", () => {
    expect(rulesAt(json, rowOf("Hoàng Văn Em"))).toEqual(["DK14"]);
    expect(rulesAt(json, rowOf("Tổ dân phố số 3"))).toEqual(["DK14"]);
  });
});

(hasOpenpyxl ? describe : describe.skip)("a register from before the column", () => {
  it("reads without it (DK03 as before) and upgrade adds it", async () => {
    const dir = tempDir();
    const file = path.join(dir, "so-cu.xlsx");
    await writeRegister(file, {
      rows: [person("Lê Văn Cường", { [COL.discipline]: "Khiển trách" })],
    });
    // Another program removes the column, as a register made before it would be.
    const drop = spawnSync(
      PYTHON,
      [
        "-c",
        `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Đề nghị"]
col = next(c for c in range(1, ws.max_column + 1) if ws.cell(4, c).value == "Hết thời hạn kỷ luật")
ws.delete_cols(col)
wb.save(sys.argv[1])
`,
        file,
      ],
      { encoding: "utf8" }
    );
    expect(drop.stderr).toBe("");
    const before = validate(file);
    expect(before.findings.filter((f) => f.rule === "RG01")).toEqual([]);
    expect(rulesAt(before, 5)).toEqual(["DK03"]);

    const savedBytes = readFileSync(file);
    const saved = unzipEntries(savedBytes);
    const up = runCli(["upgrade", file], dir);
    expect(up.code).toBe(0);
    expect(up.stdout).toContain("Hết thời hạn kỷ luật");
    // Only the Đề nghị sheet (and the styles of its new header) changed, with the `Nhật ký` row the
    // upgrade appends; every other part of the openpyxl-saved file is byte-identical, none added or
    // removed.
    const upgraded = unzipEntries(readFileSync(file));
    expect([...upgraded.keys()].sort()).toEqual([...saved.keys()].sort());
    const changed = [...saved].filter(([n, b]) => !b.equals(upgraded.get(n)!)).map(([n]) => n);
    const part = sheetPartOf(saved, "Đề nghị");
    const log = sheetPartOf(saved, AUDIT_SHEET);
    expect(changed.filter((n) => n !== part && n !== log && n !== "xl/styles.xml")).toEqual([]);
    expectAuditAppended(savedBytes, readFileSync(file));
    expect(changed).toContain(part);
    const after = validate(file);
    expect(rulesAt(after, 5)).toEqual(["DK03"]);
  });
});
