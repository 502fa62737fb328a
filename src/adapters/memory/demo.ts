/**
 * The demo register (src/workbook/demo.ts) in an in-memory workbook: the register plan through the
 * port's setup, then the demo rows written BY LABEL — the same steps as src/adapters/xlsx/demo.ts.
 */
import { matchTitle } from "../../domain/catalog/match";
import { isEmptyCell } from "../../domain/cell";
import { ANCHOR_LABEL, POLICY_HEADER, SHEET } from "../../domain/register/contract";
import { toExcelSerial } from "../../domain/text/dates";
import { foldKey } from "../../domain/text/normalize";
import type { DemoRegister, DemoRow } from "../../workbook/demo";
import { lastRow } from "../../workbook/grid";
import { findHeaderRow, isCriteriaSheet, readRegister, SHEETS_TO_READ } from "../../workbook/read";
import { planScoreLinks } from "../../workbook/criteriaOps";
import { planCriteriaSheet } from "../../workbook/plan/criteria";
import type { SheetPlan } from "../../workbook/plan/types";
import { DATE_FORMAT } from "../office/cells";
import { MemoryPort } from "./port";
import { type MemCell, MemoryWorkbook } from "./workbook";

function headerColumns(wb: MemoryWorkbook, sheet: string, headerRow: number): Map<string, number> {
  const grid = wb.grid(sheet);
  const m = new Map<string, number>();
  (grid.rows[headerRow] ?? []).forEach((c, i) => {
    if (typeof c === "string" && !m.has(foldKey(c))) m.set(foldKey(c), i);
  });
  return m;
}

const toMem = (v: DemoRow[string]): MemCell =>
  v !== null && typeof v === "object"
    ? { input: toExcelSerial(v.date), numFmt: DATE_FORMAT }
    : { input: v ?? null };

/** Append rows under the table whose header holds `anchor`, after its last non-empty row. */
export function appendRowsByLabel(
  wb: MemoryWorkbook,
  sheet: string,
  rows: readonly DemoRow[],
  anchor = ANCHOR_LABEL
): number[] {
  const grid = wb.grid(sheet);
  const h = findHeaderRow(grid, anchor);
  if (h === null) throw new Error(`No header row with “${anchor}” on sheet “${sheet}”`);
  const cols = headerColumns(wb, sheet, h);
  let r = h + 1;
  for (let k = lastRow(grid); k > h; k--) {
    if (grid.rows[k]?.some((c) => !isEmptyCell(c))) {
      r = k + 1;
      break;
    }
  }
  const cells: { row: number; col: number; cell: MemCell }[] = [];
  const written: number[] = [];
  for (const data of rows) {
    for (const [label, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const c = cols.get(foldKey(label));
      if (c === undefined) throw new Error(`Unknown column “${label}” on sheet “${sheet}”`);
      cells.push({ row: r, col: c, cell: toMem(value) });
    }
    written.push(r++);
  }
  wb.setCells(sheet, cells);
  return written;
}

/** Policy cells by title and column label. */
export function setPolicyByLabel(wb: MemoryWorkbook, policy: DemoRegister["policy"]): void {
  const grid = wb.grid(SHEET.settings);
  const h = findHeaderRow(grid, POLICY_HEADER.minVotePct, lastRow(grid));
  if (h === null) throw new Error("No policy table");
  const cols = headerColumns(wb, SHEET.settings, h);
  const titleCol = cols.get(foldKey(POLICY_HEADER.title))!;
  const cells: { row: number; col: number; cell: MemCell }[] = [];
  for (const [title, values] of Object.entries(policy)) {
    const code = matchTitle(title)?.code;
    let row = -1;
    for (let r = h + 1; r <= lastRow(grid); r++) {
      const c = grid.rows[r]?.[titleCol];
      if (typeof c === "string" && matchTitle(c)?.code === code) {
        row = r;
        break;
      }
    }
    if (row < 0) throw new Error(`Unknown policy row “${title}”`);
    for (const [label, v] of Object.entries(values))
      cells.push({ row, col: cols.get(foldKey(label))!, cell: { input: v } });
  }
  wb.setCells(SHEET.settings, cells);
}

/** A memory workbook holding the demo register (optionally with extra sheets such as criteria sheets). */
export async function demoWorkbook(
  reg: DemoRegister,
  extraSheets: readonly SheetPlan[] = []
): Promise<{ workbook: MemoryWorkbook; port: MemoryPort }> {
  const workbook = new MemoryWorkbook();
  const port = new MemoryPort(workbook);
  const criteriaSheets = reg.criteria.map((c) =>
    planCriteriaSheet({ set: c.set, candidates: c.candidates, scores: c.scores })
  );
  await port.setUp(reg.options, [...criteriaSheets, ...extraSheets]);
  setPolicyByLabel(workbook, reg.policy);
  appendRowsByLabel(workbook, SHEET.nominations, reg.nominations);
  appendRowsByLabel(workbook, SHEET.complaints, reg.complaints);
  appendRowsByLabel(workbook, SHEET.history, reg.history);
  // `Điểm` linked to the candidates' `Tổng điểm`, as the CLI demo does.
  const links = planScoreLinks(readRegister(await port.readGrids(SHEETS_TO_READ, isCriteriaSheet)));
  workbook.setCells(
    SHEET.nominations,
    links.map((l) => ({ row: l.row, col: l.col, cell: { input: { formula: l.formula } } }))
  );
  workbook.activate(SHEET.nominations);
  port.syncs = 0;
  return { workbook, port };
}
