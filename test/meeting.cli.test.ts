/**
 * The council meeting through the real CLI (issue #12, point 5): attendance, quorum, votes and the
 * voting method recorded in `Cấu hình`, the members in `Thành viên Hội đồng`, checked on .xlsx files
 * by `validate --json` (HD02–HD06, RG02 of the new settings); a register from before these settings
 * reads without RG01 and `upgrade` adds them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { COL, COUNCIL_SHEET, SETTING, SETTING_NAME } from "../src/domain/register/contract";
import { columnLetter } from "../src/domain/findings";
import { FRESH_NOMINATION_LAYOUT } from "../src/workbook/plan/layout";
import { settingRow } from "../src/workbook/plan/settings";
import { readPackageGrids } from "../src/adapters/xlsx/package/read";
import { person, registerWorkbook, writeRegister, type RegisterSpec } from "./helpers/registers";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI === "true" && !hasOpenpyxl)
  throw new Error("CI=true needs python3-openpyxl (Debian) for the meeting CLI test");

const dir = tempDir("stđ-hop-");
const FIRST = FRESH_NOMINATION_LAYOUT.headerRow + 1;
const VOTES = columnLetter(FRESH_NOMINATION_LAYOUT.col.votes);
const valueCell = (k: Parameters<typeof settingRow>[0]) => `B${settingRow(k)}`;

let n = 0;
async function validate(spec: RegisterSpec): Promise<ValidateJson> {
  const file = path.join(dir, `so-${++n}.xlsx`);
  await writeRegister(file, spec);
  const r = runCli(["validate", file, "--json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as ValidateJson;
}
const only = (json: ValidateJson, re: RegExp) => json.findings.filter((f) => re.test(f.rule));
const HD = /^HD0[2-6]$/u;

const cstdcs = (name: string, votes: number | null) =>
  person(name, {
    [COL.title]: "Chiến sĩ thi đua cơ sở",
    [COL.dutyLevel]: "Hoàn thành xuất sắc",
    [COL.votes]: votes ?? undefined,
  });

describe("attendance and quorum (HD02, HD05)", () => {
  it("6 of 9 taking part (5 present, 1 in writing) reaches the default two thirds", async () => {
    const json = await validate({
      rows: [person("Nguyễn Văn An", { [COL.votes]: 6 })],
      settings: { [SETTING.membersPresent]: 5, [SETTING.membersWritten]: 1 },
    });
    expect(only(json, HD)).toEqual([]);
  });

  it("5 of 9 does not: HD02 on the attendance setting, naming the count and the %", async () => {
    const json = await validate({
      rows: [person("Nguyễn Văn An", { [COL.votes]: 5 })],
      settings: { [SETTING.membersPresent]: 5 },
    });
    const f = only(json, HD);
    expect(f).toEqual([
      expect.objectContaining({
        rule: "HD02",
        severity: "error",
        sheet: "Cấu hình",
        row: null,
        column: SETTING.membersPresent,
      }),
    ]);
    expect(f[0]!.message).toContain("5/9");
    expect(f[0]!.message).toContain("66,67%");
    expect(f[0]!.message).toContain(valueCell("membersPresent"));
    expect(json.ok).toBe(false);
  });

  it("a province's 80 % (Tỷ lệ có mặt tối thiểu) is applied: 7 of 9 fails, 8 passes", async () => {
    const fail = await validate({
      rows: [person("Nguyễn Văn An", { [COL.votes]: 7 })],
      settings: {
        [SETTING.membersPresent]: 6,
        [SETTING.membersWritten]: 1,
        [SETTING.quorumPct]: 80,
      },
    });
    expect(only(fail, HD).map((f) => f.rule)).toEqual(["HD02"]);
    expect(only(fail, HD)[0]!.message).toContain("80%");
    const pass = await validate({
      rows: [person("Nguyễn Văn An", { [COL.votes]: 7 })],
      settings: { [SETTING.membersPresent]: 8, [SETTING.quorumPct]: 80 },
    });
    expect(only(pass, HD)).toEqual([]);
  });

  it("more members than the council has is HD05 (and no HD02)", async () => {
    const json = await validate({
      rows: [person("Nguyễn Văn An")],
      settings: { [SETTING.membersPresent]: 9, [SETTING.membersWritten]: 1 },
    });
    const f = only(json, HD);
    expect(f.map((x) => [x.rule, x.severity, x.column])).toEqual([
      ["HD05", "error", SETTING.membersPresent],
    ]);
    expect(f[0]!.message).toContain("10");
  });

  it("blank attendance (not recorded) is silent", async () => {
    const json = await validate({ rows: [person("Nguyễn Văn An")] });
    expect(only(json, HD)).toEqual([]);
  });
});

describe("votes on a row (HD03) and the ballot for CSTĐCS (HD04)", () => {
  let json: ValidateJson;
  const rows = [
    person("Nguyễn Văn An", { [COL.votes]: 7 }),
    person("Trần Thị Bình", { [COL.votes]: 6 }),
    cstdcs("Lê Văn Cường", 6),
    cstdcs("Phạm Thị Dung", null),
  ];
  beforeAll(async () => {
    json = await validate({
      rows,
      settings: {
        [SETTING.membersPresent]: 6,
        [SETTING.votingMethod]: "Giơ tay",
      },
    });
  });
  const at = (i: number) => only(json, HD).filter((f) => f.row === FIRST + i);

  it("more votes than members voting is HD03 on the votes cell; as many is fine", () => {
    expect(at(0)).toEqual([
      expect.objectContaining({
        rule: "HD03",
        severity: "error",
        column: COL.votes,
        cell: `${VOTES}${FIRST}`,
      }),
    ]);
    expect(at(0)[0]!.message).toContain("7");
    expect(at(1)).toEqual([]);
  });

  it("a CSTĐCS row voted by show of hands is HD04; without votes it is not", () => {
    expect(at(2).map((f) => [f.rule, f.cell])).toEqual([["HD04", `${VOTES}${FIRST + 2}`]]);
    expect(at(2)[0]!.message).toContain("Giơ tay");
    expect(at(2)[0]!.message).toContain(valueCell("votingMethod"));
    expect(at(2)[0]!.citation).toContain("Quy chế hoạt động của Hội đồng");
    expect(at(2)[0]!.severity).toBe("warning");
    expect(at(3)).toEqual([]);
  });

  it("by secret ballot (the default) CSTĐCS rows are fine", async () => {
    const ballot = await validate({ rows, settings: { [SETTING.membersPresent]: 9 } });
    expect(only(ballot, /^HD04$/u)).toEqual([]);
  });

  it("English messages with --lang en", async () => {
    const file = path.join(dir, `so-${++n}.xlsx`);
    await writeRegister(file, {
      rows,
      settings: { [SETTING.membersPresent]: 6, [SETTING.votingMethod]: "Giơ tay" },
    });
    const en = JSON.parse(
      runCli(["validate", file, "--json", "--lang", "en"]).stdout
    ) as ValidateJson;
    expect(en.findings.find((f) => f.rule === "HD04")!.message).toContain("secret ballot");
    expect(en.findings.find((f) => f.rule === "HD03")!.message).toContain("members who voted");
  });
});

describe("the council's members (HD06) and the settings' values (RG02)", () => {
  it("a list of another size than the council is HD06 (a warning on the sheet)", async () => {
    const members = ["Nguyễn Văn Hùng", "Trần Minh Đức", "Lê Thị Thu"].map((name) => ({
      name,
      position: "UBND phường",
      role: "Ủy viên",
    }));
    const json = await validate({
      options: { meeting: meetingWith(members) },
      rows: [person("A B")],
    });
    expect(only(json, HD)).toEqual([
      expect.objectContaining({
        rule: "HD06",
        severity: "warning",
        sheet: COUNCIL_SHEET,
        row: null,
      }),
    ]);
    const nine = await validate({
      options: {
        meeting: meetingWith(
          Array.from({ length: 9 }, (_, i) => ({
            name: `Thành viên ${i + 1}`,
            position: "",
            role: "",
          }))
        ),
      },
      rows: [person("A B")],
    });
    expect(only(nine, HD)).toEqual([]);
  });

  it("attendance not a whole number, an unknown method, a time Excel turned into a date: RG02", async () => {
    const wb = await registerWorkbook({
      rows: [person("Nguyễn Văn An")],
      settings: {
        [SETTING.membersPresent]: "năm",
        [SETTING.votingMethod]: "Biểu quyết điện tử",
        [SETTING.meetingEnd]: "11 giờ 30",
      },
    });
    // `8:00` typed into a General cell: Excel stores 8/24 of a day with a time format.
    const start = wb.getWorksheet("Cấu hình")!.getCell(valueCell("meetingStart"));
    start.value = 8 / 24;
    start.style = { ...start.style, numFmt: "h:mm" }; // its own style: input cells share one
    const file = path.join(dir, `so-${++n}.xlsx`);
    await wb.xlsx.writeFile(file);
    const json = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    const rg02 = only(json, /^RG02$/u);
    expect(rg02.map((f) => f.column).sort()).toEqual(
      [SETTING.meetingStart, SETTING.membersPresent, SETTING.votingMethod].sort()
    );
    expect(rg02.find((f) => f.column === SETTING.votingMethod)!.message).toContain("Bỏ phiếu kín");
    // An unreadable attendance keeps the attendance rules silent.
    expect(only(json, HD)).toEqual([]);
  });
});

function meetingWith(members: { name: string; position: string; role: string }[]) {
  return {
    start: null,
    end: null,
    place: null,
    chair: null,
    secretary: null,
    present: null,
    written: null,
    quorumPct: 66.67,
    votingMethod: "Bỏ phiếu kín",
    members,
  };
}

(hasOpenpyxl ? describe : describe.skip)("a register from before the meeting settings", () => {
  it("reads without them (no RG01, no HD) and upgrade adds the settings and the sheet", async () => {
    const file = path.join(dir, "so-cu.xlsx");
    await writeRegister(file, {
      rows: [person("Nguyễn Văn An", { [COL.votes]: 8 })],
    });
    // Another program empties the new settings' rows, drops their names and the members' sheet.
    const keys = [
      "meetingStart",
      "meetingEnd",
      "meetingPlace",
      "meetingChair",
      "meetingSecretary",
      "membersPresent",
      "membersWritten",
      "quorumPct",
      "votingMethod",
    ] as const;
    const rows = keys.map((k) => settingRow(k));
    const names = keys.map((k) => SETTING_NAME[k]);
    const drop = spawnSync(
      PYTHON,
      [
        "-c",
        `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Cấu hình"]
for r in json.loads(sys.argv[2]):
    for c in range(1, 5):
        ws.cell(r, c).value = None
for n in json.loads(sys.argv[3]):
    del wb.defined_names[n]
del wb[sys.argv[4]]
wb.save(sys.argv[1])
`,
        file,
        JSON.stringify(rows),
        JSON.stringify(names),
        COUNCIL_SHEET,
      ],
      { encoding: "utf8" }
    );
    expect(drop.stderr).toBe("");
    const before = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    expect(only(before, /^(RG01|RG02|HD0[2-6])$/u)).toEqual([]);

    const up = runCli(["upgrade", file], dir);
    expect(up.code).toBe(0);
    for (const label of [
      SETTING.membersPresent,
      SETTING.quorumPct,
      SETTING.votingMethod,
      COUNCIL_SHEET,
    ])
      expect(up.stdout).toContain(label);
    const after = JSON.parse(runCli(["validate", file, "--json"]).stdout) as ValidateJson;
    expect(only(after, /^(RG01|RG02|HD0[2-6])$/u)).toEqual([]);
    // The restored settings carry the register's defaults and their names (read back by openpyxl).
    const read = spawnSync(
      PYTHON,
      [
        "-c",
        `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Cấu hình"]
vals = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
dn = wb.defined_names
print(vals["${SETTING.quorumPct}"], vals["${SETTING.votingMethod}"], "${SETTING_NAME.membersPresent}" in dn, sys.argv[2] in wb.sheetnames)
`,
        file,
        COUNCIL_SHEET,
      ],
      { encoding: "utf8" }
    );
    expect(read.stderr).toBe("");
    expect(read.stdout.trim()).toBe("66.67 Bỏ phiếu kín True True");
  });
});

describe("the export follows the attendance", () => {
  /**
   * The export's texts by sheet, read by ExcelJS (another program's reader); `package`: by the
   * project's package reader, for the 2,000-row export — ExcelJS checks each merge it reads against
   * all earlier ones, and the Biên bản's 16,000 merges took it 21 s.
   */
  const exportOf = async (
    settings: RegisterSpec["settings"],
    rows = [person("Nguyễn Văn An", { [COL.votes]: 6 })],
    reader: "exceljs" | "package" = "exceljs"
  ) => {
    const file = path.join(dir, `so-${++n}.xlsx`);
    const out = file.replace(/\.xlsx$/u, "-trinh.xlsx");
    await writeRegister(file, { rows, settings });
    expect(runCli(["export", file, "--out", out, "--force"]).code).toBe(0);
    if (reader === "package") {
      const grids = readPackageGrids(readFileSync(out), {
        wanted: () => true,
        maxUncompressed: 1 << 28,
      });
      // Covered cells of a merge are left out: each block once, by its first cell.
      return (sheet: string) =>
        grids.sheets
          .get(sheet)!
          .rows.flatMap((row) => (row ?? []).filter((c): c is string => typeof c === "string"));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts = (sheet: string) => {
      const out: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((c) => {
          // A merged block once, by its first cell.
          if (c.master.address === c.address && typeof c.value === "string") out.push(c.value);
        })
      );
      return out;
    };
    return texts;
  };

  it("blank attendance: one ballot per council member, dots in the minutes and the count", async () => {
    const texts = await exportOf({});
    expect(texts("Phiếu bầu").filter((t) => t === "PHIẾU BẦU")).toHaveLength(9);
    expect(texts("Biên bản").find((t) => t.startsWith("Thành phần:"))).toBe(
      "Thành phần: Hội đồng có 9 thành viên; có mặt: …… thành viên; vắng mặt: …… thành viên (có ý kiến bằng văn bản: …… thành viên)."
    );
    expect(texts("Biên bản kiểm phiếu").find((t) => t.startsWith("- Số phiếu phát ra:"))).toContain(
      "……"
    );
  });

  it("5 present and 1 in writing: six ballots, six issued, by show of hands in the minutes", async () => {
    const texts = await exportOf({
      [SETTING.membersPresent]: 5,
      [SETTING.membersWritten]: 1,
      [SETTING.votingMethod]: "Giơ tay",
    });
    expect(texts("Phiếu bầu").filter((t) => t === "PHIẾU BẦU")).toHaveLength(6);
    expect(texts("Biên bản kiểm phiếu")).toContain(
      "- Số phiếu phát ra: 6 phiếu (có mặt: 5; vắng mặt có ý kiến bằng văn bản: 1)."
    );
    expect(texts("Biên bản")).toContain("Hình thức biểu quyết: Giơ tay.");
  });

  it("over 2,000 nominees: one ballot and a vote-count record without the list (the Biên bản has it)", async () => {
    const rows = Array.from({ length: 2_001 }, (_, i) =>
      person(`Người ${i + 1}`, { [COL.birthDate]: undefined, [COL.votes]: 8 })
    );
    const texts = await exportOf({}, rows, "package");
    const ballots = texts("Phiếu bầu");
    expect(ballots.filter((t) => t === "PHIẾU BẦU")).toHaveLength(1);
    expect(ballots.some((t) => t.startsWith("Có 2001 trường hợp"))).toBe(true);
    expect(ballots).not.toContain("Người 1");
    expect(texts("Biên bản kiểm phiếu").some((t) => t.startsWith("Có 2001 trường hợp"))).toBe(true);
    expect(texts("Biên bản")).toContain("Người 2001");
  });
});
