import fc from "fast-check";
import {
  NATIONAL_LEGAL_BASIS,
  defaultLegalBasis,
  legalBasisIndex,
  legalBasisLabel,
  legalBasisLines,
  legalBasisText,
} from "./legalBasis";

describe("Căn cứ rows", () => {
  it("labels read back to their number, in any case and spacing; other labels do not", () => {
    for (let n = 1; n <= 12; n++) expect(legalBasisIndex(legalBasisLabel(n))).toBe(n);
    expect(legalBasisIndex("  CĂN  CỨ 3 ")).toBe(3);
    expect(legalBasisIndex("Căn cứ")).toBeNull();
    expect(legalBasisIndex("CĂN CỨ IN TRÊN TỜ TRÌNH")).toBeNull();
    expect(legalBasisIndex("Căn cứ 3a")).toBeNull();
  });

  it("a typed row prints without its own “Căn cứ” and trailing punctuation", () => {
    expect(legalBasisText("Căn cứ: Luật X ngày 1/1/2026;")).toBe("Luật X ngày 1/1/2026");
    expect(legalBasisText("căn cứ Luật X.")).toBe("Luật X");
    expect(legalBasisText("  Luật   X  ")).toBe("Luật X");
    expect(legalBasisText("")).toBe("");
    expect(legalBasisText("Căn cứ Căn cứ: Luật X")).toBe("Luật X");
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("Căn cứ", " ", ":", ";", ".", "a", "Đ") }),
        (s) => {
          const t = legalBasisText(s);
          expect(t).not.toMatch(/[;.,\s]$/u);
          expect(legalBasisText(t)).toBe(t); // once is enough
        }
      )
    );
  });

  it("prints the typed rows in order, blank ones skipped; none typed: the province's defaults", () => {
    expect(legalBasisLines(["A;", "", "  ", "Căn cứ B."], "Hà Nội")).toEqual(["A", "B"]);
    expect(legalBasisLines(null, "Hà Nội")).toEqual([...NATIONAL_LEGAL_BASIS]);
    expect(legalBasisLines(["", ""], "Hà Nội")).toEqual([...NATIONAL_LEGAL_BASIS]);
    const bn = defaultLegalBasis("Bắc Ninh");
    expect(bn.slice(0, 3)).toEqual(NATIONAL_LEGAL_BASIS);
    expect(bn[3]).toMatch(/^Quyết định số 86\/2025\/QĐ-UBND/u);
    expect(legalBasisLines(null, "tỉnh Bắc Ninh")).toEqual(bn);
  });
});
