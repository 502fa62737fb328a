import ExcelJS from "exceljs";
import { EvaluatedWorkbook } from "./types";
import {
  cachedResultOf,
  cellInputOf,
  dateToExcelSerial,
  evaluateExcelJsWorkbook,
  excelJsToModel,
} from "./fromExcelJs";

/** Writes to an xlsx buffer and reads it back, so the cells look exactly as after opening a file. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer);
  return read;
}

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const config = wb.addWorksheet("Cấu hình");
  config.getCell("A1").value = "Năm";
  config.getCell("B1").value = 2024;
  config.getCell("B2").value = new Date(Date.UTC(2024, 3, 30)); // 30/04/2024
  config.getCell("B2").numFmt = "dd/mm/yyyy";
  wb.definedNames.add("'Cấu hình'!$B$1", "CH_Nam");

  const list = wb.addWorksheet("Đề nghị");
  list.addRow(["STT", "Họ tên", "Loại", "Điểm", "Mã", "Điểm x2"]);
  const rows: Array<[number, string, string, number, string]> = [
    [1, "Nguyễn Văn An", "Cá nhân", 8, "001"],
    [2, "Trần Thị Bình", "Cá nhân", 9, "002"],
    [3, "Tổ dân phố 5", "Tập thể", 7, "003"],
  ];
  rows.forEach((row) => list.addRow(row));
  // Shared formula: master F2, followers F3:F4.
  list.getCell("F2").value = {
    formula: "D2*2",
    shareType: "shared",
    ref: "F2:F4",
    result: 16,
  } as ExcelJS.CellValue;
  list.getCell("F3").value = { sharedFormula: "F2", result: 0 } as ExcelJS.CellValue;
  list.getCell("F4").value = { sharedFormula: "F2", result: 0 } as ExcelJS.CellValue;
  list.getCell("B5").value = {
    richText: [{ text: "Lê " }, { text: "Văn", font: { bold: true } }, { text: " Cường" }],
  };
  list.getCell("B6").value = { text: "Hồ sơ", hyperlink: "https://example.org/ho-so" };
  list.getCell("B7").value = { error: "#N/A" };
  list.mergeCells("H1:I1");
  list.getCell("H1").value = "Ghi chú";

  const sum = wb.addWorksheet("Tổng hợp");
  const formulas: Record<string, string> = {
    A1: `COUNTIFS('Đề nghị'!$C:$C,"Cá nhân")`,
    A2: `SUM('Đề nghị'!$F:$F)`,
    A3: `CH_Nam-1`,
    A4: `'Cấu hình'!B2+1`,
    A5: `YEAR('Cấu hình'!B2)`,
    A6: `'Đề nghị'!B5&"/"&'Đề nghị'!B6`,
    A7: `ISNA('Đề nghị'!B7)`,
    A8: `COUNTA('Đề nghị'!H1:I1)`,
    A9: `'Đề nghị'!E2`,
    A10: `_xlfn.IFS(CH_Nam>2000,"ok",TRUE,"no")`,
  };
  for (const [a1, formula] of Object.entries(formulas))
    sum.getCell(a1).value = { formula, result: 999 } as ExcelJS.CellValue;
  return wb;
}

describe("excelJsToModel", () => {
  it("carries formulas (shared ones translated), texts, dates, errors and names", async () => {
    const wb = await roundTrip(buildWorkbook());
    const model = excelJsToModel(wb);
    const list = model.sheets.find((s) => s.name === "Đề nghị");
    expect(model.sheets.map((s) => s.name)).toEqual(["Cấu hình", "Đề nghị", "Tổng hợp"]);
    expect(list?.cells.get("F2")).toEqual({ formula: "D2*2" });
    expect(list?.cells.get("F4")).toEqual({ formula: "D4*2" });
    expect(list?.cells.get("E2")).toBe("001");
    expect(list?.cells.get("B5")).toBe("Lê Văn Cường");
    expect(list?.cells.get("B6")).toBe("Hồ sơ");
    expect(list?.cells.get("B7")).toEqual({ error: "#N/A" });
    expect(list?.cells.get("H1")).toBe("Ghi chú");
    expect(list?.cells.has("I1")).toBe(false); // merged follower is empty
    expect(model.sheets[0]?.cells.get("B2")).toBe(45412);
    expect(model.names).toEqual([{ name: "CH_Nam", refersTo: "'Cấu hình'!$B$1" }]);
    expect(model.skippedNames).toEqual([]);
  });
});

describe("evaluateExcelJsWorkbook", () => {
  let result: EvaluatedWorkbook;
  beforeAll(async () => {
    result = evaluateExcelJsWorkbook(await roundTrip(buildWorkbook()));
  });
  afterAll(() => result.dispose());

  it.each([
    ["A1", 2],
    ["A2", 48],
    ["A3", 2023],
    ["A4", 45413],
    ["A5", 2024],
    ["A6", "Lê Văn Cường/Hồ sơ"],
    ["A7", true],
    ["A8", 1],
    ["A9", "001"],
    ["A10", "ok"],
  ])("%s ignores the cached 999 and computes", (a1, expected) => {
    expect(result.get("Tổng hợp", a1)).toEqual(expected);
  });

  it("works on a workbook that was never saved", () => {
    const unsaved = evaluateExcelJsWorkbook(buildWorkbook());
    expect(unsaved.get("Đề nghị", "F4")).toBe(14);
    unsaved.dispose();
  });
});

describe("cell readers", () => {
  it("reads cached results, including 0 and FALSE", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("A2").value = { formula: "1>2", result: false };
    ws.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("A4").value = { formula: "1+1" };
    ws.getCell("A5").value = { formula: `"x"`, result: "x" };
    ws.getCell("A6").value = new Date(Date.UTC(1900, 2, 1));
    const read = (await roundTrip(wb)).getWorksheet("S") as ExcelJS.Worksheet;
    expect(
      ["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map((a1) => cachedResultOf(read.getCell(a1)))
    ).toEqual([0, false, { error: "#DIV/0!" }, null, "x", 61, null]);
    expect(cellInputOf(read.getCell("A1"))).toEqual({ formula: "1-1" });
  });

  it("converts dates to 1900-system serials", () => {
    expect(dateToExcelSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToExcelSerial(new Date(Date.UTC(2024, 0, 1, 12)))).toBe(45292.5);
  });
});
