import type { Cell } from "../../domain/cell";
import { type SheetGrid, cellKey } from "../grid";
import type { PlanCell } from "../plan/types";
import { emptyTargets, isUserCell } from "./userCell";

/** A one-row sheet: B1 = `cells[0]`, C1 = `cells[1]`, …; `formulas` = the columns holding formulas. */
function sheet(cells: (Cell | undefined)[], formulas: number[] = []): SheetGrid {
  return {
    name: "Đề nghị",
    rows: [undefined, [undefined, null, ...cells]],
    formulaCells: new Set(formulas.map((col) => cellKey(1, col))),
  };
}

describe("isUserCell", () => {
  it("a cell holding a value is the user's (text, number, false, date, error)", () => {
    const g = sheet([
      "Nguyễn Văn A",
      0,
      false,
      { date: { year: 2026, month: 1, day: 2 } },
      { error: "#REF!" },
    ]);
    for (const col of [2, 3, 4, 5, 6]) expect(isUserCell(g, 1, col)).toBe(true);
  });

  it("an empty cell, a hole or whitespace-only text is not", () => {
    const g = sheet([null, "   ", "\t\n"]);
    expect(isUserCell(g, 1, 1)).toBe(false); // the hole at A1
    for (const col of [2, 3, 4]) expect(isUserCell(g, 1, col)).toBe(false);
    expect(isUserCell(g, 9, 9)).toBe(false); // past the used range
  });

  it("a formula whose cached result is empty text is the user's", () => {
    expect(isUserCell(sheet([""], [2]), 1, 2)).toBe(true);
    expect(isUserCell(sheet(["  "], [2]), 1, 2)).toBe(true);
  });

  it("a formula with no cached value at all is the user's", () => {
    expect(isUserCell(sheet([], [7]), 1, 7)).toBe(true);
  });

  it("a grid that knows no formulas still answers by value", () => {
    const g: SheetGrid = { name: "Cấu hình", rows: [undefined, [undefined, "x", ""]] };
    expect(isUserCell(g, 1, 1)).toBe(true);
    expect(isUserCell(g, 1, 2)).toBe(false);
  });

  it("no grid (the sheet does not exist) = nothing is the user's", () => {
    expect(isUserCell(undefined, 1, 1)).toBe(false);
  });
});

describe("emptyTargets", () => {
  const at = (col: number): PlanCell => ({ row: 1, col, value: `c${col}` });

  it("keeps only the planned cells whose target is not the user's", () => {
    const g = sheet(["kept", " ", ""], [4]);
    // B1 value, C1 whitespace, D1 formula with "" result, E1 nothing
    expect(emptyTargets(g, [at(2), at(3), at(4), at(5)])).toEqual([at(3), at(5)]);
  });

  it("keeps every cell when the sheet was not read", () => {
    expect(emptyTargets(undefined, [at(2), at(3)])).toEqual([at(2), at(3)]);
  });
});
