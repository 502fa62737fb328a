import { createEngine, evaluateWorkbook } from "./engine";
import { CellInput, SheetCells } from "./types";

function sheet(name: string, cells: Record<string, CellInput>): SheetCells {
  return { name, cells: new Map(Object.entries(cells)) };
}

const f = (formula: string) => ({ formula });

/** 'Đề nghị': C = Loại, D = Đơn vị, E = Điểm, F = Danh hiệu (may be empty), G = Mã (text). */
const proposals = sheet("Đề nghị", {
  A1: "STT",
  C1: "Loại",
  D1: "Đơn vị",
  E1: "Điểm",
  F1: "Danh hiệu",
  G1: "Mã",
  A2: 1,
  C2: "Cá nhân",
  D2: "Khu phố 1",
  E2: 8,
  F2: "Lao động tiên tiến",
  G2: "001",
  A3: 2,
  C3: "Cá nhân",
  D3: "Khu phố 2",
  E3: 9.5,
  G3: "002",
  A4: 3,
  C4: "Tập thể",
  D4: "Khu phố 1",
  E4: 7,
  F4: "Tập thể lao động tiên tiến",
  G4: "003",
  A5: 4,
  C5: "cá nhân",
  D5: "Khu phố 1",
  E5: 9.5,
  G5: "TRUE",
  A6: 5,
  C6: "Ca nhan",
  D6: "Khu phố 2",
  E6: 6,
  F6: "Chiến sĩ thi đua cơ sở",
  G6: "30/04/2024",
});
const config = sheet("Cấu hình", { A1: "Năm", B1: 2024, A2: "Ngưỡng", B2: 8 });
const units = sheet("Danh mục", { A1: "Khu phố 1", B1: "KP1", A2: "Khu phố 2", B2: "KP2" });
const summary = sheet("Tổng hợp", {
  A1: f(`COUNTIFS('Đề nghị'!$C:$C,"Cá nhân")`),
  A2: f(`SUM('Đề nghị'!E2:E6)`),
  A3: f(`COUNTIFS('Đề nghị'!$C:$C,"Cá nhân",'Đề nghị'!$D:$D,"Khu phố 1")`),
  A4: f(`SUMPRODUCT(('Đề nghị'!$C$2:$C$6="Cá nhân")*('Đề nghị'!$E$2:$E$6))`),
  A5: f(`IF('Đề nghị'!E2>='Cấu hình'!B2,"Đạt","Không đạt")`),
  A6: f(`INDEX('Danh mục'!$B$1:$B$2,MATCH('Đề nghị'!D3,'Danh mục'!$A$1:$A$2,0))`),
  A7: f(`CH_Nam+1`),
  A8: f(`1/0`),
  A9: f(`COUNTIFS('Đề nghị'!$F:$F,"?*")`),
  A10: f(`COUNTIF('Đề nghị'!$E$2:$E$6,">"&'Đề nghị'!E2)+1`),
  A11: f(
    `IFERROR(INDEX('Danh mục'!$B$1:$B$2,MATCH("Khu phố 9",'Danh mục'!$A$1:$A$2,0)),"Không rõ")`
  ),
  A12: f(`INDEX('Danh mục'!$B$1:$B$2,MATCH("Khu phố 9",'Danh mục'!$A$1:$A$2,0))`),
  A13: f(`ISTEXT('Đề nghị'!G2)`),
  A14: f(`'Đề nghị'!G2&"-"&'Đề nghị'!G5`),
  A15: f(`=_xlfn.IFS(CH_Nam=2024,"năm nay",TRUE,"khác")`),
  A16: f(`IF(TRUE,FALSE,TRUE)`),
  A17: f(`'Đề nghị'!Z99`),
  A18: f(`"Hùng"="Hung"`),
  A19: f(`COUNTIFS('Đề nghị'!$F$2:$F$6,"")`),
  A25: f(`COUNTIFS('Đề nghị'!$F:$F,"*")`),
  A20: f(`MATCH(1,'Đề nghị'!$G$2:$G$6,0)`),
  A21: { error: "#NULL!" },
  A22: f(`SUM(`),
  A23: f(`"=CH_Nam _xlfn. text"`),
  A24: "=not a formula",
});

describe("evaluateWorkbook", () => {
  const wb = evaluateWorkbook(
    [summary, proposals, config, units],
    [{ name: "CH_Nam", refersTo: "'Cấu hình'!$B$1" }]
  );
  afterAll(() => wb.dispose());

  it.each([
    ["A1", 3], // exact, case-insensitive ("cá nhân"), accent-sensitive ("Ca nhan" excluded)
    ["A2", 40],
    ["A3", 2],
    ["A4", 27],
    ["A5", "Đạt"],
    ["A6", "KP2"],
    ["A7", 2025],
    ["A9", 4], // "?*" = non-empty text, header included
    ["A10", 3], // rank of 8 among 8, 9.5, 7, 9.5, 6
    ["A11", "Không rõ"],
    ["A13", true],
    ["A14", "001-TRUE"],
    ["A15", "năm nay"],
    ["A16", false],
    ["A17", 0], // reference to an empty cell
    ["A18", false],
    ["A19", 2], // F3 and F5 empty
    ["A25", 4],
    ["A23", "=CH_Nam _xlfn. text"],
    ["A24", "=not a formula"],
  ])("%s", (a1, expected) => {
    expect(wb.get("Tổng hợp", a1)).toEqual(expected);
  });

  it("keeps text that looks like a number, boolean or date as text", () => {
    expect(wb.get("Đề nghị", "G2")).toBe("001");
    expect(wb.get("Đề nghị", "G5")).toBe("TRUE");
    expect(wb.get("Đề nghị", "G6")).toBe("30/04/2024");
    expect(wb.get("Tổng hợp", "A20")).toEqual({ error: "#N/A" }); // number 1 does not match text "001"
  });

  it("reports errors with Excel's codes", () => {
    expect(wb.get("Tổng hợp", "A8")).toEqual({ error: "#DIV/0!" });
    expect(wb.get("Tổng hợp", "A12")).toEqual({ error: "#N/A" });
    expect(wb.get("Tổng hợp", "A21")).toEqual({ error: "#NULL!" });
    expect(wb.get("Tổng hợp", "A22")).toEqual({ error: "#ERROR!" });
    expect(wb.errorMessage("Tổng hợp", "A22")).toMatch(/Parsing error/);
    expect(wb.errorMessage("Tổng hợp", "A1")).toBeUndefined();
  });

  it("reads empty cells as null and accepts $-addresses", () => {
    expect(wb.get("Đề nghị", "B2")).toBeNull();
    expect(wb.get("Đề nghị", "$E$3")).toBe(9.5);
  });

  it("throws on unknown sheets and bad addresses", () => {
    expect(() => wb.get("Không có", "A1")).toThrow(/No sheet named/);
    expect(() => wb.get("Tổng hợp", "1A")).toThrow(/Not an A1/);
  });

  it("lists sheets in order", () => {
    expect(wb.sheetNames()).toEqual(["Tổng hợp", "Đề nghị", "Cấu hình", "Danh mục"]);
  });
});

describe("known differences from Excel (HyperFormula 3.5.0)", () => {
  // A1 holds the empty text "" (as a formula result or an xlsx constant can), A2 is blank.
  const wb = evaluateWorkbook([
    sheet("S", {
      A1: "",
      A3: "a",
      A4: "ab",
      B1: f(`COUNTIF(A1:A4,"?*")`), // Excel 2: "?" is exactly one character
      B2: f(`COUNTIF(A1:A4,"?")`), // Excel 1
      B3: f(`COUNTIF(A1:A4,"a?")`), // Excel 1
      B4: f(`COUNTIF(A1:A4,"")`), // Excel 2: "" matches blank cells and empty text
      B5: f(`COUNTBLANK(A1:A4)`), // Excel 2
      B6: f(`ROUND(1.005,2)`), // Excel 1.01
      B7: f(`MATCH("a*",A1:A4,0)`), // Excel 3: MATCH honours wildcards
    }),
  ]);
  afterAll(() => wb.dispose());

  it.each([
    ["B1", 3],
    ["B2", 2],
    ["B3", 2],
    ["B4", 1],
    ["B5", 1],
    ["B6", 1],
    ["B7", { error: "#N/A" }],
  ])("%s", (a1, hyperFormulaResult) => {
    expect(wb.get("S", a1)).toEqual(hyperFormulaResult);
  });
});

describe("defined names", () => {
  it("supports names HyperFormula cannot parse, and sheet-scoped names", () => {
    const wb = evaluateWorkbook(
      [
        sheet("Cấu hình", { B1: 2024, B2: 3 }),
        sheet("Tính", {
          A1: f("Đợt_1*10"),
          A2: f("đợt_1+Số_lượng"),
          A3: f(`"Đợt_1"`),
          A4: f("Hệ_số"),
        }),
        sheet("Khác", { A1: f("Hệ_số") }),
      ],
      [
        { name: "Đợt_1", refersTo: "'Cấu hình'!$B$1" },
        { name: "Số_lượng", refersTo: "='Cấu hình'!$B$2" },
        { name: "Hệ_số", refersTo: "'Cấu hình'!$B$2*2", scope: "Tính" },
      ]
    );
    expect(wb.get("Tính", "A1")).toBe(20240);
    expect(wb.get("Tính", "A2")).toBe(2027);
    expect(wb.get("Tính", "A3")).toBe("Đợt_1");
    expect(wb.get("Tính", "A4")).toBe(6);
    expect(wb.get("Khác", "A1")).toEqual({ error: "#NAME?" });
    wb.dispose();
  });
});

describe("createEngine", () => {
  it("is configured like Excel", () => {
    const hf = createEngine();
    const id = hf.getSheetId(hf.addSheet("S")) as number;
    hf.setSheetContent(id, [
      ["=TRUE", '="Đức"="đức"', '="Hùng"="Hung"', "=Z1", "=SUMPRODUCT((B2:B3=1)*C2:C3)"],
      [null, 1, 5],
      [null, 2, 7],
    ]);
    expect(hf.getSheetValues(id)[0]).toEqual([true, true, false, 0, 5]);
    expect(hf.getConfig().maxRows).toBe(1048576);
    hf.destroy();
  });
});
