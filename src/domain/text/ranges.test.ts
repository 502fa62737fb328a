import fc from "fast-check";
import { rowRanges } from "./ranges";

describe("rowRanges", () => {
  it("joins runs and sorts", () => {
    expect(rowRanges([9, 5, 10, 7, 11, 5])).toBe("5, 7, 9–11");
    expect(rowRanges([])).toBe("");
    expect(rowRanges([3])).toBe("3");
  });

  it("names every row exactly once, for any rows", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 })), (rows) => {
        const back = rowRanges(rows)
          .split(", ")
          .filter(Boolean)
          .flatMap((p) => {
            const [a, b] = p.split("–").map(Number);
            return Array.from({ length: (b ?? a!) - a! + 1 }, (_, k) => a! + k);
          });
        expect(back).toEqual([...new Set(rows)].sort((x, y) => x - y));
      })
    );
  });
});
