/** Shared by the Office adapter tests and bench/syncs.bench.ts: type demo rows into a fake workbook. */
import { COL, SHEET } from "../../src/domain/register/contract";
import { toExcelSerial } from "../../src/domain/text/dates";
import { demoRegister, type DemoRow } from "../../src/workbook/demo";
import { findHeaderRow } from "../../src/workbook/read";
import type { SheetGrid } from "../../src/workbook/grid";
import type { FakeExcel, FakeSheet } from "./fakeExcel";

const demo = demoRegister(2026);

export function gridOf(s: FakeSheet): SheetGrid {
  const rows: (string | number | boolean)[][] = [];
  for (const [k, c] of s.cells) {
    const [r, col] = k.split(":").map(Number) as [number, number];
    if (c.value !== "") (rows[r] ??= [])[col] = c.value;
  }
  return { name: s.name, rows };
}

/** Type nomination rows into `Đề nghị` as a user would (straight into the fake, not through the adapter). */
export function typeRows(fx: FakeExcel, count: number): number[] {
  const s = fx.sheet(SHEET.nominations)!;
  const grid = gridOf(s);
  const h = findHeaderRow(grid, COL.name)!;
  const cols = new Map<string, number>();
  (grid.rows[h] ?? []).forEach((v, i) => typeof v === "string" && cols.set(v, i));
  const rows: number[] = [];
  for (let i = 0; i < count; i++) {
    const src: DemoRow = demo.nominations[i % demo.nominations.length]!;
    const r = h + 1 + i;
    for (const [label, v] of Object.entries(src)) {
      if (v === undefined || v === null) continue;
      const c = cols.get(label)!;
      const value =
        label === COL.name && i >= demo.nominations.length
          ? `${v} ${Math.floor(i / demo.nominations.length)}`
          : v;
      if (typeof value === "object")
        s.set(r, c, { value: toExcelSerial(value.date), numberFormat: "dd/mm/yyyy" });
      else s.set(r, c, { value });
    }
    rows.push(r);
  }
  return rows;
}
