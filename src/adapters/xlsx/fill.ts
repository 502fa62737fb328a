/**
 * Write values into a register BY LABEL (settings, policy cells, table rows). Used by `demo`, by
 * tests that fill `test/fixtures/nominations.json`, and by consolidation.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../domain/findings";
import { matchTitle } from "../../domain/catalog/match";
import type { CivilDate } from "../../domain/text/dates";
import { foldKey } from "../../domain/text/normalize";
import { POLICY_HEADER, SETTINGS_HEADER } from "../../domain/register/contract";
import { findHeaderRow } from "../../workbook/read";
import { civilToJsDate } from "./cells";
import { gridFromWorksheet } from "./grids";

export type FillValue =
  string | number | boolean | null | { readonly date: CivilDate } | { readonly formula: string };

/** A fill value as the ExcelJS cell value `appendRows` writes. */
export function toCellValue(v: FillValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object")
    return "date" in v
      ? civilToJsDate(v.date)
      : ({ formula: v.formula } as ExcelJS.CellFormulaValue);
  return v;
}

function headerColumns(ws: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, c) => {
    if (typeof cell.value === "string" && !m.has(foldKey(cell.value)))
      m.set(foldKey(cell.value), c);
  });
  return m;
}

/** Where rows go under a label-addressed table: its header row, columns by label, first free row. */
export interface TableTarget {
  readonly headerRow: number;
  /** The first row after the table's last used row. */
  readonly firstRow: number;
  /** Column of a header label; unknown labels are an error (filling must never guess). */
  column(label: string): number;
}

export function tableTarget(ws: ExcelJS.Worksheet, anchor: string): TableTarget {
  const grid = gridFromWorksheet(ws);
  const headerRow = findHeaderRow(grid, anchor);
  if (headerRow === null) throw new Error(`No header row with “${anchor}” on sheet “${ws.name}”`);
  const cols = headerColumns(ws, headerRow);
  let firstRow = headerRow + 1;
  for (let k = grid.rows.length - 1; k > headerRow; k--) {
    const row = grid.rows[k];
    if (
      row &&
      row.some((c) => c !== undefined && c !== null && !(typeof c === "string" && c === ""))
    ) {
      firstRow = k + 1;
      break;
    }
  }
  const byLabel = new Map<string, number>();
  return {
    headerRow,
    firstRow,
    column(label) {
      let c = byLabel.get(label);
      if (c === undefined) {
        c = cols.get(foldKey(label));
        if (c === undefined) throw new Error(`Unknown column “${label}” on sheet “${ws.name}”`);
        byLabel.set(label, c);
      }
      return c;
    },
  };
}

/**
 * Append rows under a label-addressed table (after its last used row). Unknown labels are an error:
 * filling must never guess.
 */
export function appendRows(
  ws: ExcelJS.Worksheet,
  rows: readonly Readonly<Record<string, FillValue | undefined>>[],
  anchor: string
): number[] {
  const table = tableTarget(ws, anchor);
  let r = table.firstRow;
  const written: number[] = [];
  for (const data of rows) {
    for (const [label, value] of Object.entries(data)) {
      if (value === undefined) continue;
      ws.getCell(r, table.column(label)).value = toCellValue(value);
    }
    written.push(r++);
  }
  return written;
}

/** Set settings by label (`Năm đánh giá` → 2026) in `Cấu hình`. */
export function setSettings(
  ws: ExcelJS.Worksheet,
  values: Readonly<Record<string, FillValue>>
): void {
  const grid = gridFromWorksheet(ws);
  const header = findHeaderRow(grid, SETTINGS_HEADER.key, grid.rows.length);
  if (header === null) throw new Error(`No “${SETTINGS_HEADER.key}” header on “${ws.name}”`);
  const cols = headerColumns(ws, header);
  const keyCol = cols.get(foldKey(SETTINGS_HEADER.key))!;
  const valueCol = cols.get(foldKey(SETTINGS_HEADER.value))!;
  for (const [label, value] of Object.entries(values)) {
    let row = -1;
    for (let r = header + 1; r < grid.rows.length; r++) {
      const c = grid.rows[r]?.[keyCol];
      if (typeof c === "string" && foldKey(c) === foldKey(label)) {
        row = r;
        break;
      }
    }
    if (row < 0) throw new Error(`Unknown setting “${label}”`);
    ws.getCell(`${columnLetter(valueCol)}${row}`).value = toCellValue(value);
  }
}

/** Set policy-table cells: `{ "Lao động tiên tiến": { "Điểm tối thiểu": 80 } }`. */
export function setPolicy(
  ws: ExcelJS.Worksheet,
  policy: Readonly<Record<string, Readonly<Record<string, FillValue>>>>
): void {
  const grid = gridFromWorksheet(ws);
  const header = findHeaderRow(grid, POLICY_HEADER.minVotePct, grid.rows.length);
  if (header === null) throw new Error(`No policy table on “${ws.name}”`);
  const cols = headerColumns(ws, header);
  const titleCol = cols.get(foldKey(POLICY_HEADER.title))!;
  for (const [title, cells] of Object.entries(policy)) {
    const def = matchTitle(title);
    let row = -1;
    for (let r = header + 1; r < grid.rows.length; r++) {
      const c = grid.rows[r]?.[titleCol];
      if (typeof c === "string" && def && matchTitle(c)?.code === def.code) {
        row = r;
        break;
      }
    }
    if (row < 0) throw new Error(`Unknown policy row “${title}”`);
    for (const [label, value] of Object.entries(cells)) {
      const c = cols.get(foldKey(label));
      if (c === undefined) throw new Error(`Unknown policy column “${label}”`);
      ws.getCell(row, c).value = toCellValue(value);
    }
  }
}
