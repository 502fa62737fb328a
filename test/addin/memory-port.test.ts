/** The in-memory port (browser preview) runs the same setup, check and results write as Excel would. */
import { demoRegister } from "../../src/workbook/demo";
import { demoWorkbook } from "../../src/adapters/memory/demo";
import { MemoryPort } from "../../src/adapters/memory/port";
import { MemoryWorkbook, shiftFormula } from "../../src/adapters/memory/workbook";
import { readRegister, SHEETS_TO_READ, findSheet } from "../../src/workbook/read";
import { validateRegister } from "../../src/domain/validate";
import { summariseValidation } from "../../src/domain/summary";
import { planResultsWrite } from "../../src/workbook/edit/results";
import { defaultOptions } from "../../src/workbook/plan/options";
import { COL, SETTING, SETTING_NAME, SHEET } from "../../src/domain/register/contract";
import { readPolicy } from "../../src/domain/policy";
import { cellFromOffice } from "../../src/adapters/office/cells";

const today = { year: 2026, month: 11, day: 20 };

describe("memory port", () => {
  it("lays out a new register in a blank workbook and removes the empty default sheet", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    const report = await port.setUp(
      defaultOptions({ year: 2026, unitName: "UBND phường Thử", councilSize: 7, preparedRows: 50 })
    );
    expect(report.created).toBe(true);
    expect(await port.sheetNames()).toEqual(
      expect.arrayContaining([SHEET.settings, SHEET.nominations, SHEET.summary])
    );
    expect(await port.sheetNames()).not.toContain("Sheet1");
    const snap = readRegister(await port.readGrids(SHEETS_TO_READ));
    const result = validateRegister(snap, { today });
    expect(result.counts.rows).toBe(0);
    expect(result.findings.filter((f) => f.rule === "RG01")).toEqual([]);
    // Setting up again adds nothing.
    const again = await port.setUp(defaultOptions());
    expect(again).toMatchObject({ created: false, sheetsAdded: [], namesAdded: [] });
    wb.dispose();
  });

  it("re-points the name of a restored setting at the restored cell (as `upgrade` does)", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    await port.setUp(defaultOptions({ year: 2026, unitName: "UBND phường Thử" }));
    const name = SETTING_NAME.baseSalary;
    const settings = wb.grid(SHEET.settings);
    const row = settings.rows.findIndex((r) => r?.some((c) => c === SETTING.baseSalary));
    expect(row).toBeGreaterThan(0);
    expect(wb.names.get(name)).toContain(`$${row}`);
    // The clerk clears the whole setting row (label and value).
    const width = settings.rows[row]!.length;
    for (let c = 1; c < width; c++) wb.userEdit(SHEET.settings, row, c, "");
    const report = await port.setUp(defaultOptions({ year: 2026 }));
    expect(report.notes).toContainEqual({
      type: "setting",
      sheet: SHEET.settings,
      name: SETTING.baseSalary,
    });
    expect(report.namesRepointed).toEqual([name]);
    expect(report.namesAdded).toEqual([]);
    // The name now points at the restored row, and formulas using it see what is typed there.
    const again = wb.grid(SHEET.settings);
    const restored = again.rows.findIndex((r) => r?.some((c) => c === SETTING.baseSalary));
    expect(restored).toBeGreaterThan(0);
    expect(restored).not.toBe(row);
    expect(wb.names.get(name)).toContain(`$${restored}`);
    const valueCol = again.rows[restored]!.findIndex((c) => c === SETTING.baseSalary) + 1;
    wb.userEdit(SHEET.settings, restored, valueCol, "2340000");
    expect(wb.hf.getNamedExpressionValue(name)).toBe(2_340_000);
    // A third setup finds nothing left to do.
    const third = await port.setUp(defaultOptions({ year: 2026 }));
    expect(third).toMatchObject({ sheetsAdded: [], namesAdded: [], namesRepointed: [], notes: [] });
    wb.dispose();
  });

  it("reads a percentage typed as “20%” as the text shown, an RG02 asking for 20, in the preview and in Excel", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    await port.setUp(defaultOptions({ year: 2026 }));
    const settings = wb.grid(SHEET.settings);
    const row = settings.rows.findIndex((r) => r?.some((c) => c === SETTING.cstdcsCapPct));
    const col = settings.rows[row]!.findIndex((c) => c === SETTING.cstdcsCapPct) + 1;
    wb.userEdit(SHEET.settings, row, col, "20%");
    expect(wb.input(SHEET.settings, row, col)).toMatchObject({ input: 0.2, numFmt: "0%" });
    const snap = readRegister(await port.readGrids(SHEETS_TO_READ));
    expect(readPolicy(snap.settings).problems).toEqual([
      expect.objectContaining({ label: SETTING.cstdcsCapPct, reason: "percentSign", shown: "20%" }),
    ]);
    // Office.js reports the same cell as the number 0.2 with the format "0%".
    expect(cellFromOffice(0.2, "Double", "0%")).toBe("20%");
    expect(cellFromOffice(0.125, "Double", "0.0%")).toBe("12,5%");
    expect(cellFromOffice(0.2, "Double", '0.0" %"')).toBe(0.2); // a literal “%” is not a percent format
    wb.dispose();
  });

  it("checks the demo register, writes results and computes the summary", async () => {
    const { workbook, port } = await demoWorkbook(demoRegister(2026));
    const grids = await port.readGrids(SHEETS_TO_READ);
    const snap = readRegister(grids);
    const result = validateRegister(snap, { today });
    expect(result.counts.rows).toBe(demoRegister().nominations.length);
    expect(result.counts.error).toBeGreaterThan(3);
    const write = planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!;
    expect(write.addHeader).toBe(false);
    await port.writeResults(write);
    const again = await port.readGrids([SHEET.nominations]);
    const table = readRegister(again).nominations!;
    const texts = table.rows.map((r) => r.cells.result);
    expect(texts.every((t) => typeof t === "string" && /^(Hợp lệ|Lỗi)/.test(t))).toBe(true);
    // Row colours come from the sheet's own conditional formats.
    const errRow = result.findings.find((f) => f.severity === "error" && f.row !== null)!.row!;
    expect(workbook.conditionalFill(SHEET.nominations, errRow, 2)?.fill).toBe("FFF8CBAD");
    // A second check with nothing changed writes nothing.
    const second = planResultsWrite(
      findSheet(again, SHEET.nominations)!,
      validateRegister(readRegister(await port.readGrids(SHEETS_TO_READ)), { today }).findings
    )!;
    expect(second.values.every((v) => v === null)).toBe(true);
    const summary = summariseValidation(result, snap.unitList);
    expect(summary.total.count).toBe(demoRegister().nominations.length);
    // The live `Tổng hợp` sheet computed by HyperFormula agrees on the total.
    expect(workbook.hf.getSheetNames()).toContain(SHEET.summary);
    expect(COL.result).toBe("Kết quả kiểm tra");
    workbook.dispose();
  });

  it("shifts relative references like Excel does for conditional formats", () => {
    expect(shiftFormula(`LEFT($X5,3)="Lỗi"`, 2, 1)).toBe(`LEFT($X7,3)="Lỗi"`);
    expect(shiftFormula(`AND(ISNUMBER(E4),$C4<>"A1",E4>$D4)`, 1, 2)).toBe(
      `AND(ISNUMBER(G5),$C5<>"A1",G5>$D5)`
    );
    expect(shiftFormula(`'Đề nghị'!B2+LOG10(A1)+CH_Nam`, 1, 0)).toBe(
      `'Đề nghị'!B3+LOG10(A2)+CH_Nam`
    );
  });
});
