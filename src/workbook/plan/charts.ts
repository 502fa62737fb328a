/**
 * `Tổng hợp`'s native charts (issue #14 point 5): nominations per title and per proposing unit, as
 * clustered bar charts over the sheet's own formula ranges, so they stay live with the formulas.
 * One plan for every writer: the CLI writes it as DrawingML parts (src/adapters/xlsx/charts.ts), the
 * pane adds it with Office.js `charts.add` (src/adapters/office/apply.ts). The charts sit under the
 * summary's last row, as wide as its table, so they print after it on A4.
 */
import { columnLetter } from "../../domain/findings";
import type { ChartPlan } from "./types";

/** Object names of the charts (the pane recognises its own charts by them). */
export const CHART_NAME = {
  byTitle: "BieuDoTheoDanhHieu",
  byUnit: "BieuDoTheoDonVi",
} as const;

/** Unit rows a unit chart covers at least (a register made without units gets room for the first ones). */
export const MIN_CHART_UNITS = 10;

/** Where `Tổng hợp`'s tables are (1-based rows), as src/workbook/plan/summary.ts lays them out. */
export interface SummaryGeometry {
  /** The header row of the per-title table (`Số đề nghị` in `countCol`). */
  readonly titleHeaderRow: number;
  readonly firstTitleRow: number;
  readonly lastTitleRow: number;
  readonly unitHeaderRow: number;
  readonly firstUnitRow: number;
  /** Unit rows of the sheet (`UNIT_ROWS`). */
  readonly unitRows: number;
  /** Units listed in `Danh mục` when the register is made. */
  readonly unitsListed: number;
  /** The label column (`A`) and the count column (`Số đề nghị`, `C`), 1-based. */
  readonly labelCol: number;
  readonly countCol: number;
  /** The text of the count column's headers (`Số đề nghị`). */
  readonly countHeader: string;
  /** The sheet's last row with content and its last table column (the charts go below, as wide). */
  readonly lastRow: number;
  readonly lastCol: number;
}

/** Rows a chart of `n` bars takes: a title, an axis and about one and a half rows a bar. */
const rowsFor = (n: number) => Math.max(14, Math.ceil(n * 1.5) + 6);

export function planSummaryCharts(g: SummaryGeometry): ChartPlan[] {
  const L = columnLetter(g.labelCol);
  const C = columnLetter(g.countCol);
  // The units listed when the register is made, at least MIN_CHART_UNITS rows (blank rows: no bar).
  const units = Math.min(g.unitRows, Math.max(g.unitsListed, MIN_CHART_UNITS));
  const lastUnitRow = g.firstUnitRow + units - 1;
  const titles = g.lastTitleRow - g.firstTitleRow + 1;
  const top1 = g.lastRow + 1; // 0-based row of the row after the last one, plus a blank row
  const bottom1 = top1 + rowsFor(titles);
  const top2 = bottom1 + 1;
  const bottom2 = top2 + rowsFor(units);
  return [
    {
      name: CHART_NAME.byTitle,
      title: "Số đề nghị theo danh hiệu, hình thức",
      type: "barClustered",
      seriesName: `${C}${g.titleHeaderRow}`,
      seriesLabel: g.countHeader,
      categories: `${L}${g.firstTitleRow}:${L}${g.lastTitleRow}`,
      values: `${C}${g.firstTitleRow}:${C}${g.lastTitleRow}`,
      from: { col: 0, row: top1 },
      to: { col: g.lastCol, row: bottom1 },
    },
    {
      name: CHART_NAME.byUnit,
      title: "Số đề nghị theo đơn vị đề nghị",
      type: "barClustered",
      seriesName: `${C}${g.unitHeaderRow}`,
      seriesLabel: g.countHeader,
      categories: `${L}${g.firstUnitRow}:${L}${lastUnitRow}`,
      values: `${C}${g.firstUnitRow}:${C}${lastUnitRow}`,
      from: { col: 0, row: top2 },
      to: { col: g.lastCol, row: bottom2 },
    },
  ];
}
