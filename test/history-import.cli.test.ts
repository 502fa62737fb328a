/**
 * “Next year” through the real CLI (issue #13 item 5): `history import NEW --from LAST` and
 * `init NEW --history-from LAST` copy last year's decided rows and `Lịch sử` into this year's
 * `Lịch sử`, without duplicates, on registers written by our own tools (`decide`) and by openpyxl;
 * a second import adds nothing and leaves the file byte-identical; refusals leave it as it was; the
 * history rules then see the chain (HS01).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  ANCHOR_LABEL,
  AUDIT_SHEET,
  COL,
  HISTORY_COL,
  SHEET,
} from "../src/domain/register/contract";
import { expectAuditAppended } from "./helpers/audit";
import { appendRows } from "../src/adapters/xlsx/fill";
import { readPackage, sheetPath } from "./helpers/adversarial";
import { sha256 } from "./helpers/badfiles";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { person, registerWorkbook, team, type Row } from "./helpers/registers";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the history import CLI test");

const CST = "Chiến sĩ thi đua cơ sở";
const LDTT = "Lao động tiên tiến";
const BIRTH = "12/03/1985";

/** An annual individual Bằng khen proposal: HS01 wants CSTĐCS two years in a row. */
const bk = (name: string) =>
  person(name, { [COL.title]: "Bằng khen", [COL.dutyLevel]: "Hoàn thành xuất sắc" });

/** Last year's register (2026), by our own tools: rows typed, then `decide`. */
async function writeLastYear(file: string, year = 2026): Promise<void> {
  const wb = await registerWorkbook({
    options: {
      year,
      meetingDate: { year, month: 12, day: 5 },
      deadline: { year, month: 12, day: 15 },
    },
    rows: [
      person("Nguyễn Văn An", {
        [COL.title]: CST,
        [COL.dutyLevel]: "Hoàn thành xuất sắc",
        [COL.initiative]: "Sáng kiến số hóa hồ sơ một cửa",
        [COL.votes]: 9,
      }),
      person("Trần Thị Bình"),
      person("Lê Văn Cường", { [COL.votes]: 2 }), // below the threshold: not decided
      team("Tổ dân phố số 3"),
    ],
  });
  appendRows(
    wb.getWorksheet(SHEET.history)!,
    [
      {
        [HISTORY_COL.name]: "Nguyễn Văn An",
        [HISTORY_COL.birthDate]: BIRTH,
        [HISTORY_COL.year]: year - 1,
        [HISTORY_COL.title]: CST,
        [HISTORY_COL.decisionNo]: "98/QĐ-UBND",
        [HISTORY_COL.decisionDate]: "18/12/2025",
        [HISTORY_COL.authority]: "UBND phường Kiến Hưng",
      },
      { [HISTORY_COL.name]: "Phạm Văn Dũng", [HISTORY_COL.title]: LDTT }, // no year
    ] satisfies Row[],
    ANCHOR_LABEL
  );
  await wb.xlsx.writeFile(file);
  const r = runCli(["decide", file, "--number", "150/QĐ-UBND", "--date", "20/12/2026"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

/** This year's register (2027): two Bằng khen proposals; `Lịch sử` holds An's 2025 row already. */
async function writeThisYear(file: string, held = true): Promise<void> {
  const wb = await registerWorkbook({
    options: {
      year: 2027,
      meetingDate: { year: 2027, month: 12, day: 5 },
      deadline: { year: 2027, month: 12, day: 15 },
    },
    rows: [bk("Nguyễn Văn An"), bk("Trần Thị Bình")],
  });
  if (held)
    appendRows(
      wb.getWorksheet(SHEET.history)!,
      [
        {
          [HISTORY_COL.name]: "Nguyễn Văn An",
          [HISTORY_COL.year]: 2025,
          [HISTORY_COL.title]: "CSTDCS",
        },
      ],
      ANCHOR_LABEL
    );
  await wb.xlsx.writeFile(file);
}

/** `Lịch sử` as openpyxl reads it: rows under the header (dates as `date:YYYY-MM-DD`), number formats of dates. */
function historyRows(file: string): { rows: unknown[][]; dateFormats: string[] } {
  const script = `
import json, sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Lịch sử"]
header = next(r for r in range(1, 21) if ws.cell(r, 1).value == "Họ và tên / Tên tập thể")
rows, formats = [], []
for r in range(header + 1, ws.max_row + 1):
    vals = []
    for c in range(1, 8):
        cell = ws.cell(r, c)
        v = cell.value
        if isinstance(v, datetime.datetime):
            formats.append(cell.number_format)
            v = "date:" + v.date().isoformat()
        vals.append(v)
    if any(v is not None for v in vals): rows.append(vals)
print(json.dumps({"rows": rows, "dateFormats": formats}))
`;
  const r = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { rows: unknown[][]; dateFormats: string[] };
}

/** Type rows into a register with openpyxl (as another program would), by header label. */
function openpyxlRows(file: string, sheet: string, rows: readonly Record<string, unknown>[]): void {
  const script = `
import json, sys, datetime, openpyxl
path, sheet, rows = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
header = next(r for r in range(1, 21) if ws.cell(r, 1).value == "Họ và tên / Tên tập thể" or ws.cell(r, 2).value == "Họ và tên / Tên tập thể")
cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
name = cols["Họ và tên / Tên tập thể"]
r = header + 1
while ws.cell(r, name).value not in (None, ""):
    r += 1
for row in rows:
    for label, v in row.items():
        if isinstance(v, str) and v.startswith("date:"):
            v = datetime.datetime.fromisoformat(v[5:])
            ws.cell(r, cols[label], v).number_format = "dd/mm/yyyy"
        else:
            ws.cell(r, cols[label], v)
    r += 1
wb.save(path)
`;
  const r = spawnSync(PYTHON, ["-c", script, file, sheet, JSON.stringify(rows)], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

const hs01 = (file: string): string[] => {
  const r = runCli(["validate", file, "--json"]);
  const json = JSON.parse(r.stdout) as ValidateJson;
  return json.findings
    .filter((f) => f.rule === "HS01")
    .map((f) => `${f.row}: ${f.message}`)
    .sort();
};

const backups = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.includes(".bak"))
    .sort();

(hasOpenpyxl ? describe : describe.skip)("history import through the real CLI", () => {
  let dir: string;
  let last: string;
  let fresh: string;

  beforeAll(async () => {
    dir = tempDir("stđ-history-");
    last = path.join(dir, "so-2026.xlsx");
    fresh = path.join(dir, "moi-2027.xlsx");
    await writeLastYear(last);
    await writeThisYear(fresh);
  });

  const copy = (name: string): string => {
    const sub = tempDir("stđ-history-");
    const f = path.join(sub, name);
    copyFileSync(fresh, f);
    return f;
  };

  it("adds last year's decided rows and Lịch sử once, as dates; a second run adds nothing and rewrites nothing", () => {
    const file = copy("so-2027.xlsx");
    const r = runCli(["history", "import", file, "--from", last]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Đã thêm 3 dòng vào sheet “Lịch sử” của “${file}” (dòng 5–7): 0 dòng từ sheet “Lịch sử” và 3 dòng đã quyết định`
    );
    expect(r.stdout).toContain("bản sao lưu: so-2027.xlsx.bak");
    expect(r.stdout).toContain("Bỏ qua 1 dòng đã có");
    // The row without a year is named, with its sheet and row.
    expect(r.stderr).toMatch(/Sổ “.*so-2026\.xlsx”, sheet “Lịch sử”, dòng 5: không có năm/u);
    const { rows, dateFormats } = historyRows(file);
    expect(rows).toEqual([
      ["Nguyễn Văn An", null, 2025, "CSTDCS", null, null, null],
      [
        "Nguyễn Văn An",
        "date:1985-03-12",
        2026,
        CST,
        "150/QĐ-UBND",
        "date:2026-12-20",
        "UBND phường Kiến Hưng",
      ],
      [
        "Trần Thị Bình",
        "date:1985-03-12",
        2026,
        LDTT,
        "150/QĐ-UBND",
        "date:2026-12-20",
        "UBND phường Kiến Hưng",
      ],
      [
        "Tổ dân phố số 3",
        null,
        2026,
        "Tập thể lao động tiên tiến",
        "150/QĐ-UBND",
        "date:2026-12-20",
        "UBND phường Kiến Hưng",
      ],
    ]);
    expect(dateFormats.every((f) => /d/u.test(f) && /y/u.test(f))).toBe(true);

    const before = sha256(file);
    const bak = backups(path.dirname(file));
    const again = runCli(["history", "import", file, "--from", last]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Không có gì để thêm");
    expect(again.stdout).toContain("Bỏ qua 4 dòng đã có");
    expect(sha256(file)).toBe(before);
    expect(backups(path.dirname(file))).toEqual(bak);
  });

  it("the history rules then see the chain: HS01 goes for the nominee whose CSTĐCS years are complete", () => {
    const file = copy("hs01.xlsx");
    const before = hs01(file);
    expect(before).toHaveLength(2);
    expect(before[0]).toMatch(/^5: /u); // Nguyễn Văn An: only 2025 before the import
    expect(runCli(["history", "import", file, "--from", last]).code).toBe(0);
    const after = hs01(file);
    // An: 2025 and 2026 → complete; Bình: only an LĐTT → still HS01, unchanged.
    expect(after).toEqual([before[1]]);
    expect(after[0]).toMatch(/^6: /u);
  });

  it("refuses the register itself as --from (any spelling), a missing or foreign --from, a later year: exit 2, byte-identical", async () => {
    const file = copy("tu-choi.xlsx");
    const folder = path.dirname(file);
    const hash = sha256(file);
    const self = runCli([
      "history",
      "import",
      file,
      "--from",
      path.join(folder, "..", path.basename(folder), "tu-choi.xlsx"),
    ]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("chính là sổ");
    expect(self.stderr.trimEnd().split("\n")).toHaveLength(1);
    const missing = runCli([
      "history",
      "import",
      file,
      "--from",
      path.join(folder, "khong-co.xlsx"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Không tìm thấy tệp");
    const csv = path.join(folder, "bo.csv");
    copyFileSync(path.join(__dirname, "fixtures", "criteria", "TC Cá nhân.csv"), csv);
    const foreign = runCli(["history", "import", file, "--from", csv]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).not.toMatch(/Error:|\bat .*\.js:\d+/u);
    const later = path.join(tempDir("stđ-history-"), "so-2027-khac.xlsx");
    await writeLastYear(later, 2027);
    const notEarlier = runCli(["history", "import", file, "--from", later]);
    expect(notEarlier.code).toBe(2);
    expect(notEarlier.stderr).toContain("là sổ năm 2027, không phải năm trước");
    expect(sha256(file)).toBe(hash);
    expect(backups(folder)).toEqual([]);
  });

  it("--lang en", () => {
    const file = copy("en.xlsx");
    const r = runCli(["--lang", "en", "history", "import", file, "--from", last]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Added 3 row(s) to sheet “Lịch sử”");
    expect(r.stdout).toContain("Skipped 1 row(s) already there");
    expect(r.stderr).toContain("row 5: no year");
    const self = runCli(["history", "import", file, "--from", file, "--lang", "en"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("is the register");
  });

  it("init --history-from: the new register carries the rows; importing again adds nothing", () => {
    const sub = tempDir("stđ-history-");
    const file = path.join(sub, "so-2027.xlsx");
    const r = runCli(["init", file, "--year", "2027", "--history-from", last]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã chép 4 dòng lịch sử khen thưởng");
    expect(historyRows(file).rows.map((x) => [x[0], x[2], x[3]])).toEqual([
      ["Nguyễn Văn An", 2025, CST],
      ["Nguyễn Văn An", 2026, CST],
      ["Trần Thị Bình", 2026, LDTT],
      ["Tổ dân phố số 3", 2026, "Tập thể lao động tiên tiến"],
    ]);
    const hash = sha256(file);
    const again = runCli(["history", "import", file, "--from", last]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Không có gì để thêm");
    expect(sha256(file)).toBe(hash);
    // An unusable --from writes nothing at all.
    const none = path.join(sub, "khong.xlsx");
    const bad = runCli([
      "init",
      none,
      "--year",
      "2027",
      "--history-from",
      path.join(sub, "x.xlsx"),
    ]);
    expect(bad.code).toBe(2);
    const same = runCli([
      "init",
      path.join(sub, "cung-nam.xlsx"),
      "--year",
      "2026",
      "--history-from",
      last,
    ]);
    expect(same.code).toBe(2);
    expect(readdirSync(sub).sort()).toEqual(["so-2027.xlsx"]);
  });

  it("registers saved by openpyxl: last year's rows typed there (a date as a date, a status typed) are imported", async () => {
    const sub = tempDir("stđ-history-");
    const lastPy = path.join(sub, "nam-truoc.xlsx");
    const wb = await registerWorkbook({ options: { year: 2026 }, rows: [] });
    await wb.xlsx.writeFile(lastPy);
    openpyxlRows(lastPy, SHEET.nominations, [
      {
        [COL.name]: "Hoàng Thị Gấm",
        [COL.kind]: "Cá nhân",
        [COL.birthDate]: "date:1990-05-04",
        [COL.title]: "LDTT",
        [COL.status]: "đã quyết định",
        [COL.decisionNo]: "77/QĐ-UBND",
        [COL.decisionDate]: "date:2026-12-22",
      },
      {
        // No status typed, but a decision number and date: decided.
        [COL.name]: "Đỗ Văn Hùng",
        [COL.kind]: "Cá nhân",
        [COL.title]: "Giấy khen",
        [COL.decisionNo]: "78/QĐ-UBND",
        [COL.decisionDate]: "23/12/2026",
      },
      {
        [COL.name]: "Ngô Văn Ích",
        [COL.kind]: "Cá nhân",
        [COL.title]: LDTT,
        [COL.status]: "Đã trình",
      },
    ]);
    openpyxlRows(lastPy, SHEET.history, [
      {
        [HISTORY_COL.name]: "Hoàng Thị Gấm",
        [HISTORY_COL.birthDate]: "04/05/1990",
        [HISTORY_COL.year]: "2025",
        [HISTORY_COL.title]: LDTT,
      },
    ]);
    const target = path.join(sub, "nam-nay.xlsx");
    await writeThisYear(target, false);
    openpyxlRows(target, SHEET.history, [
      {
        [HISTORY_COL.name]: "hoàng thị  gấm",
        [HISTORY_COL.year]: 2025,
        [HISTORY_COL.title]: "LĐTT",
      },
    ]);
    const before = readPackage(target);
    const beforeBytes = readFileSync(target);
    const r = runCli(["history", "import", target, "--from", lastPy]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Only the `Lịch sử` sheet (and the styles its date cells use) changed in the openpyxl-saved
    // file: every other part is byte-for-byte as openpyxl wrote it, and none is added or removed.
    const after = readPackage(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // `Nhật ký` changed by one appended row only (issue #14).
    expectAuditAppended(beforeBytes, readFileSync(target));
    const changed = Object.keys(before).filter(
      (name) => !Buffer.from(after[name]!).equals(Buffer.from(before[name]!))
    );
    expect(changed).toContain(sheetPath(before, SHEET.history));
    for (const name of changed)
      expect([
        sheetPath(before, SHEET.history),
        sheetPath(before, AUDIT_SHEET),
        "xl/styles.xml",
      ]).toContain(name);
    // “LĐTT” is the clerks' abbreviation of the title: the source's 2025 row is already there.
    expect(r.stdout).toContain("Đã thêm 2 dòng");
    expect(r.stdout).toContain("Bỏ qua 1 dòng đã có");
    expect(historyRows(target).rows).toEqual([
      ["hoàng thị  gấm", null, 2025, "LĐTT", null, null, null],
      [
        "Hoàng Thị Gấm",
        "date:1990-05-04",
        2026,
        LDTT,
        "77/QĐ-UBND",
        "date:2026-12-22",
        "UBND phường Kiến Hưng",
      ],
      [
        "Đỗ Văn Hùng",
        null,
        2026,
        "Giấy khen",
        "78/QĐ-UBND",
        "date:2026-12-23",
        "UBND phường Kiến Hưng",
      ],
    ]);
    expect(existsSync(`${target}.bak`)).toBe(true);
    const hash = sha256(target);
    expect(runCli(["history", "import", target, "--from", lastPy]).stdout).toContain(
      "Không có gì để thêm"
    );
    expect(sha256(target)).toBe(hash);
  });
});
