/** The LibreOffice helper itself: discovery, the CI rule, and its conversions (run in parallel). */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  convertToPdf,
  findSoffice,
  readValuesWithExcelJs,
  recalculateXlsx,
  requireLibreOffice,
  describeWithLibreOffice,
} from "./helpers/libreoffice";

describe("finding LibreOffice", () => {
  const missing = { SOFFICE_PATH: "/nonexistent/soffice", PATH: "" };

  it("honours SOFFICE_PATH", () => {
    expect(findSoffice(missing)).toBeNull();
  });

  it("lets a local run skip but fails under CI", () => {
    expect(requireLibreOffice(missing)).toBeNull();
    expect(() => requireLibreOffice({ ...missing, CI: "true" })).toThrow(
      /LibreOffice \(soffice\) is required/
    );
  });
});

describeWithLibreOffice("converting with LibreOffice", (soffice) => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sothidua-lo-test-"));
    input = path.join(dir, "Sổ thi đua.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cấu hình");
    sheet.getCell("A1").value = 1;
    sheet.getCell("B1").value = { formula: "A1+1", result: 999 };
    await workbook.xlsx.writeFile(input);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("finds soffice", () => {
    expect(findSoffice()).toBe(soffice);
  });

  it("recalculates only when asked, renders PDF, and reports failures clearly", async () => {
    const [recalculated, kept, pdf] = await Promise.all([
      recalculateXlsx(input, path.join(dir, "recalculated")),
      recalculateXlsx(input, path.join(dir, "kept"), { recalculate: false }),
      convertToPdf(input, path.join(dir, "pdf")),
    ]);
    expect(path.basename(recalculated)).toBe("Sổ thi đua.xlsx");
    expect((await readValuesWithExcelJs(recalculated))("Cấu hình", "B1")).toBe(2);
    // Control: LibreOffice's default for xlsx keeps the stale cached value.
    expect((await readValuesWithExcelJs(kept))("Cấu hình", "B1")).toBe(999);
    expect((await fs.readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");

    await expect(recalculateXlsx(path.join(dir, "missing.xlsx"), dir)).rejects.toThrow(
      /No such file to convert/
    );
    await expect(recalculateXlsx(input, dir)).rejects.toThrow(/would overwrite it/);
    await expect(recalculateXlsx(input, path.join(dir, "slow"), { timeoutMs: 1 })).rejects.toThrow(
      /timed out/
    );
  });

  it("reports a file LibreOffice cannot convert", async () => {
    const bogus = path.join(dir, "bogus.xlsx");
    await fs.writeFile(bogus, "not a spreadsheet");
    await expect(recalculateXlsx(bogus, path.join(dir, "bogus-out"))).rejects.toThrow(
      /produced no xlsx/
    );
  });
});
