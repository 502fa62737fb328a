/**
 * `export --decision` and `export --certificates` through the real CLI on the demo register (issue
 * #13): the draft Quyết định before and after `decide`, the certificates of the decided rows only, one
 * A4 landscape page each when printed, the refusals (inputs byte-identical, no output), and the files
 * opened by a strict reader (openpyxl). `UPDATE_DOCS=1` refreshes docs/quyet-dinh-mau.pdf and
 * docs/giay-khen-mau.pdf.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { demoRegister } from "../src/workbook/demo";
import { SHEET } from "../src/domain/register/contract";
import { setSettings } from "../src/adapters/xlsx/fill";
import { sha256 } from "./helpers/badfiles";
import { ROOT, runCli, tempDir } from "./helpers/cli";
import { requireLibreOffice } from "./helpers/libreoffice";
import { openpyxlCheck, requireOpenpyxl } from "./helpers/strictPackage";

const texts = async (file: string, sheet: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "string" && c.value.trim()) out.push(c.value);
    })
  );
  return [...new Set(out)];
};

const sheetNames = async (file: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
};

const pdfPages = (pdf: string): number =>
  Number(
    /Pages:\s+(\d+)/u.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0
  );

describe("export --decision and --certificates through the real CLI", () => {
  const dir = tempDir("stđ-qd-");
  const reg = path.join(dir, "so.xlsx");
  const python = requireOpenpyxl();
  /** Rows `decide` recorded (every ward row the council approved). */
  let decidedRows = 0;

  beforeAll(async () => {
    await (await buildDemoWorkbook(demoRegister(2026))).xlsx.writeFile(reg);
  });

  it("refuses what it must: no output, the register byte-identical", () => {
    const before = sha256(reg);
    const out = path.join(dir, "x.xlsx");
    const cases: [string[], number, RegExp][] = [
      [["--decision", "--certificates"], 2, /--decision, --certificates và --posting/u],
      [["--decision", "--mark-exported"], 2, /--mark-exported/u],
      [["--certificates", "--include-submitted"], 2, /--include-submitted/u],
      // The demo has errors: the draft decision waits for them unless --force.
      [["--decision"], 1, /chưa xuất dự thảo quyết định/u],
      // Nothing decided yet.
      [["--certificates"], 1, /chưa có dòng nào “Đã quyết định”/u],
    ];
    for (const [args, code, message] of cases) {
      const r = runCli(["export", reg, "--out", out, ...args]);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    expect(sha256(reg)).toBe(before);
  });

  it("writes a draft decision with blank number before `decide`, then the recorded number and the same rows", async () => {
    const draft = path.join(dir, "qd-nhap.xlsx");
    const r = runCli(["export", reg, "--decision", "--force", "--out", draft]);
    expect(r.code).toBe(0);
    const count = Number(/\((\d+) trường hợp thuộc thẩm quyền\)/u.exec(r.stdout)?.[1]);
    expect(count).toBeGreaterThan(5);
    expect(await sheetNames(draft)).toEqual(["Quyết định", "Danh sách kèm theo"]);
    const letter = await texts(draft, "Quyết định");
    expect(letter).toContain("Số:        /QĐ-UBND");
    expect(letter).toContain("QUYẾT ĐỊNH:");
    expect(letter.some((t) => t.includes("Căn cứ Luật Thi đua, khen thưởng"))).toBe(true);
    expect(letter.some((t) => /Điều 2\. .*tổng số tiền [\d.]+ đồng/u.test(t))).toBe(true);
    expect(letter.some((t) => t.includes("Điều 3. Quyết định này có hiệu lực"))).toBe(true);
    expect(letter).toContain("Nơi nhận:");
    // The upward titles stay in the Tờ trình: no Bằng khen in the ward's decision.
    expect(letter.some((t) => t.includes("Bằng khen"))).toBe(false);
    const list = await texts(draft, "Danh sách kèm theo");
    expect(list.some((t) => t.startsWith("(Kèm theo Quyết định số        /QĐ-UBND"))).toBe(true);
    expect(list).toContain(`Tổng cộng: ${count} trường hợp.`);

    const d = runCli(["decide", reg, "--number", "150/QĐ-UBND", "--date", "20/12/2026"]);
    expect(d.code).toBe(0);
    const decided = Number(/cho (\d+) dòng/u.exec(d.stdout)?.[1]);
    expect(decided).toBe(count);
    decidedRows = decided;

    const numbered = path.join(dir, "qd.xlsx");
    const n = runCli(["export", reg, "--decision", "--force", "--out", numbered]);
    expect(n.code).toBe(0);
    expect(n.stdout).toContain("Quyết định số 150/QĐ-UBND ngày 20/12/2026");
    const after = await texts(numbered, "Quyết định");
    expect(after).toContain("Số: 150/QĐ-UBND");
    expect(after.some((t) => t.includes("ngày 20 tháng 12 năm 2026"))).toBe(true);
    expect(await texts(numbered, "Danh sách kèm theo")).toContain(
      `Tổng cộng: ${count} trường hợp.`
    );
    if (python) expect(openpyxlCheck(numbered, python).ok).toBe(true);
  });

  it("prints one certificate per decided ward row, each on one A4 landscape page", async () => {
    const before = sha256(reg);
    const out = path.join(dir, "giay-khen.xlsx");
    const soffice = requireLibreOffice();
    const r = runCli([
      "export",
      reg,
      "--certificates",
      "--out",
      out,
      ...(soffice ? ["--pdf"] : []),
    ]);
    expect(r.code).toBe(0);
    const count = Number(/Đã xuất (\d+) giấy khen/u.exec(r.stdout)?.[1]);
    expect(count).toBe(decidedRows);
    expect(count).toBeGreaterThan(5);
    expect(sha256(reg)).toBe(before);
    const all = await texts(out, "Giấy khen");
    expect(all).toContain("CÔNG NHẬN DANH HIỆU");
    expect(all).toContain("GIẤY KHEN");
    expect(
      all.filter((t) => t.startsWith("Quyết định số 150/QĐ-UBND ngày 20/12/2026"))
    ).toHaveLength(1);
    // Manual page breaks: one fewer than certificates, in the package itself.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Giấy khen")!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    if (python) expect(openpyxlCheck(out, python).ok).toBe(true);
    if (soffice) {
      const pdf = out.replace(/\.xlsx$/u, ".pdf");
      expect(pdfPages(pdf)).toBe(count);
      const first = spawnSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], {
        encoding: "utf8",
      }).stdout;
      expect(first).toContain("150/QĐ-UBND");
      if (process.env.UPDATE_DOCS === "1")
        copyFileSync(pdf, path.join(ROOT, "docs", "giay-khen-mau.pdf"));
    }
  });

  it("a unit's register gets no ward decision (exit 2, nothing written)", async () => {
    const unit = path.join(dir, "don-vi.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(reg);
    setSettings(wb.getWorksheet(SHEET.settings)!, { "Cấp đơn vị": "Tổ dân phố" });
    await wb.xlsx.writeFile(unit);
    const out = path.join(dir, "qd-don-vi.xlsx");
    const r = runCli(["export", unit, "--decision", "--force", "--out", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unit's register/u);
    expect(existsSync(out)).toBe(false);
  });

  it("the draft decision prints on A4 portrait pages (docs/quyet-dinh-mau.pdf)", () => {
    if (!requireLibreOffice()) return;
    const out = path.join(dir, "qd-in.xlsx");
    const r = runCli(["export", reg, "--decision", "--force", "--pdf", "--out", out]);
    expect(r.code).toBe(0);
    const pdf = out.replace(/\.xlsx$/u, ".pdf");
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    // A4 portrait: 595 × 842 pt.
    expect(info).toMatch(/Page size:\s+595[.\d]* x 841[.\d]* pts \(A4\)/u);
    const first = spawnSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], {
      encoding: "utf8",
    }).stdout;
    expect(first).toContain("QUYẾT ĐỊNH");
    expect(first).toContain("Số: 150/QĐ-UBND");
    if (process.env.UPDATE_DOCS === "1")
      copyFileSync(pdf, path.join(ROOT, "docs", "quyet-dinh-mau.pdf"));
  });
});
