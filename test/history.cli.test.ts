/**
 * The history rules through the real CLI (issue #13): a register whose `Lịch sử` rows were typed by
 * another program (openpyxl), validated with `validate --json`. Each nominee is one case: a chain
 * complete, broken by one year, complete only with this year's decided row, a title typed as its
 * code, a namesake with another birth date, the same title twice in a year; households' Giấy khen
 * on three consecutive “Gia đình văn hóa” (HS06) and their GĐVH twice in a year (HS02).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { COL } from "../src/domain/register/contract";
import { person, team, writeRegister, type Row } from "./helpers/registers";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the history CLI test");

type HistoryRow = [
  name: string,
  birth: string | null,
  year: number,
  title: string,
  decision: string,
];

/** Append rows under the `Lịch sử` header with openpyxl (found by its label, as a clerk's tool would). */
function addHistory(file: string, rows: readonly HistoryRow[]): void {
  const script = `
import json, sys, openpyxl
path, rows = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)
ws = wb["Lịch sử"]
header = next(r for r in range(1, 21) if ws.cell(r, 1).value == "Họ và tên / Tên tập thể")
cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
r = header + 1
while ws.cell(r, 1).value not in (None, ""):
    r += 1
for name, birth, year, title, decision in rows:
    ws.cell(r, cols["Họ và tên / Tên tập thể"], name)
    if birth: ws.cell(r, cols["Ngày sinh"], birth)
    ws.cell(r, cols["Năm"], year)
    ws.cell(r, cols["Danh hiệu / Hình thức"], title)
    ws.cell(r, cols["Số quyết định"], decision)
    r += 1
wb.save(path)
`;
  const r = spawnSync(PYTHON, ["-c", script, file, JSON.stringify(rows)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

const CST = "Chiến sĩ thi đua cơ sở";
const bk = (name: string, birth = "12/03/1985") =>
  person(name, {
    [COL.title]: "Bằng khen",
    [COL.birthDate]: birth,
    [COL.dutyLevel]: "Hoàn thành xuất sắc",
  });
const tinh = (name: string) =>
  person(name, {
    [COL.title]: "Chiến sĩ thi đua cấp tỉnh",
    [COL.dutyLevel]: "Hoàn thành xuất sắc",
  });

const teamBk = (name: string) =>
  team(name, { [COL.title]: "Bằng khen", [COL.dutyLevel]: "Hoàn thành xuất sắc" });
const TTX = "Tập thể lao động xuất sắc";

/** A household's row (Decree 86/2023): the Giấy khen of the ward Chairman by default. */
const household = (name: string, more: Row = {}): Row => ({
  [COL.name]: name,
  [COL.kind]: "Hộ gia đình",
  [COL.proposingUnit]: "Tổ dân phố số 3",
  [COL.title]: "Giấy khen",
  [COL.votes]: 8,
  ...more,
});
const GDVH = "Gia đình văn hóa";

const ROWS = [
  bk("Nguyễn Văn An"), // CSTĐCS 2024 (typed as its code) and 2025: complete
  bk("Trần Thị Bình"), // 2023 and 2025: broken by 2024
  tinh("Lê Văn Cường"), // 2024, 2025 and this year's decided 2026: complete
  tinh("Phạm Thị Dung"), // 2025, 2026: 2024 missing
  bk("Hoàng Văn Em"), // 2024 and 2025 of a namesake born 01/01/1990: not counted
  person("Vũ Thị Gấm"), // LĐTT 2026 already decided
  teamBk("Đoàn Thanh niên phường"), // TTLĐXS 2024 (typed “TTLĐXS”) and 2025: complete
  teamBk("Hội Cựu chiến binh phường"), // TTLĐXS 2023 and 2025: broken by 2024 (HS05)
  teamBk("Hội Nông dân phường"), // TTLĐXS 2025 and this year's decided 2026: complete
  household("Hộ ông Đặng Văn Hòa"), // GĐVH 2024, 2025, 2026 typed as abbreviation, code, name
  household("Hộ bà Ngô Thị Hoa"), // GĐVH 2024 and 2026: broken by 2025 (HS06)
  household("Hộ ông Bùi Văn Khánh", { [COL.birthDate]: "12/03/1960" }), // namesake born 1958
  household("Hộ bà Lý Thị Mai", { [COL.title]: GDVH }), // GĐVH 2026 already decided (HS02)
];

const HISTORY: HistoryRow[] = [
  ["Nguyễn Văn An", "12/03/1985", 2024, "CSTDCS", "12/QĐ-UBND"],
  ["Nguyễn Văn An", "12/03/1985", 2025, CST, "15/QĐ-UBND"],
  ["Trần Thị Bình", "12/03/1985", 2023, CST, "10/QĐ-UBND"],
  ["Trần Thị Bình", "12/03/1985", 2025, CST, "15/QĐ-UBND"],
  ["Lê Văn Cường", null, 2024, CST, "12/QĐ-UBND"],
  ["Lê Văn Cường", null, 2025, CST, "15/QĐ-UBND"],
  ["Lê Văn Cường", null, 2026, CST, "3/QĐ-UBND"],
  ["Phạm Thị Dung", "12/03/1985", 2025, CST, "15/QĐ-UBND"],
  ["Phạm Thị Dung", "12/03/1985", 2026, CST, "3/QĐ-UBND"],
  ["Hoàng Văn Em", "01/01/1990", 2024, CST, "12/QĐ-UBND"],
  ["Hoàng Văn Em", "01/01/1990", 2025, CST, "15/QĐ-UBND"],
  ["Vũ Thị Gấm", "12/03/1985", 2026, "Lao động tiên tiến", "3/QĐ-UBND"],
  ["Đoàn Thanh niên phường", null, 2024, "TTLĐXS", "12/QĐ-UBND"],
  ["Đoàn Thanh niên phường", null, 2025, TTX, "15/QĐ-UBND"],
  ["Hội Cựu chiến binh phường", null, 2023, TTX, "10/QĐ-UBND"],
  ["Hội Cựu chiến binh phường", null, 2025, TTX, "15/QĐ-UBND"],
  ["Hội Nông dân phường", null, 2025, TTX, "15/QĐ-UBND"],
  ["Hội Nông dân phường", null, 2026, TTX, "3/QĐ-UBND"],
  ["Hộ ông Đặng Văn Hòa", null, 2024, "GĐVH", "40/QĐ-UBND"],
  ["Hộ ông Đặng Văn Hòa", null, 2025, "GDVH", "41/QĐ-UBND"],
  ["Hộ ông Đặng Văn Hòa", null, 2026, GDVH, "2/QĐ-UBND"],
  ["Hộ bà Ngô Thị Hoa", null, 2024, GDVH, "40/QĐ-UBND"],
  ["Hộ bà Ngô Thị Hoa", null, 2026, GDVH, "2/QĐ-UBND"],
  ["Hộ ông Bùi Văn Khánh", "01/01/1958", 2024, GDVH, "40/QĐ-UBND"],
  ["Hộ ông Bùi Văn Khánh", "01/01/1958", 2025, GDVH, "41/QĐ-UBND"],
  ["Hộ ông Bùi Văn Khánh", "01/01/1958", 2026, GDVH, "2/QĐ-UBND"],
  ["Hộ bà Lý Thị Mai", null, 2026, "GĐVH", "2/QĐ-UBND"],
];

(hasOpenpyxl ? describe : describe.skip)(
  "history rules on a register typed by another program",
  () => {
    let json: ValidateJson;
    const hs = (row: number) =>
      json.findings.filter((f) => f.row === row && f.rule.startsWith("HS"));
    const rowOf = (name: string) => 5 + ROWS.findIndex((r) => r[COL.name] === name);

    beforeAll(async () => {
      const file = path.join(tempDir(), "lich-su.xlsx");
      await writeRegister(file, { rows: ROWS });
      addHistory(file, HISTORY);
      const r = runCli(["validate", file, "--json"]);
      expect(r.stderr).toBe("");
      json = JSON.parse(r.stdout) as ValidateJson;
    });

    it("a complete chain (one year typed as the title's code) is silent", () => {
      expect(hs(rowOf("Nguyễn Văn An"))).toEqual([]);
    });

    it("a chain broken by one year is HS01, naming the years found and missing", () => {
      const [f, ...more] = hs(rowOf("Trần Thị Bình"));
      expect(more).toEqual([]);
      expect(f).toMatchObject({ rule: "HS01", severity: "warning", column: COL.title });
      expect(f!.message).toContain("có 2025");
      expect(f!.message).toContain("thiếu 2024");
    });

    it("Chiến sĩ thi đua cấp tỉnh: complete with this year's decided CSTĐCS, HS03 when a year is missing", () => {
      expect(hs(rowOf("Lê Văn Cường"))).toEqual([]);
      const f = hs(rowOf("Phạm Thị Dung"));
      expect(f.map((x) => [x.rule, x.severity])).toEqual([["HS03", "error"]]);
      expect(f[0]!.message).toContain("thiếu 2024");
    });

    it("a namesake with another birth date is not counted, and is named (HS04)", () => {
      const f = hs(rowOf("Hoàng Văn Em"));
      expect(f.map((x) => x.rule).sort()).toEqual(["HS01", "HS04"]);
      expect(f.find((x) => x.rule === "HS04")!.message).toContain("01/01/1990");
    });

    it("the same once-a-year title already decided for the year is HS02", () => {
      const f = hs(rowOf("Vũ Thị Gấm"));
      expect(f.map((x) => [x.rule, x.severity])).toEqual([["HS02", "error"]]);
      expect(f[0]!.message).toContain("3/QĐ-UBND");
    });

    it("a collective's Bằng khen: complete (abbreviation, or with this year's decided TTLĐXS), HS05 when a year is missing", () => {
      expect(hs(rowOf("Đoàn Thanh niên phường"))).toEqual([]);
      expect(hs(rowOf("Hội Nông dân phường"))).toEqual([]);
      const f = hs(rowOf("Hội Cựu chiến binh phường"));
      expect(f.map((x) => [x.rule, x.severity])).toEqual([["HS05", "warning"]]);
      expect(f[0]!.message).toContain("TTLĐXS: có 2025, thiếu 2024");
    });

    it("a household's Giấy khen: three consecutive GĐVH (abbreviation, code or name) is silent, HS06 when a year is missing", () => {
      expect(hs(rowOf("Hộ ông Đặng Văn Hòa"))).toEqual([]);
      const f = hs(rowOf("Hộ bà Ngô Thị Hoa"));
      expect(f.map((x) => [x.rule, x.severity, x.column])).toEqual([
        ["HS06", "warning", COL.title],
      ]);
      expect(f[0]!.message).toContain(
        "cần 3 năm liên tục Gia đình văn hóa: có 2024, 2026, thiếu 2025"
      );
    });

    it("a household's namesake with another birth date is not counted (HS06) and is named (HS04)", () => {
      const f = hs(rowOf("Hộ ông Bùi Văn Khánh"));
      expect(f.map((x) => x.rule).sort()).toEqual(["HS04", "HS06"]);
      expect(f.find((x) => x.rule === "HS04")!.message).toContain("01/01/1958");
      expect(f.find((x) => x.rule === "HS06")!.message).toContain("chưa có năm nào");
    });

    it("Gia đình văn hóa already decided for the year is HS02", () => {
      const f = hs(rowOf("Hộ bà Lý Thị Mai"));
      expect(f.map((x) => [x.rule, x.severity])).toEqual([["HS02", "error"]]);
      expect(f[0]!.message).toContain("2/QĐ-UBND");
    });

    it("in English with --lang en", () => {
      const file = path.join(tempDir(), "en.xlsx");
      return writeRegister(file, { rows: [bk("Trần Thị Bình")] }).then(() => {
        addHistory(
          file,
          HISTORY.filter((h) => h[0] === "Trần Thị Bình")
        );
        const r = JSON.parse(
          runCli(["validate", file, "--json", "--lang", "en"]).stdout
        ) as ValidateJson;
        const f = r.findings.find((x) => x.rule === "HS01")!;
        expect(f.message).toMatch(/2024/u);
        expect(f.message).not.toMatch(/thiếu/u);
      });
    });
  }
);
