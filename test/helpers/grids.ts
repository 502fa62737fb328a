/** Two readers' grids must be the same: sheet names, sheets read, every cell, and which cells hold formulas. */
import type { WorkbookGrids } from "../../src/workbook/grid";

export function expectSameGrids(got: WorkbookGrids, want: WorkbookGrids): void {
  expect(got.sheetNames).toEqual(want.sheetNames);
  expect([...got.sheets.keys()]).toEqual([...want.sheets.keys()]);
  for (const [name, g] of want.sheets) {
    const s = got.sheets.get(name)!;
    expect([name, s.rows]).toEqual([name, g.rows]);
    expect([name, [...(s.formulaCells ?? [])].sort()]).toEqual([
      name,
      [...(g.formulaCells ?? [])].sort(),
    ]);
  }
}
