import { A4_PORTRAIT_TEXT_PT, SheetBuilder } from "./document";
import { letterPage } from "./decree30";

/** A builder whose rows 1..n hold text, each `pt` points tall. */
function rows(n: number, pt: number): SheetBuilder {
  const b = new SheetBuilder([50, 50]);
  for (let r = 1; r <= n; r++) {
    b.put(r, 1, "x");
    b.atLeast(r, pt);
  }
  return b;
}

describe("the Tờ trình's page", () => {
  it("keeps its size when it fits one page", () => {
    const b = rows(30, 20);
    expect(b.contentHeight()).toBe(600);
    expect(b.contentHeight()).toBeLessThan(A4_PORTRAIT_TEXT_PT);
    expect(letterPage(b).fitToHeight).toBeUndefined();
  });

  it("shrinks to one page when a few lines run over (not below 85 %)", () => {
    const b = rows(38, 20); // 760 pt: about 6 % over the 728 pt of text height
    expect(b.contentHeight()).toBeGreaterThan(A4_PORTRAIT_TEXT_PT);
    expect(letterPage(b).fitToHeight).toBe(true);
    expect(letterPage(b).fitToWidth).toBe(true);
  });

  it("runs on to page 2 at full size when one page would need less than 85 %", () => {
    const b = rows(45, 20); // 900 pt: 81 % would be needed
    expect(letterPage(b).fitToHeight).toBeUndefined();
  });

  it("counts rows without a height at Excel's default", () => {
    const b = new SheetBuilder([50]);
    b.put(3, 1, "x");
    b.atLeast(2, 40);
    expect(b.contentHeight()).toBe(15 + 40 + 15);
  });
});
