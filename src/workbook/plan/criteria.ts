/**
 * `TC <name>` sheets: criteria as rows, candidates as columns, with live formulas (register.md).
 * Group subtotals, `Tổng điểm`, `Đạt điều kiện`, `Xếp loại`, `Xếp hạng` are Excel 2016- and
 * HyperFormula-safe (SUMIF/COUNTIF(S), no RANK); src/domain/criteria/scoring.ts computes the same.
 */
import { columnLetter } from "../../domain/findings";
import type { Cell } from "../../domain/cell";
import { SETTING_NAME } from "../../domain/register/contract";
import { listSource } from "./lists";
import { defaultOptions } from "./options";
import { groupRanges } from "../../domain/criteria/scoring";
import {
  CLASSIFICATION,
  CRITERIA_COL,
  RESULT_ROW,
  ROW_KIND,
  type CriteriaSet,
} from "../../domain/criteria/types";
import { CONDITION_VALUE } from "../../domain/catalog/lists";
import { acrossRow, criteriaPrintArea, fitRows, onePageTall } from "./print";
import type {
  ConditionalFormatPlan,
  PlanCell,
  PlanValue,
  SheetPlan,
  ValidationPlan,
} from "./types";

export const MIN_CANDIDATE_COLUMNS = 30;

/**
 * Where things are on a criteria sheet: the plan's fresh layout, or one read back from a sheet
 * (rows may have gaps when a clerk inserted blank rows).
 */
export interface CriteriaLayout {
  readonly headerRow: number;
  /** Excel row of each criteria row, in set order. */
  readonly rowNumbers: readonly number[];
  readonly totalRow: number;
  readonly eligibleRow: number;
  readonly classRow: number;
  readonly rankRow: number;
  /** 1-based column of the first candidate. */
  readonly firstCandidateCol: number;
}

/** Rank formulas compare against this many columns, so candidates added later are ranked too. */
export const RANK_RANGE_LAST_COL = 1000;

export function criteriaLayout(set: CriteriaSet): CriteriaLayout {
  const headerRow = 3;
  const rowNumbers = set.rows.map((_, i) => headerRow + 1 + i);
  const lastRow = headerRow + Math.max(1, set.rows.length);
  return {
    headerRow,
    rowNumbers,
    totalRow: lastRow + 1,
    eligibleRow: lastRow + 2,
    classRow: lastRow + 3,
    rankRow: lastRow + 4,
    firstCandidateCol: 5,
  };
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The score validations of candidate columns `fromCol`..`toCol`: one range per criteria row (each
 * row has its own `Điểm chuẩn` limit and message), none on group rows. The sheet plan asks for the
 * whole prepared block at once so that no cell is covered twice and the file carries one
 * `<dataValidation>` per row, not one per cell.
 */
export function candidateValidations(
  set: CriteriaSet,
  L: CriteriaLayout,
  fromCol: number,
  toCol: number,
  conditionSource: string
): ValidationPlan[] {
  const validations: ValidationPlan[] = [];
  if (toCol < fromCol) return validations;
  const A = columnLetter(fromCol);
  const B = columnLetter(toCol);
  set.rows.forEach((row, i) => {
    const r = L.rowNumbers[i]!;
    const range = fromCol === toCol ? `${A}${r}` : `${A}${r}:${B}${r}`;
    if (row.kind === "condition") {
      validations.push({
        type: "list",
        range,
        source: conditionSource,
        strict: true,
        prompt: {
          title: ROW_KIND.condition,
          text: `${CONDITION_VALUE.met} hoặc ${CONDITION_VALUE.notMet}. Để trống = chưa đánh giá (chưa đạt).`,
        },
      });
    } else if (row.kind !== "group") {
      validations.push({
        type: "decimal",
        range,
        min: 0,
        max: `$D$${r}`,
        prompt: {
          title: ROW_KIND[row.kind],
          text: `Từ 0 đến Điểm chuẩn (${row.maxPoints ?? ""}).`,
        },
        error: { title: "Vượt điểm chuẩn", text: "Điểm phải từ 0 đến Điểm chuẩn của dòng." },
      });
    }
  });
  return validations;
}

/** The formulas and validation of one candidate column (used by the sheet plan and by `add-candidates`). */
export function candidateColumn(
  set: CriteriaSet,
  L: CriteriaLayout,
  col: number,
  conditionSource: string
): { cells: PlanCell[]; validations: ValidationPlan[] } {
  const X = columnLetter(col);
  const first = columnLetter(L.firstCandidateCol);
  const last = columnLetter(RANK_RANGE_LAST_COL);
  const used = `${X}$${L.headerRow}=""`;
  const top = L.rowNumbers[0] ?? L.headerRow + 1;
  const bottom = L.rowNumbers[L.rowNumbers.length - 1] ?? top;
  const K = `$C$${top}:$C$${bottom}`;
  const S = `${X}$${top}:${X}$${bottom}`;
  const rowOf = (i: number) => L.rowNumbers[i]!;
  const cells: PlanCell[] = [];
  const validations: ValidationPlan[] = [];
  for (const [g, [a, b]] of groupRanges(set)) {
    const r = rowOf(g);
    const sum =
      b >= a
        ? `SUMIF($C$${rowOf(a)}:$C$${rowOf(b)},${q(ROW_KIND.criterion)},${X}$${rowOf(a)}:${X}$${rowOf(b)})`
        : "0";
    cells.push({ row: r, col, value: { formula: `IF(${used},"",${sum})` }, style: "groupRow" });
  }
  validations.push(...candidateValidations(set, L, col, col, conditionSource));
  const T = `${X}$${L.totalRow}`;
  const E = `${X}$${L.eligibleRow}`;
  cells.push({
    row: L.totalRow,
    col,
    value: {
      formula: `IF(${used},"",MAX(0,ROUND(SUMIF(${K},${q(ROW_KIND.criterion)},${S})+SUMIF(${K},${q(ROW_KIND.bonus)},${S})-SUMIF(${K},${q(ROW_KIND.deduction)},${S}),6)))`,
    },
    style: "resultRow",
  });
  cells.push({
    row: L.eligibleRow,
    col,
    value: {
      formula: `IF(${used},"",IF(COUNTIF(${K},${q(ROW_KIND.condition)})=COUNTIFS(${K},${q(ROW_KIND.condition)},${S},${q(CONDITION_VALUE.met)}),${q(CONDITION_VALUE.met)},${q(CONDITION_VALUE.notMet)}))`,
    },
    style: "resultRow",
  });
  const bands: [string, string][] = [
    [SETTING_NAME.bandExcellent, CLASSIFICATION.excellent],
    [SETTING_NAME.bandGood, CLASSIFICATION.good],
    [SETTING_NAME.bandFair, CLASSIFICATION.fair],
    [SETTING_NAME.bandAverage, CLASSIFICATION.average],
  ];
  const bandFormula = bands.reduceRight(
    (acc, [name, label]) => `IF(${T}>=${name},${q(label)},${acc})`,
    q(CLASSIFICATION.weak)
  );
  cells.push({
    row: L.classRow,
    col,
    value: {
      formula: `IF(${used},"",IF(${E}<>${q(CONDITION_VALUE.met)},${q(CLASSIFICATION.notMet)},${bandFormula}))`,
    },
    style: "resultRow",
  });
  cells.push({
    row: L.rankRow,
    col,
    value: {
      formula: `IF(${E}<>${q(CONDITION_VALUE.met)},"",1+COUNTIFS($${first}$${L.totalRow}:$${last}$${L.totalRow},">"&${T},$${first}$${L.eligibleRow}:$${last}$${L.eligibleRow},${q(CONDITION_VALUE.met)}))`,
    },
    style: "resultRow",
  });
  return { cells, validations };
}

export interface CriteriaSheetInput {
  readonly set: CriteriaSet;
  readonly candidates?: readonly string[];
  /** Scores per candidate (same order), one cell per criteria row; used by the demo and tests. */
  readonly scores?: readonly (readonly (Cell | undefined)[])[];
  readonly candidateCols?: number;
  /** Validation source of the `Đạt`/`Không đạt` list. */
  readonly conditionSource?: string;
}

const CRITERIA_NOTE =
  "Chấm điểm từng người/đơn vị theo cột (ghi tên ở dòng tiêu đề). Tổng điểm, xếp loại, xếp hạng tự tính; ô để trống tính 0 điểm.";

const toPlan = (c: Cell | undefined): PlanValue => (c === undefined ? null : (c as PlanValue));

export function planCriteriaSheet(input: CriteriaSheetInput): SheetPlan {
  const { set } = input;
  const names = input.candidates ?? [];
  const n = Math.max(input.candidateCols ?? MIN_CANDIDATE_COLUMNS, names.length);
  const L = criteriaLayout(set);
  const conditionSource = input.conditionSource ?? listSource("condition", defaultOptions());
  const lastCol = L.firstCandidateCol + n - 1;
  const cells: PlanCell[] = [
    {
      row: 1,
      col: 1,
      value: `TIÊU CHÍ CHẤM ĐIỂM — ${set.name.replace(/^TC /, "").toUpperCase()}`,
      style: "title",
    },
    { row: 2, col: 1, value: CRITERIA_NOTE, style: "note" },
    { row: L.headerRow, col: 1, value: CRITERIA_COL.code, style: "header" },
    { row: L.headerRow, col: 2, value: CRITERIA_COL.text, style: "header" },
    { row: L.headerRow, col: 3, value: CRITERIA_COL.kind, style: "header" },
    { row: L.headerRow, col: 4, value: CRITERIA_COL.maxPoints, style: "header" },
  ];
  set.rows.forEach((row, i) => {
    const r = L.rowNumbers[i]!;
    const style = row.kind === "group" ? "groupRow" : "label";
    cells.push({ row: r, col: 1, value: row.code, style });
    cells.push({ row: r, col: 2, value: row.text, style });
    cells.push({ row: r, col: 3, value: ROW_KIND[row.kind], style });
    cells.push({ row: r, col: 4, value: row.maxPoints, style });
  });
  for (const [r, label] of [
    [L.totalRow, RESULT_ROW.total],
    [L.eligibleRow, RESULT_ROW.eligible],
    [L.classRow, RESULT_ROW.classification],
    [L.rankRow, RESULT_ROW.rank],
  ] as const) {
    cells.push({ row: r, col: 2, value: label, style: "resultRow" });
  }
  const validations: ValidationPlan[] = [];
  for (let k = 0; k < n; k++) {
    const col = L.firstCandidateCol + k;
    cells.push({ row: L.headerRow, col, value: names[k] ?? null, style: "header" });
    const scores = input.scores?.[k];
    if (scores)
      set.rows.forEach(
        (row, i) =>
          row.kind !== "group" &&
          scores[i] !== undefined &&
          cells.push({ row: L.rowNumbers[i]!, col, value: toPlan(scores[i]), style: "input" })
      );
    cells.push(...candidateColumn(set, L, col, conditionSource).cells);
  }
  validations.push(...candidateValidations(set, L, L.firstCandidateCol, lastCol, conditionSource));
  const F = columnLetter(L.firstCandidateCol);
  const LAST = columnLetter(lastCol);
  const top = L.rowNumbers[0] ?? L.headerRow + 1;
  const bottom = L.rowNumbers[L.rowNumbers.length - 1] ?? top;
  const conditionalFormats: ConditionalFormatPlan[] = [
    {
      range: `${F}${top}:${LAST}${bottom}`,
      formula: `AND(ISNUMBER(${F}${top}),$C${top}<>${q(ROW_KIND.group)},OR(${F}${top}>$D${top},${F}${top}<0))`,
      fill: "FFF8CBAD",
      fontColor: "FF9C0006",
      bold: true,
    },
    {
      range: `${F}${top}:${LAST}${L.eligibleRow}`,
      formula: `${F}${top}=${q(CONDITION_VALUE.notMet)}`,
      fill: "FFF8CBAD",
      fontColor: "FF9C0006",
    },
    {
      range: `${F}${L.rankRow}:${LAST}${L.rankRow}`,
      formula: `AND(ISNUMBER(${F}${L.rankRow}),${F}${L.rankRow}<=3)`,
      fill: "FFC6EFCE",
      fontColor: "FF006100",
      bold: true,
    },
  ];
  const widths = [undefined, 7, 62, 11, 9, ...Array.from({ length: n }, () => 13)];
  const lastNamed = L.firstCandidateCol + names.length - 1;
  // Title and note across the criteria columns, which every print area holds.
  const sheet = fitRows({
    name: set.name,
    cells,
    widths,
    merges: [acrossRow(1, L.firstCandidateCol - 1), acrossRow(2, L.firstCandidateCol - 1)],
    validations,
    conditionalFormats,
    freeze: { rows: L.headerRow, cols: 4 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      area: criteriaPrintArea(L.firstCandidateCol, lastNamed, L.rankRow),
      repeatRows: `${L.headerRow}:${L.headerRow}`,
    },
    protect: false,
    state: "visible",
    tabColor: "FFBF8F00",
  });
  // One page tall when a little shrinking gets it there (a few rows would spill onto a second).
  const tall = onePageTall(sheet, Math.max(L.firstCandidateCol, lastNamed), L.rankRow);
  return { ...sheet, print: { ...sheet.print, fitToHeight: tall } };
}
