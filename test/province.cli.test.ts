/**
 * Province profiles and the `Căn cứ` rows through the real CLI (issue #12): `init --province`
 * writes the province's values with their sources and its regulation as a `Căn cứ` row; RG04 warns
 * on a ward setting looser than its province's (set, or left blank) or than the national rule; the
 * Tờ trình and the Quyết định print the `Căn cứ` rows in order, a row typed by another program
 * (openpyxl) included; `upgrade` gives an older register the rows without touching anything else.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { SETTING, SHEET } from "../src/domain/register/contract";
import { NATIONAL_LEGAL_BASIS } from "../src/domain/export/legalBasis";
import { profileOf } from "../src/domain/policy/profiles";
import { parseDrives } from "../src/domain/drives";
import { streamRegisterSnapshot } from "../src/adapters/xlsx/stream";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { unzipEntries } from "./helpers/zip";
import { expectAuditAppended } from "./helpers/audit";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the province CLI test");

const BAC_NINH = profileOf("Bắc Ninh")!;

/** Sets `Cấu hình` cells by their column-A label with openpyxl (another program saves the file). */
function setByLabel(file: string, values: Record<string, string | number | null>): void {
  const r = spawnSync(
    PYTHON,
    [
      "-c",
      `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["${SHEET.settings}"]
values = json.loads(sys.argv[2])
for row in range(1, ws.max_row + 1):
    label = ws.cell(row, 1).value
    if label in values:
        ws.cell(row, 2).value = values.pop(label)
assert not values, values
wb.save(sys.argv[1])
`,
      file,
      JSON.stringify(values),
    ],
    { encoding: "utf8" }
  );
  expect(r.stderr).toBe("");
}

/** Deletes the `Căn cứ` block with openpyxl, as a register made before it would be. */
function dropLegalBasis(file: string): void {
  const r = spawnSync(
    PYTHON,
    [
      "-c",
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["${SHEET.settings}"]
rows = [r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").upper().startswith("CĂN CỨ")]
for m in list(ws.merged_cells.ranges):
    if m.min_row >= rows[0]:
        ws.unmerge_cells(str(m))
ws.delete_rows(rows[0], len(rows))
wb.save(sys.argv[1])
`,
      file,
    ],
    { encoding: "utf8" }
  );
  expect(r.stderr).toBe("");
}

function validate(file: string, lang: "vi" | "en" = "vi"): ValidateJson {
  const r = runCli(["validate", file, "--json", ...(lang === "en" ? ["--lang", "en"] : [])]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as ValidateJson;
}

const rg04 = (json: ValidateJson) => json.findings.filter((f) => f.rule === "RG04");

async function texts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((c) => {
      // Paragraphs are indented with em spaces (Decree 30/2020's first-line indent).
      if (typeof c.value === "string" && c.value.trim()) out.push(c.value.trim());
    })
  );
  return [...new Set(out)]; // a merged paragraph is one text
}

async function settingsCells(file: string): Promise<Map<string, [unknown, unknown]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET.settings)!;
  const out = new Map<string, [unknown, unknown]>();
  ws.eachRow((row, r) => {
    const label = row.getCell(1).value;
    if (typeof label === "string") out.set(label, [ws.getCell(r, 2).value, ws.getCell(r, 4).value]);
  });
  return out;
}

(hasOpenpyxl ? describe : describe.skip)("province profiles through the CLI", () => {
  const dir = tempDir();
  const bn = path.join(dir, "bac-ninh.xlsx");

  beforeAll(() => {
    const r = runCli(["init", bn, "--province", "tỉnh Bắc Ninh", "--unit", "UBND phường Kinh Bắc"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Quyết định số 86/2025/QĐ-UBND");
  });

  it("init --province writes the province's values, their sources, and its regulation as a Căn cứ row", async () => {
    const cells = await settingsCells(bn);
    expect(cells.get(SETTING.province)?.[0]).toBe("Bắc Ninh");
    expect(cells.get(SETTING.submitTo)?.[0]).toBe(BAC_NINH.submitTo);
    const share = BAC_NINH.values.ttldttSharePct!;
    expect(cells.get(SETTING.ttldttSharePct)).toEqual([share.value, share.source]);
    const basis = [1, 2, 3, 4, 5, 6].map((n) => cells.get(`Căn cứ ${n}`)?.[0] ?? null);
    expect(basis).toEqual([...NATIONAL_LEGAL_BASIS, BAC_NINH.regulation!.text, null, null]);
    expect(rg04(validate(bn))).toEqual([]);
  });

  it("RG04 names the province's rule when the ward's share is lower or blank, in both languages", () => {
    const low = path.join(dir, "thap.xlsx");
    const blank = path.join(dir, "trong.xlsx");
    for (const f of [low, blank])
      expect(runCli(["init", f, "--province", "Bắc Ninh"]).code).toBe(0);
    setByLabel(low, { [SETTING.ttldttSharePct]: 60 });
    setByLabel(blank, { [SETTING.ttldttSharePct]: null });
    const [l] = rg04(validate(low));
    expect(l).toMatchObject({
      severity: "warning",
      sheet: SHEET.settings,
    });
    expect(l!.message).toMatch(/\(ô B\d+\) là 60%/u);
    expect(l!.message).toContain("Bắc Ninh");
    expect(l!.citation).toBe(BAC_NINH.values.ttldttSharePct!.source);
    expect(rg04(validate(low))).toHaveLength(1); // once: not again against the national 50 %
    const [b] = rg04(validate(blank));
    expect(b!.message).toContain("để trống");
    expect(rg04(validate(blank, "en"))[0]!.message).toContain(
      "is blank, looser than the rule of Bắc Ninh"
    );
  });

  it("a Hà Nội register keeps the national floor (no provincial value was confirmed)", async () => {
    const hn = path.join(dir, "ha-noi.xlsx");
    const r = runCli(["init", hn, "--province", "Hà Nội"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mức chung toàn quốc");
    const cells = await settingsCells(hn);
    expect(cells.get("Căn cứ 4")?.[0]).toBeNull();
    setByLabel(hn, { [SETTING.ttldttSharePct]: 60 });
    expect(rg04(validate(hn))).toEqual([]);
    setByLabel(hn, { [SETTING.ttldttSharePct]: 50 });
    const [n] = rg04(validate(hn));
    expect(n!.message).toContain("thấp hơn quy định chung");
    expect(n!.citation).toContain("Điều 28");
  });

  it("offers the national days' drives everywhere, Hà Nội's Giải phóng Thủ đô 10/10 only in Hà Nội", async () => {
    const hn = path.join(dir, "ha-noi-dot.xlsx");
    expect(runCli(["init", hn, "--province", "TP. Hà Nội"]).code).toBe(0);
    const drives = async (f: string) => parseDrives((await streamRegisterSnapshot(f)).drives)!;
    const inBacNinh = await drives(bn);
    const inHaNoi = await drives(hn);
    expect(inBacNinh.map((d) => d.name)).toContain("Đợt 2/9");
    expect(inBacNinh.map((d) => d.name).filter((n) => n.includes("10/10"))).toEqual([]);
    const capital = inHaNoi.find((d) => d.name === "Đợt Giải phóng Thủ đô 10/10");
    expect(capital).toMatchObject({ deadline: { state: "ok", value: { month: 9, day: 30 } } });
    expect(inHaNoi.length).toBe(inBacNinh.length + 1);
  });

  it("an unknown province is written as typed with the national defaults, and said so", async () => {
    const dn = path.join(dir, "da-nang.xlsx");
    const r = runCli(["init", dn, "--province", "Đà Nẵng"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Chưa có bộ tham số riêng của “Đà Nẵng”");
    const cells = await settingsCells(dn);
    expect(cells.get(SETTING.province)?.[0]).toBe("Đà Nẵng");
    expect(cells.get(SETTING.ttldttSharePct)?.[0]).toBeNull();
  });

  it("the Tờ trình and the Quyết định print the Căn cứ rows in order, a row typed by another program included", async () => {
    const reg = path.join(dir, "can-cu.xlsx");
    expect(
      runCli(["init", reg, "--province", "Bắc Ninh", "--unit", "UBND phường Kinh Bắc"]).code
    ).toBe(0);
    // A ward adds the amending law (typed with its own “Căn cứ” and a full stop) and clears row 3.
    setByLabel(reg, {
      "Căn cứ 3": null,
      "Căn cứ 5": "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng.",
    });
    const letter = path.join(dir, "to-trinh.xlsx");
    const x = runCli(["export", reg, "--out", letter, "--force"]);
    expect(x.code).toBe(0);
    const lines = (await texts(letter, "Tờ trình")).filter((t) => t.startsWith("Căn cứ "));
    expect(lines.slice(0, 4)).toEqual([
      `Căn cứ ${NATIONAL_LEGAL_BASIS[0]};`,
      `Căn cứ ${NATIONAL_LEGAL_BASIS[1]};`,
      `Căn cứ ${BAC_NINH.regulation!.text};`,
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng;",
    ]);
    const decision = path.join(dir, "qd.xlsx");
    expect(runCli(["export", reg, "--decision", "--force", "--out", decision]).code).toBe(0);
    const qd = (await texts(decision, "Quyết định")).filter((t) => t.startsWith("Căn cứ "));
    expect(qd[0]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương/u);
    expect(qd.slice(1, 5)).toEqual(lines.slice(0, 4));
  });

  it("upgrade gives an older register the Căn cứ rows (its province's) and changes nothing else", () => {
    const old = path.join(dir, "so-cu.xlsx");
    expect(runCli(["init", old, "--province", "Bắc Ninh"]).code).toBe(0);
    dropLegalBasis(old);
    // Before: the documents print the defaults of the province.
    const savedBytes = readFileSync(old);
    const saved = unzipEntries(savedBytes);
    const up = runCli(["upgrade", old], dir);
    expect(up.code).toBe(0);
    expect(up.stdout).toContain("Căn cứ 1 … Căn cứ 6");
    const afterBytes = readFileSync(old);
    const after = unzipEntries(afterBytes);
    expect([...after.keys()].sort()).toEqual([...saved.keys()].sort());
    const changed = [...saved].filter(([n, b]) => !b.equals(after.get(n)!)).map(([n]) => n);
    // The settings sheet, the `Nhật ký` row the upgrade appends (and styles for the new cells); the
    // rest byte-identical.
    expect(
      changed.filter((n) => !/^xl\/worksheets\/sheet\d+\.xml$|^xl\/styles\.xml$/u.test(n))
    ).toEqual([]);
    expect(changed.filter((n) => n.startsWith("xl/worksheets/"))).toHaveLength(2);
    expectAuditAppended(new Uint8Array(savedBytes), new Uint8Array(afterBytes));
    const again = runCli(["upgrade", old], dir);
    expect(again.stdout).toContain("không cần bổ sung");
  });
});
