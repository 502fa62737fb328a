import { columnLetters, parseA1, toA1 } from "./a1";
import { renameNames, stripFuturePrefixes, toHyperFormulaText, withoutEquals } from "./formulaText";

describe("formula text", () => {
  it("drops one leading '='", () => {
    expect(withoutEquals("=SUM(A1)")).toBe("SUM(A1)");
    expect(withoutEquals("SUM(A1)")).toBe("SUM(A1)");
  });

  it("strips _xlfn./_xlws. outside literals only", () => {
    expect(stripFuturePrefixes(`_xlfn.IFS(A1=1,"_xlfn.x",TRUE,_xlfn._xlws.SORT(B1))`)).toBe(
      `IFS(A1=1,"_xlfn.x",TRUE,SORT(B1))`
    );
    expect(stripFuturePrefixes(`'_xlfn. sheet'!A1+_XLFN.MAXIFS(A:A,B:B,"x")`)).toBe(
      `'_xlfn. sheet'!A1+MAXIFS(A:A,B:B,"x")`
    );
  });

  it("renames whole name tokens, case-insensitively, not functions, sheets or literals", () => {
    const aliases = new Map([["ĐỢT_1", "_N0"]]);
    expect(renameNames(`đợt_1+Đợt_1*2&"Đợt_1"&'Đợt_1'!A1&Đợt_1!A1+Đợt_10+Đợt_1 (1)`, aliases)).toBe(
      `_N0+_N0*2&"Đợt_1"&'Đợt_1'!A1&Đợt_1!A1+Đợt_10+Đợt_1 (1)`
    );
    expect(renameNames(`'Cấu hình'!Đợt_1`, aliases)).toBe(`'Cấu hình'!_N0`);
  });

  it("handles escaped quotes in literals and sheet names", () => {
    expect(toHyperFormulaText(`="a""_xlfn.b"&'It''s'!A1&_xlfn.CONCAT("x")`, new Map())).toBe(
      `"a""_xlfn.b"&'It''s'!A1&CONCAT("x")`
    );
  });
});

describe("A1 addresses", () => {
  it.each([
    ["A1", 0, 0],
    ["$B$12", 11, 1],
    ["z3", 2, 25],
    ["AA1", 0, 26],
    ["XFD1048576", 1048575, 16383],
  ])("%s", (a1, row, col) => {
    expect(parseA1(a1)).toEqual({ row, col });
    expect(toA1({ row, col })).toBe(a1.replace(/\$/g, "").toUpperCase());
  });

  it("rejects other text", () => {
    for (const bad of ["", "A0", "1A", "A1:B2", "Sheet!A1"]) expect(() => parseA1(bad)).toThrow();
  });

  it("formats column letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
