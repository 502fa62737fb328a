import fc from "fast-check";
import { fileSlug } from "./slug";

describe("fileSlug", () => {
  it("writes a drive's name as a file name part", () => {
    expect(fileSlug("Đợt 2/9")).toBe("dot-2-9");
    expect(fileSlug("Chuyên đề: Chuyển đổi số")).toBe("chuyen-de-chuyen-doi-so");
    expect(fileSlug("Đợt Giải phóng Thủ đô 10/10")).toBe("dot-giai-phong-thu-do-10-10");
    expect(fileSlug("  ĐỘT XUẤT  ")).toBe("dot-xuat");
    expect(fileSlug("“—”")).toBe("");
    expect(fileSlug("Phong trào thi đua chuyên đề về chuyển đổi số năm 2026", 30)).toBe(
      "phong-trao-thi-dua-chuyen-de"
    );
  });

  it("is ASCII letters, digits and single inner hyphens, never longer than asked, for any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.integer({ min: 1, max: 60 }),
        (t, max) => {
          const s = fileSlug(t, max);
          expect(s).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/u);
          expect(s.length).toBeLessThanOrEqual(max);
          expect(fileSlug(s, max)).toBe(s);
        }
      )
    );
  });
});
