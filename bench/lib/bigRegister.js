"use strict";
/**
 * Writes a register with N nomination rows using ExcelJS's streaming writer: the fresh plan's
 * `Cấu hình`, `Lịch sử`, `Khiếu nại` (cells copied from the plan) and `Đề nghị` with generated rows.
 * Plain Node over the compiled lib/ (run `npm run build:cli` first).
 */
const ExcelJS = require("exceljs");
const { planRegister } = require("../../lib/workbook/plan/register");
const { defaultOptions } = require("../../lib/workbook/plan/options");
const { toExcelValue } = require("../../lib/adapters/xlsx/cells");
const { NOMINATION_FIELDS, COL } = require("../../lib/domain/register/contract");

const TITLES = [
  "Lao động tiên tiến",
  "Chiến sĩ thi đua cơ sở",
  "Giấy khen",
  "LDTT",
  "Tập thể lao động tiên tiến",
  "Gia đình văn hóa",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quang"];
const GIVEN = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Hà",
  "Lan",
  "Mai",
  "Nam",
  "Sơn",
  "Tâm",
  "Yến",
  "Hùng",
];

/** Deterministic pseudo-random rows (a clerk's mix of valid and invalid). */
function nominationRow(i) {
  const t = TITLES[i % TITLES.length];
  const collective = t.startsWith("Tập thể");
  const household = t === "Gia đình văn hóa";
  const row = {
    [COL.name]: household
      ? `Hộ ông ${FAMILY[i % 10]} Văn ${GIVEN[i % 12]} ${i}`
      : collective
        ? `Tổ dân phố số ${i}`
        : `${FAMILY[i % 10]} ${MIDDLE[(i >> 3) % 6]} ${GIVEN[(i >> 1) % 12]} ${i}`,
    [COL.kind]: household ? "Hộ gia đình" : collective ? "Tập thể" : "Cá nhân",
    [COL.proposingUnit]: `Tổ dân phố số ${i % 40}`,
    [COL.title]: t,
    [COL.votes]: i % 17 === 0 ? null : 5 + (i % 5),
  };
  if (!collective && !household) {
    Object.assign(row, {
      [COL.birthDate]:
        i % 3 === 0
          ? `${1 + (i % 28)}/${1 + (i % 12)}/${1960 + (i % 40)}`
          : { date: { year: 1960 + (i % 40), month: 1 + (i % 12), day: 1 + (i % 28) } },
      [COL.gender]: i % 2 ? "Nam" : "Nữ",
      [COL.position]: "Công chức",
      [COL.directWorker]: i % 4 === 0 ? "Có" : "Không",
      [COL.monthsWorked]: i % 23 === 0 ? 8 : 12,
      [COL.dutyLevel]:
        i % 13 === 0 ? "Hoàn thành" : i % 2 ? "Hoàn thành tốt" : "Hoàn thành xuất sắc",
      [COL.score]: 70 + (i % 30),
    });
  }
  if (collective)
    Object.assign(row, {
      [COL.dutyLevel]: "Hoàn thành tốt",
      [COL.members]: 10,
      [COL.membersLdtt]: 6 + (i % 5),
      [COL.membersDisciplined]: 0,
    });
  return row;
}

/**
 * @param {string} file
 * @param {number} rows
 * @param {{ withFormulas?: boolean, sttFormulas?: boolean, seed?: number }} options
 *   withFormulas: keep the plan's formulas (Tổng hợp, titles); sttFormulas: an STT formula per row;
 *   seed: offsets the generated names so different unit files hold different people.
 */
async function writeBigRegister(
  file,
  rows,
  { withFormulas = true, sttFormulas = false, seed = 0 } = {}
) {
  const { plan } = planRegister(defaultOptions({ year: 2026, preparedRows: 10 }));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  for (const s of plan.sheets) {
    if (s.name === "Đề nghị") continue;
    const ws = wb.addWorksheet(s.name);
    const byRow = new Map();
    for (const c of s.cells) {
      if (!withFormulas && c.value && typeof c.value === "object" && "formula" in c.value) continue;
      if (!byRow.has(c.row)) byRow.set(c.row, []);
      byRow.get(c.row)[c.col - 1] = toExcelValue(c.value);
    }
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) ws.getRow(r).values = byRow.get(r);
    await ws.commit();
  }
  const ws = wb.addWorksheet("Đề nghị");
  ws.getRow(1).values = ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"];
  ws.getRow(4).values = NOMINATION_FIELDS.map((f) => COL[f]);
  for (let i = 0; i < rows; i++) {
    const data = nominationRow(i + seed * 100_000);
    const r = 5 + i;
    ws.getRow(r).values = NOMINATION_FIELDS.map((f) => {
      if (f === "stt" && sttFormulas) return { formula: `IF($B${r}="","",ROW()-ROW($A$4))` };
      const v = data[COL[f]];
      return v === undefined ? null : toExcelValue(v);
    });
    if (i % 1000 === 0) ws.getRow(5 + i).commit();
  }
  await ws.commit();
  await wb.commit();
}

/** The same workbook with every formula replaced by its cached result ("saved as values"). */
async function saveAsValues(input, output) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          cell.value = cell.result === undefined ? null : cell.result;
      })
    )
  );
  await wb.xlsx.writeFile(output);
}

module.exports = { writeBigRegister, nominationRow, saveAsValues };
