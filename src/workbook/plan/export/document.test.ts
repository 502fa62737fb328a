import fc from "fast-check";
import { lineCount, SheetBuilder, textWidthMm, wrapLines } from "./document";

/**
 * The wrapping as first written: every candidate line measured whole from its first character. The
 * row heights of every export depend on it, so the one-pass measurement must give the same lines.
 */
function wrapWhole(text: string, widthMm: number, size: number, bold = false): string[] {
  const usable = Math.max(5, widthMm - 1.6) * 0.97;
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (line !== "" && textWidthMm(candidate, size, bold) > usable) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

// Vietnamese letters composed and decomposed, spaces (several in a row), line breaks, wide and
// narrow characters, a letter outside the BMP.
const piece = fc.constantFrom(
  "Nguyễn",
  "Văn",
  "Thị",
  "Đặng",
  "e\u0301",
  "\u0301",
  "a\u0323\u0306",
  "WWW",
  "iii",
  " ",
  "  ",
  "\n",
  "Tổ dân phố số 12",
  "(tổ ghép)",
  "–",
  "\u2003",
  "𝒜",
  "12/20",
  "88,9%"
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

describe("wrapping for row heights", () => {
  it("gives the lines of the whole-line measurement, and lineCount their number", () => {
    fc.assert(
      fc.property(
        text,
        fc.double({ min: 3, max: 120, noNaN: true }),
        fc.constantFrom(10, 11, 12, 13, 14),
        fc.boolean(),
        (t, width, size, bold) => {
          const expected = wrapWhole(t, width, size, bold);
          expect(wrapLines(t, width, size, bold)).toEqual(expected);
          expect(lineCount(t, width, size, bold)).toBe(expected.length);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("wraps a long name in a narrow column and keeps a short one on one line", () => {
    const name = "Tổ dân phố số 12 khu đô thị mới Kiến Hưng";
    expect(lineCount(name, 20, 11)).toBeGreaterThan(2);
    expect(lineCount(name, 20, 11)).toBe(wrapLines(name, 20, 11).length);
    expect(lineCount("Đạt", 20, 11)).toBe(1);
    expect(lineCount("a\nb\n", 20, 11)).toBe(3);
  });
});

describe("SheetBuilder merges", () => {
  it("lists the first cell of a block and the block, not its other cells", () => {
    const b = new SheetBuilder([10, 10, 10]);
    b.merge(2, 1, 3, 3, "x", { size: 11, border: "all" });
    expect(b.cells).toEqual([{ row: 2, col: 1, value: "x", format: { size: 11, border: "all" } }]);
    expect(b.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 3 }]);
    // The block's last row counts as content.
    expect(b.contentHeight()).toBe(15 * 3);
  });
});
