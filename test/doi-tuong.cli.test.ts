/**
 * Who the person is, through the real CLI (issue #12, build point 3): `Đối tượng` on `Đề nghị`;
 * for `Công nhân, nông dân, người lao động khác` LĐTT (and the LĐTT part of CSTĐCS) is judged by
 * Law 2022 Art. 24(3) — `Lao động, sản xuất hiệu quả` = Có — instead of by the duty rating (DK01
 * variant `art24`); blank keeps today's behaviour; values off the lists are DL02 naming sheet, row
 * and column. An older register without the two columns (removed by openpyxl, with the `Đối tượng`
 * list of `Danh mục`) still reads as before, and `upgrade` adds them, changing nothing else.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { columnLetter } from "../src/domain/findings";
import { AUDIT_SHEET, COL } from "../src/domain/register/contract";
import { FRESH_NOMINATION_LAYOUT } from "../src/workbook/plan/layout";
import { listSource } from "../src/workbook/plan/lists";
import { defaultOptions } from "../src/workbook/plan/options";
import { person, writeRegister } from "./helpers/registers";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { expectAuditAppended } from "./helpers/audit";
import { sheetPartOf, unzipEntries } from "./helpers/zip";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the Đối tượng CLI test");

const GROUP = "Công nhân, nông dân, người lao động khác";
const resident = (name: string, more: Record<string, string | number | null> = {}) =>
  person(name, {
    [COL.position]: "Nông dân",
    [COL.personGroup]: GROUP,
    [COL.dutyLevel]: null,
    [COL.productiveWork]: "Có",
    ...more,
  });

const ROWS = [
  resident("Dương Văn Khải"),
  resident("Lưu Thị Hoa", { [COL.productiveWork]: "Không" }),
  resident("Tô Văn Lâm", { [COL.productiveWork]: null }),
  person("Nghiêm Văn Quý", { [COL.personGroup]: "Nông dân" }),
  resident("Mạc Thị Sen", { [COL.productiveWork]: "Tốt" }),
  person("Kim Văn Tài", { [COL.dutyLevel]: "Hoàn thành" }),
  person("Lã Thị Uyên", { [COL.personGroup]: "Người lao động", [COL.dutyLevel]: "Hoàn thành" }),
  resident("Dương Văn Khải", {
    [COL.title]: "Chiến sĩ thi đua cơ sở",
    [COL.initiative]: "QĐ 21/QĐ-UBND",
  }),
  resident("Tô Văn Lâm", { [COL.title]: "Chiến sĩ thi đua cơ sở", [COL.productiveWork]: "Có" }),
];
const rowOf = (name: string, title = "Lao động tiên tiến") =>
  5 + ROWS.findIndex((r) => r[COL.name] === name && r[COL.title] === title);
const cellOf = (f: keyof typeof COL, row: number) =>
  `${columnLetter(FRESH_NOMINATION_LAYOUT.col[f])}${row}`;

function validate(file: string): ValidateJson {
  const r = runCli(["validate", file, "--json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as ValidateJson;
}

const RULES = /^(DK01|DK04|DL01|DL02)$/u;
const rulesAt = (json: ValidateJson, row: number) =>
  json.findings
    .filter((f) => f.row === row && RULES.test(f.rule))
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe("Đối tượng and Lao động, sản xuất hiệu quả on a register file", () => {
  let json: ValidateJson;
  beforeAll(async () => {
    const file = path.join(tempDir(), "doi-tuong.xlsx");
    await writeRegister(file, { rows: ROWS });
    json = validate(file);
  });

  it("a resident with productive work and no duty rating passes LĐTT (Art. 24(3))", () => {
    expect(json.findings.filter((f) => f.row === rowOf("Dương Văn Khải"))).toEqual([]);
  });

  it("Lao động, sản xuất hiệu quả = Không is DK01 on that cell, citing Art. 24(3)", () => {
    const row = rowOf("Lưu Thị Hoa");
    expect(rulesAt(json, row)).toEqual([`DK01 ${cellOf("productiveWork", row)}`]);
    const f = json.findings.find((x) => x.row === row && x.rule === "DK01")!;
    expect(f).toMatchObject({
      severity: "error",
      column: COL.productiveWork,
      citation: "Luật TĐKT 2022, Điều 24 khoản 3",
    });
    expect(f.message).toContain("Điều 24 khoản 3");
  });

  it("blank Lao động, sản xuất hiệu quả is DL01 there; the duty rating is not asked for", () => {
    const row = rowOf("Tô Văn Lâm");
    expect(rulesAt(json, row)).toEqual([`DL01 ${cellOf("productiveWork", row)}`]);
  });

  it("values off the lists are DL02, the message naming sheet, row and column", () => {
    const row = rowOf("Nghiêm Văn Quý");
    expect(rulesAt(json, row)).toEqual([`DL02 ${cellOf("personGroup", row)}`]);
    const f = json.findings.find((x) => x.row === row && x.rule === "DL02")!;
    expect(f.message).toBe(
      `Sheet “Đề nghị”, dòng ${row}, cột “Đối tượng”: giá trị “Nông dân” không có trong danh mục; chọn một trong “Cán bộ, công chức, viên chức”; “Người lao động”; “${GROUP}”.`
    );
    const sen = rowOf("Mạc Thị Sen");
    expect(rulesAt(json, sen)).toEqual([`DL02 ${cellOf("productiveWork", sen)}`]);
  });

  it("blank Đối tượng and Người lao động keep the duty rating (DK01 as today)", () => {
    for (const name of ["Kim Văn Tài", "Lã Thị Uyên"]) {
      const row = rowOf(name);
      expect(rulesAt(json, row)).toEqual([`DK01 ${cellOf("dutyLevel", row)}`]);
    }
  });

  it("CSTĐCS on the Art. 24(3) route: an initiative passes, none is DK04", () => {
    expect(rulesAt(json, rowOf("Dương Văn Khải", "Chiến sĩ thi đua cơ sở"))).toEqual([]);
    const row = rowOf("Tô Văn Lâm", "Chiến sĩ thi đua cơ sở");
    expect(rulesAt(json, row)).toEqual([`DK04 ${cellOf("initiative", row)}`]);
  });

  it("English messages with --lang en", () => {
    const file = path.join(tempDir(), "doi-tuong-en.xlsx");
    return writeRegister(file, { rows: [ROWS[1]!] }).then(() => {
      const r = runCli(["validate", file, "--json", "--lang", "en"]);
      const j = JSON.parse(r.stdout) as ValidateJson;
      expect(j.findings.find((f) => f.rule === "DK01")!.message).toContain("Art. 24(3)");
    });
  });
});

(hasOpenpyxl ? describe : describe.skip)("a register from before the columns", () => {
  it("reads without them (DK01 as before), and upgrade adds them, changing nothing else", async () => {
    const dir = tempDir();
    const file = path.join(dir, "so-cu.xlsx");
    await writeRegister(file, {
      rows: [
        person("Kim Văn Tài", { [COL.dutyLevel]: "Hoàn thành" }),
        person("Dương Văn Khải", { [COL.dutyLevel]: null }),
      ],
    });
    // Another program removes the two columns and the `Đối tượng` list of `Danh mục`, as a register
    // made before them would be.
    const drop = spawnSync(
      PYTHON,
      [
        "-c",
        `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Đề nghị"]
for label in ("Đối tượng", "Lao động, sản xuất hiệu quả"):
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(4, c).value == label)
    ws.delete_cols(col)
lists = wb["Danh mục"]
col = next(c for c in range(1, lists.max_column + 1) if lists.cell(1, c).value == "Đối tượng")
lists.delete_cols(col)
wb.save(sys.argv[1])
`,
        file,
      ],
      { encoding: "utf8" }
    );
    expect(drop.stderr).toBe("");
    const before = validate(file);
    expect(before.findings.filter((f) => f.rule === "RG01")).toEqual([]);
    // `Mức hoàn thành nhiệm vụ` is one column to the left without `Đối tượng` before it.
    const oldDuty = columnLetter(FRESH_NOMINATION_LAYOUT.col.dutyLevel - 1);
    expect(FRESH_NOMINATION_LAYOUT.col.personGroup).toBeLessThan(
      FRESH_NOMINATION_LAYOUT.col.dutyLevel
    );
    expect(rulesAt(before, 5)).toEqual([`DK01 ${oldDuty}5`]);
    expect(rulesAt(before, 6)).toEqual([`DL01 ${oldDuty}6`]);

    const savedBytes = readFileSync(file);
    const saved = unzipEntries(savedBytes);
    const up = runCli(["upgrade", file], dir);
    expect(up.code).toBe(0);
    expect(up.stdout).toContain("Đối tượng");
    expect(up.stdout).toContain("Lao động, sản xuất hiệu quả");
    // Only the Đề nghị sheet (and the styles of its new headers) changed; every other part of the
    // openpyxl-saved file — `Danh mục` included — is byte-identical, none added or removed.
    const upgraded = unzipEntries(readFileSync(file));
    expect([...upgraded.keys()].sort()).toEqual([...saved.keys()].sort());
    const changed = [...saved].filter(([n, b]) => !b.equals(upgraded.get(n)!)).map(([n]) => n);
    const part = sheetPartOf(saved, "Đề nghị");
    // …and the `Nhật ký` row the upgrade appends (nothing else of that sheet changes).
    const log = sheetPartOf(saved, AUDIT_SHEET);
    expect(changed.filter((n) => n !== part && n !== log && n !== "xl/styles.xml")).toEqual([]);
    expectAuditAppended(savedBytes, readFileSync(file));
    expect(changed).toContain(part);

    // The two headers sit after the last used column; `Lao động, sản xuất hiệu quả` offers the
    // `Có`/`Không` list of `Danh mục`, `Đối tượng` (no list in this `Danh mục`) its input message only.
    // Texts as characters (the package editor writes non-ASCII as numeric references).
    const decode = (x: string) =>
      x.replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)));
    const xml = decode(upgraded.get(part)!.toString("utf8"));
    const shared = [
      ...decode(upgraded.get("xl/sharedStrings.xml")?.toString("utf8") ?? "").matchAll(
        /<si>(.*?)<\/si>/gsu
      ),
    ].map((m) => m[1]!.replace(/<[^>]+>/gu, ""));
    const headerCol = (label: string) => {
      for (const m of xml.matchAll(/<c r="([A-Z]+)4"([^>]*)>(.*?)<\/c>/gsu)) {
        const text = m[2]!.includes('t="s"')
          ? shared[Number(/<v>(\d+)<\/v>/u.exec(m[3]!)![1])]
          : m[3]!.replace(/<[^>]+>/gu, "");
        if (text === label) return m[1]!;
      }
      throw new Error(`no header ${label}`);
    };
    const pg = headerCol("Đối tượng");
    const pw = headerCol("Lao động, sản xuất hiệu quả");
    // After every column the register had (the last of them was `Kết quả kiểm tra`).
    expect([pg, pw]).toEqual([
      columnLetter(FRESH_NOMINATION_LAYOUT.col.result - 1),
      columnLetter(FRESH_NOMINATION_LAYOUT.col.result),
    ]);
    // The validations upgrade added (openpyxl's delete_cols left the old ones where they were, so
    // the new ones cover the prepared rows those do not).
    const validationsOf = (x: string) =>
      x.match(/<dataValidation [^>]*>.*?<\/dataValidation>/gsu) ?? [];
    const old = new Set(validationsOf(decode(saved.get(part)!.toString("utf8"))));
    const validations = validationsOf(xml).filter((v) => !old.has(v));
    const on = (letter: string) =>
      validations.filter((v) => new RegExp(`sqref="${letter}\\d+:${letter}\\d+"`, "u").test(v));
    expect(on(pw)).toHaveLength(1);
    expect(on(pw)[0]).toMatch(/type="list"/u);
    expect(on(pw)[0]).toContain(listSource("yesNo", defaultOptions()));
    expect(on(pg)).toHaveLength(1);
    expect(on(pg)[0]).not.toMatch(/type="list"/u);
    expect(on(pg)[0]).toContain("Công nhân, nông dân, người lao động khác");

    // The upgraded register takes the Art. 24(3) route once the clerk fills the columns.
    const after = validate(file);
    expect(rulesAt(after, 5)).toEqual([`DK01 ${oldDuty}5`]);
    const fill = spawnSync(
      PYTHON,
      [
        "-c",
        `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Đề nghị"]
ws[sys.argv[2] + "6"] = "Công nhân, nông dân, người lao động khác"
ws[sys.argv[3] + "6"] = "Có"
wb.save(sys.argv[1])
`,
        file,
        pg,
        pw,
      ],
      { encoding: "utf8" }
    );
    expect(fill.stderr).toBe("");
    expect(rulesAt(validate(file), 6)).toEqual([]);
  });
});
