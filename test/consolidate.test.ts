/**
 * `so-thi-dua consolidate` on 50 generated unit registers plus a corrupt, an encrypted and a
 * non-register file (through the real CLI, --json as cli.md says), and the property that
 * consolidating any split of a register's rows yields the same multiset of nominations (real files).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { consolidateFiles } from "../src/adapters/xlsx/consolidate";
import { readRegisterFile } from "../src/adapters/xlsx/read";
import type { Cell } from "../src/domain/cell";
import { COL, NOMINATION_FIELDS, type NominationField } from "../src/domain/register/contract";
import { CONSOLIDATION_SHEET } from "../src/workbook/plan/consolidation";
import { runCli, tempDir } from "./helpers/cli";
import { person, registerWorkbook, team, writeRegister, type Row } from "./helpers/registers";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quang", "Đức"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dung",
  "Đức",
  "Hà",
  "Hải",
  "Lan",
  "Mai",
  "Nam",
  "Ngọc",
  "Sơn",
  "Tâm",
  "Yến",
];
const UNITS = 50;

/** Rows of unit u: 3–6 people with birth dates unique to (unit, row), so only the planted duplicates collide. */
function unitRows(u: number): Row[] {
  const rows: Row[] = [];
  const n = 3 + (u % 4);
  for (let k = 0; k < n; k++) {
    const name = `${FAMILY[(u + k) % FAMILY.length]} ${MIDDLE[(u * 3 + k) % MIDDLE.length]} ${GIVEN[(u * 5 + k * 3) % GIVEN.length]}`;
    rows.push(
      person(name, {
        [COL.birthDate]: `${k + 1}/${(u % 12) + 1}/${1960 + Math.floor(u / 12)}`,
        [COL.proposingUnit]: `Tổ dân phố số ${u + 1}`,
        ...(k === 2 ? { [COL.title]: "Giấy khen", [COL.drive]: "Đợt 2/9" } : {}),
      })
    );
  }
  // Planted duplicates: one person proposed by four units, one collective by two.
  if (u % 10 === 0 && u > 0)
    rows.push(
      person("Nguyễn Thị Lan", {
        [COL.birthDate]: "12/03/1985",
        [COL.title]: "Giấy khen",
        [COL.drive]: "Đợt 30/4",
        [COL.proposingUnit]: `Tổ dân phố số ${u + 1}`,
      })
    );
  if (u === 5 || u === 6)
    rows.push(team("Hội Người cao tuổi phường", { [COL.proposingUnit]: `Tổ dân phố số ${u + 1}` }));
  return rows;
}

const rowKey = (cells: Readonly<Partial<Record<NominationField, Cell>>>): string =>
  JSON.stringify(
    Object.entries(cells)
      .filter(([f]) => f !== "stt" && f !== "result")
      .map(([f, v]) => [
        f,
        v && typeof v === "object" && "date" in v
          ? `${v.date.year}-${v.date.month}-${v.date.day}`
          : v,
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
  );

describe("consolidating 50 unit registers and three bad files", () => {
  const dir = tempDir("stđ-consolidate-");
  const inputs = path.join(dir, "don-vi");
  const out = path.join(dir, "tong-hop.xlsx");
  const expected: Row[][] = [];
  let json: {
    files: { file: string; ok: boolean; rows: number; error?: string }[];
    rows: number;
    duplicates: {
      name: string;
      title: string;
      drive: string;
      rows: { row: number; file: string; unit: string; sourceRow: number }[];
    }[];
  };
  let code = -1;
  let seconds = 0;

  beforeAll(async () => {
    mkdirSync(path.join(inputs, "cu"), { recursive: true });
    for (let u = 0; u < UNITS; u++) {
      const rows = unitRows(u);
      expected.push(rows);
      const ward = u === 0;
      await writeRegister(path.join(inputs, `to-dan-pho-${u + 1}.xlsx`), {
        options: ward ? {} : { unitName: `Tổ dân phố số ${u + 1}`, unitLevel: "Tổ dân phố" },
        rows,
      });
    }
    const good = readFileSync(path.join(inputs, "to-dan-pho-1.xlsx"));
    writeFileSync(path.join(inputs, "hong.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
    writeFileSync(path.join(inputs, "mat-khau.xlsx"), cfb);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "Bảng chấm công";
    await other.xlsx.writeFile(path.join(inputs, "cham-cong.xlsx"));
    writeFileSync(path.join(inputs, "~$to-dan-pho-1.xlsx"), "lock file");
    writeFileSync(path.join(inputs, "ghi-chu.txt"), "not a workbook");
    await writeRegister(path.join(inputs, "cu", "nam-truoc.xlsx"), {
      rows: [person("Không Được Đọc")],
    });

    const t0 = Date.now();
    const r = runCli(["consolidate", inputs, "--out", out, "--json"]);
    seconds = (Date.now() - t0) / 1000;
    code = r.code;
    expect(r.stderr).toBe("");
    json = JSON.parse(r.stdout);
  });

  it("exits 0 and reports every file as cli.md says", () => {
    expect(code).toBe(0);
    // cli.md's keys, and `year` and `settings` (issue #11: what the consolidation did not mix).
    expect(Object.keys(json).sort()).toEqual(["duplicates", "files", "rows", "settings", "year"]);
    expect(json.files).toHaveLength(UNITS + 3); // lock file, .txt and the subfolder are not read
    const bad = json.files.filter((f) => !f.ok);
    expect(bad.map((f) => path.basename(f.file)).sort()).toEqual([
      "cham-cong.xlsx",
      "hong.xlsx",
      "mat-khau.xlsx",
    ]);
    for (const f of bad) {
      expect(f.rows).toBe(0);
      expect(f.error).toContain(f.file);
    }
    expect(bad.find((f) => f.file.endsWith("mat-khau.xlsx"))!.error).toContain("mật khẩu");
    for (const f of json.files.filter((x) => x.ok)) {
      expect(f).toEqual({
        file: f.file,
        ok: true,
        rows: expected[Number(/to-dan-pho-(\d+)/u.exec(f.file)![1]) - 1]!.length,
      });
    }
    expect(json.rows).toBe(expected.flat().length);
    console.log(
      `consolidate: ${UNITS} registers (${json.rows} rows) + 3 bad files in ${seconds.toFixed(1)} s`
    );
  });

  it("lists the planted duplicates, and only them, with their files and source rows", () => {
    expect(json.duplicates.map((d) => [d.name, d.title, d.drive, d.rows.length])).toEqual([
      ["Hội Người cao tuổi phường", "Tập thể lao động tiên tiến", "", 2],
      ["Nguyễn Thị Lan", "Giấy khen", "Đợt 30/4", 4],
    ]);
    const lan = json.duplicates[1]!;
    expect(lan.rows.map((r) => path.basename(r.file))).toEqual([
      "to-dan-pho-11.xlsx",
      "to-dan-pho-21.xlsx",
      "to-dan-pho-31.xlsx",
      "to-dan-pho-41.xlsx",
    ]);
    expect(lan.rows.map((r) => r.unit)).toEqual([
      "Tổ dân phố số 11",
      "Tổ dân phố số 21",
      "Tổ dân phố số 31",
      "Tổ dân phố số 41",
    ]);
    // Each unit's sheet has its header on row 4; Lan comes after the unit's 3 + u % 4 people.
    expect(lan.rows.map((r) => r.sourceRow)).toEqual([10, 20, 30, 40].map((u) => 5 + 3 + (u % 4)));
  });

  it("writes a register of the ward holding every valid row exactly once, plus the four report sheets", async () => {
    const reg = await readRegisterFile(out);
    const rows = reg.snapshot.nominations!.rows;
    expect(rows).toHaveLength(expected.flat().length);
    const got = rows.map((r) => rowKey(r.cells)).sort();
    const input = await Promise.all(
      Array.from({ length: UNITS }, async (_, u) =>
        (
          await readRegisterFile(path.join(inputs, `to-dan-pho-${u + 1}.xlsx`))
        ).snapshot.nominations!.rows.map((r) => rowKey(r.cells))
      )
    );
    expect(got).toEqual(input.flat().sort());
    expect(reg.snapshot.settings?.values.unitName?.value).toBe("UBND phường Kiến Hưng");

    const wb = reg.workbook;
    const merged = wb.getWorksheet(CONSOLIDATION_SHEET.merged)!;
    const source = NOMINATION_FIELDS.length + 1; // right of the register's own columns
    expect(merged.getCell(3, source).value).toBe("Nguồn");
    expect(merged.rowCount).toBe(3 + rows.length);
    expect(String(merged.getCell(4, source).value)).toBe(
      "UBND phường Kiến Hưng — to-dan-pho-1.xlsx, dòng 5"
    );
    const units = wb.getWorksheet(CONSOLIDATION_SHEET.units)!;
    expect(units.getCell(4, 2).value).toBe("UBND phường Kiến Hưng");
    expect(units.getCell(4 + UNITS - 1, 2).value).toBe(`Tổ dân phố số ${UNITS}`);
    const failures = wb.getWorksheet(CONSOLIDATION_SHEET.failures)!;
    const reasons = [4, 5, 6].map((r) => [
      path.basename(String(failures.getCell(r, 2).value)),
      failures.getCell(r, 3).value,
    ]);
    expect(reasons).toEqual([
      ["cham-cong.xlsx", "Không phải Sổ Thi đua (không có sheet “Cấu hình”, “Đề nghị”)"],
      ["hong.xlsx", "Tệp hỏng, không đọc được"],
      ["mat-khau.xlsx", "Tệp có mật khẩu mở (đã mã hóa): cần bỏ mật khẩu"],
    ]);
    const dups = wb.getWorksheet(CONSOLIDATION_SHEET.duplicates)!;
    expect(dups.rowCount).toBe(3 + 6);
  });

  it("the output validates as a register (only the duplicates' DL07) and exports to the next level", () => {
    const v = JSON.parse(runCli(["validate", out, "--json"]).stdout) as {
      findings: { rule: string }[];
    };
    const rules = v.findings.map((f) => f.rule);
    expect(rules.filter((r) => r.startsWith("RG0") && r !== "RG03")).toEqual([]);
    expect(rules.filter((r) => r === "DL07")).toHaveLength(3 + 1);
    const x = runCli(["export", out, "--out", path.join(dir, "trinh-thanh-pho.xlsx"), "--force"]);
    expect(x.code).toBe(0);
  });
});

describe("property: any split of a register across files consolidates to the same multiset of nominations (real files)", () => {
  const names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Tổ dân phố số 1"];
  const rowArb = fc.record({
    name: fc.constantFrom(...names),
    title: fc.constantFrom("Lao động tiên tiến", "Giấy khen", "GK", "Bằng khen", "không có"),
    votes: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(null), fc.constant("8")),
    drive: fc.constantFrom(null, "Cả năm", "Đợt 30/4"),
    birth: fc.oneof(
      fc.constant(null),
      fc.constant("03/02/1990"),
      fc.constant({ date: { year: 1985, month: 3, day: 12 } })
    ),
    note: fc.constantFrom(null, "=1+1", "Ghi chú"),
  });

  it("holds (a few runs: each writes and reads real xlsx files)", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(2), { maxLength: 12 }),
        async (rows, k, cuts) => {
          const dir = tempDir(`stđ-prop-${run++}-`);
          const all = rows.map((r) =>
            person(r.name, {
              [COL.title]: r.title,
              [COL.votes]: r.votes,
              [COL.drive]: r.drive,
              [COL.birthDate]: r.birth,
              [COL.note]: r.note,
            })
          );
          const original = path.join(dir, "goc.xlsx");
          await (await registerWorkbook({ rows: all })).xlsx.writeFile(original);
          const parts: Row[][] = Array.from({ length: k }, () => []);
          all.forEach((r, i) => parts[(cuts[i] ?? i) % k]!.push(r));
          mkdirSync(path.join(dir, "in"));
          for (let i = 0; i < k; i++)
            await writeRegister(path.join(dir, "in", `u${i}.xlsx`), { rows: parts[i]! });
          const result = await consolidateFiles(
            [path.join(dir, "in")],
            path.join(dir, "out.xlsx"),
            { today: { year: 2026, month: 11, day: 25 } }
          );
          expect("empty" in result).toBe(false);
          const before = (await readRegisterFile(original)).snapshot
            .nominations!.rows.map((r) => rowKey(r.cells))
            .sort();
          const after = (await readRegisterFile(path.join(dir, "out.xlsx"))).snapshot
            .nominations!.rows.map((r) => rowKey(r.cells))
            .sort();
          expect(after).toEqual(before);
        }
      ),
      { numRuns: 6 }
    );
  });
});

describe("consolidate: messages and exit codes", () => {
  const dir = tempDir("stđ-consolidate-cli-");
  const a = path.join(dir, "a.xlsx");
  const bad = path.join(dir, "bad.xlsx");

  beforeAll(async () => {
    await writeRegister(a, { rows: [person("Nguyễn Văn An"), person("Trần Thị Bình")] });
    writeFileSync(bad, "id,name\n1,x\n");
  });

  it("prints a summary in Vietnamese (or English), lists skipped and missing files, exits 0", () => {
    const missing = path.join(dir, "khong-co.xlsx");
    const r = runCli(["consolidate", a, bad, missing, "--out", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã tổng hợp 2 đề nghị từ 1 sổ");
    expect(r.stdout).toContain("2 tệp không dùng được");
    expect(r.stdout).toContain("bad.xlsx");
    expect(r.stdout).toContain("Không tìm thấy tệp");
    expect(r.stderr).toBe(""); // no progress when stderr is not a terminal
    const en = runCli(["consolidate", a, "--out", path.join(dir, "out-en.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("Consolidated 2 nominations from 1 registers");
  });

  it("exits 2 when nothing can be read, when the output is an input, or without --out", () => {
    expect(runCli(["consolidate", bad, "--out", path.join(dir, "o1.xlsx")]).code).toBe(2);
    expect(
      runCli([
        "consolidate",
        path.join(dir, "empty-dir-that-does-not-exist"),
        "--out",
        path.join(dir, "o2.xlsx"),
      ]).code
    ).toBe(2);
    expect(runCli(["consolidate", a, "--out", a]).code).toBe(2);
    expect(runCli(["consolidate", a]).code).toBe(2);
  });
});
