/**
 * Formulas on which HyperFormula 3.5.0, LibreOffice 7.4 and Excel may disagree, with each
 * engine's MEASURED result. A probe without `hf`/`lo` means that engine gives Excel's value.
 * If an engine upgrade changes a result, the engines test fails here: update the table (and
 * docs/decisions.md if a decision rests on it).
 */
import ExcelJS from "exceljs";
import { CellResult } from "../../src/adapters/hyperformula";

export const PROBE_SHEET = "Khác biệt";

export interface Probe {
  formula: string;
  /** Excel's documented result; absent when it depends on the locale or was not verified. */
  excel?: CellResult;
  hf?: CellResult;
  lo?: CellResult;
  note: string;
}

/**
 * Inputs on the probe sheet: A1 empty text "" (constant), A2 blank, A3 "a", A4 "ab",
 * A5 formula ="" ; D1:D3 = 3, 7, 5 ; E1:E3 = "x", "y", "x" ; F1 text "2024", F2 number 2024.
 */
function addInputs(sheet: ExcelJS.Worksheet): void {
  sheet.getCell("A1").value = "";
  sheet.getCell("A3").value = "a";
  sheet.getCell("A4").value = "ab";
  sheet.getCell("A5").value = { formula: `""`, result: 999 } as ExcelJS.CellValue;
  [3, 7, 5].forEach((n, i) => (sheet.getCell(`D${i + 1}`).value = n));
  ["x", "y", "x"].forEach((s, i) => (sheet.getCell(`E${i + 1}`).value = s));
  sheet.getCell("F1").value = "2024";
  sheet.getCell("F2").value = 2024;
}

export const PROBES: Probe[] = [
  // Wildcards: HyperFormula compiles "?" to the regex ".?" (zero or one character).
  { formula: `COUNTIF(A1:A5,"?*")`, excel: 2, hf: 4, note: `"?" is exactly one character` },
  { formula: `COUNTIF(A1:A5,"?")`, excel: 1, hf: 3, note: `"?" is exactly one character` },
  { formula: `COUNTIF(A1:A5,"a?")`, excel: 1, hf: 2, note: `"?" is exactly one character` },
  {
    formula: `MATCH("Kh*",'Danh mục'!A2:A6,0)`,
    excel: 1,
    hf: { error: "#N/A" },
    note: "MATCH honours wildcards",
  },
  // Empty text: LibreOffice imports a constant "" cell (A1) as a blank cell; HyperFormula's
  // "" criterion and COUNTBLANK ignore empty text (constant or formula result).
  { formula: `COUNTIF(A1:A5,"*")`, excel: 4, lo: 3, note: `"*" matches any text, also ""` },
  { formula: `COUNTIF(A1:A5,"")`, excel: 3, hf: 1, note: `"" matches blank cells and empty text` },
  { formula: `COUNTIF(A1:A5,"<>")`, excel: 4, lo: 3, note: `"<>" matches every non-blank cell` },
  { formula: `COUNTBLANK(A1:A5)`, excel: 3, hf: 1, note: "empty text counts as blank" },
  { formula: `COUNTA(A1:A5)`, excel: 4, lo: 3, note: "empty text is not blank for COUNTA" },
  { formula: `ISBLANK(A1)`, excel: false, lo: true, note: "a constant empty text is not blank" },
  { formula: `ISBLANK(A5)`, excel: false, note: `="" is not blank` },
  { formula: `A2=""`, excel: true, note: "blank equals empty text" },
  { formula: `A2=0`, excel: true, note: "blank equals 0" },
  { formula: `IF(A2,1,2)`, excel: 2, note: "blank is FALSE" },
  // Numbers stored as text.
  {
    formula: `COUNTIF(F1:F2,2024)`,
    excel: 2,
    lo: 1,
    note: "a number criterion matches numeric text too",
  },
  { formula: `COUNTIF(F1:F2,"2024")`, excel: 2, note: "COUNTIF matches numeric text too" },
  { formula: `SUMPRODUCT(--(F1:F2=2024))`, excel: 1, note: "= does not coerce text" },
  { formula: `"001"=1`, excel: false, note: "text never equals a number" },
  { formula: `1+"1"`, excel: 2, note: "numeric text in arithmetic" },
  // Rounding and arithmetic.
  {
    formula: `ROUND(1.005,2)`,
    excel: 1.01,
    hf: 1,
    note: "Excel rounds the decimal representation",
  },
  { formula: `ROUND(-2.5,0)`, excel: -3, note: "half away from zero" },
  { formula: `MOD(-1,3)`, excel: 2, note: "sign of the divisor" },
  { formula: `0.1+0.2=0.3`, excel: true, note: "15-digit comparison" },
  // Text functions.
  {
    formula: `VALUE("30/04/2024")`,
    hf: 45412,
    lo: { error: "#VALUE!" },
    note: "locale-dependent (vi-VN: 45412, en-US: #VALUE!)",
  },
  { formula: `TEXT(0.256,"0.0%")`, excel: "25.6%", hf: "0.3%", note: "percent mask" },
  {
    formula: `TEXT(1234567,"#,##0")`,
    excel: "1,234,567",
    hf: "1234567,##0",
    note: "thousands mask (en-US separators)",
  },
  { formula: `TEXT(DATE(2024,4,30),"dd/mm/yyyy")`, excel: "30/04/2024", note: "date mask" },
  {
    formula: `CONCATENATE("a",1,TRUE)`,
    excel: "a1TRUE",
    lo: "a11",
    note: "LibreOffice's TRUE is the number 1",
  },
  { formula: `"x"&(1>0)`, excel: "xTRUE", lo: "x1", note: "LibreOffice's TRUE is the number 1" },
  { formula: `UPPER("đức")`, excel: "ĐỨC", note: "Vietnamese upper case" },
  { formula: `EXACT("Đức","đức")`, excel: false, note: "case-sensitive comparison" },
  { formula: `LEN("Nguyễn")`, excel: 6, note: "NFC characters" },
  { formula: `TRIM("  a   b ")`, excel: "a b", note: "inner spaces collapsed" },
  { formula: `"a"<"B"`, excel: true, note: "text comparison ignores case" },
  {
    formula: `"Đức">"Dung"`,
    hf: false,
    lo: false,
    note: "collation of Đ: both engines treat it as D + accent; Excel unverified",
  },
  // Newer functions, written with the _xlfn. prefix Excel and LibreOffice need.
  { formula: `_xlfn.TEXTJOIN(",",TRUE,"a","","b")`, excel: "a,b", note: "prefixed newer function" },
  { formula: `_xlfn.MAXIFS(D1:D3,E1:E3,"x")`, excel: 5, note: "prefixed newer function" },
  // DATEDIF: HyperFormula only knows upper-case units; LibreOffice gives #VALUE! for start > end.
  { formula: `DATEDIF(DATE(2023,5,1),DATE(2024,4,30),"Y")`, excel: 0, note: "whole years" },
  {
    formula: `DATEDIF(DATE(2023,5,1),DATE(2024,5,1),"y")`,
    excel: 1,
    hf: { error: "#NUM!" },
    note: "lower-case unit",
  },
  {
    formula: `DATEDIF(DATE(2024,5,1),DATE(2024,4,1),"D")`,
    excel: { error: "#NUM!" },
    lo: { error: "#VALUE!" },
    note: "start after end",
  },
];

/** Adds the probe sheet: inputs, then probe i in C(i+1) with its note in B(i+1). */
export function addProbeSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(PROBE_SHEET);
  addInputs(sheet);
  PROBES.forEach((probe, i) => {
    sheet.getCell(`B${i + 1}`).value = probe.note;
    sheet.getCell(`C${i + 1}`).value = { formula: probe.formula, result: 999 } as ExcelJS.CellValue;
  });
}

export const probeAddress = (index: number): string => `C${index + 1}`;
