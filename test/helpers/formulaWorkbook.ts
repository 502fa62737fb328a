/**
 * A generated register-like workbook (~220 formulas) and the value every formula must have,
 * computed here in plain TypeScript — independently of any formula engine.
 * Every formula is written with a WRONG cached result (999), so an engine that does not
 * recalculate is caught.
 */
import ExcelJS from "exceljs";
import { CellResult } from "../../src/adapters/hyperformula";

export const SHEETS = {
  config: "Cấu hình",
  units: "Danh mục",
  list: "Đề nghị",
  summary: "Tổng hợp",
  probes: "Khác biệt",
};

/** One formula and the value Excel gives it. */
export interface FormulaCheck {
  sheet: string;
  a1: string;
  formula: string;
  expected: CellResult;
}

interface Row {
  name: string;
  kind: "Cá nhân" | "Tập thể";
  unit: string;
  points: number;
  year: number;
  title: string | null;
  code: string;
}

const YEAR = 2024;
const THRESHOLD = 8;
const UNITS = ["Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4", "Khu phố 5"];
const UNKNOWN_UNIT = "Khu phố 9";
const TITLES = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen", null];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"];
const GIVEN = ["Văn Hùng", "Thị Hương", "Đức Anh", "Thị Ngọc Ánh", "Quốc Việt", "Minh Châu"];
export const ROW_COUNT = 30;
const FIRST = 2;
const LAST = FIRST + ROW_COUNT - 1;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function generateRows(seed: number): Row[] {
  const next = random(seed);
  return Array.from({ length: ROW_COUNT }, (_, i) => ({
    name: `${pick(next, FAMILY)} ${pick(next, GIVEN)}`,
    kind: next() < 0.7 ? "Cá nhân" : "Tập thể",
    unit: i % 11 === 7 ? UNKNOWN_UNIT : pick(next, UNITS),
    points: 5 + 0.5 * Math.floor(next() * 11),
    year: next() < 0.8 ? YEAR : YEAR - 1,
    title: pick(next, TITLES),
    code: String(i + 1).padStart(3, "0"),
  }));
}

const unitCode = (unit: string): string | undefined => {
  const index = UNITS.indexOf(unit);
  return index < 0 ? undefined : `KP0${index + 1}`;
};
const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export interface FormulaWorkbook {
  workbook: ExcelJS.Workbook;
  checks: FormulaCheck[];
}

export function buildFormulaWorkbook(seed = 20240430): FormulaWorkbook {
  const rows = generateRows(seed);
  const workbook = new ExcelJS.Workbook();
  const checks: FormulaCheck[] = [];
  const put = (sheet: ExcelJS.Worksheet, a1: string, formula: string, expected: CellResult) => {
    sheet.getCell(a1).value = { formula, result: 999 };
    checks.push({ sheet: sheet.name, a1, formula, expected });
  };

  const config = workbook.addWorksheet(SHEETS.config);
  config.addRows([
    ["Năm", YEAR],
    ["Ngưỡng điểm", THRESHOLD],
    ["Mã mặc định", "001"],
  ]);
  workbook.definedNames.add(`'${SHEETS.config}'!$B$1`, "CH_Nam");
  workbook.definedNames.add(`'${SHEETS.config}'!$B$2`, "CH_Nguong");
  put(config, "D1", "B1+1", YEAR + 1);

  const units = workbook.addWorksheet(SHEETS.units);
  units.addRow(["Đơn vị", "Mã"]);
  UNITS.forEach((unit) => units.addRow([unit, unitCode(unit)]));

  const list = workbook.addWorksheet(SHEETS.list);
  list.addRow([
    "Họ tên",
    "Loại",
    "Đơn vị",
    "Điểm",
    "Năm",
    "Danh hiệu",
    "Mã",
    "Hạng",
    "Kết quả",
    "Mã đơn vị",
    "Cùng loại",
    "Độ dài",
  ]);
  rows.forEach((row) =>
    list.addRow([row.name, row.kind, row.unit, row.points, row.year, row.title, row.code])
  );
  rows.forEach((row, i) => {
    const r = FIRST + i;
    put(
      list,
      `H${r}`,
      `COUNTIF($D$${FIRST}:$D$${LAST},">"&D${r})+1`,
      1 + count(rows, (o) => o.points > row.points)
    );
    put(
      list,
      `I${r}`,
      `IF(AND(D${r}>=CH_Nguong,E${r}=CH_Nam),"Đạt","Không đạt")`,
      row.points >= THRESHOLD && row.year === YEAR ? "Đạt" : "Không đạt"
    );
    put(
      list,
      `J${r}`,
      `IFERROR(INDEX('${SHEETS.units}'!$B$2:$B$6,MATCH(C${r},'${SHEETS.units}'!$A$2:$A$6,0)),"Không rõ")`,
      unitCode(row.unit) ?? "Không rõ"
    );
    put(
      list,
      `K${r}`,
      `COUNTIFS($C:$C,C${r},$B:$B,B${r})`,
      count(rows, (o) => o.unit === row.unit && o.kind === row.kind)
    );
    put(list, `L${r}`, `IF(F${r}="","",LEN(F${r}))`, row.title === null ? "" : row.title.length);
  });

  const L = `'${SHEETS.list}'!`;
  const summary = workbook.addWorksheet(SHEETS.summary);
  summary.addRow([
    "Đơn vị",
    "Cá nhân",
    "Tập thể năm nay",
    "Tổng điểm",
    "Đạt ngưỡng",
    "Có danh hiệu",
    "Mức",
    "Bình quân",
    "Hạng",
    "Mã",
  ]);
  const totals = UNITS.map((unit) => sum(rows.filter((o) => o.unit === unit).map((o) => o.points)));
  UNITS.forEach((unit, i) => {
    const r = 2 + i;
    const mine = rows.filter((o) => o.unit === unit);
    const persons = count(mine, (o) => o.kind === "Cá nhân");
    const groups = count(mine, (o) => o.kind === "Tập thể" && o.year === YEAR);
    const total = totals[i] as number;
    summary.getCell(`A${r}`).value = unit;
    put(summary, `B${r}`, `COUNTIFS(${L}$C:$C,$A${r},${L}$B:$B,"Cá nhân")`, persons);
    put(
      summary,
      `C${r}`,
      `COUNTIFS(${L}$C:$C,$A${r},${L}$B:$B,"Tập thể",${L}$E:$E,CH_Nam)`,
      groups
    );
    put(summary, `D${r}`, `SUMIFS(${L}$D:$D,${L}$C:$C,$A${r})`, total);
    put(
      summary,
      `E${r}`,
      `SUMPRODUCT((${L}$C$${FIRST}:$C$${LAST}=$A${r})*(${L}$D$${FIRST}:$D$${LAST}>=CH_Nguong))`,
      count(mine, (o) => o.points >= THRESHOLD)
    );
    put(
      summary,
      `F${r}`,
      `COUNTIFS(${L}$C:$C,$A${r},${L}$F:$F,"?*")`,
      count(mine, (o) => o.title !== null)
    );
    put(
      summary,
      `G${r}`,
      `IF(B${r}+C${r}=0,"Không có",IF(D${r}>=40,"Nhiều","Ít"))`,
      persons + groups === 0 ? "Không có" : total >= 40 ? "Nhiều" : "Ít"
    );
    put(summary, `H${r}`, `IFERROR(D${r}/B${r},"—")`, persons === 0 ? "—" : total / persons);
    put(summary, `I${r}`, `COUNTIF($D$2:$D$6,">"&D${r})+1`, 1 + count(totals, (t) => t > total));
    put(
      summary,
      `J${r}`,
      `INDEX('${SHEETS.units}'!$B$2:$B$6,MATCH($A${r},'${SHEETS.units}'!$A$2:$A$6,0))`,
      unitCode(unit) ?? null
    );
  });

  const persons = rows.filter((o) => o.kind === "Cá nhân");
  const singles: Array<[string, CellResult]> = [
    [`SUM(B2:B6)`, count(rows, (o) => o.kind === "Cá nhân" && o.unit !== UNKNOWN_UNIT)],
    [`COUNTIFS(${L}$B:$B,"Cá nhân")`, persons.length],
    [`COUNTIFS(${L}$B:$B,"cá NHÂN")`, persons.length],
    [`COUNTIFS(${L}$B:$B,"Ca nhan")`, 0],
    [`SUMPRODUCT(--(${L}$E$${FIRST}:$E$${LAST}=CH_Nam))`, count(rows, (o) => o.year === YEAR)],
    [`COUNTIFS(${L}$C:$C,"${UNKNOWN_UNIT}")`, count(rows, (o) => o.unit === UNKNOWN_UNIT)],
    [`MAX(${L}D${FIRST}:D${LAST})`, Math.max(...rows.map((o) => o.points))],
    [`MIN(${L}D${FIRST}:D${LAST})`, Math.min(...rows.map((o) => o.points))],
    [`COUNTA(${L}$A:$A)-1`, ROW_COUNT],
    [`COUNTBLANK(${L}F${FIRST}:F${LAST})`, count(rows, (o) => o.title === null)],
    [`COUNTIFS(${L}$F:$F,"?*")`, 1 + count(rows, (o) => o.title !== null)],
    [`1/0`, { error: "#DIV/0!" }],
    [
      `INDEX('${SHEETS.units}'!$B$2:$B$6,MATCH("${UNKNOWN_UNIT}",'${SHEETS.units}'!$A$2:$A$6,0))`,
      { error: "#N/A" },
    ],
    [`'${SHEETS.config}'!B3&"-"&CH_Nam`, "001-2024"],
    [`ISTEXT('${SHEETS.config}'!B3)`, true],
    [`MATCH(1,${L}$G$${FIRST}:$G$${LAST},0)`, { error: "#N/A" }],
    [`MATCH("001",${L}$G$${FIRST}:$G$${LAST},0)`, 1],
    [
      `SUMPRODUCT((${L}$B$${FIRST}:$B$${LAST}="Cá nhân")*(${L}$D$${FIRST}:$D$${LAST}))`,
      sum(persons.map((o) => o.points)),
    ],
    [
      `SUMIFS(${L}$D:$D,${L}$B:$B,"Tập thể",${L}$E:$E,CH_Nam)`,
      sum(rows.filter((o) => o.kind === "Tập thể" && o.year === YEAR).map((o) => o.points)),
    ],
    [
      `COUNTIF(${L}$D$${FIRST}:$D$${LAST},">="&CH_Nguong)`,
      count(rows, (o) => o.points >= THRESHOLD),
    ],
    [`IF(AND(CH_Nam=2024,NOT(FALSE)),TRUE,FALSE)`, true],
    [`IFERROR(1/0,"lỗi")`, "lỗi"],
    [`IFERROR(VLOOKUP("Khu phố 3",'${SHEETS.units}'!$A$2:$B$6,2,FALSE),"")`, "KP03"],
    [`IFERROR(VLOOKUP("${UNKNOWN_UNIT}",'${SHEETS.units}'!$A$2:$B$6,2,FALSE),"")`, ""],
    [`"Hùng"="Hung"`, false],
    [`"Đức"="đức"`, true],
    [`ISBLANK(${L}Z1)`, true],
    [`${L}Z1`, 0],
    [`COUNT(${L}$G:$G)`, 0],
    [`SUMPRODUCT((${L}$B:$B="Cá nhân")*1)`, persons.length],
  ];
  singles.forEach(([formula, expected], i) => put(summary, `B${9 + i}`, formula, expected));
  return { workbook, checks };
}
