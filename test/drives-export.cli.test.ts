/**
 * `export --drive` and `export --posting` on the demo through the real CLI (issue #14): one drive's
 * dossier with the drive in the Tờ trình's title, the sudden-award wording, an unknown drive
 * refused in one sentence (exit 2), and the public posting list (one LibreOffice PDF).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { todayCivil } from "../src/cli/clock";
import { demoRegister } from "../src/workbook/demo";
import { SHEET_POSTING } from "../src/workbook/plan/export/posting";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { describeWithLibreOffice } from "./helpers/libreoffice";

const today = todayCivil();
const dir = tempDir();
const demo = path.join(dir, "demo.xlsx");

async function texts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((r) =>
    r.eachCell((c) => {
      if (typeof c.value === "string") out.push(c.value);
    })
  );
  return out;
}

beforeAll(async () => {
  await (await buildDemoWorkbook(demoRegister(today.year, today))).xlsx.writeFile(demo);
});

describe("export --drive on the demo", () => {
  it("shows the demo's 2/9 drive past its deadline (RG03) and its sudden award without one", () => {
    const json = JSON.parse(runCli(["validate", demo, "--json"]).stdout) as ValidateJson;
    const rg03 = json.findings.filter((f) => f.rule === "RG03");
    expect(rg03.map((f) => f.message).join(" ")).toContain("Đợt 2/9");
    expect(json.findings.filter((f) => f.rule === "DL12")).toEqual([]);
  });

  it("writes one drive's dossier, the drive in the Tờ trình's title", async () => {
    const out = path.join(dir, "dot-2-9.xlsx");
    const r = runCli(["export", demo, "--out", out, "--drive", "đợt 2/9", "--force"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 đề nghị đủ điều kiện");
    const letter = await texts(out, "Tờ trình");
    expect(letter).toContain(
      `Về việc đề nghị khen thưởng thành tích đợt thi đua chào mừng 2/9 năm ${today.year}`
    );
  });

  it("uses the sudden-award wording for a Đột xuất drive", async () => {
    const out = path.join(dir, "dot-xuat.xlsx");
    expect(runCli(["export", demo, "--out", out, "--drive", "Đột xuất", "--force"]).code).toBe(0);
    expect(await texts(out, "Tờ trình")).toContain("Về việc đề nghị khen thưởng đột xuất");
  });

  it("refuses an unknown drive in one sentence naming the known ones (exit 2)", () => {
    const out = path.join(dir, "none.xlsx");
    const r = runCli(["export", demo, "--out", out, "--drive", "Đợt 99"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("Đợt 99");
    expect(r.stderr).toContain("Đợt 2/9");
    const en = runCli(["export", demo, "--out", out, "--drive", "Đợt 99", "--lang", "en"]);
    expect(en.stderr).toContain("has no drive");
  });
});

describeWithLibreOffice("export --posting on the demo", () => {
  it("writes the Danh sách công khai with the posting period and place, and its PDF", async () => {
    const out = path.join(dir, "cong-khai.xlsx");
    const r = runCli(["export", demo, "--out", out, "--posting", "--pdf"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`niêm yết từ 25/11/${today.year} đến hết 29/11/${today.year}`);
    const t = await texts(out, SHEET_POSTING);
    expect(t).toContain("DANH SÁCH CÔNG KHAI");
    expect(t.join("\n")).toContain("Bảng tin trụ sở UBND phường Kiến Hưng");
    expect(t.join("\n")).toContain(`từ ngày 25/11/${today.year} đến hết ngày 29/11/${today.year}`);
    // Nominees with their achievement (rows with errors are never posted).
    expect(t).toContain("Tạ Văn Khánh");
    expect(
      readFileSync(out.replace(/\.xlsx$/u, ".pdf"))
        .subarray(0, 4)
        .toString()
    ).toBe("%PDF");
  });
});
