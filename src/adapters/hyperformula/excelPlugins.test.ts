/**
 * The engine's MATCH and COUNTIF(S) (./excelPlugins.ts): Excel's comparison for MATCH, and the same
 * counts as HyperFormula's own COUNTIF(S) for any data and criteria (property test).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { evaluateWorkbook } from "./engine";
import type { CellInput, CellResult } from "./types";

const f = (formula: string) => ({ formula });

function evaluate(
  cells: Record<string, CellInput>,
  targets: readonly string[],
  stock = false
): CellResult[] {
  // `stock`: HyperFormula's own functions, the reference the property compares with.
  const wb = evaluateWorkbook(
    [{ name: "S", cells: new Map(Object.entries(cells)) }],
    [],
    stock ? { functionPlugins: HyperFormula.getAllFunctionPlugins() } : {}
  );
  try {
    return targets.map((a1) => wb.get("S", a1));
  } finally {
    wb.dispose();
  }
}

describe("MATCH(…, 0) compares as Excel does", () => {
  const names = { A1: "Nguyễn Văn Hưng", A2: "Nguyễn Văn Hùng", A3: "Nguyễn Văn Hung", A4: 7 };

  it("is accent-sensitive and case-insensitive (HyperFormula alone folds the accents away)", () => {
    const cells = {
      ...names,
      B1: f(`MATCH("Nguyễn Văn Hùng",A1:A4,0)`),
      B2: f(`MATCH("NGUYỄN VĂN HUNG",A1:A4,0)`),
      B3: f(`MATCH("nguyễn văn hưng",A1:A4,0)`),
      B4: f(`MATCH("Nguyễn Văn Hũng",A1:A4,0)`),
    };
    expect(evaluate(cells, ["B1", "B2", "B3", "B4"])).toEqual([2, 3, 1, { error: "#N/A" }]);
    expect(evaluate(cells, ["B1", "B2"], true)).toEqual([1, 1]);
  });

  it("keeps numbers and text apart, finds the first occurrence, and answers rows or columns", () => {
    const cells = {
      A1: "7",
      A2: 7,
      A3: 7,
      A4: true,
      C1: "x",
      D1: "y",
      E1: "X",
      B1: f(`MATCH(7,A1:A4,0)`),
      B2: f(`MATCH("7",A1:A4,0)`),
      B3: f(`MATCH(TRUE(),A1:A4,0)`),
      B4: f(`MATCH("X",C1:E1,0)`),
      B5: f(`MATCH(8,A1:A4,0)`),
      B6: f(`MATCH(7,A1:C2,0)`),
    };
    expect(evaluate(cells, ["B1", "B2", "B3", "B4", "B5", "B6"])).toEqual([
      2,
      1,
      4,
      1,
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
  });

  it("leaves the approximate match types to HyperFormula", () => {
    const cells = {
      A1: 10,
      A2: 20,
      A3: 30,
      B1: f(`MATCH(25,A1:A3,1)`),
      B2: f(`MATCH(25,A1:A3)`),
      C1: 30,
      C2: 20,
      C3: 10,
      B3: f(`MATCH(25,C1:C3,-1)`),
      B4: f(`MATCH(25,A1:A3,2)`),
    };
    const targets = ["B1", "B2", "B3", "B4"];
    expect(evaluate(cells, targets)).toEqual([2, 2, 1, { error: "#VALUE!" }]);
    expect(evaluate(cells, targets)).toEqual(evaluate(cells, targets, true));
  });

  it("counts Tổng hợp's overlap of two titles by exact name, per row of an array", () => {
    // Names in A, title in B: a CSTĐCS row overlaps when the same name has an LĐTT row.
    const cells = {
      A1: "Nguyễn Văn Hùng",
      B1: "LĐTT",
      A2: "Nguyễn Văn Hưng",
      B2: "CSTĐCS",
      A3: "Trần Thị Lan",
      B3: "LĐTT",
      A4: "trần thị lan",
      B4: "CSTĐCS",
      C1: f(
        `SUMPRODUCT((B1:B4="CSTĐCS")*ISNUMBER(MATCH(A1:A4&"|1",A1:A4&"|"&(B1:B4="LĐTT")*1,0)))`
      ),
    };
    expect(evaluate(cells, ["C1"])).toEqual([1]);
    expect(evaluate(cells, ["C1"], true)).toEqual([2]);
  });
});

describe("COUNTIF and COUNTIFS", () => {
  const value: fc.Arbitrary<CellInput> = fc.oneof(
    fc.constantFrom("Lao động tiên tiến", "lao động tiên tiến", "Lao dong tien tien", "LĐTT"),
    fc.constantFrom("Nữ", "Nam", "", " ", "Hợp lệ", "Hợp lệ — đủ", "Lỗi: thiếu", "a", "ab", "1"),
    fc.integer({ min: -3, max: 5 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ error: "#N/A" })
  );
  const criterion = fc.constantFrom(
    `"Lao động tiên tiến"`,
    `"LĐTT"`,
    `"Nữ"`,
    `"Hợp lệ*"`,
    `"Lỗi*"`,
    `"?"`,
    `"?*"`,
    `"*"`,
    `""`,
    `"<>"`,
    `"<>Nam"`,
    `">2"`,
    `"<=0"`,
    `"=1"`,
    `1`,
    `"1"`,
    `TRUE()`,
    `"TRUE"`,
    `A1`,
    `C2`
  );
  const ROWS = 12;
  const column = fc.array(value, { minLength: ROWS, maxLength: ROWS });
  const range = (c: string) => `${c}1:${c}${ROWS}`;

  it("count what HyperFormula's own COUNTIF(S) count, for any cells and criteria", () => {
    fc.assert(
      fc.property(
        fc.tuple(column, column, column),
        fc.array(fc.tuple(fc.constantFrom("A", "B", "C"), criterion), {
          minLength: 1,
          maxLength: 3,
        }),
        criterion,
        ([a, b, c], pairs, single) => {
          const cells: Record<string, CellInput> = {};
          [a, b, c].forEach((col, i) => col.forEach((v, r) => (cells[`${"ABC"[i]}${r + 1}`] = v)));
          cells["E1"] = f(`COUNTIFS(${pairs.map(([col, k]) => `${range(col)},${k}`).join(",")})`);
          cells["E2"] = f(`COUNTIF(${range("A")},${single})`);
          cells["E3"] = f(`COUNTIFS($A:$A,${single},$B:$B,${pairs[0]![1]})`);
          cells["E4"] = f(`COUNTIFS(A1:A5,${single},B1:B6,${single})`);
          const targets = ["E1", "E2", "E3", "E4"];
          expect(evaluate(cells, targets)).toEqual(evaluate(cells, targets, true));
        }
      ),
      { numRuns: 150 }
    );
  });

  it("give HyperFormula's errors for unequal ranges", () => {
    const cells = { A1: 1, E1: f(`COUNTIFS(A1:A5,1,B1:B6,1)`), E2: f(`COUNTIFS(A1:B2,1,C1:C4,1)`) };
    expect(evaluate(cells, ["E1", "E2"])).toEqual([{ error: "#VALUE!" }, { error: "#VALUE!" }]);
  });
});
