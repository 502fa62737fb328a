/**
 * Consolidation that refuses to mix (issue #11, point 5), through the real CLI: units of another
 * evaluation year are never merged silently (exit 2 naming the years and files without `--year`; with
 * it, the other year's units go to `Tệp lỗi`), and the consolidated register's settings never depend
 * on the order of the files: where units differ it takes `--council-size`, `--settings-from` or the
 * defaults, and says so.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPackageGrids } from "../src/adapters/xlsx/package/read";
import { nodeInflateRaw, streamRegisterSnapshot } from "../src/adapters/xlsx/stream";
import type { Cell } from "../src/domain/cell";
import { COL, POLICY_EXTRA, POLICY_HEADER, SETTING } from "../src/domain/register/contract";
import type { RegisterSnapshot } from "../src/domain/snapshot";
import { gridCell } from "../src/workbook/grid";
import { CONSOLIDATION_SHEET } from "../src/workbook/plan/consolidation";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { person, writeRegister } from "./helpers/registers";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A unit's register (residential group level, so no file is "the ward's"). */
async function unit(
  file: string,
  name: string,
  people: readonly string[],
  options: Record<string, unknown> = {},
  policy?: Record<string, Record<string, number>>
): Promise<string> {
  await writeRegister(file, {
    options: { unitName: name, unitLevel: "Tổ dân phố", ...options },
    rows: people.map((p, i) =>
      person(p, {
        [COL.proposingUnit]: name,
        [COL.birthDate]: `0${1 + (i % 9)}/0${1 + (i % 9)}/198${i % 10}`,
        [COL.votes]: 5,
      })
    ),
    ...(policy ? { policy } : {}),
  });
  return file;
}

/** The rows of one sheet of an xlsx, read by the project's package reader (index 0 unused). */
function sheetRows(file: string, sheet: string): (Cell | undefined)[][] {
  const grids = readPackageGrids(readFileSync(file), {
    wanted: (n) => n === sheet,
    maxUncompressed: 1 << 30,
    inflateRaw: nodeInflateRaw,
  });
  const g = grids.sheets.get(sheet);
  if (!g) throw new Error(`no sheet ${sheet} in ${file}`);
  return g.rows.map((r, i) => (r ? r.map((_, c) => gridCell(g, i, c)) : []));
}

/** `Cấu hình` as values only (settings by key, policy rows by title), for comparing two registers. */
function settingsOf(s: RegisterSnapshot): unknown {
  const values = Object.fromEntries(
    Object.entries(s.settings?.values ?? {}).map(([k, v]) => [k, v?.value])
  );
  const policy = Object.fromEntries(
    Object.entries(s.settings?.policy ?? {}).map(([t, p]) => [
      t,
      [p?.minScore, p?.minVotePct, p?.bonus, p?.authority],
    ])
  );
  return { values, policy };
}

/** `validate --json` with each row replaced by the nominee written on it (rows move with the file order). */
async function validateByName(out: string): Promise<unknown> {
  const r = runCli(["validate", out, "--json"]);
  const v = JSON.parse(r.stdout) as ValidateJson;
  const snap = await streamRegisterSnapshot(out);
  const nameAt = new Map(snap.nominations!.rows.map((row) => [row.row, row.cells.name]));
  return {
    ok: v.ok,
    counts: v.counts,
    findings: v.findings
      .map((f) =>
        [f.rule, f.severity, f.sheet, f.column, f.row === null ? "" : nameAt.get(f.row)].join("|")
      )
      .sort(),
  };
}

interface MixJson {
  files: { file: string; ok: boolean; rows: number; error?: string }[];
  rows: number;
  year: {
    value: number | null;
    from: string | null;
    units: { file: string; year: number | null }[];
  };
  settings?: {
    source: string;
    file: string | null;
    councilSize: number;
    differing: {
      setting: string;
      used: unknown;
      from: string;
      units: { file: string; unit: string; value: unknown }[];
    }[];
  };
}

describe("units of different evaluation years", () => {
  const dir = tempDir("stđ-mix-year-");
  let a2025: string, b2026: string, c2026: string, blank: string;

  beforeAll(async () => {
    a2025 = await unit(
      path.join(dir, "a-2025.xlsx"),
      "Tổ dân phố số 1",
      ["Lê Văn Cũ", "Lê Thị Xưa"],
      {
        year: 2025,
      }
    );
    b2026 = await unit(path.join(dir, "b-2026.xlsx"), "Tổ dân phố số 2", ["Trần Văn Mới"]);
    c2026 = await unit(path.join(dir, "c-2026.xlsx"), "Tổ dân phố số 3", ["Phạm Thị Nay"]);
    blank = await unit(path.join(dir, "d-khong-nam.xlsx"), "Tổ dân phố số 4", ["Hồ Văn Trống"]);
    // `Năm đánh giá` left blank: the setting row is there, its value is not.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.getWorksheet("Cấu hình")!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === SETTING.year) row.getCell(2).value = null;
    });
    await wb.xlsx.writeFile(blank);
  });

  it("without --year: exit 2, one sentence naming the years and files, inputs untouched, nothing written", () => {
    const inputs = [a2025, b2026, c2026];
    const before = inputs.map(sha256);
    const out = path.join(dir, "out-mixed.xlsx");
    const r = runCli(["consolidate", ...inputs, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/2025 \(a-2025\.xlsx\).*2026 \(b-2026\.xlsx, c-2026\.xlsx\).*--year/u);
    expect(inputs.map(sha256)).toEqual(before);
    expect(existsSync(out)).toBe(false);

    const en = runCli(["consolidate", ...inputs, "--out", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/evaluation years.*2025 \(a-2025\.xlsx\).*--year/u);
    expect(existsSync(out)).toBe(false);
  });

  it("--json reports every unit's year, and still writes nothing", () => {
    const out = path.join(dir, "out-mixed-json.xlsx");
    const r = runCli(["consolidate", a2025, b2026, "--out", out, "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as MixJson;
    expect(json.year).toEqual({
      value: null,
      from: null,
      units: [
        { file: a2025, year: 2025 },
        { file: b2026, year: 2026 },
      ],
    });
    expect(json.settings).toBeUndefined();
    expect(r.stderr).toContain("--year");
    expect(existsSync(out)).toBe(false);
  });

  it("a unit without a readable year counts as a disagreement", () => {
    const out = path.join(dir, "out-blank.xlsx");
    const r = runCli(["consolidate", b2026, blank, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2026 \(b-2026\.xlsx\).*d-khong-nam\.xlsx/u);
    expect(existsSync(out)).toBe(false);
  });

  it("units that agree are merged in their year without asking", () => {
    const out = path.join(dir, "out-2026.xlsx");
    const r = runCli(["consolidate", b2026, c2026, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as MixJson).year).toMatchObject({ value: 2026, from: "units" });
  });

  it("with --year: the other year's unit (and the one without a year) go to `Tệp lỗi`, their rows are absent", async () => {
    const inputs = [a2025, b2026, c2026, blank];
    const before = inputs.map(sha256);
    const out = path.join(dir, "out-year.xlsx");
    const r = runCli(["consolidate", ...inputs, "--out", out, "--year", "2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã tổng hợp 2 đề nghị từ 2 sổ");
    expect(r.stdout).toContain("năm đánh giá 2025, khác năm tổng hợp 2026");
    expect(inputs.map(sha256)).toEqual(before);

    const failures = sheetRows(out, CONSOLIDATION_SHEET.failures);
    const listed = failures.slice(4).filter((row) => row[2]);
    expect(listed.map((row) => [path.basename(String(row[2])), row[3], row[4]])).toEqual([
      [
        "a-2025.xlsx",
        "Năm đánh giá khác năm tổng hợp",
        "năm đánh giá 2025, khác năm tổng hợp 2026",
      ],
      [
        "d-khong-nam.xlsx",
        "Không đọc được năm đánh giá",
        "ô “Năm đánh giá” trống hoặc không hợp lệ; năm tổng hợp 2026",
      ],
    ]);
    const snap = await streamRegisterSnapshot(out);
    expect(snap.settings!.values.year!.value).toBe(2026);
    expect(snap.nominations!.rows.map((row) => row.cells.name).sort()).toEqual([
      "Phạm Thị Nay",
      "Trần Văn Mới",
    ]);
    const units = sheetRows(out, CONSOLIDATION_SHEET.units);
    expect(units.flat()).not.toContain("a-2025.xlsx");

    const en = runCli([
      "consolidate",
      ...inputs,
      "--out",
      path.join(dir, "out-year-en.xlsx"),
      "--year",
      "2026",
      "--lang",
      "en",
    ]);
    expect(en.stdout).toContain("evaluation year 2025, not 2026");

    const json = JSON.parse(
      runCli([
        "consolidate",
        ...inputs,
        "--out",
        path.join(dir, "out-year-json.xlsx"),
        "--year",
        "2026",
        "--json",
      ]).stdout
    ) as MixJson;
    expect(json.year.value).toBe(2026);
    expect(json.year.from).toBe("option");
    expect(json.files.map((f) => [path.basename(f.file), f.ok])).toEqual([
      ["a-2025.xlsx", false],
      ["b-2026.xlsx", true],
      ["c-2026.xlsx", true],
      ["d-khong-nam.xlsx", false],
    ]);
    expect(json.files[0]!.error).toContain("2025");
  });

  it("with a --year no unit has: exit 2, nothing written", () => {
    const out = path.join(dir, "out-2030.xlsx");
    const r = runCli(["consolidate", b2026, c2026, "--out", out, "--year", "2030"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2030");
    expect(existsSync(out)).toBe(false);
  });
});

describe("units with different councils and policy tables", () => {
  const dir = tempDir("stđ-mix-settings-");
  let seven: string, eleven: string, ward: string;

  beforeAll(async () => {
    // 5 votes of 7 pass LĐTT (50 %), 5 of 11 do not: the council size decides the validation.
    seven = await unit(
      path.join(dir, "to-7.xlsx"),
      "Tổ dân phố số 7",
      ["Nguyễn Văn Bảy", "Đỗ Thị Bảy"],
      { councilSize: 7 },
      { "Lao động tiên tiến": { [POLICY_HEADER.minVotePct]: 60 } }
    );
    eleven = await unit(path.join(dir, "to-11.xlsx"), "Tổ dân phố số 11", ["Bùi Văn Mười"], {
      councilSize: 11,
    });
    ward = await unit(
      path.join(dir, "phuong.xlsx"),
      "UBND phường Định Công",
      [],
      { councilSize: 13, unitLevel: "Phường" },
      { "Giấy khen": { [POLICY_EXTRA.bonus]: 0.5, [POLICY_HEADER.minVotePct]: 65 } }
    );
  });

  it("the result is the same whatever the file order: settings cells and validation", async () => {
    const out1 = path.join(dir, "order-1.xlsx");
    const out2 = path.join(dir, "order-2.xlsx");
    const r1 = runCli(["consolidate", seven, eleven, "--out", out1]);
    const r2 = runCli(["consolidate", eleven, seven, "--out", out2]);
    expect([r1.code, r2.code]).toEqual([0, 0]);
    const s1 = await streamRegisterSnapshot(out1);
    const s2 = await streamRegisterSnapshot(out2);
    expect(settingsOf(s1)).toEqual(settingsOf(s2));
    expect(s1.settings!.values.councilSize!.value).toBe(9); // the default: units differ
    expect(s1.settings!.policy.LDTT!.minVotePct).toBe(50);
    expect(await validateByName(out1)).toEqual(await validateByName(out2));
    // Said on the command line, and noted on `Theo đơn vị`.
    expect(r1.stdout).toContain(
      "Số thành viên Hội đồng: 7 (to-7.xlsx); 11 (to-11.xlsx) → 9 (mặc định)"
    );
    const notes = sheetRows(out1, CONSOLIDATION_SHEET.units).flat().map(String).join("\n");
    expect(notes).toContain("Số thành viên Hội đồng");
    expect(notes).toContain("7 (to-7.xlsx); 11 (to-11.xlsx)");
  });

  it("--json has a `settings` object: source and the differing unit values", () => {
    const r = runCli(["consolidate", seven, eleven, "--out", path.join(dir, "j.xlsx"), "--json"]);
    const json = JSON.parse(r.stdout) as MixJson;
    expect(json.settings!.source).toBe("units");
    expect(json.settings!.file).toBeNull();
    expect(json.settings!.councilSize).toBe(9);
    const council = json.settings!.differing.find((d) => d.setting === SETTING.councilSize)!;
    expect(council).toEqual({
      setting: SETTING.councilSize,
      used: 9,
      from: "default",
      units: [
        { file: seven, unit: "Tổ dân phố số 7", value: 7 },
        { file: eleven, unit: "Tổ dân phố số 11", value: 11 },
      ],
    });
    const vote = json.settings!.differing.find((d) => d.setting.startsWith("Lao động tiên tiến"))!;
    expect(vote).toMatchObject({ used: 50, from: "default" });
  });

  it("--council-size sets the ward's council", async () => {
    const out = path.join(dir, "council.xlsx");
    const r = runCli(["consolidate", eleven, seven, "--out", out, "--council-size", "7"]);
    expect(r.code).toBe(0);
    expect((await streamRegisterSnapshot(out)).settings!.values.councilSize!.value).toBe(7);
    expect(r.stdout).toContain("→ 7 (--council-size)");
  });

  it("--settings-from takes that register's settings (read by the package reader)", async () => {
    const out = path.join(dir, "from-ward.xlsx");
    const before = sha256(ward);
    const r = runCli([
      "consolidate",
      seven,
      eleven,
      "--out",
      out,
      "--settings-from",
      ward,
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(sha256(ward)).toBe(before);
    const json = JSON.parse(r.stdout) as MixJson;
    expect(json.settings).toMatchObject({ source: "settings-from", file: ward, councilSize: 13 });
    const s = (await streamRegisterSnapshot(out)).settings!;
    expect(s.values.councilSize!.value).toBe(13);
    expect(s.values.unitName!.value).toBe("UBND phường Định Công");
    expect(s.policy.GK!.bonus).toBe(0.5);
    expect(s.policy.GK!.minVotePct).toBe(65);
    expect(s.policy.LDTT!.minVotePct).toBe(50);
    const policyOf = async (f: string) =>
      (settingsOf(await streamRegisterSnapshot(f)) as { policy: unknown }).policy;
    expect(await policyOf(out)).toEqual(await policyOf(ward));
    // Its rows are not merged unless it is an input too.
    expect(json.rows).toBe(3);
  });

  it("--settings-from a file that is not a register: exit 2, nothing written", () => {
    const out = path.join(dir, "bad-from.xlsx");
    const r = runCli([
      "consolidate",
      seven,
      "--out",
      out,
      "--settings-from",
      path.join(dir, "x.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("x.xlsx");
    expect(existsSync(out)).toBe(false);
  });
});
