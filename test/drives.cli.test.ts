/**
 * Drives and posting through the real CLI (issue #14): per-drive deadlines (RG03 passed, RG05 near),
 * a row whose drive is not on `Đợt thi đua` (DL12), a drive row the rules cannot use (RG06), a row
 * submitted while the list is still posted (QT04), and `upgrade` adding the sheet to an older
 * register. The day is SO_THI_DUA_TODAY (test/setup-today.ts): 2 January of the current year.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { DRIVE_LIST_NAME, DRIVE_SHEET, SHEET } from "../src/domain/register/contract";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { person, writeRegister } from "./helpers/registers";

const Y = new Date().getFullYear();
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("drives (đợt thi đua) through the real CLI", () => {
  const dir = tempDir();
  const file = path.join(dir, "drives.xlsx");
  let json: ValidateJson;
  const of = (rule: string) => json.findings.filter((f) => f.rule === rule);

  beforeAll(async () => {
    await writeRegister(file, {
      options: {
        year: Y,
        deadline: null,
        meetingDate: null,
        driveRows: [
          {
            name: "Cả năm",
            kind: "annual",
            launchedBy: "UBND phường",
            start: day(Y, 1, 1),
            end: day(Y, 12, 31),
            deadline: day(Y, 12, 1),
            postingDays: 5,
          },
          {
            name: "Đợt Tết",
            kind: "periodic",
            launchedBy: "UBND phường",
            start: day(Y - 1, 12, 1),
            end: day(Y, 1, 28),
            deadline: day(Y - 1, 12, 30),
            postingDays: 5,
          },
          {
            name: "Đợt 3/2",
            kind: "periodic",
            launchedBy: "UBND phường",
            start: day(Y, 1, 1),
            end: day(Y, 2, 3),
            deadline: day(Y, 1, 5),
            postingDays: 5,
          },
          {
            name: "Đột xuất",
            kind: "sudden",
            launchedBy: "UBND phường",
            start: null,
            end: null,
            deadline: null,
            postingDays: 3,
          },
          {
            name: "Chuyên đề lỗi",
            kind: "topic",
            launchedBy: "UBND phường",
            start: day(Y, 6, 1),
            end: day(Y, 5, 1),
            deadline: null,
            postingDays: 5,
          },
        ],
      },
      settings: { "Ngày bắt đầu công khai": `01/01/${Y}` },
      rows: [
        person("Nguyễn Văn Quá Hạn", {
          "Danh hiệu / Hình thức đề nghị": "Giấy khen",
          Đợt: "Đợt Tết",
        }),
        person("Trần Thị Sắp Hạn", {
          "Danh hiệu / Hình thức đề nghị": "Giấy khen",
          Đợt: "Đợt 3/2",
        }),
        person("Lê Văn Không Đợt", {
          "Danh hiệu / Hình thức đề nghị": "Giấy khen",
          Đợt: "Đợt không có",
        }),
        person("Phạm Thị Trình Sớm", { "Trạng thái": "Đã trình" }),
        person("Hoàng Văn Đột Xuất", {
          "Danh hiệu / Hình thức đề nghị": "Giấy khen",
          Đợt: "Đột xuất",
        }),
      ],
    });
    const run = runCli(["validate", file, "--json"]);
    json = JSON.parse(run.stdout) as ValidateJson;
  });

  it("warns per drive: a passed deadline with rows not submitted (RG03), a near one (RG05)", () => {
    expect(of("RG03").map((f) => [f.sheet, f.message])).toEqual([
      [DRIVE_SHEET, expect.stringContaining("Đợt Tết") as unknown as string],
    ]);
    expect(of("RG03")[0]!.message).toContain(`30/12/${Y - 1}`);
    expect(of("RG05")).toHaveLength(1);
    expect(of("RG05")[0]!.message).toMatch(/Đợt 3\/2.*3 ngày.*05\/01/u);
    // A sudden drive has no deadline; the annual one is eleven months away.
    expect(
      json.findings.some((f) => /Đột xuất|Cả năm/u.test(f.message) && /RG03|RG05/u.test(f.rule))
    ).toBe(false);
  });

  it("refuses a row whose drive is not on the sheet (DL12) and reports bad drive rows (RG06)", () => {
    expect(of("DL12")).toHaveLength(1);
    expect(of("DL12")[0]!.message).toContain("Đợt không có");
    expect(of("DL12")[0]!.severity).toBe("error");
    expect(
      of("RG06")
        .map((f) => f.column)
        .sort()
    ).toEqual(["Hạn nộp hồ sơ", "Ngày kết thúc"]);
  });

  it("refuses a row submitted before the posting period ends (QT04)", () => {
    expect(of("QT04")).toHaveLength(1);
    expect(of("QT04")[0]!.message).toContain(`05/01/${Y}`);
    const en = JSON.parse(
      runCli(["validate", file, "--json", "--lang", "en"]).stdout
    ) as ValidateJson;
    expect(en.findings.find((f) => f.rule === "QT04")!.message).toContain("still posted");
  });

  it("upgrade adds the drive sheet to an older register, its old drive list carried over", async () => {
    const old = path.join(dir, "old.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.removeWorksheet(wb.getWorksheet(DRIVE_SHEET)!.id);
    wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== DRIVE_LIST_NAME);
    wb.getWorksheet(SHEET.lists)!.getCell("G12").value = "Đợt Tết";
    await wb.xlsx.writeFile(old);
    // Without the sheet: no drive rules but the posting one.
    const before = JSON.parse(runCli(["validate", old, "--json"]).stdout) as ValidateJson;
    expect(before.findings.filter((f) => /RG05|RG06|DL12/u.test(f.rule))).toEqual([]);
    expect(runCli(["upgrade", old]).code).toBe(0);
    const after = JSON.parse(runCli(["validate", old, "--json"]).stdout) as ValidateJson;
    expect(after.findings.map((f) => f.rule)).toContain("DL12");
    const up = new ExcelJS.Workbook();
    await up.xlsx.readFile(old);
    const names: string[] = [];
    up.getWorksheet(DRIVE_SHEET)!
      .getColumn(2)
      .eachCell((c) => void names.push(String(c.value)));
    expect(names).toEqual(expect.arrayContaining(["Cả năm", "Đợt Tết", "Đợt 2/9", "Đột xuất"]));
  });
});
